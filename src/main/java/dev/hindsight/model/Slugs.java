package dev.hindsight.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns free text (a service, a tag) into a URL segment that is safe as a folder name. */
public final class Slugs {

    /** Well below the 255 bytes most file systems allow for one name. */
    private static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern EDGES = Pattern.compile("^[-.]+|[-.]+$");
    private static final Pattern TRAILING = Pattern.compile("[-.]+$");

    private Slugs() {
    }

    /**
     * Accents are dropped ({@code café} → {@code cafe}) but letters of other scripts are kept, so that
     * two different non-Latin tags never share one page; text with no letter or digit at all gets a
     * name derived from its content for the same reason.
     */
    public static String of(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        // Recompose what decomposition split without a mark to drop, such as Hangul syllables.
        String folded = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        String slug = NOT_NAME.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGES.matcher(DOTS.matcher(slug).replaceAll(".")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = TRAILING.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        if (FileNames.isReservedOnWindows(slug)) {
            // "con" → "con-", "con.x" → "con-.x": Windows looks at the part before the first dot.
            slug = slug.replaceFirst("^([a-z]+[0-9]?)", "$1-");
        }
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }
}
