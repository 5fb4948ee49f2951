package dev.hindsight.render.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts text into search terms, exactly as {@code search.js} does. A word is a run of letters and
 * digits; words joined by one of {@code - . _ : / @} form a compound ({@code us-east-1},
 * {@code api.example.com}, {@code 10.0.0.1}, {@code PLAT-123}) that is a term as written and whose
 * words are terms too, so either finds it. Terms are lower-case without accents; plain words are stemmed.
 *
 * <p>A tokeniser hands each term over in its own buffer, reused for the next term: an index sees
 * millions of words and looks each up by its characters, so it makes no string of them. One
 * tokeniser serves one thread.
 */
final class Tokenizer {

    /** Longer terms (hashes, encoded blobs) are skipped: nobody types them. */
    static final int MAX_TERM = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String JOINERS = "-._:/@";
    /**
     * Below this, whether a character is a word's and what it folds to are looked up: Latin scripts,
     * most of what is indexed, are folded by table, and only other scripts pay for normalising.
     */
    private static final int TABLED = 0x250;
    private static final boolean[] WORD = new boolean[TABLED];
    private static final boolean[] ASCII_JOINER = new boolean[128];
    /**
     * What a character folds to on its own, or 0 where that is not one character (a word with it is
     * folded whole); a compound's joiners are folded with its words.
     */
    private static final char[] FOLDED = new char[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            WORD[c] = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : isOtherWordChar(c);
            String folded = fold(String.valueOf(c));
            FOLDED[c] = folded.length() == 1 ? folded.charAt(0) : 0;
        }
        for (char c = 0; c < 128; c++) {
            ASCII_JOINER[c] = JOINERS.indexOf(c) >= 0;
        }
    }

    /** Receives each term, valid until the call returns, with its word's position; a compound shares the position of its first word. */
    @FunctionalInterface
    interface Sink {
        void term(char[] term, int length, int position);
    }

    private char[] buffer = new char[MAX_TERM * 2];
    /** The text being cut, copied once: reading a char[] is cheaper than a string's chars one by one. */
    private char[] text = new char[4096];

    /**
     * Sends every term of {@code text} to {@code sink}, numbering words from {@code first}.
     *
     * @return the position after the last word
     */
    int tokens(String string, int first, Sink sink) {
        int n = string.length();
        if (n > text.length) {
            text = new char[Math.max(n, text.length * 2)];
        }
        string.getChars(0, n, text, 0);
        int position = first;
        int i = 0;
        while (i < n) {
            if (!isWordChar(text[i])) {
                i++;
                continue;
            }
            int start = i;
            int words = 0;
            int firstWordEnd = -1;
            while (true) {
                while (i < n && isWordChar(text[i])) {
                    i++;
                }
                words++;
                if (firstWordEnd < 0) {
                    firstWordEnd = i;
                }
                if (i + 1 < n && text[i] < 128 && ASCII_JOINER[text[i]] && isWordChar(text[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
            if (words > 1) {
                emit(fold(start, i), position, sink);
                int word = start;
                for (int w = 0; w < words; w++) {
                    int end = word;
                    while (end < i && isWordChar(text[end])) {
                        end++;
                    }
                    emit(Stemmer.stem(buffer, fold(word, end)), position++, sink);
                    word = end + 1;
                }
            } else {
                emit(Stemmer.stem(buffer, fold(start, firstWordEnd)), position++, sink);
            }
        }
        return position;
    }

    private void emit(int length, int position, Sink sink) {
        if (length <= MAX_TERM) {
            sink.term(buffer, length, position);
        }
    }

    /** Folds {@code text[start, end)} into the buffer, by table where it can, as most text allows. */
    private int fold(int start, int end) {
        int length = end - start;
        room(length);
        for (int i = 0; i < length; i++) {
            char c = text[start + i];
            char one = c < TABLED ? FOLDED[c] : 0;
            if (one == 0) {
                String folded = fold(new String(text, start, length));
                room(folded.length());
                folded.getChars(0, folded.length(), buffer, 0);
                return folded.length();
            }
            buffer[i] = one;
        }
        return length;
    }

    private void room(int length) {
        if (length > buffer.length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
    }

    /** Lower case without accents: {@code Café} is {@code cafe}. */
    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** Small enough for the JIT's first tier to inline where it is called for every character. */
    static boolean isWordChar(char c) {
        return c < TABLED ? WORD[c] : isOtherWordChar(c);
    }

    private static boolean isOtherWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
