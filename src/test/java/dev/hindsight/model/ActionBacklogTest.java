package dev.hindsight.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backlog every action-item view reads: grouping, order, counts and filters on a pinned day. */
class ActionBacklogTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private final Postmortem older = LibraryTest.postmortem("older", "2026-01-10", "complete", List.of("API"), List.of(
            item("Add an alert", "Bob", ActionStatus.OPEN, "2026-02-01", null),
            item("Write the runbook", "alice", ActionStatus.DONE, "2026-02-01", "2026-09-01"),
            item("Rewrite everything", "bob", ActionStatus.NOT_DOING, null, "2026-03-01")));
    private final Postmortem newer = LibraryTest.postmortem("newer", "2026-10-01", "complete", List.of("billing"), List.of(
            item("Retry payments", "Alice", ActionStatus.IN_PROGRESS, "2026-12-01", null),
            item("Old fix", "alice", ActionStatus.DONE, null, "2026-08-26"),
            item("Page the right team", "carol", ActionStatus.OPEN, null, null)));
    private final ActionBacklog backlog = ActionBacklog.of(List.of(newer, older));

    @Test
    void listsOutstandingItemsFirstByDueDateThenClosedOnes() {
        assertEquals(List.of("Add an alert", "Retry payments", "Page the right team", "Write the runbook", "Old fix",
                "Rewrite everything"), backlog.all().stream().map(a -> a.item().title()).toList());
        assertEquals(List.of("Add an alert", "Retry payments", "Page the right team"),
                backlog.outstanding().stream().map(a -> a.item().title()).toList());
    }

    @Test
    void groupsOutstandingItemsByOwnerWhateverTheirCase() {
        assertEquals(List.of("Alice:alice:[Retry payments]", "Bob:bob:[Add an alert]", "carol:carol:[Page the right team]"),
                backlog.owners().stream().map(o -> o.owner() + ":" + o.slug() + ":"
                        + o.items().stream().map(a -> a.item().title()).toList()).toList());
    }

    @Test
    void countsOverdueAgainstThePinnedDayAndDoneInTheLast90Days() {
        // 2026-08-27 is 90 days before the 25th of November; the item closed on the 26th of August is older.
        assertEquals(new ActionCounts(3, 1, 1, 1), backlog.counts(TODAY));
        assertEquals(2, backlog.counts(LocalDate.parse("2026-12-02")).overdue());
        assertEquals(2, backlog.counts(LocalDate.parse("2026-11-24")).doneRecently());
    }

    @Test
    void measuresDaysToCloseFromTheIncidentForDoneItemsThatSayWhen() {
        // older: 2026-01-10 → 2026-09-01 is 234 days; newer: 2026-10-01 → 2026-08-26 is before it and left out.
        assertEquals(List.of(234L), backlog.daysToClose());
    }

    @Test
    void filtersByStatusOwnerServiceAndOverdue() {
        assertEquals(List.of("Add an alert"), titles(new ActionFilter(ActionFilter.OUTSTANDING, Optional.empty(),
                Optional.empty(), true)));
        assertEquals(List.of("Retry payments", "Write the runbook", "Old fix"), titles(new ActionFilter(
                Set.of(ActionStatus.values()), Optional.of("ALICE"), Optional.empty(), false)));
        assertEquals(List.of("Add an alert"), titles(new ActionFilter(ActionFilter.OUTSTANDING, Optional.empty(),
                Optional.of("api"), false)));
        assertEquals(List.of("Rewrite everything"), titles(new ActionFilter(Set.of(ActionStatus.NOT_DOING),
                Optional.empty(), Optional.empty(), false)));
    }

    private List<String> titles(ActionFilter filter) {
        return backlog.select(filter, TODAY).stream().map(a -> a.item().title()).toList();
    }

    private static ActionItem item(String title, String owner, ActionStatus status, String due, String closed) {
        return new ActionItem(title, ActionType.PREVENT, owner, status, Optional.empty(),
                Optional.ofNullable(due).map(LocalDate::parse), Optional.empty(),
                Optional.ofNullable(closed).map(LocalDate::parse));
    }
}
