package dev.hindsight.security;

import dev.hindsight.cli.ExitCode;
import dev.hindsight.testing.ProjectFolder;
import dev.hindsight.publish.TreeSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds libraries whose every field and body is hostile, and reads the whole site back as a
 * browser would: nothing written in a postmortem may become markup or script, and it must still be
 * shown, as text, where it was written.
 */
class HostileContentTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"false", "safe"})
    void showsHostileTextAsTextOnEveryPage(String allowHtml) throws IOException {
        ProjectFolder project = hostileLibrary(allowHtml);
        Map<String, String> inputsBefore = inputs(project);

        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> problems = new ArrayList<>();
        for (Path page : pages(project.out())) {
            SafeHtml.problems(Jsoup.parse(page.toFile())).forEach(p -> problems.add(project.out().relativize(page) + ": " + p));
        }
        assertEquals(List.of(), problems);
        assertEquals(inputsBefore, inputs(project), "nothing was written outside the output folder");
        assertAllFilesInside(project.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "safe"})
    void showsHostileFrontMatterAsVisibleText(String allowHtml) throws IOException {
        ProjectFolder project = hostileLibrary(allowHtml);
        assertEquals(ExitCode.OK, project.build().exitCode());

        for (String hostile : List.of(SCRIPT, IMG)) {
            String id = hostile == SCRIPT ? "script" : "img";
            Document page = page(project, "postmortems/" + id + "/index.html");
            assertEquals(hostile, page.selectFirst("h1").text());
            assertEquals(hostile, page.selectFirst(".pm-header .lede").text());
            assertTrue(page.title().startsWith(hostile + " · "), page.title());
            assertEquals(hostile, page.selectFirst("meta[name=description]").attr("content"));
            assertEquals(hostile + ", second", fact(page, "Authors"));
            assertEquals(hostile, fact(page, "Team"));
            assertEquals(List.of(hostile, "../../x"), page.select("dt:containsOwn(Services) + dd a").eachText());
            assertEquals(List.of(hostile, "<b>", "CON"), page.select("dt:containsOwn(Tags) + dd a").eachText());
            assertEquals("Impact: " + hostile, page.selectFirst(".impact").text());

            Element action = page.selectFirst("table.actions tbody tr");
            List<String> cells = action.select("td").eachText();
            assertEquals(hostile + " Other", cells.get(0));
            assertEquals(hostile, cells.get(1));
            assertEquals(hostile, cells.get(3));
            assertEquals(hostile, cells.get(5));
        }
        Document list = page(project, "postmortems/index.html");
        assertTrue(list.select("a.pm-title").eachText().containsAll(List.of(SCRIPT, IMG)));
        Document actions = page(project, "action-items/index.html");
        assertTrue(actions.select("table.actions td:eq(0)").eachText().contains(SCRIPT + " Other"));
        assertEquals(SCRIPT + " Postmortems", page(project, "index.html").selectFirst("h1").text());
        assertEquals(SCRIPT, page(project, "evil/index.html").selectFirst("article h1").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "safe"})
    void showsHostileMarkdownAsTextAndNeutralisesLinks(String allowHtml) throws IOException {
        ProjectFolder project = hostileLibrary(allowHtml);
        assertEquals(ExitCode.OK, project.build().exitCode());

        Element prose = page(project, "postmortems/script/index.html").selectFirst(".prose");
        String text = prose.text();
        assertTrue(text.contains("Block: " + SCRIPT), text);
        assertTrue(text.contains("Inline " + SCRIPT + " and " + IMG + " here."), text);
        assertTrue(text.contains("<a href=\"javascript:alert(1)\">raw link</a>"), text);
        assertTrue(text.contains("<kbd onclick=\"alert(1)\">"), text);
        assertEquals(List.of(SCRIPT, IMG), prose.select("p > code").eachText());
        assertEquals(SCRIPT + "\n" + IMG + "\n", prose.selectFirst("pre code").wholeText());
        for (Element link : prose.select("a[href]:not(.heading-anchor)")) {
            if (link.text().startsWith("bad")) {
                assertEquals("#blocked-link", link.attr("href"), link.outerHtml());
            }
        }
        for (int i = 1; i <= 14; i++) {
            assertTrue(text.contains("bad " + i), "link text stays visible: bad " + i);
        }
        for (Element image : prose.select("img")) {
            assertEquals("https://example.com/i.png", image.attr("src"));
        }
        assertTrue(prose.select("[title]").eachAttr("title").containsAll(List.of("a\" onmouseover=\"alert(1)", SCRIPT)));
        assertEquals("https://example.com/fine", prose.selectFirst("a:containsOwn(good)").attr("href"));
    }

    @Test
    void keepsOnlyTheAllowlistedTagsWithSafeHtml() throws IOException {
        ProjectFolder project = hostileLibrary("safe");
        assertEquals(ExitCode.OK, project.build().exitCode());

        Document page = page(project, "postmortems/script/index.html");
        Element prose = page.selectFirst(".prose");
        assertEquals(List.of("Ctrl", "C"), prose.select("kbd").eachText());
        assertEquals("2", prose.selectFirst("sub").text());
        assertEquals("Service Level Objective", prose.selectFirst("abbr").attr("title"));
        assertEquals(1, prose.select("abbr").size());
        assertTrue(prose.text().contains("<abbr title=\"x\" onclick=\"alert(1)\">bad abbr"), prose.text());
        assertTrue(prose.text().contains("<details open ontoggle=alert(1)>"), prose.text());
        assertEquals("Never closed", prose.selectFirst("details > summary").text());
        assertEquals(1, prose.select("details").size());
        assertTrue(page.selectFirst("#tracked-action-items").closest("details") == null,
                "an unclosed <details> is closed within the body");
    }

    @Test
    void keepsWhatMarkdownWritesWithSafeHtml() throws IOException {
        ProjectFolder project = new ProjectFolder(temp).write("site-src/site.yml", "allow_html: safe\n").postmortem("other")
                .postmortem("links", "", "## Summary\n\nSee [the other](other.md#summary), [web](https://e.com/a?b=1&c=2)"
                        + " and ![pic](pic.png \"t\").\n\n- [x] done\n\n| a |\n| --: |\n| 1 |\n");
        assertEquals(ExitCode.OK, project.build().exitCode());

        Element prose = page(project, "postmortems/links/index.html").selectFirst(".prose");
        assertEquals("summary", prose.selectFirst("h2").id());
        assertEquals("#summary", prose.selectFirst("h2 a.heading-anchor").attr("href"));
        assertEquals("../other/index.html#summary", prose.selectFirst("a:containsOwn(the other)").attr("href"));
        assertEquals("https://e.com/a?b=1&c=2", prose.selectFirst("a:containsOwn(web)").attr("href"));
        assertEquals("pic.png", prose.selectFirst("img").attr("src"));
        assertTrue(prose.selectFirst("input[type=checkbox]").hasAttr("checked"));
        assertEquals("align-right", prose.selectFirst("td").className());
    }

    /** The sanitizer is a gate for the postmortem's own HTML: what the renderer writes passes it whole. */
    @Test
    void writesTheSameMarkupForMarkdownWithSafeHtmlAsWithout() throws IOException {
        String body = "## Summary *now*\n\n[web](https://e.com) <https://e.com/b> www.e.org a@e.org ![pic](p.png \"t\")"
                + " `code` ~~gone~~ **bold**  \nnext\n\n- [ ] todo\n\n3. three\n\n> quoted\n\n```java\nx\n```\n\n---\n\n"
                + "| wide | table |\n| :-- | --: |\n| 1 | 2 |\n";
        List<String> escaped = proseMarkup("false", body);
        List<String> safe = proseMarkup("safe", body);

        assertTrue(escaped.contains("div class=table-scroll") && escaped.contains("span class=visually-hidden"), escaped.toString());
        assertEquals(escaped, safe);
    }

    /** Every element of a built postmortem's body, with its attributes. */
    private List<String> proseMarkup(String allowHtml, String body) throws IOException {
        ProjectFolder project = new ProjectFolder(temp.resolve(allowHtml))
                .write("site-src/site.yml", "allow_html: " + allowHtml + "\n").postmortem("rich", "", body);
        assertEquals(ExitCode.OK, project.build().exitCode());
        return page(project, "postmortems/rich/index.html").selectFirst(".prose").select("*").stream()
                .map(e -> (e.tagName() + " " + e.attributes().html().strip().replace("\"", "")).strip()).toList();
    }

    @Test
    void showsTheAllowlistedTagsAsTextWithoutSafeHtml() throws IOException {
        ProjectFolder project = hostileLibrary("false");
        assertEquals(ExitCode.OK, project.build().exitCode());

        Element prose = page(project, "postmortems/script/index.html").selectFirst(".prose");
        assertTrue(prose.select("kbd, sub, abbr, details").isEmpty(), prose.html());
        assertTrue(prose.text().contains("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>"), prose.text());
    }

    @Test
    void refusesAnAllowHtmlValueOtherThanFalseOrSafe() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("fine").write("site-src/site.yml", "allow_html: true\n");

        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("unknown allow_html [true]; expected one of false, safe"), run.err());
    }

    @Test
    void givesHostileServicesAndTagsPagesInsideTheSite() throws IOException {
        ProjectFolder project = hostileLibrary("false");
        assertEquals(ExitCode.OK, project.build().exitCode());

        assertTrue(Files.isRegularFile(project.out().resolve("services/x/index.html")));
        assertTrue(Files.isRegularFile(project.out().resolve("tags/b/index.html")));
        assertTrue(Files.isRegularFile(project.out().resolve("tags/con-/index.html")));
        assertEquals("Service: ../../x", page(project, "services/x/index.html").title().split(" · ")[0]);
        assertEquals("<b>", page(project, "tags/b/index.html").selectFirst("h1").text());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id: ../../etc/evil", "id: /abs", "id: CON", "id: con.html", "id: \"a/b\"", "id: \"..\"",
            "action_items: [{title: t, owner: o, status: open, ticket: \"javascript:alert(1)\"}]",
            "action_items: [{title: t, owner: o, status: open, ticket: \"JaVaScRiPt:alert(1)\"}]",
            "action_items: [{title: t, owner: o, status: open, ticket: \"java\\tscript:alert(1)\"}]",
            "action_items: [{title: t, owner: o, status: open, ticket: \"data:text/html;base64,PHNjcmlwdD4=\"}]",
            "action_items: [{title: t, owner: o, status: open, ticket: \"vbscript:msgbox\"}]"})
    void refusesDangerousIdsAndTicketsAndWritesNothing(String line) throws IOException {
        ProjectFolder project = new ProjectFolder(temp).postmortem("fine").postmortem("bad", line + "\n", "## Summary\n");
        Map<String, String> before = TreeSnapshot.of(temp);

        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("bad.md:8:"), run.err());
        assertEquals(before, TreeSnapshot.of(temp));
    }

    @Test
    void refusesAScriptLinkInTheSiteConfig() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("fine")
                .write("site-src/site.yml", "links:\n  - {label: x, url: \"javascript:alert(1)\"}\n");

        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertFalse(Files.exists(project.out()));
    }

    private ProjectFolder hostileLibrary(String allowHtml) {
        return HostileLibrary.write(new ProjectFolder(temp), allowHtml);
    }

    private static String fact(Document page, String name) {
        return page.selectFirst("dt:containsOwn(" + name + ") + dd").text();
    }

    private static Document page(ProjectFolder project, String path) throws IOException {
        return Jsoup.parse(project.out().resolve(path).toFile());
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertTrue(pages.size() > 20, pages.toString());
            return pages;
        }
    }

    /** Every file of the project outside the output folder: the inputs, which a build never changes. */
    private static Map<String, String> inputs(ProjectFolder project) {
        Map<String, String> all = TreeSnapshot.of(project.root());
        all.keySet().removeIf(path -> path.startsWith("target/"));
        return all;
    }

    private static void assertAllFilesInside(Path out) throws IOException {
        Path real = out.toRealPath();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                assertFalse(Files.isSymbolicLink(file), file.toString());
                assertTrue(file.toRealPath().startsWith(real), file.toString());
            }
        }
    }
}
