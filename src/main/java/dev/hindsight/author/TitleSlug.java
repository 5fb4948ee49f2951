package dev.hindsight.author;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The file name part made from a postmortem's title: {@code Deployer API: outage (prod)!} →
 * {@code deployer-api-outage-prod}. Only ASCII letters, digits and hyphens, as the name becomes the
 * postmortem's id and URL and must be typed, linked and committed on every system.
 */
public final class TitleSlug {

    /** Short enough to read in a list of files; the id it starts allows 120 characters. */
    static final int MAX_LENGTH = 60;
    /** For a title with nothing to transliterate, such as one in Japanese. */
    static final String FALLBACK = "postmortem";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");
    /** Letters that decomposition does not split into a base letter and a mark. */
    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l",
            "đ", "d", "ð", "d", "þ", "th", "ı", "i", "&", " and ");

    private TitleSlug() {
    }

    public static String of(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = trimHyphens(NOT_ASCII_WORD.matcher(text).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
