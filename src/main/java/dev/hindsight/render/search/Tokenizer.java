package dev.hindsight.render.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts text into search terms, exactly as {@code search.js} does. A word is a run of letters and
 * digits; words joined by one of {@code - . _ : / @} form a compound ({@code us-east-1},
 * {@code api.example.com}, {@code 10.0.0.1}, {@code PLAT-123}) that is a term as written and whose
 * words are terms too, so either finds it. Terms are lower-case without accents; plain words are stemmed.
 */
public final class Tokenizer {

    /** Longer terms (hashes, encoded blobs) are skipped: nobody types them. */
    static final int MAX_TERM = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String JOINERS = "-._:/@";

    /** Receives each term with its word's position; a compound shares the position of its first word. */
    @FunctionalInterface
    public interface Sink {
        void term(String term, int position);
    }

    private Tokenizer() {
    }

    /**
     * Sends every term of {@code text} to {@code sink}, numbering words from {@code first}.
     *
     * @return the position after the last word
     */
    public static int tokens(String text, int first, Sink sink) {
        char[] chars = text.toCharArray();
        int position = first;
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int words = 0;
            int firstWordEnd = -1;
            while (true) {
                while (i < n && isWordChar(chars[i])) {
                    i++;
                }
                words++;
                if (firstWordEnd < 0) {
                    firstWordEnd = i;
                }
                if (i + 1 < n && JOINERS.indexOf(chars[i]) >= 0 && isWordChar(chars[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
            if (words > 1) {
                emit(folded(chars, start, i), position, sink);
                int word = start;
                for (int w = 0; w < words; w++) {
                    int end = word;
                    while (end < i && isWordChar(chars[end])) {
                        end++;
                    }
                    emit(Stemmer.stem(folded(chars, word, end)), position++, sink);
                    word = end + 1;
                }
            } else {
                emit(Stemmer.stem(folded(chars, start, firstWordEnd)), position++, sink);
            }
        }
        return position;
    }

    /** {@link #fold} of {@code chars[start, end)}, making one string where the text is ASCII, as most is. */
    private static String folded(char[] chars, int start, int end) {
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 128) {
                return fold(new String(chars, start, end - start));
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (upper) {
            char[] lower = new char[end - start];
            for (int i = start; i < end; i++) {
                char c = chars[i];
                lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return new String(lower);
        }
        return new String(chars, start, end - start);
    }

    private static void emit(String term, int position, Sink sink) {
        if (term.length() <= MAX_TERM) {
            sink.term(term, position);
        }
    }

    /** Lower case without accents: {@code Café} is {@code cafe}. */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
