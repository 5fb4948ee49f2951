package dev.hindsight.render;

import dev.hindsight.model.Publishing;

import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org): the address of every page of the site, from the base URL, so
 * there is one only when the site has a base URL. No {@code lastmod}: the build knows no date a page
 * changed, and must not take one from the clock.
 *
 * <p>Not an {@link Output}: it lists the other outputs' files, so it is made from the files already
 * listed rather than asking every output for them a second time (which would, for one, read the
 * theme assets twice per build).
 */
final class Sitemap {

    static final String PATH = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String PAGE = "index.html";

    private Sitemap() {
    }

    /** The sitemap of a site made of {@code files}, or none when the site has no base URL. */
    static List<OutputFile> of(Publishing publishing, List<OutputFile> files) {
        if (publishing.baseUrl().isEmpty()) {
            return List.of();
        }
        List<String> urls = files.stream()
                .map(OutputFile::path)
                .filter(path -> path.equals(PAGE) || path.endsWith("/" + PAGE))
                .map(path -> publishing.absolute(path.substring(0, path.length() - PAGE.length())).orElseThrow())
                .sorted()
                .toList();
        return List.of(new OutputFile(PATH, () -> XmlDocument.write("urlset", NAMESPACE,
                sitemap -> urls.forEach(url -> sitemap.element("url", entry -> entry.text("loc", url))))));
    }
}
