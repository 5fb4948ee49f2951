package dev.hindsight.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped site, built for a GitHub Pages project site under {@code /hindsight/}, served there
 * by a real HTTP server and crawled from its home page as a search engine would: every page is
 * reached, no address a page, style sheet, feed or sitemap gives is missing, and every
 * {@code #fragment} names an element of its page. Its pages link each other relatively, so the
 * same files also work from the root of a host and opened from disk.
 */
class SubPathCrawlIT {

    private static final String BASE_PATH = "/hindsight/";
    private static final String TODAY = "2026-11-25";

    @TempDir
    Path temp;

    @Test
    void reachesEveryPageFromTheHomePageWithNoMissingAddressOrFragment() throws Exception {
        Path site = temp.resolve("site");
        try (StaticSiteServer server = StaticSiteServer.serve(site, BASE_PATH)) {
            // This server's own address as the base URL: the feeds, the sitemap and robots.txt then name
            // addresses the crawl can follow, and must name pages that exist.
            ShippedSite.buildUnder(BASE_PATH, site, TODAY, "--base-url", server.url());
            URI home = URI.create(server.url());

            // robots.txt, as crawlers start there too; 404.html, which the host serves for any missing path.
            SiteCrawl crawl = SiteCrawl.from(List.of(home, home.resolve("robots.txt"), home.resolve("404.html")));

            Set<URI> reached = crawl.reached().stream().map(SubPathCrawlIT::asFile).collect(Collectors.toSet());
            List<URI> unreached = pagesOf(site, home).stream().filter(page -> !reached.contains(page)).toList();
            List<String> kinds = List.of("feed.xml", "sitemap.xml", "assets/style.css", "assets/site.js");
            assertAll(
                    () -> assertEquals(List.of(), crawl.broken(), "addresses the site gives that it does not serve"),
                    () -> assertEquals(List.of(), crawl.missingFragments(), "fragments that name no element of their page"),
                    () -> assertEquals(List.of(), unreached, "pages no link leads to"),
                    () -> assertEquals(List.of(), kinds.stream().filter(kind -> !reached.contains(home.resolve(kind))).toList(),
                            "files the crawl should have reached"));
        }
    }

    @Test
    void linksFromPageToPageAreRelativeAndNameFilesSoTheSiteOpensFromDisk() throws Exception {
        Path site = temp.resolve("site");
        String baseUrl = "https://example.org" + BASE_PATH;
        ShippedSite.buildUnder(BASE_PATH, site, TODAY, "--base-url", baseUrl);

        List<String> problems = new ArrayList<>();
        List<Path> pages = htmlFiles(site);
        for (Path page : pages) {
            // The host serves 404.html for a missing path at any depth, so only absolute paths work from there.
            if (page.equals(site.resolve("404.html"))) {
                continue;
            }
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element element : html.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = problem(site, page, element, link, baseUrl);
                if (!problem.isEmpty()) {
                    problems.add(site.relativize(page) + ": " + link + " " + problem);
                }
            }
        }
        assertTrue(pages.size() > 50, pages.size() + " pages");
        assertEquals("", String.join("\n", problems));
    }

    /** Why a link from {@code page} would not work opened from disk, or "" when it would. */
    private static String problem(Path site, Path page, Element element, String link, String baseUrl) {
        if (element.is("link[rel=canonical]") || link.startsWith("#")) {
            return "";
        }
        if (link.startsWith("/")) {
            return "is a path from the host's root, which a file on disk does not have";
        }
        if (link.startsWith(baseUrl)) {
            return "is the site's absolute address, which leaves a copy on disk or another host";
        }
        URI address = URI.create(link);
        if (address.isAbsolute()) {
            return "";
        }
        URI target = page.toUri().resolve(address);
        Path file = Path.of(URI.create(target.getScheme() + ":" + target.getRawPath()));
        if (!file.startsWith(site)) {
            return "leads out of the site";
        }
        return Files.isRegularFile(file) ? "" : "names no file (a folder does not open its index.html from disk)";
    }

    /** The address of every page of a built site: each index.html under it. */
    private static List<URI> pagesOf(Path site, URI home) throws IOException {
        return htmlFiles(site).stream()
                .filter(file -> file.getFileName().toString().equals("index.html"))
                .map(file -> home.resolve(site.relativize(file).toString().replace('\\', '/')))
                .toList();
    }

    /** A folder's address as the address of the index.html the server answers it with. */
    private static URI asFile(URI address) {
        return address.getPath().endsWith("/") ? address.resolve("index.html") : address;
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }
}
