package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The insights page stays a page a reader can take in when the library has hundreds of owners and gaps. */
class InsightsOfALargeLibraryTest {

    @TempDir
    Path root;

    @Test
    void chartsTheTopOwnersAndLinksToEveryPostmortemWithoutTimestamps() {
        ProjectFolder project = new ProjectFolder(root);
        for (int i = 10; i < 35; i++) {
            project.postmortem("pm-" + i, """
                    action_items:
                      - title: Add an alert
                        owner: owner-%d
                        status: open
                        due: 2026-01-%02d
                    """.formatted(i, i - 9), "## Summary\n\nIt broke.\n");
        }

        ProjectFolder.Run build = project.build();
        assertEquals(ExitCode.OK, build.exitCode(), build.err());

        Document insights = Jsoup.parse(project.read("insights/index.html"));
        assertEquals(10, insights.select("ul.unmeasured li").size(), "the page names the first ten");
        assertNotNull(insights.selectFirst("a[href='../insights/unmeasured/index.html']:contains(All 25 postmortems "
                + "without timestamps)"));
        assertEquals(20, insights.select("#overdue-by-owner-title ~ g").size(), "twenty owners are charted");
        assertNotNull(insights.selectFirst("p:contains(5 more owners have overdue items)"));

        Document unmeasured = Jsoup.parse(project.read("insights/unmeasured/index.html"));
        assertEquals("Postmortems without timestamps", unmeasured.selectFirst("h1").text());
        assertEquals(25, unmeasured.select("a[href^='../../postmortems/pm-']").size(), "every one of them");
    }
}
