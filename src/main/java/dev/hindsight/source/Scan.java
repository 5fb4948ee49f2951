package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;

import java.util.List;

/** What scanning a source folder found: the readable files, sorted by path, and the unreadable ones. */
public record Scan(List<SourceFile> files, List<Diagnostic> problems) {

    public Scan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
