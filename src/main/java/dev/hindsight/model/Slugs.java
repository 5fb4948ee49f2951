package dev.hindsight.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns free text (a service, a tag) into a URL segment that is safe as a folder name. Different
 * values should get different segments, as each gets a page of its own; values that still share one
 * (such as {@code human error} and {@code human-error}) are reported by the library checks.
 */
public final class Slugs {

    /** Well below the 255 bytes most file systems allow for one name. */
    private static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern EDGES = Pattern.compile("^[-.]+|[-.]+$");
    private static final Pattern TRAILING = Pattern.compile("[-.]+$");
    /** Symbols that are all that tells some names apart ({@code C++}, {@code C#}, {@code C}), so they are spelled out. */
    private static final Map<Integer, String> SPELLED = Map.of((int) '+', "plus", (int) '#', "sharp", (int) '&', "and",
            (int) '@', "at");
    /**
     * Each text's slug once made: a build asks again and again (each service of each postmortem, each
     * owner of each action item, and again in every rebuild of a preview), and making one takes
     * several regular expressions. Emptied when full, so that a long preview never grows without end.
     */
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 100_000;
    /** The page of a group's folder: a group of this name would be a file where its folder must be. */
    private static final String FOLDER_PAGE = "index.html";

    private Slugs() {
    }

    /**
     * Accents are dropped ({@code café} → {@code cafe}) but letters of other scripts are kept, so that
     * two different non-Latin tags never share one page; text with no letter or digit at all is named by
     * its code points ({@code !}} → {@code x21-7d}) for the same reason.
     */
    public static String of(String text) {
        String slug = MADE.get(text);
        if (slug == null) {
            slug = make(text);
            if (MADE.size() >= MAX_KEPT) {
                MADE.clear();
            }
            MADE.put(text, slug);
        }
        return slug;
    }

    private static String make(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        // Recompose what decomposition split without a mark to drop, such as Hangul syllables.
        String folded = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        String slug = NOT_NAME.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(Slugs::separator);
        slug = EDGES.matcher(DOTS.matcher(slug).replaceAll(".")).replaceAll("");
        if (slug.isEmpty()) {
            slug = text.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining("-", "x", ""));
        }
        if (slug.length() > MAX_LENGTH) {
            slug = shortened(slug);
        }
        if (FileNames.isReservedOnWindows(slug) || slug.equals(FOLDER_PAGE)) {
            // "con" → "con-", "con.x" → "con-.x": Windows looks at the part before the first dot.
            slug = slug.replaceFirst("^([a-z]+[0-9]?)", "$1-");
        }
        return slug;
    }

    /** A run of characters that cannot be in a name becomes a hyphen, with the symbols in it spelled out. */
    private static String separator(MatchResult run) {
        String spelled = run.group().codePoints().mapToObj(SPELLED::get).filter(Objects::nonNull)
                .collect(Collectors.joining("-"));
        return spelled.isEmpty() ? "-" : "-" + spelled + "-";
    }

    /**
     * Cut to the length limit, ending in a hash of the whole slug, so that long values that differ only
     * after the cut keep pages of their own.
     */
    private static String shortened(String slug) {
        String hash = String.format(Locale.ROOT, "%08x", slug.hashCode());
        int cut = MAX_LENGTH - hash.length() - 1;
        if (Character.isHighSurrogate(slug.charAt(cut - 1))) {
            cut--;
        }
        return TRAILING.matcher(slug.substring(0, cut)).replaceAll("") + "-" + hash;
    }
}
