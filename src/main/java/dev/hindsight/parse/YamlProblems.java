package dev.hindsight.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hindsight.diagnostic.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what SnakeYAML says about broken YAML into a diagnostic a person can act on: at the place
 * the fix goes, in plain words.
 */
final class YamlProblems {

    /** A problem found before or while parsing, with its rule code. */
    record Problem(Position at, String code, String message) {
    }

    private static final Pattern UNCLOSED = Pattern.compile("(flow sequence|flow mapping|quoted scalar)");
    private static final Map<String, String> UNCLOSED_THINGS = Map.of(
            "flow sequence", "the list \"[\" that starts here is never closed; end it with \"]\"",
            "flow mapping", "the mapping \"{\" that starts here is never closed; end it with \"}\"",
            "quoted scalar", "the quoted value that starts here is never closed; end it with the same quote");
    private static final Pattern BAD_START = Pattern.compile("found character '(.+)' that cannot start any token.*");
    /** Jackson's words for a key that is not a single value: it names SnakeYAML's event classes. */
    private static final Pattern COMPLEX_KEY = Pattern.compile("Expected a field name.*got this instead: "
            + "<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event.*");
    private static final Map<String, String> KEY_KINDS = Map.of("SequenceStart", "a list", "MappingStart", "a mapping");
    /** How SnakeYAML spells the tags that {@code !!} abbreviates. */
    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private YamlProblems() {
    }

    /**
     * Problems found without parsing. YAML forbids control characters, and SnakeYAML reports them without
     * a usable position, so they are looked for first. Tabs are allowed here; a tab used for indentation
     * is a syntax error.
     */
    static Optional<Problem> beforeParsing(String yaml, int firstLine, int maxLineLength, YamlReader.Kind kind) {
        return controlCharacter(yaml, firstLine, kind).or(() -> longLine(yaml, firstLine, maxLineLength, kind));
    }

    /** SnakeYAML takes seconds over a multi-megabyte line: a line too long for any value is refused unread. */
    private static Optional<Problem> longLine(String yaml, int firstLine, int maxLineLength, YamlReader.Kind kind) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i <= yaml.length(); i++) {
            if (i == yaml.length() || yaml.charAt(i) == '\n') {
                if (i - lineStart > maxLineLength) {
                    return Optional.of(new Problem(new Position(line, 1), "value-too-long", "line is " + (i - lineStart)
                            + " characters long, over the limit of " + maxLineLength + " for " + kind.name() + "; "
                            + kind.longText()));
                }
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> controlCharacter(String yaml, int firstLine, YamlReader.Kind kind) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f && c != 0x85 || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(error(new Position(line, i - lineStart + 1), String.format(Locale.ROOT,
                        "control character [U+%04X] is not allowed in %s; delete it", (int) c, kind.name())));
            }
        }
        return Optional.empty();
    }

    /**
     * @param yaml     the text that was parsed, {@code firstLine} being its first line
     * @param fallback where Jackson says the problem is, used when SnakeYAML gives no mark; when the
     *                 problem is the end of the front matter (an unclosed bracket or quote), the place
     *                 where the unclosed thing started is where the fix goes
     */
    static Problem syntax(JsonProcessingException e, Position fallback, String yaml, int firstLine) {
        if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblem() == null) {
            String problem = firstLineOf(e.getOriginalMessage());
            Matcher complexKey = COMPLEX_KEY.matcher(problem);
            return complexKey.matches() ? complexKey(complexKey.group(1), fallback, yaml, firstLine)
                    : error(fallback, explain(problem));
        }
        String problem = firstLineOf(marked.getProblem());
        Matcher unclosed = UNCLOSED.matcher(String.valueOf(marked.getContext()));
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        if (atEnd && marked.getContextMark() != null && unclosed.find()) {
            return error(at(marked.getContextMark(), firstLine), UNCLOSED_THINGS.get(unclosed.group(1)));
        }
        Position at = marked.getProblemMark() != null ? at(marked.getProblemMark(), firstLine) : fallback;
        return error(at, explain(problem));
    }

    /**
     * A list or mapping where a key goes. Jackson places it just after the event that starts the key,
     * which for {@code [} or {@code {} is one column past it.
     */
    private static Problem complexKey(String event, Position after, String yaml, int firstLine) {
        String line = yaml.lines().skip(after.line() - firstLine).findFirst().orElse("");
        int bracket = after.column() - 2;
        boolean flow = bracket >= 0 && bracket < line.length() && "[{".indexOf(line.charAt(bracket)) >= 0;
        Position at = flow ? new Position(after.line(), after.column() - 1) : after;
        return new Problem(at, "yaml-key", KEY_KINDS.getOrDefault(event, "a value that is not a name")
                + " used as a key is not supported; write keys as plain names, such as \"title: value\"");
    }

    /** SnakeYAML's words for a problem, with what to do about it. */
    private static String explain(String problem) {
        if (problem.contains("\\t(TAB)")) {
            return "a tab is used for indentation; indent with spaces only";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a \": \" here makes no sense to YAML; if the value contains \": \", put it in quotes, "
                    + "else check the indentation";
        }
        Matcher badStart = BAD_START.matcher(problem);
        if (badStart.matches()) {
            return "a value or key cannot start with [" + badStart.group(1) + "]; put it in quotes";
        }
        return problem + "; check the indentation, and quote values that contain \": \" or start with a "
                + "special character";
    }

    /** A tag as the user wrote it: Jackson hands it over expanded and without its leading "!". */
    static String asWritten(String tag) {
        return tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : "!" + tag;
    }

    private static Problem error(Position at, String message) {
        return new Problem(at, "yaml-syntax", "invalid YAML: " + message);
    }

    private static Position at(Mark mark, int firstLine) {
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    private static String firstLineOf(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }
}
