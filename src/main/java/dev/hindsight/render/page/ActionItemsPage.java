package dev.hindsight.render.page;

import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * Every open or in-progress action item of the library, most urgent first.
 *
 * @param today the day overdue items are judged against
 */
public record ActionItemsPage(Chrome chrome, List<TrackedAction> actions, LocalDate today) {

    public ActionItemsPage {
        actions = List.copyOf(actions);
    }

    public long overdue() {
        return actions.stream().filter(a -> a.item().isOverdue(today)).count();
    }
}
