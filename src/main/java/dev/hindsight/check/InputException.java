package dev.hindsight.check;

/**
 * An input named on the command line is not something Hindsight can read (a folder given as a file,
 * a pipe or a device), a mistake the user fixes by naming another; nothing was read.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
