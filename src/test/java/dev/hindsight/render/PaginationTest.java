package dev.hindsight.render;

import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long lists are cut into pages of 100, the first at the list's own address. */
class PaginationTest {

    @TempDir
    static Path dir;

    private static ProjectFolder folder;

    @BeforeAll
    static void buildALibraryOf250() {
        folder = new ProjectFolder(dir).write("site-src/site.yml", "title: Test Postmortems\nbase_url: https://example.org/pm/\n");
        for (int i = 0; i < 250; i++) {
            String actions = i < 150 ? "action_items:\n  - title: Fix it\n    owner: team-" + (i % 3)
                    + "\n    status: open\n    due: 2026-12-" + String.format("%02d", 1 + i % 20) + "\n" : "";
            folder.postmortem(String.format("pm-%03d", i), "tags: [" + (i < 120 ? "network" : "disk") + "]\n" + actions,
                    "## Summary\n\nIt broke.\n");
        }
        assertEquals(0, folder.build().exitCode());
    }

    private static Document page(String path) {
        return Jsoup.parse(folder.read(path));
    }

    @Test
    void theFirstPageKeepsTheListsAddressAndLinksToEveryPage() {
        Document first = page("postmortems/index.html");

        assertEquals(100, first.select("table.postmortems tbody tr").size());
        assertEquals(List.of("Page 1 of 3"), first.select(".pages-status").eachText());
        assertEquals(List.of("../postmortems/index.html", "../postmortems/page/2/index.html",
                        "../postmortems/page/3/index.html", "../postmortems/page/2/index.html"),
                first.select(".pages a").eachAttr("href"));
        assertEquals("1", first.selectFirst(".pages a[aria-current=page]").text());
    }

    @Test
    void laterPagesLiveBelowItAndLeadBothWays() {
        Document last = page("postmortems/page/3/index.html");

        assertEquals(50, last.select("table.postmortems tbody tr").size());
        assertEquals("All postmortems (page 3 of 3) · Test Postmortems", last.title());
        assertEquals("https://example.org/pm/postmortems/page/3/", last.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../../../postmortems/page/2/index.html", last.selectFirst(".pages a[rel=prev]").attr("href"));
        String row = last.selectFirst("table.postmortems tbody tr a.pm-title").attr("href");
        assertTrue(Files.isRegularFile(folder.out().resolve("postmortems/page/3").resolve(row).normalize()), row);
    }

    @Test
    void everyPageOfTheActionItemsCountsTheWholeList() {
        Document first = page("action-items/index.html");
        Document second = page("action-items/page/2/index.html");

        assertEquals(100, first.select("table.actions tbody tr").size());
        assertEquals(50, second.select("table.actions tbody tr").size());
        for (Document page : List.of(first, second)) {
            assertTrue(page.selectFirst(".action-stats").text().startsWith("150 open or in progress 0 overdue as of"),
                    page.title());
            assertEquals("2026-12-01*8 2026-12-02*8 2026-12-03*8 2026-12-04*8 2026-12-05*8 2026-12-06*8 "
                    + "2026-12-07*8 2026-12-08*8 2026-12-09*8 2026-12-10*8 2026-12-11*7 2026-12-12*7 2026-12-13*7 "
                    + "2026-12-14*7 2026-12-15*7 2026-12-16*7 2026-12-17*7 2026-12-18*7 2026-12-19*7 2026-12-20*7",
                    page.selectFirst(".action-stats").attr("data-due-dates"));
        }
        assertEquals("Open action items (page 2 of 2) · Test Postmortems", second.title());
    }

    @Test
    void groupsArePagedTooAndShortListsAreNot() {
        assertEquals(20, page("tags/network/page/2/index.html").select("table.postmortems tbody tr").size());
        assertEquals(100, page("tags/disk/index.html").select("table.postmortems tbody tr").size());
        assertEquals(30, page("tags/disk/page/2/index.html").select("table.postmortems tbody tr").size());
        assertFalse(Files.exists(folder.out().resolve("tags/network/page/3")));
        assertEquals(0, page("status/complete/page/3/index.html").select(".pages a[rel=next]").size());
        assertEquals(50, page("archive/2026/page/3/index.html").select("table.postmortems tbody tr").size());
        assertEquals(List.of("March 2026"), page("archive/2026/page/3/index.html").select("section h2").eachText());
    }
}
