package dev.hindsight.render.search;

/**
 * A light English stemmer, the same rules as {@code search.js}: plurals, {@code -ed}, {@code -ing}
 * and a final {@code e}, so that {@code timeouts} finds {@code timeout} and {@code caching} finds
 * {@code cache}. Light on purpose: it never merges words of different meaning that a heavier stemmer
 * would ({@code university}/{@code universe}), and both sides must stay small enough to keep identical.
 */
public final class Stemmer {

    private Stemmer() {
    }

    /** The stem of a folded word; words with digits and short words are kept as they are. */
    public static String stem(String word) {
        if (word.length() <= 3 || !lettersOnly(word)) {
            return word;
        }
        String w = plural(word);
        if (w.endsWith("ing") && w.length() - 3 >= 4) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() - 2 >= 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && ("sxz".indexOf(w.charAt(w.length() - 3)) >= 0 || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** {@code runn} is {@code run}; {@code fall} and {@code miss} keep their double letter. */
    private static String undouble(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        return last == w.charAt(n - 2) && "aeiouylsz".indexOf(last) < 0 ? w.substring(0, n - 1) : w;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
