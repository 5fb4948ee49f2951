package dev.hindsight.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** The text of a piece of a parsed body, made without flexmark's character-at-a-time copy. */
final class SequenceText {

    private SequenceText() {
    }

    /**
     * Where the piece is one stretch of the body, it is cut from the body's string: flexmark's own
     * {@code toString} copies it a character at a time, a tenth of all loading here.
     */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String body
                && chars.length() == chars.getEndOffset() - chars.getStartOffset()) {
            return body.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
