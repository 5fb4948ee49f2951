package dev.hindsight.render;

import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import dev.hindsight.testing.XmlFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.hindsight.testing.XmlFile.children;
import static dev.hindsight.testing.XmlFile.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feeds of a built site, read back with an XML parser and validated against an Atom schema. */
class FeedsTest {

    private static final String BASE = "https://example.org/pm/";

    @TempDir
    static Path dir;

    private static ProjectFolder folder;

    @BeforeAll
    static void buildALibraryOf55AndADraft() {
        folder = new ProjectFolder(dir).write("site-src/site.yml", """
                title: Acme Postmortems
                description: Learning from incidents.
                base_url: https://example.org/pm/
                """);
        for (int i = 0; i < 54; i++) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i);
            folder.postmortem("pm-" + date + ".md", PostmortemText.titled("Outage " + i, date.toString()).text());
        }
        folder.postmortem("2021-06-01-dns.md", PostmortemText.titled("DNS <b>outage</b> & \"more\"", "2021-06-01")
                .with("authors", "[alice, bob]")
                .with("services", "[dns, api]")
                .with("tags", "[network]")
                .with("summary", "\"Resolvers failed \\x01 for ]]> an hour.\"")
                .text());
        folder.postmortem("2021-07-01-draft.md", PostmortemText.titled("Still a draft", "2021-07-01")
                .with("status", "draft").text());
        assertEquals(0, folder.build("--drafts").exitCode());
    }

    private static XmlFile feed(String path) {
        XmlFile feed = XmlFile.validated(folder.read(path), "atom.xsd");
        assertHasWhatRfc4287Requires(feed.root());
        return feed;
    }

    /** RFC 4287 4.1.1 and 4.1.2: exactly one id, title and updated each; an author and a link for each entry. */
    private static void assertHasWhatRfc4287Requires(Element feed) {
        for (Element element : concat(feed, children(feed, "entry"))) {
            for (String name : List.of("id", "title", "updated")) {
                assertEquals(1, children(element, name).size(), name + " in " + element.getTagName());
            }
        }
        assertFalse(children(feed, "author").isEmpty());
        for (Element entry : children(feed, "entry")) {
            assertFalse(children(entry, "author").isEmpty(), "author");
            assertEquals(1, children(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                    .count());
        }
    }

    private static List<Element> concat(Element first, List<Element> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    @Test
    void listsTheNewest50PublishedPostmortemsNewestFirst() {
        Element feed = feed("feed.xml").root();

        List<Element> entries = children(feed, "entry");
        assertEquals(50, entries.size());
        assertEquals(List.of("DNS <b>outage</b> & \"more\""), texts(entries.get(0), "title"));
        assertEquals(List.of("Outage 53"), texts(entries.get(1), "title"));
        assertEquals(List.of("Outage 5"), texts(entries.get(49), "title"));
        assertEquals(List.of("2021-06-01T00:00:00Z"), texts(feed, "updated"), "the newest postmortem's day, not the clock");
        assertEquals(List.of(BASE + "feed.xml"), texts(feed, "id"));
        assertEquals(List.of("Acme Postmortems"), texts(feed, "title"));
    }

    @Test
    void describesEachEntryWithItsAbsoluteAddressAuthorsSummaryAndCategories() {
        Element entry = children(feed("feed.xml").root(), "entry").get(0);

        String page = BASE + "postmortems/2021-06-01-dns/";
        assertEquals(List.of(page), texts(entry, "id"));
        assertEquals(page, children(entry, "link").get(0).getAttribute("href"));
        assertEquals(List.of("2021-06-01T00:00:00Z"), texts(entry, "updated"));
        assertEquals(List.of("alice", "bob"), children(entry, "author").stream()
                .map(a -> texts(a, "name").get(0)).toList());
        assertEquals(List.of("Resolvers failed \uFFFD for ]]> an hour."), texts(entry, "summary"));
        assertEquals(List.of("dns " + BASE + "services/", "api " + BASE + "services/", "network " + BASE + "tags/"),
                children(entry, "category").stream()
                        .map(c -> c.getAttribute("term") + " " + c.getAttribute("scheme")).toList());
    }

    @Test
    void givesEachServiceAFeedOfItsOwn() {
        Element feed = feed("services/dns/feed.xml").root();

        assertEquals(List.of("Acme Postmortems: dns"), texts(feed, "title"));
        assertEquals(List.of(BASE + "services/dns/feed.xml"), texts(feed, "id"));
        assertEquals(List.of("DNS <b>outage</b> & \"more\""), children(feed, "entry").stream()
                .map(e -> texts(e, "title").get(0)).toList());
        assertEquals(50, children(feed("services/api/feed.xml").root(), "entry").size(), "the newest 50 of 55");
    }

    @Test
    void leavesDraftsOutOfFeedsEvenWhenTheSiteShowsThem() {
        assertTrue(Files.exists(folder.out().resolve("postmortems/2021-07-01-draft/index.html")));
        assertFalse(folder.read("feed.xml").contains("Still a draft"));
    }

    @Test
    void linksPagesToTheirFeeds() {
        assertEquals(List.of("feed.xml"), feedLinks("index.html"));
        assertEquals(List.of("../../feed.xml"), feedLinks("postmortems/2021-06-01-dns/index.html"));
        assertEquals(List.of("../../feed.xml", "../../services/dns/feed.xml"), feedLinks("services/dns/index.html"));
        assertEquals("Acme Postmortems", Jsoup.parse(folder.read("index.html"))
                .selectFirst("link[type=application/atom+xml]").attr("title"));
    }

    private static List<String> feedLinks(String page) {
        Document html = Jsoup.parse(folder.read(page));
        return html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
    }
}
