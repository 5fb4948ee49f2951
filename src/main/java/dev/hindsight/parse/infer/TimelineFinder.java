package dev.hindsight.parse.infer;

import com.vladsch.flexmark.util.ast.Node;
import dev.hindsight.model.Timestamps;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incident's moments from its timeline: the first entry is when it started; entries marked like
 * the SRE book's ({@code OUTAGE BEGINS}, {@code OUTAGE MITIGATED}, {@code OUTAGE ENDS}) or containing
 * "detected", "mitigated" or "resolved" fill the others, and "Time to detection: 8 minutes" stats
 * count from the start. Times are read in the zone the timeline names ({@code Timeline (PST)},
 * {@code All times in UTC}), else the site's. A moment before the start is left out.
 */
final class TimelineFinder {

    private static final Pattern DATE_TIME = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})[ T]+(\\d{1,2}):(\\d{2})");
    private static final Pattern LEADING_TIME = Pattern.compile("^[\\s*+|-]*(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern ZONE_NAME = Pattern.compile("\\b(UTC|GMT|CET|CEST|PST|PDT|EST|EDT|BST)\\b");
    private static final Map<String, String> ZONES = Map.of("UTC", "UTC", "GMT", "UTC", "CET", "Europe/Paris",
            "CEST", "Europe/Paris", "PST", "America/Los_Angeles", "PDT", "America/Los_Angeles",
            "EST", "America/New_York", "EDT", "America/New_York", "BST", "Europe/London");
    private static final Pattern DURATION = Pattern.compile("(?i)(\\d+)\\s*(minutes?|mins?|hours?|hrs?|h|m)\\b");

    /** An entry that says the incident showed itself: its day, not a cause's days before, is the incident's. */
    private static final Pattern NOTICED = Pattern.compile("(?i)\\b(?:outage begins|alert(?:s|ed)?|detect(?:s|ed)"
            + "|report(?:s|ed)|paged|notice[sd]?|observ(?:e|es|ed)|became aware|complain(?:s|ed)?)\\b");

    private TimelineFinder() {
    }

    /**
     * The day of the first timeline entry that says the incident was noticed, else of its first
     * entry: a timeline often opens with a release or a change days before anything broke.
     */
    static Optional<LocalDate> incidentDay(List<Node> timeline) {
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> day = Optional.empty();
        for (Node block : timeline) {
            for (String line : block.getChars().toString().split("\n")) {
                Optional<LocalDate> written = DateText.find(line).map(DateText.Found::day);
                if (written.isPresent()) {
                    day = written;
                    first = first.isPresent() ? first : written;
                }
                if (day.isPresent() && NOTICED.matcher(line).find()) {
                    return day;
                }
            }
        }
        return first;
    }

    static Optional<Found<Timestamps>> find(Outline outline, KeyValues keys, Optional<LocalDate> day, ZoneId siteZone) {
        for (int i = 0; i < outline.sections().size(); i++) {
            Outline.Section section = outline.sections().get(i);
            if (section.isTimeline()) {
                StringBuilder text = new StringBuilder();
                for (Node block : outline.under(i)) {
                    text.append(block.getChars()).append('\n');
                }
                Timestamps times = read(section.title() + "\n" + text, keys, day, siteZone);
                if (!times.equals(Timestamps.NONE)) {
                    return Optional.of(new Found<>(times, "the \"" + section.title() + "\" section"));
                }
            }
        }
        return Optional.empty();
    }

    private static Timestamps read(String timeline, KeyValues keys, Optional<LocalDate> incidentDay, ZoneId siteZone) {
        Matcher zoneName = ZONE_NAME.matcher(timeline);
        ZoneId zone = zoneName.find() ? ZoneId.of(ZONES.get(zoneName.group(1))) : siteZone;
        Optional<LocalDate> day = incidentDay;
        OffsetDateTime started = null;
        OffsetDateTime detected = null;
        OffsetDateTime mitigated = null;
        OffsetDateTime resolved = null;
        for (String line : timeline.split("\n")) {
            Optional<LocalDateTime> moment = moment(line, day);
            if (moment.isEmpty()) {
                Optional<DateText.Found> written = DateText.find(line);
                day = written.isPresent() ? Optional.of(written.get().day()) : day;
                continue;
            }
            day = Optional.of(moment.get().toLocalDate());
            OffsetDateTime at = moment.get().atZone(zone).toOffsetDateTime();
            String words = line.toLowerCase(Locale.ROOT);
            if (started == null || words.contains("outage begins")) {
                started = at;
            }
            if (detected == null && words.contains("detected")) {
                detected = at;
            }
            if (mitigated == null && words.contains("mitigated")) {
                mitigated = at;
            }
            if (words.contains("outage ends") || (resolved == null && words.contains("resolved"))) {
                resolved = at;
            }
        }
        if (started == null) {
            return Timestamps.NONE;
        }
        OffsetDateTime start = started;
        detected = detected != null ? detected : after(start, keys, "time to detection", "time to detect");
        resolved = resolved != null ? resolved : after(start, keys, "time to recovery", "time to resolve");
        return new Timestamps(Optional.of(start), notBefore(start, detected), notBefore(start, mitigated),
                notBefore(mitigated != null ? mitigated : start, resolved));
    }

    private static Optional<LocalDateTime> moment(String line, Optional<LocalDate> day) {
        try {
            Matcher full = DATE_TIME.matcher(line);
            if (full.find()) {
                return Optional.of(LocalDateTime.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)), Integer.parseInt(full.group(4)), Integer.parseInt(full.group(5))));
            }
            Matcher time = LEADING_TIME.matcher(line);
            if (time.find() && day.isPresent()) {
                return Optional.of(day.get().atTime(LocalTime.of(Integer.parseInt(time.group(1)),
                        Integer.parseInt(time.group(2)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A stats line such as "Time to detection: 8 minutes", counted from the start. */
    private static OffsetDateTime after(OffsetDateTime start, KeyValues keys, String... names) {
        for (String name : names) {
            Optional<Duration> duration = keys.other(name).flatMap(f -> duration(f.value()));
            if (duration.isPresent()) {
                return start.plus(duration.get());
            }
        }
        return null;
    }

    private static Optional<Duration> duration(String text) {
        Matcher part = DURATION.matcher(text);
        Duration total = Duration.ZERO;
        boolean any = false;
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(part.group(2).toLowerCase(Locale.ROOT).startsWith("h")
                    ? Duration.ofHours(amount) : Duration.ofMinutes(amount));
            any = true;
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    private static Optional<OffsetDateTime> notBefore(OffsetDateTime start, OffsetDateTime moment) {
        return Optional.ofNullable(moment).filter(m -> !m.isBefore(start));
    }
}
