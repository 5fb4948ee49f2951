package dev.hindsight.render;

import dev.hindsight.render.page.SearchPage;

import java.util.List;

/** {@code search/}: full-text search with filters, run in the browser by {@code assets/search.js}. */
final class SearchPageOutput implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        return List.of(RenderContext.page(Urls.SEARCH + "index.html", "search.jte", new SearchPage(context.chrome(
                Urls.SEARCH, Chrome.Section.SEARCH, "Search", "Search every postmortem by its words, with filters."))));
    }
}
