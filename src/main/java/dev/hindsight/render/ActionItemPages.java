package dev.hindsight.render;

import dev.hindsight.model.Library;
import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.page.ActionItemsPage;
import dev.hindsight.render.page.DueDates;

import java.time.LocalDate;
import java.util.List;

/**
 * Every open action item of every postmortem, with owners, due dates and overdue marks, most
 * urgent first and in pages; each page counts the whole list.
 */
final class ActionItemPages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        Library library = context.library();
        LocalDate today = context.today();
        List<TrackedAction> all = library.openActions();
        long overdue = library.overdueCount(today);
        String toWatch = DueDates.toWatch(library.upcomingDueDates(today));
        return Pagination.pages(Urls.ACTION_ITEMS, all, "actions.jte", (pager, slice) -> new ActionItemsPage(
                context.chrome(pager, Chrome.Section.ACTION_ITEMS, "Open action items",
                        "Every open follow-up from every postmortem."),
                slice, all.size(), overdue, toWatch, today, pager));
    }
}
