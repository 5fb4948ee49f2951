package dev.hindsight.render.page;

import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the open or in-progress action items of the library, most urgent first.
 *
 * @param actions        the items on this page
 * @param total          how many items the whole list has
 * @param overdue        how many of them are overdue on {@code today}
 * @param dueDatesToWatch the whole list's upcoming due dates (see {@link DueDates})
 * @param today          the day overdue items are judged against
 */
public record ActionItemsPage(Chrome chrome, List<TrackedAction> actions, int total, long overdue,
                              String dueDatesToWatch, LocalDate today, Pager pager) {

    public ActionItemsPage {
        actions = List.copyOf(actions);
    }
}
