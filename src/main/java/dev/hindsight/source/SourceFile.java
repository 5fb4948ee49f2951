package dev.hindsight.source;

import java.nio.file.Path;

/**
 * A postmortem file read as text: byte-order mark removed, line endings normalised to {@code \n}.
 *
 * @param path        where it is on disk
 * @param displayPath how messages name it: relative to the working directory where possible
 * @param libraryPath where it is in the library, starting with the source folder's name
 *                    ({@code postmortems/2016/x.md}): the same on every machine, so pages can show it
 */
public record SourceFile(Path path, String displayPath, String libraryPath, String text) {

    /** The library path of a file under a source folder. */
    public static String libraryPath(Path root, Path file) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        String relative = root.relativize(file).toString().replace('\\', '/');
        return name == null ? relative : name + "/" + relative;
    }
}
