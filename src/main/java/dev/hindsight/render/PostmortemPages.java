package dev.hindsight.render;

import dev.hindsight.model.Postmortem;
import dev.hindsight.render.page.GroupExtras;
import dev.hindsight.render.page.ListPage;
import dev.hindsight.render.page.PostmortemPage;

import java.util.ArrayList;
import java.util.List;

/** A page per postmortem, and the list of them all. */
final class PostmortemPages implements Output {

    private static final int RELATED = 8;

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        files.addAll(Pagination.pages(Urls.POSTMORTEMS, context.library().postmortems(), "list.jte",
                (pager, slice) -> new ListPage(context.chrome(pager, Chrome.Section.POSTMORTEMS, "All postmortems",
                        "Every postmortem, newest first."), "", "All postmortems",
                        "Every postmortem in the library, newest first.", "", "", slice, pager, GroupExtras.NONE,
                        context.today())));
        for (Postmortem p : context.library().postmortems()) {
            files.add(RenderContext.page(Urls.postmortem(p) + "index.html", "postmortem.jte", () -> new PostmortemPage(
                    context.chrome(Urls.postmortem(p), Chrome.Section.POSTMORTEMS, p.title(), p.summary()), p,
                    context.library().relatedTo(p, RELATED), context.today())));
        }
        return files;
    }
}
