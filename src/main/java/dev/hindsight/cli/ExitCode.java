package dev.hindsight.cli;

/** Exit codes are part of the public interface: scripts depend on them. */
public final class ExitCode {

    /** Built, or checked clean. */
    public static final int OK = 0;
    /** The postmortems have errors (or warnings, with --strict); nothing was written. */
    public static final int CONTENT_ERRORS = 1;
    /** {@code actions --fail-on-overdue}: an item listed is overdue, so that a scheduled CI job can nag. */
    public static final int OVERDUE_ACTIONS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Reading or writing files failed, or Hindsight itself failed. */
    public static final int IO_FAILURE = 3;

    private ExitCode() {
    }
}
