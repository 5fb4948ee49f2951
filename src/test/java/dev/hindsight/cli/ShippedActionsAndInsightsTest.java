package dev.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped library built for a pinned day: the action items pages, exports and insights it makes. */
class ShippedActionsAndInsightsTest {

    private static final String TODAY = "2026-11-25";

    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheShippedLibrary() {
        ProjectFolder.Run run = ProjectFolder.run("build", "--out", out.toString(), "--today", TODAY);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void theActionItemsPageCountsTheBacklogAndGroupsItByOwner() throws Exception {
        Document page = page("action-items/index.html");
        List<JsonNode> items = exported();
        long outstanding = items.stream().filter(i -> List.of("open", "in-progress").contains(i.get("status").asText())).count();
        long overdue = items.stream().filter(i -> i.get("overdue").asBoolean()).count();
        long notDoing = items.stream().filter(i -> i.get("status").asText().equals("not-doing")).count();

        assertEquals(List.of(outstanding + " open or in progress", overdue + " overdue as of 25 Nov 2026",
                        "2 done in the 90 days to 25 Nov 2026", notDoing + " not doing"),
                page.select(".action-stats .stat").eachText());
        assertTrue(overdue > 0 && notDoing > 0, "the shipped library has overdue and dropped items");
        List<String> owners = page.select(".owner-actions h2").eachText();
        assertEquals(owners.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), owners);
        assertEquals(outstanding, page.select(".owner-actions table.actions tbody tr").size());
        assertTrue(owners.size() >= 5, "several owners");
        assertEquals(1, owners.stream().filter(o -> o.equalsIgnoreCase("devprod-team")).count(),
                "owners that differ in case are one");
    }

    @Test
    void eachOwnerHasAPageOfTheirOpenItems() throws Exception {
        Document page = page("action-items/owners/devprod-team/index.html");

        assertEquals("Action items of devprod-team", page.selectFirst("h1").text());
        long theirs = exported().stream().filter(i -> i.get("owner").asText().equalsIgnoreCase("devprod-team"))
                .filter(i -> List.of("open", "in-progress").contains(i.get("status").asText())).count();
        assertEquals(theirs, page.select("table.actions tbody tr").size());
        assertEquals("../action-items/owners/devprod-team/index.html",
                page("action-items/index.html").selectFirst(".owner-actions h2 a[href*=devprod-team]").attr("href"));
    }

    @Test
    void ticketsLinkThroughTheConfiguredTrackersAndUnknownKeysStayText() throws Exception {
        Document deployer = page("postmortems/2016-09-05-deployer-api-outage/index.html");
        assertEquals("https://github.com/example-org/platform/issues/214", ticketLink(deployer, "#214"));
        Document disk = page("postmortems/2023-03-14-ci-runners-disk-full/index.html");
        assertEquals("https://github.com/example-org/ci-infra/issues/58", ticketLink(disk, "example-org/ci-infra#58"));
        Document pulls = page("postmortems/2026-03-10-ci-image-pull-rate-limit/index.html");
        assertEquals("https://jira.example.com/browse/DEVX-415", ticketLink(pulls, "DEVX-415"));
        Element unknown = pulls.select("td.ticket").stream().filter(td -> td.text().equals("FIN-77")).findFirst().orElseThrow();
        assertTrue(unknown.select("a").isEmpty(), "an unknown key is plain text");
    }

    @Test
    void theExportsListEveryItemOnceInTheSameOrder() throws Exception {
        String csv = Files.readString(out.resolve("action-items.csv"));
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        List<JsonNode> items = exported();
        assertEquals(items.size(), rows.size());
        assertEquals(items.stream().map(i -> i.get("title").asText()).toList(), rows.stream().map(r -> r.get("title")).toList());
        long inFrontMatter = 0;
        try (var files = Files.walk(Path.of("postmortems"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                if (!text.contains("status: draft")) {
                    inFrontMatter += text.lines().filter(l -> l.startsWith("  - title:")).count();
                }
            }
        }
        assertEquals(inFrontMatter, items.size(), "one row per action item of every published postmortem");
    }

    @Test
    void insightsStateTheirDefinitionsAndDrawEachChartWithItsTable() throws Exception {
        Document page = page("insights/index.html");

        assertEquals(List.of("Time to detect", "Time to mitigate", "Time to resolve", "Median, 90th percentile",
                "Repeat offender", "Days to close"), page.select("#definitions dt").eachText());
        for (Element svg : page.select("svg.bar-chart")) {
            Element title = svg.selectFirst("title");
            assertNotNull(title);
            assertEquals(title.id(), svg.attr("aria-labelledby"));
            assertEquals(title.text(), svg.parent().selectFirst("table.chart-data caption").text());
        }
        assertEquals(9, page.select("svg.bar-chart").size(), "five counts, the trend and three of action items");
        assertEquals(List.of("ci-runners: 3 postmortems in the last 12 months"), page.select("li.repeat-offender").eachText());
        assertEquals(List.of("API errors after a load balancer migration with a 24-hour DNS TTL · 9 Oct 2018"),
                page.select("ul.unmeasured li").eachText());
        assertTrue(page.selectFirst("a[href='../insights/index.html']") != null, "the navigation links to it");
    }

    @Test
    void aRepeatOffendersServicePageSaysSoAndListsItsOpenItems() throws Exception {
        Document page = page("services/ci-runners/index.html");

        assertEquals("Repeat offender: 3 postmortems in the 12 months up to 25 Nov 2026.",
                page.selectFirst(".repeat-offender").text());
        assertFalse(page.select("#open-action-items table.actions tbody tr").isEmpty());
    }

    @Test
    void thePostmortemPageShowsEachMeasureOnceAndTheFooterTheBuildDay() throws Exception {
        Document page = page("postmortems/2016-09-05-deployer-api-outage/index.html");

        List<String> facts = page.select("dl.facts dt").eachText();
        assertFalse(facts.contains("Duration"));
        assertEquals(1, facts.stream().filter(f -> f.equals("Time to resolve")).count());
        assertEquals(TODAY, page.selectFirst("footer time.built-for").attr("datetime"));
    }

    @Test
    void theHomePageShowsIncidentsOfThisCalendarDayInEarlierYears(@TempDir Path again) throws Exception {
        assertEquals(0, ProjectFolder.run("build", "--out", again.toString(), "--today", "2026-09-05").exitCode());
        Document home = Jsoup.parse(again.resolve("index.html").toFile());

        assertEquals(List.of("Deployer API outage"), home.select(".on-this-day a.pm-title").eachText());
        assertTrue(page("index.html").select(".on-this-day").isEmpty(), "no incident on 25 November of earlier years");
    }

    private static String ticketLink(Document page, String text) {
        return page.select("td.ticket a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no ticket link " + text)).attr("href");
    }

    private static List<JsonNode> exported() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("action-items.json").toFile());
        assertEquals(TODAY, json.get("as_of").asText());
        return StreamSupport.stream(json.get("action_items").spliterator(), false).toList();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile());
    }
}
