package dev.hindsight.serve;

import dev.hindsight.build.BuildOutcome;

/** What the server tells the person running it; the command decides how it is printed. */
public interface Terminal {

    /** A build finished, published or refused, after {@code millis} since the change that caused it. */
    void built(BuildOutcome outcome, long millis);

    /** One line of its own, such as where the site is served. */
    void notice(String line);
}
