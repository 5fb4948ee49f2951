package dev.hindsight.render;

import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walks every link of the site built from the shipped library: none may lead nowhere. */
class SiteLinksTest {

    @TempDir
    static Path out;

    private static final Map<Path, Document> PAGES = new HashMap<>();

    @BeforeAll
    static void buildShippedLibrary() throws IOException {
        ProjectFolder.Run run = ProjectFolder.run("build", "--source", "postmortems", "--config", "site-src/site.yml",
                "--out", out.resolve("site").toString(), "--today", "2026-11-25");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                PAGES.put(file, Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyLinkLeadsToAFileOfTheSite() {
        List<String> broken = new ArrayList<>();
        PAGES.forEach((page, html) -> {
            for (Element element : html.select("a[href], link[href]:not([rel=canonical]), img[src], script[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (isLocal(target) && !page.getFileName().toString().equals("404.html")) {
                    Path file = page.getParent().resolve(URI.create(target).getPath()).normalize();
                    if (!Files.isRegularFile(file)) {
                        broken.add(out.relativize(page) + " -> " + target);
                    }
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void everyFragmentLeadsToAnElementOfItsPage() {
        List<String> broken = new ArrayList<>();
        PAGES.forEach((page, html) -> {
            for (Element a : html.select("a[href*=#]")) {
                String href = a.attr("href");
                if (!isLocal(href) || href.endsWith("#")) {
                    continue;
                }
                URI uri = URI.create(href);
                Path file = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
                Document target = PAGES.get(file);
                if (target == null || target.getElementById(uri.getFragment()) == null) {
                    broken.add(out.relativize(page) + " -> " + href);
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void linksEveryPublishedPostmortemFromTheFullList() {
        Document list = PAGES.get(out.resolve("site/postmortems/index.html"));
        long pages = PAGES.keySet().stream()
                .filter(p -> p.getParent().getParent().equals(out.resolve("site/postmortems")))
                .count();

        assertTrue(pages >= 10, "pages: " + pages);
        assertEquals(pages, list.select("a.pm-title").size());
    }

    @Test
    void the404PageLinksFromTheBasePathSoItWorksAtAnyDepth() {
        Document notFound = PAGES.get(out.resolve("site/404.html"));

        assertEquals("/assets/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    private static boolean isLocal(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }
}
