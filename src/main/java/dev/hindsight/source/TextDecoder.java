package dev.hindsight.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it silently. */
final class TextDecoder {

    /** The first byte that is not UTF-8, and where it is: the line, and the column in characters. */
    record BadByte(int value, long offset, int line, int column) {

        boolean isUtf16ByteOrderMark(byte[] bytes) {
            return offset <= 1 && bytes.length >= 2
                    && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
        }
    }

    private TextDecoder() {
    }

    /** A file's text, or the first byte that kept it from being read as UTF-8. */
    record Decoded(Optional<String> text, Optional<BadByte> badByte) {
    }

    /**
     * Decodes in one pass: the text without a byte-order mark and with {@code \n} line ends, or where
     * the first byte that is not UTF-8 is.
     */
    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(Optional.empty(), Optional.of(badByte(bytes, in.position())));
        }
        decoder.flush(out);
        return new Decoded(Optional.of(normalize(out.flip().toString())), Optional.empty());
    }

    private static BadByte badByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The bytes before the bad one are valid, so the column counts characters, as editors do.
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new BadByte(bytes[offset] & 0xFF, offset, line, column);
    }

    private static String normalize(String decoded) {
        String text = decoded;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
