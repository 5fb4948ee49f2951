package dev.hindsight.render;

import dev.hindsight.model.Publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code sitemap.xml} (sitemaps.org): the address of every page of the site, from the base URL, so
 * there is one only when the site has a base URL. No {@code lastmod}: the build knows no date a page
 * changed, and must not take one from the clock.
 *
 * <p>One sitemap holds at most 50,000 addresses and 50 MB; a larger site gets {@code sitemap-1.xml},
 * {@code sitemap-2.xml} … and {@code sitemap.xml} becomes the index of them, so that robots.txt and
 * search consoles keep the one address.
 *
 * <p>Not an {@link Output}: it lists the other outputs' files, so it is made from the files already
 * listed rather than asking every output for them a second time (which would, for one, read the
 * theme assets twice per build).
 */
final class Sitemap {

    static final String PATH = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String PAGE = "index.html";

    /** What sitemaps.org allows in one file: 50,000 addresses, 50 MB (52,428,800 bytes) uncompressed. */
    static final Limits SITEMAPS_ORG = new Limits(50_000, 52_428_800);

    /**
     * How much one sitemap file may hold.
     *
     * @param addresses the most {@code url} entries in one file
     * @param bytes     the most bytes in one file, its XML declaration and root element included
     */
    record Limits(int addresses, long bytes) {
    }

    /** Room in each file for the XML declaration and the root element, which are far smaller. */
    private static final int ENVELOPE_BYTES = 256;

    private Sitemap() {
    }

    /** The sitemap of a site made of {@code files}, or none when the site has no base URL. */
    static List<OutputFile> of(Publishing publishing, List<OutputFile> files) {
        return of(publishing, files, SITEMAPS_ORG);
    }

    /** As {@link #of(Publishing, List)}, splitting at {@code limits} rather than at sitemaps.org's. */
    static List<OutputFile> of(Publishing publishing, List<OutputFile> files, Limits limits) {
        if (publishing.baseUrl().isEmpty()) {
            return List.of();
        }
        List<String> urls = files.stream()
                .map(OutputFile::path)
                .filter(path -> path.equals(PAGE) || path.endsWith("/" + PAGE))
                .map(path -> publishing.absolute(path.substring(0, path.length() - PAGE.length())).orElseThrow())
                .sorted()
                .toList();
        List<List<String>> parts = split(urls, limits);
        if (parts.size() == 1) {
            return List.of(urlset(PATH, parts.get(0)));
        }
        List<String> names = IntStream.rangeClosed(1, parts.size()).mapToObj(n -> "sitemap-" + n + ".xml").toList();
        List<String> locations = names.stream().map(name -> publishing.absolute(name).orElseThrow()).toList();
        OutputFile index = new OutputFile(PATH, () -> XmlDocument.write("sitemapindex", NAMESPACE,
                sitemaps -> locations.forEach(loc -> sitemaps.element("sitemap", entry -> entry.text("loc", loc)))));
        return Stream.concat(Stream.of(index), IntStream.range(0, parts.size())
                .mapToObj(i -> urlset(names.get(i), parts.get(i)))).toList();
    }

    private static OutputFile urlset(String path, List<String> urls) {
        return new OutputFile(path, () -> XmlDocument.write("urlset", NAMESPACE,
                sitemap -> urls.forEach(url -> sitemap.element("url", entry -> entry.text("loc", url)))));
    }

    /** The addresses in order, cut into as few runs as the limits allow; one empty run for none. */
    private static List<List<String>> split(List<String> urls, Limits limits) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        long bytes = ENVELOPE_BYTES;
        for (String url : urls) {
            long entry = entryBytes(url);
            if (!part.isEmpty() && (part.size() == limits.addresses() || bytes + entry > limits.bytes())) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = ENVELOPE_BYTES;
            }
            part.add(url);
            bytes += entry;
        }
        parts.add(part);
        return parts;
    }

    /**
     * The bytes one {@code url} entry takes as {@link XmlDocument} writes it, indented, or a few more:
     * each character XML may escape is counted as its longest escape ({@code &quot;}), so that a file
     * never passes the limit.
     */
    private static long entryBytes(String url) {
        long escapes = url.chars().filter(c -> c == '&' || c == '<' || c == '>' || c == '"' || c == '\'').count();
        return "\n  <url>\n    <loc></loc>\n  </url>".length() + url.getBytes(StandardCharsets.UTF_8).length + 5 * escapes;
    }
}
