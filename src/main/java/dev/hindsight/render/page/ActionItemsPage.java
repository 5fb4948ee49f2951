package dev.hindsight.render.page;

import dev.hindsight.model.ActionBacklog;
import dev.hindsight.model.ActionCounts;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the outstanding action items of the library, owner by owner, each owner's most urgent
 * first: the whole backlog, or one owner's.
 *
 * @param heading         the page's heading
 * @param intro           what the page lists
 * @param owners          this page's items, grouped by owner
 * @param counts          the whole list's counts, on {@code today}
 * @param dueDatesToWatch the whole list's upcoming due dates (see {@link DueDates})
 * @param filters         the in-page filters' choices; empty on pages that have none
 * @param exports         the site paths of the CSV and JSON exports
 * @param today           the day overdue items are judged against
 */
public record ActionItemsPage(Chrome chrome, String heading, String intro, List<ActionBacklog.OwnerActions> owners,
                              ActionCounts counts, String dueDatesToWatch, ActionFilters filters, List<String> exports,
                              LocalDate today, Pager pager) {

    public ActionItemsPage {
        owners = List.copyOf(owners);
        exports = List.copyOf(exports);
    }
}
