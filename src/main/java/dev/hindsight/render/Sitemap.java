package dev.hindsight.render;

import dev.hindsight.model.Publishing;

import java.util.List;
import java.util.function.Supplier;

/**
 * {@code sitemap.xml} (sitemaps.org): the address of every page of the site, from the base URL, so
 * there is one only when the site has a base URL. No {@code lastmod}: the build knows no date a page
 * changed, and must not take one from the clock.
 */
final class Sitemap implements Output {

    static final String PATH = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String PAGE = "index.html";

    private final Supplier<List<Output>> pages;

    /** @param pages the outputs whose pages it lists; asked only when the sitemap is made */
    Sitemap(Supplier<List<Output>> pages) {
        this.pages = pages;
    }

    @Override
    public List<OutputFile> files(RenderContext context) {
        Publishing publishing = context.site().publishing();
        if (publishing.baseUrl().isEmpty()) {
            return List.of();
        }
        List<String> urls = pages.get().stream()
                .filter(output -> output != this)
                .flatMap(output -> output.files(context).stream())
                .map(OutputFile::path)
                .filter(path -> path.equals(PAGE) || path.endsWith("/" + PAGE))
                .map(path -> publishing.absolute(path.substring(0, path.length() - PAGE.length())).orElseThrow())
                .sorted()
                .toList();
        return List.of(new OutputFile(PATH, () -> XmlDocument.write("urlset", NAMESPACE,
                sitemap -> urls.forEach(url -> sitemap.element("url", entry -> entry.text("loc", url))))));
    }
}
