package dev.hindsight.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates and instants as people write them in front matter, and why one cannot be read. */
public final class DateValues {

    /**
     * A timestamp as Hindsight reads it: a space may stand for the T, and the offset may be left out or
     * follow a space, as Jekyll writes it ({@code 2024-05-09 18:30:00 +0200}).
     */
    public static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)? ?(Z|[+-]\\d{2}:?\\d{2})?";

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_SHAPE = Pattern.compile(TIMESTAMP);
    private static final String NO_YEAR_ZERO = "there is no year 0000, write a year from 0001 to 9999";

    private DateValues() {
    }

    /**
     * A day written as YYYY-MM-DD. Java would also read years such as 0000, -0044 or +999999999, which
     * no postmortem means and the site cannot show (the year 0 comes out as 1 BC), so four digits and
     * a year from 1 are required.
     */
    public static Optional<LocalDate> date(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text)).filter(day -> day.getYear() > 0);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day of a timestamp, as written ({@code 2016-09-05} of {@code 2016-09-05T23:00:00-05:00}). */
    static Optional<LocalDate> dayOfTimestamp(String text) {
        return DATE_TIME_SHAPE.matcher(text).matches() ? date(text.substring(0, 10)) : Optional.empty();
    }

    /** Why {@link #date} could not read {@code text}. */
    public static String dateProblem(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) {
            return "expected a date as YYYY-MM-DD, such as 2016-09-05";
        }
        return yearZero(text) ? NO_YEAR_ZERO : "there is no such day";
    }

    private static boolean yearZero(String text) {
        return text.startsWith("0000-");
    }

    /** An instant; without an offset, the time is read in {@code zone}. Empty when it cannot be read. */
    static Optional<OffsetDateTime> instant(String text, ZoneId zone) {
        if (!DATE_TIME_SHAPE.matcher(text).matches() || yearZero(text)) {
            return Optional.empty();
        }
        String iso = text.replaceFirst(" (?=[Z+-])", "").replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException offsetMissing) {
            try {
                return Optional.of(LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException invalid) {
                return Optional.empty();
            }
        }
    }

    static String instantProblem(String text) {
        if (!DATE_TIME_SHAPE.matcher(text).matches()) {
            return "expected YYYY-MM-DDTHH:MM:SSZ (or with an offset such as +02:00)";
        }
        return yearZero(text) ? NO_YEAR_ZERO : "there is no such day or time";
    }
}
