package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it silently. */
public final class TextDecoder {

    /** The first byte that is not UTF-8, and where it is: the line, and the column in characters. */
    private record BadByte(int value, long offset, int line, int column) {

        boolean isUtf16ByteOrderMark(byte[] bytes) {
            return offset <= 1 && bytes.length >= 2
                    && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
        }
    }

    private TextDecoder() {
    }

    /** A file's text, or why it is not UTF-8. */
    public sealed interface Decoded permits Text, NotUtf8 {
    }

    /** The text without a byte-order mark and with {@code \n} line ends. */
    public record Text(String text) implements Decoded {
    }

    /** The error that names the first byte that kept the file from being read as UTF-8. */
    public record NotUtf8(Diagnostic problem) implements Decoded {
    }

    /**
     * Decodes in one pass.
     *
     * @param shown the file as messages name it
     */
    public static Decoded decode(String shown, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new NotUtf8(problem(shown, badByte(bytes, in.position()), bytes));
        }
        decoder.flush(out);
        return new Text(normalize(out.flip().toString()));
    }

    private static Diagnostic problem(String shown, BadByte bad, byte[] bytes) {
        String message = bad.isUtf16ByteOrderMark(bytes) ? "the file is UTF-16, not UTF-8; save it as UTF-8"
                : String.format(Locale.ROOT, "not valid UTF-8: byte [0x%02X] at byte offset %d; save the file as UTF-8",
                bad.value(), bad.offset());
        return Diagnostic.error(shown, new Position(bad.line(), bad.column()), "encoding", message);
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
