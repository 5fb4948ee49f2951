package dev.hindsight.source;

import java.nio.file.Path;

/**
 * A postmortem file read as text: byte-order mark removed, line endings normalised to {@code \n}.
 *
 * @param path        where it is on disk
 * @param displayPath how messages name it: relative to the working directory where possible
 */
public record SourceFile(Path path, String displayPath, String text) {
}
