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
 * @param dueDatesToWatch  the due dates of the outstanding items not yet overdue on {@code today}: the only
 *                         ones that can become overdue by the day the page is read (see {@link DueDates})
 * @param today            the day overdue items are judged against
 * @param onThisDay        postmortems of incidents on {@code today}'s calendar day in earlier years
 */
public record HomePage(Chrome chrome, int total, List<Group> statuses, List<Group> severities,
                       List<Postmortem> recent, int openActions, long overdueActions,
                       String dueDatesToWatch, LocalDate today, List<Postmortem> onThisDay) {

    public HomePage {
        statuses = List.copyOf(statuses);
        severities = List.copyOf(severities);
        recent = List.copyOf(recent);
        onThisDay = List.copyOf(onThisDay);
    }
}
