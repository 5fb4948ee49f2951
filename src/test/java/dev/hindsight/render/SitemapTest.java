package dev.hindsight.render;

import dev.hindsight.model.Publishing;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import dev.hindsight.testing.XmlFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sitemap of a built site, validated against the sitemaps.org schema. */
class SitemapTest {

    private static final String BASE = "https://org.github.io/repo/";

    @TempDir
    Path dir;

    @Test
    void listsTheAddressOfEveryPageOfTheSite() throws IOException {
        ProjectFolder folder = new ProjectFolder(dir)
                .write("site-src/site.yml", "title: Acme\nbase_path: /repo/\nbase_url: " + BASE + "\n")
                .write("site-src/pages/about.md", "---\ntitle: About\n---\nWe write them.\n")
                .postmortem("a.md", PostmortemText.titled("Outage & <more>", "2016-09-05").with("tags", "[dns]").text());
        assertEquals(0, folder.build().exitCode());

        XmlFile sitemap = XmlFile.validated(folder.read("sitemap.xml"), "sitemap.xsd");

        List<String> locs = XmlFile.all(sitemap.root(), "loc").stream().map(e -> e.getTextContent()).toList();
        assertEquals(pagesOf(folder.out()), locs);
        assertTrue(locs.containsAll(List.of(BASE, BASE + "about/", BASE + "postmortems/a/", BASE + "tags/dns/")), locs.toString());
    }

    @Test
    void isMadeFromTheFilesGivenAndOnlyWithABaseUrl() {
        List<OutputFile> files = Stream.of("index.html", "404.html", "assets/style.css", "tags/dns/index.html")
                .map(path -> new OutputFile(path, new byte[0])).toList();
        assertEquals(List.of(), Sitemap.of(Publishing.DEFAULTS, files));

        List<OutputFile> sitemap = Sitemap.of(Publishing.DEFAULTS.withBaseUrl(BASE), files);
        assertEquals(List.of("sitemap.xml"), sitemap.stream().map(OutputFile::path).toList());
        XmlFile xml = XmlFile.validated(new String(sitemap.get(0).content(), StandardCharsets.UTF_8), "sitemap.xsd");
        assertEquals(List.of(BASE, BASE + "tags/dns/"),
                XmlFile.all(xml.root(), "loc").stream().map(e -> e.getTextContent()).toList());
    }

    @Test
    void holdsFiftyThousandPagesInOneSitemap() {
        List<OutputFile> sitemap = Sitemap.of(Publishing.DEFAULTS.withBaseUrl(BASE), pages(50_000));

        assertEquals(List.of("sitemap.xml"), paths(sitemap));
        assertEquals(50_000, locs(sitemap.get(0), "sitemap.xsd").size());
    }

    @Test
    void becomesAnIndexOfSitemapsPastFiftyThousandPages() {
        List<OutputFile> files = pages(50_001);

        List<OutputFile> sitemap = Sitemap.of(Publishing.DEFAULTS.withBaseUrl(BASE), files);

        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), paths(sitemap));
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml"), locs(sitemap.get(0), "siteindex.xsd"));
        List<String> first = locs(sitemap.get(1), "sitemap.xsd");
        List<String> second = locs(sitemap.get(2), "sitemap.xsd");
        assertEquals(List.of(50_000, 1), List.of(first.size(), second.size()));
        assertEquals(IntStream.range(0, 50_001).mapToObj(SitemapTest::address).toList(),
                Stream.concat(first.stream(), second.stream()).toList(), "every page, once, in order");
    }

    @Test
    void keepsEachSitemapWithinItsSizeInBytes() {
        Sitemap.Limits limits = new Sitemap.Limits(50_000, 2_000);

        List<OutputFile> sitemap = Sitemap.of(Publishing.DEFAULTS.withBaseUrl(BASE), pages(100), limits);

        assertTrue(sitemap.size() > 3, paths(sitemap).toString());
        locs(sitemap.get(0), "siteindex.xsd");
        for (OutputFile part : sitemap.subList(1, sitemap.size())) {
            assertTrue(part.content().length <= limits.bytes(), part.path() + " has " + part.content().length + " bytes");
            assertTrue(part.content().length > limits.bytes() * 3 / 4 || part == sitemap.get(sitemap.size() - 1),
                    part.path() + " could have held more: " + part.content().length + " bytes");
        }
        assertEquals(100, sitemap.subList(1, sitemap.size()).stream().mapToInt(part -> locs(part, "sitemap.xsd").size()).sum());
    }

    /** A synthetic site of {@code count} postmortem pages, with a character in their paths that XML escapes. */
    private static List<OutputFile> pages(int count) {
        return IntStream.range(0, count).mapToObj(i -> new OutputFile(page(i) + "index.html", new byte[0])).toList();
    }

    private static String page(int i) {
        return "postmortems/%06d-outage-&-more/".formatted(i);
    }

    private static String address(int i) {
        return BASE + page(i);
    }

    private static List<String> paths(List<OutputFile> files) {
        return files.stream().map(OutputFile::path).toList();
    }

    /** The addresses a sitemap or sitemap index lists, once it is valid per {@code schema}. */
    private static List<String> locs(OutputFile file, String schema) {
        XmlFile xml = XmlFile.validated(new String(file.content(), StandardCharsets.UTF_8), schema);
        return XmlFile.all(xml.root(), "loc").stream().map(e -> e.getTextContent()).toList();
    }

    /** Every page a reader can reach, as the address a server gives it; the 404 page is none. */
    private static List<String> pagesOf(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> site.relativize(f.getParent()).toString().replace('\\', '/'))
                    .map(folder -> BASE + (folder.isEmpty() ? "" : folder + "/"))
                    .sorted()
                    .toList();
        }
    }
}
