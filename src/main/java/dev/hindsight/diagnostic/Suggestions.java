package dev.hindsight.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed value a user most likely meant, for "did you mean …?" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String input, Collection<String> candidates) {
        String wanted = input.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (differsOnlyInDigits(wanted, candidate.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** SEV5 is not a typo of SEV1: a different number is a different value, not a slip of the finger. */
    private static boolean differsOnlyInDigits(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && !(Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Optimal-string-alignment distance: like Levenshtein, but a swap of two neighbours counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
