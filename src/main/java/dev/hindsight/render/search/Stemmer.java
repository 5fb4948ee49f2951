package dev.hindsight.render.search;

/**
 * A light English stemmer, the same rules as {@code search.js}: plurals, {@code -ed}, {@code -ing}
 * and a final {@code e}, so that {@code timeouts} finds {@code timeout} and {@code caching} finds
 * {@code cache}. Light on purpose: it never merges words of different meaning that a heavier stemmer
 * would ({@code university}/{@code universe}), and both sides must stay small enough to keep identical.
 *
 * <p>It works in place on the tokeniser's buffer, as every rule shortens the word or swaps its end:
 * an index stems millions of words and must not make a string of each.
 */
final class Stemmer {

    /** Suffixes as arrays: a string's characters cost a call each where the JIT's first tier runs this. */
    private static final char[] ING = "ing".toCharArray();
    private static final char[] ED = "ed".toCharArray();
    private static final char[] E = "e".toCharArray();
    private static final char[] IES = "ies".toCharArray();
    private static final char[] SSES = "sses".toCharArray();
    private static final char[] ES = "es".toCharArray();
    private static final char[] CHES = "ches".toCharArray();
    private static final char[] SHES = "shes".toCharArray();
    private static final char[] S = "s".toCharArray();
    private static final char[] SS = "ss".toCharArray();
    private static final char[] US = "us".toCharArray();
    private static final char[] IS = "is".toCharArray();

    private Stemmer() {
    }

    /**
     * Stems the folded word {@code w[0, length)} in place; words with digits and short words are kept.
     *
     * @return the stem's length
     */
    static int stem(char[] w, int length) {
        if (length <= 3 || !hasStemmableEnd(w[length - 1]) || !lettersOnly(w, length)) {
            return length;
        }
        int n = plural(w, length);
        if (endsWith(w, n, ING) && n - 3 >= 4) {
            n = undouble(w, n - 3);
        } else if (endsWith(w, n, ED) && n - 2 >= 4) {
            n = undouble(w, n - 2);
        }
        return endsWith(w, n, E) && n > 4 ? n - 1 : n;
    }

    /** Every rule removes or swaps a final {@code s}, {@code g} ({@code -ing}), {@code d} ({@code -ed}) or {@code e}: most words end otherwise. */
    private static boolean hasStemmableEnd(char last) {
        return last == 's' || last == 'g' || last == 'd' || last == 'e';
    }

    private static int plural(char[] w, int n) {
        if (endsWith(w, n, IES) && n > 4) {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (endsWith(w, n, SSES)) {
            return n - 2;
        }
        if (endsWith(w, n, ES) && ("sxz".indexOf(w[n - 3]) >= 0 || endsWith(w, n, CHES) || endsWith(w, n, SHES))) {
            return n - 2;
        }
        if (endsWith(w, n, S) && !endsWith(w, n, SS) && !endsWith(w, n, US) && !endsWith(w, n, IS)) {
            return n - 1;
        }
        return n;
    }

    /** {@code runn} is {@code run}; {@code fall} and {@code miss} keep their double letter. */
    private static int undouble(char[] w, int n) {
        char last = w[n - 1];
        return last == w[n - 2] && "aeiouylsz".indexOf(last) < 0 ? n - 1 : n;
    }

    private static boolean endsWith(char[] w, int n, char[] suffix) {
        int from = n - suffix.length;
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (w[from + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean lettersOnly(char[] w, int n) {
        for (int i = 0; i < n; i++) {
            char c = w[i];
            if (c < 128 ? c < 'a' : !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
