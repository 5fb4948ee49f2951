package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;


/** Separates the YAML front matter between {@code ---} lines from the Markdown body; a file may have none. */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    /**
     * @param yaml          the front matter, without its fences
     * @param yamlFirstLine the file line of the front matter's first line
     * @param bodyFirstLine the file line of the body's first line
     */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) implements Result {
    }

    /** The document has no front matter: all of it is the body, starting on line 1. */
    public record Bare(String body) implements Result {
    }

    /** The problem that prevents splitting the document. */
    public record Failed(Diagnostic problem) implements Result {
    }

    /** The split document, a document that is all body, or why it could not be split. */
    public sealed interface Result permits Split, Bare, Failed {
    }

    public static Result split(SourceFile file) {
        String text = file.text();
        if (isFence(firstLine(text), "+++")) {
            return failed(file, "front-matter-missing", "front matter in TOML (between \"+++\" lines) is not "
                    + "supported; write it in YAML between \"---\" lines");
        }
        if (!isFence(firstLine(text), "---")) {
            return new Bare(text);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(current, "---") || isFence(current, "...")) {
                String yaml = text.substring(yamlStart, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Split(yaml, 2, body, line + 1);
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return failed(file, "front-matter-unterminated",
                "front matter opened on line 1 is never closed; add a line \"---\" after the last field");
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
