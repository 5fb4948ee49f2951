package dev.hindsight.parse;

import dev.hindsight.diagnostic.Position;

import java.util.Arrays;

/**
 * Turns offsets in a body into file positions. The line starts are found once, on the first
 * question, so that a paragraph of thousands of links to other files costs one pass, not one per link.
 */
final class LineMap {

    private final String text;
    private final int firstLine;
    private int[] lineStarts;

    /** @param firstLine the file line of the text's first line */
    LineMap(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
    }

    Position positionOf(int offset) {
        int[] starts = lineStarts();
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + firstLine, offset - starts[line] + 1);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
