package dev.hindsight.build;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.parse.FrontMatter;
import dev.hindsight.parse.RenderedBody;
import dev.hindsight.source.SourceFile;

import java.util.List;
import java.util.Objects;

/**
 * What loading one postmortem file gave, from that file and the config alone.
 *
 * @param diagnostics the file's own problems; those that need other files come later
 */
public record LoadedFile(SourceFile file, Reading reading, List<Diagnostic> diagnostics) {

    public LoadedFile {
        Objects.requireNonNull(file);
        Objects.requireNonNull(reading);
        diagnostics = List.copyOf(diagnostics);
    }

    /** How far the file could be read. */
    public sealed interface Reading permits NoFrontMatter, UnreadFrontMatter, Read {
    }

    /** The front matter could not be told apart from the body (it was never closed), so nothing else was read. */
    public record NoFrontMatter() implements Reading {
    }

    /** The front matter could not be read as fields; the body was rendered for its own checks. */
    public record UnreadFrontMatter(RenderedBody body) implements Reading {
    }

    /**
     * @param valid whether the front matter had no errors, so that the postmortem may be published
     */
    public record Read(FrontMatter frontMatter, boolean valid, RenderedBody body) implements Reading {
    }
}
