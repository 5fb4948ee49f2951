package dev.hindsight.diagnostic;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {

    public static final Position START = new Position(1, 1);

    public Position {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
