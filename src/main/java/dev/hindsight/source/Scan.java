package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * What scanning a source folder found: the readable files, sorted by path, and the unreadable ones.
 *
 * @param notRead files that are neither postmortems nor excluded, sorted
 */
public record Scan(List<SourceFile> files, List<Diagnostic> problems, List<Path> notRead) {

    public Scan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notRead = List.copyOf(notRead);
    }
}
