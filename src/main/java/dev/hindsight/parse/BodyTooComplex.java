package dev.hindsight.parse;

/**
 * Thrown by {@link LinearInlineParser} to stop reading a paragraph that flexmark would take quadratic
 * time over; {@link MarkdownBody} turns it into a {@code body-too-complex} error at the paragraph.
 * It aborts the whole body, which is refused anyway, and so carries no stack trace.
 */
final class BodyTooComplex extends RuntimeException {

    /** Where the paragraph starts, as an offset into the body. */
    private final int offset;

    BodyTooComplex(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
