package dev.hindsight.render;

import dev.hindsight.render.page.NotFoundPage;

import java.util.List;

/** The page a server shows for an address with no page; it may be served at any URL. */
final class NotFoundOutput implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        return List.of(RenderContext.page("404.html", "notfound.jte", new NotFoundPage(Chrome.anywhere(context.site(),
                context.pages(), "", "Page not found", "There is no page at this address.", context.today()))));
    }
}
