package dev.hindsight.render;

import dev.hindsight.model.ActionBacklog;
import dev.hindsight.model.ActionBacklog.OwnerActions;
import dev.hindsight.model.Slugs;
import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.page.ActionFilters;
import dev.hindsight.render.page.ActionItemsPage;
import dev.hindsight.render.page.DueDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The outstanding action items of every postmortem, owner by owner and in pages of 100, so that a
 * backlog of thousands stays readable without JavaScript; and one such list per owner, at
 * {@code action-items/owners/<owner>/}. Each page counts the whole list it is a page of.
 */
final class ActionItemPages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        ActionBacklog backlog = context.library().actions();
        LocalDate today = context.today();
        List<String> exports = List.of(ActionItemExports.CSV, ActionItemExports.JSON);
        // The same on every page of the list: made once, not once per page.
        var counts = backlog.counts(today);
        var dueDates = DueDates.toWatch(context.library().upcomingDueDates(today));
        ActionFilters filters = filters(backlog.outstanding());
        List<OutputFile> files = new ArrayList<>(Pagination.pages(Urls.ACTION_ITEMS, backlog.outstandingByOwner(),
                "actions.jte", (pager, slice) -> new ActionItemsPage(
                        context.chrome(pager, Chrome.Section.ACTION_ITEMS, "Open action items",
                                "Every open follow-up from every postmortem."),
                        "Open action items", "Every open or in-progress follow-up from every postmortem, owner by "
                                + "owner, each owner's most urgent first.",
                        grouped(slice, backlog), counts, dueDates, filters, exports, today, pager)));
        for (OwnerActions owner : backlog.owners()) {
            String title = "Action items of " + owner.owner();
            files.addAll(Pagination.pages(Urls.actionOwner(owner.slug()), owner.items(), "actions.jte",
                    (pager, slice) -> new ActionItemsPage(
                            context.chrome(pager, Chrome.Section.ACTION_ITEMS, title,
                                    "The open follow-ups that " + owner.owner() + " drives."),
                            title, "Every open or in-progress follow-up that " + owner.owner() + " drives, most urgent "
                                    + "first.",
                            List.of(new OwnerActions(owner.owner(), owner.slug(), slice)),
                            backlog.ownerCounts(owner.slug(), today), DueDates.toWatch(ActionBacklog.upcomingDueDates(owner.items(), today)),
                            ActionFilters.NONE, exports, today, pager)));
        }
        return files;
    }

    /** A page's slice of the owner-by-owner list, split back into owners. */
    private static List<OwnerActions> grouped(List<TrackedAction> slice, ActionBacklog backlog) {
        List<OwnerActions> owners = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= slice.size(); i++) {
            String slug = Slugs.of(slice.get(start).item().owner());
            if (i == slice.size() || !Slugs.of(slice.get(i).item().owner()).equals(slug)) {
                String label = backlog.owners().stream().filter(o -> o.slug().equals(slug)).findFirst()
                        .map(OwnerActions::owner).orElse(slice.get(start).item().owner());
                owners.add(new OwnerActions(label, slug, slice.subList(start, i)));
                start = i;
            }
        }
        return owners;
    }

    private static ActionFilters filters(List<TrackedAction> outstanding) {
        return new ActionFilters(
                distinct(outstanding, a -> List.of(a.item().owner())),
                distinct(outstanding, a -> a.source().services()),
                distinct(outstanding, a -> a.source().team().stream().toList()),
                distinct(outstanding, a -> a.item().priority().stream().toList()),
                distinct(outstanding, a -> List.of(a.item().type().key())));
    }

    /** Values as the export writes them, each once whatever its case, alphabetical. */
    private static List<String> distinct(List<TrackedAction> items, Function<TrackedAction, Collection<String>> values) {
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        items.forEach(a -> seen.addAll(values.apply(a)));
        return List.copyOf(seen);
    }
}
