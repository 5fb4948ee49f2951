package dev.hindsight.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * What the library as a whole says, on one day: how often, where, how fast incidents are detected
 * and recovered from, and how the action items fare. Every list is in a fixed order.
 *
 * @param perMonth          postmortems per month, the {@value #MONTHS} months up to today, oldest first
 * @param perYear           postmortems per year, oldest first
 * @param perService        postmortems per service, most first
 * @param perSeverity       postmortems per severity, in the configured order
 * @param perTag            the {@value #TOP_TAGS} most used tags, most first
 * @param bySeverity        the measures of each severity's incidents
 * @param byService         the measures of each service's incidents
 * @param trend             the median of each measure per quarter, the {@value #QUARTERS} quarters up to today
 * @param unmeasured        postmortems that no measure can be taken of, newest first
 * @param actionHistory     action items opened, closed and still open per quarter, the last {@value #QUARTERS}
 * @param overdueByOwner    overdue items per owner, most first
 * @param overdueByService  overdue items per service of their postmortem, most first
 * @param daysToClose       the median and 90th percentile of days from incident to closing, of done items with a closed day
 * @param repeatOffenders   services with {@value Library#REPEAT_COUNT} or more postmortems in the last 12 months
 */
public record Insights(List<Count> perMonth, List<Count> perYear, List<Count> perService, List<Count> perSeverity,
                       List<Count> perTag, List<MeasureRow> bySeverity, List<MeasureRow> byService,
                       List<QuarterMedians> trend, List<Postmortem> unmeasured, List<QuarterActions> actionHistory,
                       List<Count> overdueByOwner, List<Count> overdueByService, Stat<Long> daysToClose,
                       List<Group> repeatOffenders) {

    public static final int MONTHS = 24;
    public static final int QUARTERS = 8;
    public static final int TOP_TAGS = 15;

    /** A label and how many. */
    public record Count(String label, long value) {
    }

    /** The median and 90th percentile (nearest rank, see {@link Percentiles}) of {@code n} values. */
    public record Stat<T>(int n, Optional<T> median, Optional<T> p90) {

        static <T extends Comparable<? super T>> Stat<T> of(List<T> values) {
            return new Stat<>(values.size(), Percentiles.of(values, 50), Percentiles.of(values, 90));
        }
    }

    /** One severity's or service's incidents: one {@link Stat} per {@link Measure}, in its order. */
    public record MeasureRow(String label, int incidents, List<Stat<Duration>> stats) {
    }

    /** One quarter's median of each {@link Measure}, in its order. */
    public record QuarterMedians(Quarter quarter, List<Stat<Duration>> stats) {
    }

    /**
     * One quarter of the action items: opened (by the day of their incident), closed (by their
     * {@code closed} day), and still open at its end; items done or dropped without a closed day are
     * not counted as open.
     */
    public record QuarterActions(Quarter quarter, long opened, long closed, long openAtEnd) {
    }

    /** A calendar quarter, such as 2026 Q3. */
    public record Quarter(int year, int number) {

        public static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        public Quarter previous(int n) {
            int index = year * 4 + number - 1 - n;
            return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
        }

        public LocalDate lastDay() {
            return LocalDate.of(year, number * 3, 1).plusMonths(1).minusDays(1);
        }

        public boolean contains(LocalDate day) {
            return of(day).equals(this);
        }

        @Override
        public String toString() {
            return year + " Q" + number;
        }
    }

    public static Insights of(Library library, LocalDate today) {
        List<Postmortem> all = library.postmortems();
        List<TrackedAction> overdue = library.openActions().stream().filter(a -> a.item().isOverdue(today)).toList();
        List<Quarter> quarters = IntStream.range(0, QUARTERS).mapToObj(i -> Quarter.of(today).previous(QUARTERS - 1 - i))
                .toList();
        return new Insights(
                perMonth(all, today),
                library.years().stream().sorted(Comparator.comparingInt(YearGroup::year))
                        .map(y -> new Count(String.valueOf(y.year()), y.size())).toList(),
                mostFirst(library.services().stream().map(g -> new Count(g.label(), g.size())).toList()),
                library.severities().stream().map(g -> new Count(g.label(), g.size())).toList(),
                mostFirst(library.tags().stream().map(g -> new Count(g.label(), g.size())).toList()).stream()
                        .limit(TOP_TAGS).toList(),
                library.severities().stream().map(g -> measured(g.label(), g.postmortems())).toList(),
                library.services().stream().map(g -> measured(g.label(), g.postmortems())).toList(),
                quarters.stream().map(q -> new QuarterMedians(q,
                        stats(all.stream().filter(p -> p.date().filter(q::contains).isPresent()).toList()))).toList(),
                all.stream().filter(p -> Arrays.stream(Measure.values()).allMatch(m -> m.of(p).isEmpty())).toList(),
                quarters.stream().map(q -> actions(library.actions().all(), q)).toList(),
                mostFirst(counted(overdue, a -> List.of(a.item().owner()))),
                mostFirst(counted(overdue, a -> a.source().services())),
                Stat.of(library.actions().daysToClose()),
                library.repeatOffenders(today));
    }

    private static List<Count> perMonth(List<Postmortem> all, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        return IntStream.range(0, MONTHS).mapToObj(i -> last.minusMonths(MONTHS - 1 - i))
                .map(m -> new Count(m.toString(), all.stream().filter(p -> p.date().map(YearMonth::from).filter(m::equals).isPresent()).count()))
                .toList();
    }

    private static MeasureRow measured(String label, List<Postmortem> postmortems) {
        return new MeasureRow(label, postmortems.size(), stats(postmortems));
    }

    private static List<Stat<Duration>> stats(List<Postmortem> postmortems) {
        return Arrays.stream(Measure.values())
                .map(m -> Stat.of(postmortems.stream().flatMap(p -> m.of(p).stream()).toList()))
                .toList();
    }

    private static QuarterActions actions(List<TrackedAction> all, Quarter quarter) {
        LocalDate end = quarter.lastDay();
        long opened = all.stream().filter(a -> a.source().date().filter(quarter::contains).isPresent()).count();
        long closed = all.stream().filter(a -> a.item().closed().filter(quarter::contains).isPresent()).count();
        Predicate<TrackedAction> openAtEnd = a -> a.source().date().filter(d -> !d.isAfter(end)).isPresent()
                && (a.item().status().isOutstanding() || a.item().closed().filter(c -> c.isAfter(end)).isPresent());
        return new QuarterActions(quarter, opened, closed, all.stream().filter(openAtEnd).count());
    }

    /** Counts by name, where names that differ only in case are one. */
    private static List<Count> counted(List<TrackedAction> items, Function<TrackedAction, List<String>> names) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (TrackedAction a : items) {
            names.apply(a).stream().distinct().forEach(name -> {
                String slug = Slugs.of(name);
                labels.merge(slug, name, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                counts.merge(slug, 1L, Long::sum);
            });
        }
        List<Count> result = new ArrayList<>();
        counts.forEach((slug, n) -> result.add(new Count(labels.get(slug), n)));
        return result;
    }

    private static List<Count> mostFirst(List<Count> counts) {
        return counts.stream().sorted(Comparator.comparingLong(Count::value).reversed()
                .thenComparing(c -> c.label().toLowerCase(Locale.ROOT)).thenComparing(Count::label)).toList();
    }
}
