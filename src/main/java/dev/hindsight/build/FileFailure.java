package dev.hindsight.build;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An unexpected failure while one file was being checked: a bug in Hindsight, never a problem of the
 * file (those are diagnostics). It names the file, so that the one line the command line prints says
 * which input to attach to a bug report.
 */
public final class FileFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    public FileFailure(String file, Throwable cause) {
        super("internal error while reading " + file, Objects.requireNonNull(cause));
        this.file = file;
    }

    /** The file as shown to users. */
    public String file() {
        return file;
    }

    /** Runs work on one file, naming that file in whatever escapes it. */
    public static <T> T guard(String file, Supplier<T> work) {
        try {
            return work.get();
        } catch (FileFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new FileFailure(file, e);
        }
    }
}
