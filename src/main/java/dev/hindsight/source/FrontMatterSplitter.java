package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;

import java.util.Optional;

/**
 * Separates the front matter from the Markdown body: YAML between {@code ---} lines, or another tool's
 * TOML between {@code +++} lines; a file may have none.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    /** How front matter is written: Hindsight's YAML, or another tool's TOML (Hugo's, Zola's). */
    public enum Syntax { YAML, TOML }

    /**
     * @param frontMatter   the front matter, without its fences
     * @param firstLine     the file line of the front matter's first line
     * @param bodyFirstLine the file line of the body's first line
     */
    public record Split(Syntax syntax, String frontMatter, int firstLine, String body, int bodyFirstLine) implements Result {
    }

    /** The document has no front matter: all of it is the body, starting on line 1. */
    public record Bare(String body) implements Result {
    }

    /** The problem that prevents splitting the document. */
    public record Failed(Diagnostic problem) implements Result {
    }

    /** The split document (front matter in YAML or TOML), a document that is all body, or why it could not be split. */
    public sealed interface Result permits Split, Bare, Failed {
    }

    public static Result split(SourceFile file) {
        String text = file.text();
        if (isFence(firstLine(text), "+++")) {
            return closed(text, "+++", "+++").<Result>map(c -> new Split(Syntax.TOML, c.inside(), 2, c.body(), c.bodyFirstLine()))
                    .orElseGet(() -> failed(file, "front-matter-unterminated", "front matter opened on line 1 is "
                            + "never closed; add a line \"+++\" after the last field"));
        }
        if (!isFence(firstLine(text), "---")) {
            return new Bare(text);
        }
        return closed(text, "---", "...").<Result>map(c -> new Split(Syntax.YAML, c.inside(), 2, c.body(), c.bodyFirstLine()))
                .orElseGet(() -> failed(file, "front-matter-unterminated",
                        "front matter opened on line 1 is never closed; add a line \"---\" after the last field"));
    }

    private record Closed(String inside, String body, int bodyFirstLine) {
    }

    /** What lies between the opening fence on line 1 and the first closing one, and the body after it. */
    private static Optional<Closed> closed(String text, String closing, String alsoClosing) {
        int insideStart = text.indexOf('\n') + 1;
        int lineStart = insideStart;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(current, closing) || isFence(current, alsoClosing)) {
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return Optional.of(new Closed(text.substring(insideStart, lineStart), body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return Optional.empty();
    }

    private static Result failed(SourceFile file, String code, String message) {
        return new Failed(Diagnostic.error(file.displayPath(), Position.START, code, message));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line, String fence) {
        return line.startsWith(fence) && line.substring(fence.length()).isBlank();
    }
}
