package dev.hindsight.render.page;

import dev.hindsight.model.Group;
import dev.hindsight.model.Postmortem;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * The front page: what the library holds and what needs attention.
 *
 * @param overdueActions   outstanding action items overdue on {@code today}
 * @param upcomingDueDates due dates of the outstanding items not yet overdue on {@code today}, earliest
 *                         first: the only ones that can become overdue by the day the page is read
 * @param today            the day overdue items are judged against
 */
public record HomePage(Chrome chrome, int total, List<Group> statuses, List<Group> severities,
                       List<Postmortem> recent, int openActions, long overdueActions,
                       List<LocalDate> upcomingDueDates, LocalDate today) {

    public HomePage {
        statuses = List.copyOf(statuses);
        severities = List.copyOf(severities);
        recent = List.copyOf(recent);
        upcomingDueDates = upcomingDueDates.stream().sorted().toList();
    }

    /** The upcoming due dates, for the page's script to recount on the reader's day (see {@link DueDates}). */
    public String dueDatesToWatch() {
        return DueDates.toWatch(upcomingDueDates);
    }
}
