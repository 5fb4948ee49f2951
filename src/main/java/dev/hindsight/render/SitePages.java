package dev.hindsight.render;

import dev.hindsight.model.SitePage;
import dev.hindsight.render.page.ContentPage;

import java.util.List;

/** The site's own pages from {@code pages/} beside the config, such as "About postmortems". */
final class SitePages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        return context.pages().stream().map(page -> RenderContext.page(page.slug() + "/index.html", "page.jte",
                new ContentPage(context.chrome(page.slug() + "/", Chrome.Section.PAGE, page.title(),
                        context.site().description()), page.body().html()))).toList();
    }
}
