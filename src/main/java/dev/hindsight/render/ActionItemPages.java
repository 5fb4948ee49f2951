package dev.hindsight.render;

import dev.hindsight.render.page.ActionItemsPage;

import java.util.List;

/** Every open action item of every postmortem, with owners, due dates and overdue marks. */
final class ActionItemPages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        return List.of(RenderContext.page(Urls.ACTION_ITEMS + "index.html", "actions.jte", new ActionItemsPage(
                context.chrome(Urls.ACTION_ITEMS, Chrome.Section.ACTION_ITEMS, "Open action items",
                        "Every open follow-up from every postmortem."),
                context.library().openActions(), context.today())));
    }
}
