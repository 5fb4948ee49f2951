package dev.hindsight.cli;

/** Exit codes are part of the public interface: scripts depend on them. */
public final class ExitCode {

    /** Built, or checked clean. */
    public static final int OK = 0;
    /** The postmortems have errors (or warnings, with --strict); nothing was written. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Reading or writing files failed, or Hindsight itself failed. */
    public static final int IO_FAILURE = 3;

    private ExitCode() {
    }
}
