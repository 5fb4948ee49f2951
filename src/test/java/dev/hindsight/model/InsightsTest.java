package dev.hindsight.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The insights arithmetic on hand-computed examples. */
class InsightsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void percentilesTakeTheValueAtTheNearestRank() {
        List<Integer> ten = List.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5);
        assertEquals(Optional.of(5), Percentiles.of(ten, 50), "rank ⌈0.5 × 10⌉ = 5");
        assertEquals(Optional.of(9), Percentiles.of(ten, 90), "rank ⌈0.9 × 10⌉ = 9");
        assertEquals(Optional.of(10), Percentiles.of(ten, 100));
        assertEquals(Optional.of(1), Percentiles.of(ten, 1));
        assertEquals(Optional.of(2), Percentiles.of(List.of(4, 1, 3, 2), 50), "of four, the second");
        assertEquals(Optional.of(7), Percentiles.of(List.of(7), 90));
        assertEquals(Optional.empty(), Percentiles.of(List.<Integer>of(), 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(ten, 0));
    }

    @Test
    void measuresEachSeverityFromStartedAndNamesWhatCannotBeMeasured() {
        Library library = assemble(
                timed("a", "2026-10-01", "SEV1", 10, 30),
                timed("b", "2026-10-02", "SEV1", 20, 60),
                timed("c", "2026-10-03", "SEV1", 40, 90),
                timed("d", "2026-07-04", "SEV2", 5, 15),
                LibraryTest.postmortem("untimed", "2026-10-05", "complete", List.of("api")));
        Insights insights = Insights.of(library, TODAY);

        Insights.MeasureRow sev1 = insights.bySeverity().get(0);
        assertEquals("SEV1", sev1.label());
        Insights.Stat<Duration> detect = sev1.stats().get(Measure.DETECT.ordinal());
        assertEquals(3, detect.n());
        assertEquals(Optional.of(Duration.ofMinutes(20)), detect.median());
        assertEquals(Optional.of(Duration.ofMinutes(40)), detect.p90());
        assertEquals(Optional.of(Duration.ofMinutes(60)), sev1.stats().get(Measure.MITIGATE.ordinal()).median());
        assertEquals(List.of("untimed"), insights.unmeasured().stream().map(Postmortem::id).toList());

        Insights.QuarterMedians lastQuarter = insights.trend().get(Insights.QUARTERS - 1);
        assertEquals("2026 Q4", lastQuarter.quarter().toString());
        assertEquals(Optional.of(Duration.ofMinutes(20)), lastQuarter.stats().get(Measure.DETECT.ordinal()).median());
        assertEquals(Optional.of(Duration.ofMinutes(5)),
                insights.trend().get(Insights.QUARTERS - 2).stats().get(Measure.DETECT.ordinal()).median());
        assertEquals("2025 Q1", insights.trend().get(0).quarter().toString());
    }

    @Test
    void countsPerMonthForTheLast24MonthsAndServicesWithThreeInAYearAreRepeatOffenders() {
        Library library = assemble(
                LibraryTest.postmortem("one", "2026-11-01", "complete", List.of("api")),
                LibraryTest.postmortem("two", "2026-06-01", "complete", List.of("api", "db")),
                LibraryTest.postmortem("three", "2025-11-26", "complete", List.of("api")),
                LibraryTest.postmortem("old", "2025-11-25", "complete", List.of("db")),
                LibraryTest.postmortem("older", "2024-11-30", "complete", List.of("db")));
        Insights insights = Insights.of(library, TODAY);

        assertEquals(Insights.MONTHS, insights.perMonth().size());
        assertEquals(new Insights.Count("2024-12", 0), insights.perMonth().get(0), "November 2024 is 25 months back");
        assertEquals(new Insights.Count("2026-11", 1), insights.perMonth().get(Insights.MONTHS - 1));
        assertEquals(List.of(new Insights.Count("2024", 1), new Insights.Count("2025", 2), new Insights.Count("2026", 2)),
                insights.perYear());
        assertEquals(List.of(new Insights.Count("api", 3), new Insights.Count("db", 3)), insights.perService());
        assertEquals(List.of("api:3"), insights.repeatOffenders().stream().map(g -> g.label() + ":" + g.size()).toList(),
                "db's third postmortem is exactly twelve months old");
    }

    @Test
    void tracksActionItemsOpenedClosedAndStillOpenPerQuarter() {
        Postmortem p = LibraryTest.postmortem("p", "2026-05-10", "complete", List.of("api"), List.of(
                item("done in Q3", ActionStatus.DONE, "2026-08-01"),
                item("still open", ActionStatus.OPEN, null),
                item("dropped without a day", ActionStatus.NOT_DOING, null)));
        Insights insights = Insights.of(assemble(p), TODAY);

        List<String> quarters = insights.actionHistory().stream().skip(Insights.QUARTERS - 3)
                .map(q -> q.quarter() + " " + q.opened() + "/" + q.closed() + "/" + q.openAtEnd()).toList();
        assertEquals(List.of("2026 Q2 3/0/2", "2026 Q3 0/1/1", "2026 Q4 0/0/1"), quarters);
        assertEquals(new Insights.Stat<>(1, Optional.of(83L), Optional.of(83L)), insights.daysToClose());
    }

    private static Library assemble(Postmortem... postmortems) {
        SiteConfig site = SiteConfig.defaults();
        return Library.assemble(List.of(postmortems), site.statuses(), site.severities());
    }

    private static Postmortem timed(String id, String date, String severity, int detectMinutes, int mitigateMinutes) {
        Postmortem p = LibraryTest.postmortem(id, date, "complete", List.of("api"));
        OffsetDateTime start = OffsetDateTime.parse(date + "T10:00:00Z");
        return new Postmortem(p.id(), p.sourcePath(), p.libraryPath(), p.title(), p.date(), p.authors(), p.status(),
                SiteConfig.defaults().severities().find(severity), p.services(), p.team(), p.tags(), p.summary(),
                p.impact(), new Timestamps(Optional.of(start), Optional.of(start.plusMinutes(detectMinutes)),
                Optional.of(start.plusMinutes(mitigateMinutes)), Optional.empty()), p.related(), p.actionItems(), p.body());
    }

    private static ActionItem item(String title, ActionStatus status, String closed) {
        return new ActionItem(title, ActionType.OTHER, "team", status, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(closed).map(LocalDate::parse));
    }
}
