package dev.hindsight.author;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the team's postmortem template. A placeholder is {@code {{name}}}, or {@code {{name | default}}}
 * with a default written as it should appear. In the front matter a value is written as YAML, in
 * the body as text. A placeholder with neither a value nor a default is left empty, and in the front
 * matter its whole line is commented out, so that an optional field nobody gave stays a visible hint.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*(?:\\|\\s*(.*?)\\s*)?}}");
    private static final String FENCE = "---";

    private Template() {
    }

    /** @return the filled text, or empty when the template has problems, reported to {@code problems} */
    public static Optional<String> fill(String template, NewPostmortem postmortem, Diagnostics problems) {
        Map<String, Optional<NewPostmortem.Value>> values = postmortem.values();
        String[] lines = template.split("\n", -1);
        StringBuilder filled = new StringBuilder(template.length() + 256);
        boolean inFrontMatter = false;
        for (int i = 0; i < lines.length; i++) {
            boolean fence = lines[i].strip().equals(FENCE);
            if (fence && (i == 0 || inFrontMatter)) {
                inFrontMatter = i == 0;
            }
            filled.append(fillLine(lines[i], i + 1, inFrontMatter && !fence, values, problems));
            if (i < lines.length - 1) {
                filled.append('\n');
            }
        }
        return problems.hasErrors() ? Optional.empty() : Optional.of(filled.toString());
    }

    private static String fillLine(String line, int number, boolean yaml, Map<String, Optional<NewPostmortem.Value>> values,
                                   Diagnostics problems) {
        Matcher matcher = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        boolean commentOut = false;
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = "";
            if (!values.containsKey(name)) {
                problems.error(new Position(number, matcher.start() + 1), "template-placeholder",
                        "unknown placeholder [" + name + "]; expected one of " + String.join(", ", values.keySet())
                                + ", written as {{name}} or {{name | default}}");
            } else if (values.get(name).isPresent()) {
                NewPostmortem.Value value = values.get(name).get();
                replacement = yaml ? value.yaml() : value.text();
            } else if (matcher.group(2) != null) {
                replacement = matcher.group(2);
            } else {
                commentOut = yaml;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return commentOut ? "# " + out : out.toString();
    }
}
