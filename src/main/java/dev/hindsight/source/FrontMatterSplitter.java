package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;

import java.util.Optional;

/** Separates the YAML front matter between {@code ---} lines from the Markdown body. */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    /**
     * @param yaml          the front matter, without its fences
     * @param yamlFirstLine the file line of the front matter's first line
     * @param bodyFirstLine the file line of the body's first line
     */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    /** The split document, or the problem that prevents splitting it. */
    public record Result(Optional<Split> split, Optional<Diagnostic> problem) {
    }

    public static Result split(SourceFile file) {
        String text = file.text();
        if (isFence(firstLine(text), "+++")) {
            return failed(file, "front-matter-missing", "front matter in TOML (between \"+++\" lines) is not "
                    + "supported; write it in YAML between \"---\" lines");
        }
        if (!isFence(firstLine(text), "---")) {
            return failed(file, "front-matter-missing",
                    "no front matter; start the file with a line \"---\", then the fields (title, date, authors, "
                            + "status, services, summary), then another \"---\"");
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
                return new Result(Optional.of(new Split(yaml, 2, body, line + 1)), Optional.empty());
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
        return new Result(Optional.empty(), Optional.of(Diagnostic.error(file.displayPath(), Position.START, code, message)));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line, String fence) {
        return line.startsWith(fence) && line.substring(fence.length()).isBlank();
    }
}
