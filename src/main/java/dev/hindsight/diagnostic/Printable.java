package dev.hindsight.diagnostic;

import java.util.Locale;

/**
 * Makes text from the user's files safe to print as part of one line. CI logs and annotators read
 * diagnostics line by line, so a file name or value with a line break in it could forge a diagnostic
 * line, and bidirectional controls (U+202E) could make a line read other than it is. Such characters
 * are shown as escapes instead ({@code \n}, {@code \u202E}).
 */
public final class Printable {

    private Printable() {
    }

    /**
     * Escapes control characters, line and paragraph separators and bidirectional controls. A backslash
     * is left as it is, so escaping twice changes nothing: a value may pass through more than one printer.
     */
    public static String escape(String text) {
        if (text.chars().noneMatch(Printable::needsEscape)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (needsEscape(c)) {
                escaped.append(escapeOf(c));
            } else {
                escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    private static String escapeOf(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", c);
        };
    }
}
