package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Files and folders in the source folder that cannot be read are the user's to fix, like a file in
 * the wrong encoding: a diagnostic among the others, not an I/O failure that stops the whole check.
 */
final class Unreadable {

    private Unreadable() {
    }

    static Diagnostic file(String shown, IOException e) {
        return Diagnostic.error(shown, Position.START, "file-unreadable", "file cannot be read (" + reason(e)
                + "); let the user who runs Hindsight read it, or move it out of the source folder");
    }

    static Diagnostic folder(String shown, IOException e) {
        return Diagnostic.error(shown, Position.START, "file-unreadable", "folder cannot be read (" + reason(e)
                + "), so the postmortems in it are not checked; let the user who runs Hindsight read it, or move it "
                + "out of the source folder");
    }

    static Diagnostic notRegular(String shown) {
        return Diagnostic.error(shown, Position.START, "file-not-regular", "not a regular file but a named pipe, "
                + "socket or device, and not read; replace it with a regular file or remove it");
    }

    /** The operating system's reason without the path, which the diagnostic already names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getClass().getSimpleName();
        return reason.toLowerCase(Locale.ROOT);
    }
}
