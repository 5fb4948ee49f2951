package dev.hindsight.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryTest {

    private static final SiteConfig SITE = SiteConfig.defaults();

    @Test
    void listsPostmortemsNewestFirstAndBreaksTiesById() {
        Library library = assemble(
                postmortem("b-same-day", "2024-05-01", "complete", List.of("api")),
                postmortem("old", "2016-09-05", "complete", List.of("api")),
                postmortem("a-same-day", "2024-05-01", "complete", List.of("api")));

        assertEquals(List.of("a-same-day", "b-same-day", "old"), ids(library.postmortems()));
    }

    @Test
    void listsUndatedPostmortemsLastAndKeepsThemOutOfTheYears() {
        Library library = assemble(
                undated(postmortem("b-undated", "2000-01-01", "complete", List.of("api"))),
                postmortem("old", "2016-09-05", "complete", List.of("api")),
                undated(postmortem("a-undated", "2000-01-01", "complete", List.of("api"))));

        assertEquals(List.of("old", "a-undated", "b-undated"), ids(library.postmortems()));
        assertEquals(List.of("a-undated", "b-undated"), ids(library.undated()));
        assertEquals(List.of(2016), library.years().stream().map(YearGroup::year).toList());
    }

    @Test
    void groupsByStatusInTheConfiguredOrderIncludingEmptyStatuses() {
        Library library = assemble(
                postmortem("one", "2024-01-01", "complete", List.of("api")),
                postmortem("two", "2024-02-01", "in-review", List.of("api")));

        assertEquals(List.of("Draft:0", "In review:1", "Complete:1"),
                library.statuses().stream().map(g -> g.label() + ":" + g.size()).toList());
    }

    @Test
    void groupsServicesAlphabeticallyAndCaseInsensitively() {
        Library library = assemble(
                postmortem("one", "2024-01-01", "complete", List.of("billing", "API")),
                postmortem("two", "2024-02-01", "complete", List.of("api")));

        assertEquals(List.of("API:api:2", "billing:billing:1"),
                library.services().stream().map(g -> g.label() + ":" + g.slug() + ":" + g.size()).toList());
        assertEquals(List.of("two", "one"), ids(library.services().get(0).postmortems()));
    }

    @Test
    void groupsTheArchiveByYearAndMonthNewestFirst() {
        Library library = assemble(
                postmortem("jan", "2024-01-10", "complete", List.of("api")),
                postmortem("mar", "2024-03-02", "complete", List.of("api")),
                postmortem("old", "2019-07-07", "complete", List.of("api")));

        assertEquals(List.of(2024, 2019), library.years().stream().map(YearGroup::year).toList());
        assertEquals(List.of(YearMonth.of(2024, 3), YearMonth.of(2024, 1)),
                library.years().get(0).months().stream().map(YearGroup.Month::month).toList());
        assertEquals(2, library.years().get(0).size());
    }

    @Test
    void tracksOnlyOutstandingActionItemsMostUrgentFirst() {
        Postmortem p = postmortem("p", "2024-01-01", "complete", List.of("api"), List.of(
                action("no due date", ActionStatus.OPEN, null, "P1"),
                action("done already", ActionStatus.DONE, "2024-01-02", "P1"),
                action("due later", ActionStatus.IN_PROGRESS, "2024-03-01", "P2"),
                action("due first", ActionStatus.OPEN, "2024-02-01", "P3"),
                action("same day, higher priority", ActionStatus.OPEN, "2024-02-01", "P1")));
        Library library = assemble(p);

        assertEquals(List.of("same day, higher priority", "due first", "due later", "no due date"),
                library.openActions().stream().map(a -> a.item().title()).toList());
        assertEquals(2, library.actions().counts(LocalDate.parse("2024-02-15")).overdue());
    }

    @Test
    void relatesDeclaredPostmortemsFirstThenThoseSharingAService() {
        Postmortem subject = postmortem("subject", "2024-05-01", "complete", List.of("api"));
        subject = withRelated(subject, List.of("declared", "missing"));
        Library library = assemble(subject,
                postmortem("declared", "2016-01-01", "complete", List.of("dns")),
                postmortem("same-service", "2023-01-01", "complete", List.of("api")),
                postmortem("unrelated", "2024-04-01", "complete", List.of("cdn")));

        assertEquals(List.of("declared", "same-service"), ids(library.relatedTo(library.find("subject").orElseThrow(), 8)));
    }

    private static Library assemble(Postmortem... postmortems) {
        return Library.assemble(List.of(postmortems), SITE.statuses(), SITE.severities());
    }

    private static List<String> ids(List<Postmortem> postmortems) {
        return postmortems.stream().map(Postmortem::id).toList();
    }

    static Postmortem postmortem(String id, String date, String status, List<String> services) {
        return postmortem(id, date, status, services, List.of());
    }

    static Postmortem postmortem(String id, String date, String status, List<String> services, List<ActionItem> actions) {
        return new Postmortem(id, id + ".md", "postmortems/" + id + ".md", "Title of " + id, Optional.of(LocalDate.parse(date)), List.of("alice"),
                SITE.statuses().find(status).orElseThrow(), SITE.severities().find("SEV2"), services, Optional.empty(),
                List.of(), "Summary.", Optional.empty(), Timestamps.NONE, List.of(), actions, Body.EMPTY);
    }

    private static Postmortem undated(Postmortem p) {
        return new Postmortem(p.id(), p.sourcePath(), p.libraryPath(), p.title(), Optional.empty(), p.authors(), p.status(),
                p.severity(), p.services(), p.team(), p.tags(), p.summary(), p.impact(), p.timestamps(), p.related(),
                p.actionItems(), p.body());
    }

    private static Postmortem withRelated(Postmortem p, List<String> related) {
        return new Postmortem(p.id(), p.sourcePath(), p.libraryPath(), p.title(), p.date(), p.authors(), p.status(), p.severity(),
                p.services(), p.team(), p.tags(), p.summary(), p.impact(), p.timestamps(), related, p.actionItems(),
                p.body());
    }

    private static ActionItem action(String title, ActionStatus status, String due, String priority) {
        return new ActionItem(title, ActionType.PREVENT, "team", status, Optional.ofNullable(priority),
                Optional.ofNullable(due).map(LocalDate::parse), Optional.empty(), Optional.empty());
    }
}
