package dev.hindsight.author;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter that is not valid YAML, read again line by line as {@code key: value}: each value is
 * quoted as YAML needs, continuation lines and lists are kept as they are, and any other line is
 * dropped and named.
 */
final class LineRecovery {

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern KEPT = Pattern.compile("^(\\s+\\S.*|\\s*#.*|\\s*)$");

    /** @param dropped lines that were neither {@code key: value} nor part of one, as "line N: text" */
    record Recovered(String yaml, List<String> dropped) {
    }

    private LineRecovery() {
    }

    static Recovered recover(String yaml) {
        StringBuilder out = new StringBuilder();
        List<String> dropped = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher pair = KEY_VALUE.matcher(lines[i]);
            if (pair.matches()) {
                String value = unquoted(pair.group(2));
                out.append(pair.group(1)).append(':').append(value.isEmpty() ? "" : " " + quoted(value)).append('\n');
            } else if (KEPT.matcher(lines[i]).matches()) {
                out.append(lines[i]).append('\n');
            } else {
                dropped.add("line " + (i + 2) + ": " + lines[i].strip());
            }
        }
        return new Recovered(out.toString(), dropped);
    }

    /** Lists and mappings written inline stay YAML; any other value becomes text. */
    private static String quoted(String value) {
        return value.startsWith("[") && value.endsWith("]") ? value : YamlText.scalar(value);
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
