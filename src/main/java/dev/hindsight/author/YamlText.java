package dev.hindsight.author;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Values written into front matter so that YAML reads them back as the same text. */
final class YamlText {

    /** Words YAML 1.1 reads as booleans or null rather than as text. */
    private static final Set<String> NOT_TEXT = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private YamlText() {
    }

    /** Plain when that is unambiguous ({@code alice}), else double-quoted ({@code "Deployer API: outage"}). */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !NOT_TEXT.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> quoted.append(escape(c)));
        return quoted.append('"').toString();
    }

    static String list(List<String> items) {
        return items.stream().map(YamlText::scalar).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String escape(int c) {
        if (c == '"' || c == '\\') {
            return "\\" + (char) c;
        }
        if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
            return String.format(Locale.ROOT, "\\u%04X", c);
        }
        return Character.toString(c);
    }
}
