package dev.hindsight.parse.infer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as people write them in postmortems: {@code 2016-09-05}, {@code 2016/09/05},
 * {@code September 5, 2016}, {@code 5 Sep 2016}, with or without a time after. In a range the first
 * day is the one found, since a postmortem is dated by the day its incident started.
 */
final class DateText {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("(?<![\\d/-])(?<year>\\d{4})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})(?![\\d/])"),
            Pattern.compile("(?i)(?<![a-z])(?<name>" + MONTH + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)"),
            Pattern.compile("(?i)(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<name>" + MONTH + "),?\\s+(?<year>\\d{4})(?!\\d)"));
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private DateText() {
    }

    /** The first day written anywhere in the text. */
    static Optional<Found> find(String text) {
        Found first = null;
        for (Pattern format : FORMATS) {
            Matcher matcher = format.matcher(text);
            while (matcher.find()) {
                Optional<LocalDate> day = day(matcher);
                if (day.isPresent()) {
                    if (first == null || matcher.start() < first.start()) {
                        first = new Found(day.get(), matcher.start(), matcher.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** The day that the text starts with. */
    static Optional<LocalDate> leading(String text) {
        return find(text).filter(f -> f.start() == 0).map(Found::day);
    }

    /** @param start where the day's text begins in the text searched, and {@code end} where it ends */
    record Found(LocalDate day, int start, int end) {
    }

    private static Optional<LocalDate> day(Matcher matcher) {
        try {
            int month = matcher.pattern().pattern().contains("?<name>")
                    ? MONTHS.indexOf(matcher.group("name").substring(0, 3).toLowerCase(Locale.ROOT)) + 1
                    : Integer.parseInt(matcher.group("month"));
            // Year 0 is no year the site can show, as DateValues refuses it in front matter.
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group("year")), month,
                    Integer.parseInt(matcher.group("day")))).filter(d -> d.getYear() > 0);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
