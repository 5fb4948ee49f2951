package dev.hindsight.parse.infer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that says who wrote a post and when, above or below it: "Posted by Jane Doe on March 3,
 * 2019", "By Jane Doe · 4 Mar 2024", "Posted by the ops team · March 18, 2024", "— Jane, 4 Mar 2024", "March 20, 2025 · Tala Games Team". Its day is the post's.
 */
final class Byline {

    private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:(?:posted|published|written)\\s+(?:by\\s+.{1,60}?\\s+)?on"
            + "\\s+|(?:(?:posted|published|written)\\s+)?by\\s+.{1,60}?(?:\\s+on\\s+|\\s*[,·|•]\\s*)"
            + "|(?:[—–]|--)\\s*\\p{L}.{0,60}?\\s*[,·|•]\\s*)(?<rest>.+)$");
    /** Emphasis and the list or quote marks a byline may be set in. */
    private static final Pattern DECORATION = Pattern.compile("^[>\\s]+|[*_]");

    /** What follows a day that opens a byline: a separator and a name, with no other part after it. */
    private static final Pattern AUTHOR_AFTER = Pattern.compile("\\s*[·|•]\\s*\\p{L}[\\p{L}\\s.'’-]{0,60}");

    private Byline() {
    }

    /** Whether a paragraph is a byline and nothing more. */
    static boolean is(String paragraph) {
        return paragraph.strip().lines().count() == 1 && day(paragraph.strip()).isPresent();
    }

    /** The day of the first byline among the lines of a document. */
    static Optional<LocalDate> find(String markdown) {
        return markdown.lines().map(Byline::day).flatMap(Optional::stream).findFirst();
    }

    private static Optional<LocalDate> day(String line) {
        String plain = DECORATION.matcher(line).replaceAll("").strip();
        Matcher byline = BYLINE.matcher(plain);
        if (byline.matches()) {
            return DateText.leading(byline.group("rest"));
        }
        // The day first, then who: "*March 20, 2025 · Tala Games Team*".
        return DateText.find(plain).filter(found -> found.start() == 0
                        && AUTHOR_AFTER.matcher(plain.substring(found.end())).matches())
                .map(DateText.Found::day);
    }
}
