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
