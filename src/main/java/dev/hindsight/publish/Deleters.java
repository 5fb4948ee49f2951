package dev.hindsight.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Makes a deleter for each deletion, so that it knows the mounts of that moment (tests pass their own). */
@FunctionalInterface
interface Deleters {

    TreeDeleter current() throws IOException;

    /** Deletes a folder abandoned after a failure; a failure to delete is added to that one, not thrown. */
    default void removeQuietly(Path dir, Throwable cause) {
        try {
            current().delete(dir);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
