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
        if (endsWith(w, n, "ing") && n - 3 >= 4) {
            n = undouble(w, n - 3);
        } else if (endsWith(w, n, "ed") && n - 2 >= 4) {
            n = undouble(w, n - 2);
        }
        return endsWith(w, n, "e") && n > 4 ? n - 1 : n;
    }

    /** Every rule removes or swaps a final {@code s}, {@code g} ({@code -ing}), {@code d} ({@code -ed}) or {@code e}: most words end otherwise. */
    private static boolean hasStemmableEnd(char last) {
        return last == 's' || last == 'g' || last == 'd' || last == 'e';
    }

    private static int plural(char[] w, int n) {
        if (endsWith(w, n, "ies") && n > 4) {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (endsWith(w, n, "sses")) {
            return n - 2;
        }
        if (endsWith(w, n, "es") && ("sxz".indexOf(w[n - 3]) >= 0 || endsWith(w, n, "ches") || endsWith(w, n, "shes"))) {
            return n - 2;
        }
        if (endsWith(w, n, "s") && !endsWith(w, n, "ss") && !endsWith(w, n, "us") && !endsWith(w, n, "is")) {
            return n - 1;
        }
        return n;
    }

    /** {@code runn} is {@code run}; {@code fall} and {@code miss} keep their double letter. */
    private static int undouble(char[] w, int n) {
        char last = w[n - 1];
        return last == w[n - 2] && "aeiouylsz".indexOf(last) < 0 ? n - 1 : n;
    }

    private static boolean endsWith(char[] w, int n, String suffix) {
        int from = n - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (w[from + i] != suffix.charAt(i)) {
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
