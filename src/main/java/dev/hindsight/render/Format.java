package dev.hindsight.render;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.Locale;

/** How dates and durations read on the site: unambiguous, the same for every reader. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Format() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** A moment shown in the site's time zone, named, as postmortem guides ask. */
    public static String time(OffsetDateTime time, ZoneId zone) {
        var local = time.atZoneSameInstant(zone);
        String name = zone.getId().equals("Z") ? "UTC" : zone.getId();
        return TIME.format(local) + " " + name;
    }

    /** RFC 3339, as feeds and JSON want it: always with seconds, which {@code OffsetDateTime.toString()} may drop. */
    public static String moment(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** {@code 45 s}, {@code 31 min}, {@code 2 h 5 min}, {@code 3 d 4 h}. */
    public static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** A ticket link's text: the address without its scheme, shortened to fit a table cell. */
    public static String ticket(String url) {
        String shown = url.replaceFirst("(?i)^https?://(www\\.)?", "");
        return shown.length() <= 48 ? shown : shown.substring(0, 47) + "…";
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
