package dev.hindsight.cli;

import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds a small library with the real command line and reads the site back as a reader would. */
class BuildEndToEndTest {

    @TempDir
    Path temp;

    private ProjectFolder project;

    @BeforeEach
    void writeLibrary() {
        project = new ProjectFolder(temp)
                .write("site-src/site.yml", """
                        title: Acme Postmortems
                        description: Learning from incidents.
                        base_path: /repo/
                        edit_url: https://example.org/edit/main
                        """)
                .write("site-src/pages/about.md", "---\ntitle: About postmortems\n---\nWe write them **blamelessly**.\n")
                .postmortem("2016/2016-09-05-deployer.md", PostmortemText.titled("Deployer API outage", "2016-09-05")
                        .with("services", "[deployer-api]")
                        .with("tags", "[aws, human-error]")
                        .with("started", "2016-09-05T09:29:00Z")
                        .with("detected", "2016-09-05T09:31:00Z")
                        .with("resolved", "2016-09-05T10:00:00Z")
                        .with("related", "[2016-06-14-registry]")
                        .with("action_items", """

                                  - title: Restrict deletion of production services
                                    owner: platform-team
                                    status: open
                                    priority: P1
                                    due: 2016-09-30
                                    ticket: https://example.org/issues/1
                                  - title: Write a runbook
                                    owner: oncall
                                    status: done
                                  - title: Shrink the image
                                    owner: platform-team
                                    status: in-progress
                                    due: 2027-01-31
                                    ticket: PLAT-7""")
                        .text())
                .postmortem("2016/2016-06-14-registry.md", PostmortemText.titled("Registry outage", "2016-06-14")
                        .with("services", "[registry, deployer-api]")
                        .with("severity", "SEV1")
                        .with("tags", "[aws]")
                        .body("## Summary\nSee [the deployer outage](2016-09-05-deployer.md#summary).\n")
                        .text())
                .postmortem("2024/2024-03-12-db.md", PostmortemText.titled("Database failover", "2024-03-12")
                        .with("status", "in-review")
                        .with("services", "[postgres]")
                        .text())
                .postmortem("2026/2026-11-17-draft.md", PostmortemText.titled("Still being written", "2026-11-17")
                        .with("status", "draft")
                        .text());
    }

    @Test
    void buildsEveryPageOfTheSiteAndSaysSo() {
        ProjectFolder.Run run = project.build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Built 3 postmortems into .*site in \\d+\\.\\d s\\R"), run.out());
        for (String page : List.of("index.html", "404.html", "postmortems/index.html",
                "postmortems/2016-09-05-deployer/index.html", "postmortems/2016-06-14-registry/index.html",
                "postmortems/2024-03-12-db/index.html", "status/index.html", "status/complete/index.html",
                "status/in-review/index.html", "severity/index.html",
                "severity/sev1/index.html", "services/index.html", "services/deployer-api/index.html",
                "tags/index.html", "tags/aws/index.html", "tags/human-error/index.html", "archive/index.html",
                "archive/2016/index.html", "archive/2024/index.html", "action-items/index.html", "about/index.html",
                "assets/style.css")) {
            assertTrue(Files.isRegularFile(project.out().resolve(page)), page);
        }
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() {
        project.build();
        assertFalse(Files.exists(project.out().resolve("postmortems/2026-11-17-draft")));
        assertFalse(Files.exists(project.out().resolve("status/draft")));

        project.build("--drafts");
        assertTrue(Files.exists(project.out().resolve("postmortems/2026-11-17-draft/index.html")));
        assertEquals("Still being written", page("status/draft/index.html").selectFirst("a.pm-title").text());
    }

    @Test
    void countsTheLibraryOnTheHomePage() {
        project.build();
        Document home = page("index.html");

        assertEquals("3 postmortems", home.select(".stat").get(0).text());
        assertEquals("2 open action items, 1 overdue", home.select(".stat").get(1).text());
        assertEquals(List.of("In review 1", "Complete 2"), texts(home.select(".columns section").get(0).select("li")));
        assertEquals(List.of("Database failover", "Deployer API outage", "Registry outage"), texts(home.select("a.pm-title")));
    }

    @Test
    void showsAPostmortemWithItsFactsTrackerAndRelatedPostmortems() {
        project.build();
        Document page = page("postmortems/2016-09-05-deployer/index.html");

        assertEquals("Deployer API outage · Acme Postmortems", page.title());
        assertEquals("Deployer API outage", page.selectFirst("h1").text());
        assertEquals(List.of("Authors alice", "Services deployer-api", "Tags aws human-error",
                "Time to detect 2 min", "Time to resolve 31 min"), texts(page.select("dl.facts > div")));
        assertEquals(3, page.select("table.actions tbody tr").size());
        assertEquals("Restrict deletion of production services Other", page.selectFirst("table.actions td").text());
        assertEquals(1, page.select("table.actions tr.overdue").size());
        assertEquals(List.of("Registry outage · 14 Jun 2016"), texts(page.select("ul.related li")));
        assertTrue(page.select("link[rel=canonical]").isEmpty(), "without base_url, no canonical link: never a bare path");
        assertEquals("Source: postmortems/2016/2016-09-05-deployer.md · Edit this postmortem", page.selectFirst("p.source").text());
        assertEquals("https://example.org/edit/main/postmortems/2016/2016-09-05-deployer.md",
                page.selectFirst("p.source a").attr("href"));
    }

    @Test
    void rewritesLinksToOtherPostmortemFilesToTheirPages() {
        project.build();
        Element link = page("postmortems/2016-06-14-registry/index.html").selectFirst(".prose a[href*=deployer]");

        assertEquals("../2016-09-05-deployer/index.html#summary", link.attr("href"));
    }

    @Test
    void listsOutstandingActionItemsAcrossTheLibraryMostUrgentFirst() {
        project.build();
        Document page = page("action-items/index.html");

        assertEquals(List.of("Restrict deletion of production services", "Shrink the image"),
                page.select("table.actions tbody tr").stream().map(tr -> tr.selectFirst("td").ownText()).toList());
        assertEquals("30 Sep 2016 Overdue", page.selectFirst("tr.overdue td:nth-child(3)").text());
        assertEquals("Deployer API outage", page.selectFirst("tr td:last-child a").text());
    }

    @Test
    void groupsPostmortemsByServiceNewestFirst() {
        project.build();
        Document page = page("services/deployer-api/index.html");

        assertEquals(List.of("Deployer API outage", "Registry outage"), texts(page.select("a.pm-title")));
    }

    @Test
    void groupsTheArchiveByMonth() {
        project.build();
        Document page = page("archive/2016/index.html");

        assertEquals(List.of("September 2016", "June 2016"), texts(page.select("main h2")));
    }

    @Test
    void publishesNothingWhenAPostmortemHasAnError() {
        project.postmortem("2025/broken.md", PostmortemText.titled("Broken", "2025-02-30").text());

        ProjectFolder.Run run = project.build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("invalid date [2025-02-30]"), run.err());
        assertTrue(run.err().endsWith("Nothing was published; fix the problems above and build again.\n"), run.err());
        assertFalse(Files.exists(project.out()));
    }

    @Test
    void refusesAnUnknownOptionAsAUsageError() {
        ProjectFolder.Run run = ProjectFolder.run("build", "--colour");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("hindsight: Unknown option: '--colour'"), run.err());
    }

    @Test
    void publishesDespiteWarningsUnlessStrict() {
        project.postmortem("2025/unknown-field.md", PostmortemText.titled("Typo", "2025-01-01")
                .with("serivces", "[api]").text());

        ProjectFolder.Run lenient = project.build();
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().contains("unknown field [serivces] is ignored; did you mean services?"), lenient.err());

        ProjectFolder.Run strict = project.build(project.root().resolve("strict-site"), "--strict");
        assertEquals(1, strict.exitCode());
        assertFalse(Files.exists(project.root().resolve("strict-site")));
    }

    @Test
    void refusesABasePathThatCouldLeadToAnotherHost() {
        ProjectFolder.Run run = project.build("--base-path", "/\\evil.example/");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("hindsight: invalid --base-path '/\\evil.example/'; write a path such as / or /repo/"),
                run.err());
    }

    @Test
    void refusesATodayThatIsNoDayAsAUsageError() {
        ProjectFolder.Run run = ProjectFolder.run("build", "--source", project.source().toString(), "--today", "2024-02-30");

        assertEquals(2, run.exitCode());
        assertEquals("hindsight: invalid --today [2024-02-30]; there is no such day (see \"hindsight build --help\")\n",
                run.err());
    }

    @Test
    void refusesATodayOutsideTheYears0001To9999() {
        ProjectFolder.Run run = ProjectFolder.run("build", "--source", project.source().toString(), "--today", "+10000-01-01");

        assertEquals(2, run.exitCode());
        assertEquals("hindsight: invalid --today [+10000-01-01]; expected a date as YYYY-MM-DD, such as 2016-09-05 "
                + "(see \"hindsight build --help\")\n", run.err());
    }

    @Test
    void givesTagsInOtherScriptsPagesOfTheirOwn() {
        project.postmortem("2025/tags.md", PostmortemText.titled("Tagged", "2025-01-01").with("tags", "[日本, 한국]").text());

        assertEquals(0, project.build().exitCode());
        assertEquals("Tagged", page("tags/日本/index.html").selectFirst("a.pm-title").text());
        assertEquals("Tagged", page("tags/한국/index.html").selectFirst("a.pm-title").text());
    }

    @Test
    void givesTagsThatDifferOnlyInSymbolsPagesOfTheirOwn() {
        project.postmortem("2025/cpp.md", PostmortemText.titled("Compiler crash", "2025-01-01").with("tags", "[C++]").text())
                .postmortem("2025/cs.md", PostmortemText.titled("Runtime leak", "2025-01-02").with("tags", "[C#]").text())
                .postmortem("2025/c.md", PostmortemText.titled("Kernel panic", "2025-01-03").with("tags", "[c]").text());

        assertEquals(0, project.build().exitCode());
        assertEquals(List.of("Compiler crash"), texts(page("tags/c-plus-plus/index.html").select("a.pm-title")));
        assertEquals(List.of("Runtime leak"), texts(page("tags/c-sharp/index.html").select("a.pm-title")));
        assertEquals(List.of("Kernel panic"), texts(page("tags/c/index.html").select("a.pm-title")));
    }

    @Test
    void givesPunctuationOnlyAndLongTagsPagesOfTheirOwn() {
        String longTag = "x".repeat(120);
        project.postmortem("2025/a.md", PostmortemText.titled("Bang brace", "2025-01-01")
                        .with("tags", "['!}', " + longTag + "a]").text())
                .postmortem("2025/b.md", PostmortemText.titled("Quote caret", "2025-01-02")
                        .with("tags", "['\"^', " + longTag + "b]").text());

        assertEquals(0, project.build().exitCode());
        Map<String, String> titleByTag = Map.of("!}", "Bang brace", longTag + "a", "Bang brace",
                "\"^", "Quote caret", longTag + "b", "Quote caret");
        for (Element link : page("tags/index.html").select(".group-list a")) {
            String tag = link.selectFirst(".group-name").text();
            if (titleByTag.containsKey(tag)) {
                String path = link.attr("href").replaceFirst("^\\.\\./", "");
                assertEquals(List.of(titleByTag.get(tag)), texts(page(path).select("a.pm-title")), path);
            }
        }
        assertEquals(List.of("Bang brace"), texts(page("tags/x21-7d/index.html").select("a.pm-title")));
    }

    @Test
    void buildsATagAndAStatusNamedLikeAFolderPage() {
        project.write("site-src/site.yml", "statuses: [draft, in-review, complete, index.html]\n")
                .postmortem("2025/index.md", PostmortemText.titled("Indexer down", "2025-01-01")
                        .with("status", "index.html").with("tags", "[index.html]").text());

        ProjectFolder.Run run = project.build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Indexer down"), texts(page("tags/index-.html/index.html").select("a.pm-title")));
        assertEquals(List.of("Indexer down"), texts(page("status/index-.html/index.html").select("a.pm-title")));
    }

    @Test
    void refusesASitePageNamedLikeAnyFolderOrFileTheSiteWritesItself() throws Exception {
        assertEquals(0, project.build().exitCode());
        List<String> names;
        try (var entries = Files.list(project.out())) {
            // Hidden files are never read as pages; "about" is the library's own page.
            names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("about"))
                    .sorted().toList();
        }
        names.forEach(name -> project.write("site-src/pages/" + name + ".md", "# " + name + "\n"));

        ProjectFolder.Run run = project.build(project.root().resolve("again"));

        assertEquals(1, run.exitCode(), run.err());
        for (String name : names.stream().filter(n -> !n.equals("index.html")).toList()) {
            assertTrue(run.err().contains("/site-src/pages/" + name + ".md:1:1: error: page name [" + name + "] is taken "
                    + "by the site's own pages; rename the file (page-name)"), name + "\n" + run.err());
        }
    }

    @Test
    void linksTheHeaderLinksOfSiteYmlToTheSitesOwnPathsFromEveryPage() {
        project.write("site-src/site.yml", """
                base_path: /repo/
                links:
                  - {label: About, url: about/}
                  - {label: Handbook, url: /handbook/#on-call}
                  - {label: Home, url: /}
                  - {label: Tracker, url: https://example.org/issues}
                  - {label: Mail, url: mailto:oncall@example.org}
                """);

        assertEquals(0, project.build().exitCode());
        List<String> expected = List.of("../../about/index.html", "../../handbook/index.html#on-call", "../../index.html",
                "https://example.org/issues", "mailto:oncall@example.org");
        assertEquals(expected, headerLinks("postmortems/2016-09-05-deployer/index.html"));
        assertEquals(expected.stream().map(href -> href.replace("../../", "")).toList(), headerLinks("index.html"));
        assertEquals(expected.stream().map(href -> href.replace("../../", "/repo/")).toList(), headerLinks("404.html"));
    }

    /** The links site.yml adds, which follow the site's own pages in the header. */
    private List<String> headerLinks(String path) {
        List<String> hrefs = page(path).select(".site-nav a").eachAttr("href");
        return hrefs.subList(hrefs.size() - 5, hrefs.size());
    }

    @Test
    void keepsTheThemesIdsForItsOwnSectionsWhenBodyHeadingsShareTheirNames() {
        project.postmortem("2025/named.md", PostmortemText.titled("Named like the theme", "2025-01-01")
                .with("related", "[2016-06-14-registry]")
                .with("action_items", "[{title: Fix it, owner: oncall, status: open}]")
                .body("## Related\n\n## Main\n\n## Tracked action items\n\n## Notes\n\n## Notes\n\n## Notes-1\n").text());

        assertEquals(0, project.build().exitCode());
        Document page = page("postmortems/named/index.html");

        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(ids.stream().distinct().toList(), ids, "every id once");
        assertEquals(List.of("#related-1 Related", "#main-1 Main", "#tracked-action-items-1 Tracked action items",
                "#notes Notes", "#notes-1 Notes", "#notes-1-1 Notes-1", "#tracked-action-items Action item tracker",
                "#related Related postmortems"), page.select(".toc a").stream()
                .map(a -> a.attr("href") + " " + a.text()).toList());
        assertEquals("Related postmortems", page.selectFirst(page.selectFirst(".toc a:contains(Related postmortems)")
                .attr("href") + " h2").text());
        assertEquals("main", page.selectFirst("a.skip-link").attr("href").substring(1));
        assertEquals("main", page.selectFirst("main").id());
    }

    private Document page(String path) {
        return Jsoup.parse(project.read(path));
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }
}
