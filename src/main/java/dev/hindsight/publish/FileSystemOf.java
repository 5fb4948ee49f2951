package dev.hindsight.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Tells which mounted file system a folder is on, so that a deletion never leaves the one it started on. */
@FunctionalInterface
interface FileSystemOf {

    /** @return a value that is equal for two folders exactly when they are on the same mounted file system */
    Object of(Path dir) throws IOException;
}
