package dev.hindsight.serve;

import dev.hindsight.build.CheckResult;

/** What the server tells the person running it; the command decides how it is printed. */
public interface Terminal {

    /**
     * A build finished, {@code millis} after the change that caused it was seen; with errors, the
     * last good site stays served.
     */
    void built(CheckResult result, long millis);

    /** A build could not finish, such as a file that could not be read; the last good site stays served. */
    void failed(RuntimeException e);
}
