package dev.hindsight.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped library built on 1 Jan 2016, when none of its action items was overdue yet, and read in
 * headless Chromium on 25 Nov 2026. The theme's script must make it read exactly like the site built
 * on the reader's day; without JavaScript it must still say what was true on the build day.
 */
class OverdueInBrowserIT {

    private static final String BUILD_DAY = "2016-01-01";
    private static final String READING_DAY = "2026-11-25";
    /**
     * 20:00 on 24 Nov in UTC is 09:00 on 25 Nov in Auckland: the reader's own day must count,
     * not the day in UTC.
     */
    private static final String READING_INSTANT = "2026-11-24T20:00:00Z";
    private static final String READER_ZONE = "Pacific/Auckland";
    private static final String ACTION_ITEMS = "action-items/";

    @TempDir
    static Path temp;
    private static Path staleSite;
    private static Path freshSite;
    private static StaticSiteServer stale;
    private static StaticSiteServer fresh;
    private static ChromeDriver driver;
    private static String clock;

    @BeforeAll
    static void buildBothSitesAndOpenTheBrowserOnTheReadingDay() throws Exception {
        staleSite = temp.resolve("built-" + BUILD_DAY);
        freshSite = temp.resolve("built-" + READING_DAY);
        ShippedSite.build(staleSite, BUILD_DAY);
        ShippedSite.build(freshSite, READING_DAY);
        stale = StaticSiteServer.serve(staleSite, "/repo/");
        fresh = StaticSiteServer.serve(freshSite, "/repo/");
        driver = HeadlessChromium.start(Files.createDirectory(temp.resolve("chromium-profile")));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", READER_ZONE));
        readAt(READING_INSTANT);
    }

    @AfterAll
    static void closeTheBrowserAndServers() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            Stream.of(stale, fresh).filter(Objects::nonNull).forEach(StaticSiteServer::close);
        }
    }

    @AfterEach
    void readingDayWithJavaScript() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        readAt(READING_INSTANT);
    }

    @Test
    void marksActionItemsThatFellDueSinceTheBuild() throws IOException {
        List<String> fallenDue = fallenDue();

        driver.get(stale.url() + ACTION_ITEMS);

        List<WebElement> overdue = driver.findElements(By.cssSelector("tbody tr.overdue"));
        assertEquals(fallenDue, overdue.stream().map(row -> row.getAttribute("data-due")).toList());
        for (WebElement row : overdue) {
            WebElement mark = row.findElement(By.cssSelector(".overdue-mark"));
            assertTrue(mark.isDisplayed());
            assertEquals("OVERDUE", mark.getText().toUpperCase(Locale.ROOT));
        }
        assertEquals(List.of(), driver.findElements(By.cssSelector("tbody tr:not(.overdue) .overdue-mark")));
        int items = driver.findElements(By.cssSelector("tbody tr")).size();
        assertEquals(items + "\nopen or in progress", stat(1));
        assertEquals(fallenDue.size() + "\noverdue as of 25 Nov 2026", stat(2));
        assertEquals(READING_DAY, driver.findElement(By.cssSelector(".action-stats time")).getAttribute("datetime"));
    }

    @Test
    void recountsOverdueItemsOnTheHomePage() throws IOException {
        int items = raw(ACTION_ITEMS).select("tbody tr").size();

        driver.get(stale.url());

        WebElement tile = driver.findElement(By.cssSelector("a.stat[href*=action-items]"));
        assertEquals(items + "\nopen action items, " + fallenDue().size() + " overdue", tile.getText());
        assertEquals("stat stat-alert", tile.getAttribute("class"));
    }

    @Test
    void readsLikeTheSiteBuiltOnTheReadersDay() throws IOException {
        List<String> pages = new ArrayList<>(List.of("", ACTION_ITEMS));
        pages.addAll(postmortemsWithActionItems());
        for (String page : pages) {
            assertEquals(builtOnTheReadingDay(page), judged(stale.url() + page), "/repo/" + page);
        }
        assertEquals(List.of(), browserErrors(), "the browser reported errors");
        assertEquals(List.of(), stale.notFound(), "the pages asked for files the site does not have");
    }

    @Test
    void worksStraightFromDisk() {
        String fromDisk = judged(staleSite.resolve(ACTION_ITEMS + "index.html").toUri().toString());

        assertEquals(builtOnTheReadingDay(ACTION_ITEMS), fromDisk);
    }

    @Test
    void marksOnlyDueDaysItCanReadAsDays() throws IOException {
        Document page = raw(ACTION_ITEMS);
        List<String> unreadable = List.of("+999999999-12-31", "-0044-03-15", "2016-1-5");
        List<Element> rows = page.select("tbody tr[data-outstanding=true][data-due]");
        for (int i = 0; i < unreadable.size(); i++) {
            rows.get(i).attr("data-due", unreadable.get(i));
        }
        // Beside the real page, so that its relative links to the theme's assets still hold.
        Path tampered = staleSite.resolve(ACTION_ITEMS + "tampered.html");
        Files.writeString(tampered, page.outerHtml());
        try {
            driver.get(tampered.toUri().toString());

            List<WebElement> judged = driver.findElements(By.cssSelector("tbody tr[data-outstanding=true][data-due]"));
            assertEquals(unreadable, judged.subList(0, 3).stream().map(row -> row.getAttribute("data-due")).toList());
            assertEquals(List.of(false, false, false), judged.subList(0, 3).stream()
                    .map(row -> !row.findElements(By.cssSelector(".overdue-mark")).isEmpty()
                            || Objects.toString(row.getDomAttribute("class"), "").contains("overdue")).toList());
            assertTrue(judged.stream().anyMatch(row -> "overdue".equals(row.getDomAttribute("class"))),
                    "items that fell due since the build are still marked");
        } finally {
            Files.delete(tampered);
        }
    }

    @Test
    void keepsTheBuildDaysMarksWithoutJavaScript() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));

        driver.get(stale.url() + ACTION_ITEMS);
        assertEquals(List.of(), driver.findElements(By.cssSelector("tr.overdue, .overdue-mark")));
        assertEquals("0\noverdue as of 1 Jan 2016", stat(2));

        int items = driver.findElements(By.cssSelector("tbody tr")).size();
        driver.get(stale.url());
        WebElement tile = driver.findElement(By.cssSelector("a.stat[href*=action-items]"));
        assertEquals(items + "\nopen action items", tile.getText());
        assertEquals("stat", tile.getAttribute("class"));
    }

    @Test
    void keepsTheBuildDaysMarksWhenTheReadersClockIsBehindIt() throws IOException {
        int overdueOnTheBuildDay = raw(freshSite, ACTION_ITEMS).select("tr.overdue .overdue-mark").size();
        assertTrue(overdueOnTheBuildDay > 0, "the site built on " + READING_DAY + " has overdue items");
        readAt("2016-06-01T00:00:00Z");

        driver.get(fresh.url() + ACTION_ITEMS);

        assertEquals(overdueOnTheBuildDay + "\noverdue as of 25 Nov 2026", stat(2));
        assertEquals(overdueOnTheBuildDay, driver.findElements(By.cssSelector("tbody tr.overdue .overdue-mark")).size());
    }

    @Test
    void givesTheScriptTheDueDaysAndCountsInThePage() throws IOException {
        Document actions = raw(ACTION_ITEMS);
        for (Element row : actions.select("table.actions tbody tr")) {
            Element due = row.selectFirst("td:nth-child(3) time");
            assertEquals(due == null ? "" : due.attr("datetime"), row.attr("data-due"), row.outerHtml());
            assertEquals("true", row.attr("data-outstanding"));
        }
        assertEquals("0", actions.selectFirst(".action-stats [data-overdue-count]").text());
        assertEquals(BUILD_DAY, actions.selectFirst(".action-stats time[data-as-of]").attr("datetime"));

        Element tile = raw("").selectFirst("a.stat[data-due-dates]");
        String perDay = actions.select("tbody tr[data-due]").eachAttr("data-due").stream()
                .collect(Collectors.groupingBy(day -> day, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(day -> day.getKey() + (day.getValue() == 1 ? "" : "*" + day.getValue()))
                .collect(Collectors.joining(" "));
        assertEquals(perDay, tile.attr("data-due-dates"));
        assertEquals(perDay, actions.selectFirst(".action-stats[data-due-dates]").attr("data-due-dates"));
        assertEquals(BUILD_DAY, tile.attr("data-as-of"));
        assertEquals("0", tile.selectFirst("[data-overdue-count]").text());
    }

    /** The due days of the items that were outstanding and not yet due on the build day, but are on the reading day. */
    private static List<String> fallenDue() throws IOException {
        List<String> days = raw(ACTION_ITEMS).select("tbody tr[data-outstanding=true][data-due]").eachAttr("data-due")
                .stream().filter(due -> due.compareTo(BUILD_DAY) >= 0 && due.compareTo(READING_DAY) < 0).toList();
        assertFalse(days.isEmpty(), "the shipped library has items due between the build and the reading day");
        return days;
    }

    /** Makes every page opened from now on see {@code instant} as the current time. */
    private static void readAt(String instant) {
        if (clock != null) {
            HeadlessChromium.unfixClock(driver, clock);
        }
        clock = HeadlessChromium.fixClock(driver, instant);
    }

    /** The page as the build on the reading day wrote it, without the script. */
    private static String builtOnTheReadingDay(String page) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            return judged(fresh.url() + page);
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /**
     * The parts of a page that show the overdue judgement, as markup. Attributes are put in name order
     * (a document has no attribute order; the script's {@code class} merely serialises last), and the
     * hooks that record the build day, which differ between the two builds by design, are left out, as
     * are the counts that stay as of the build day ({@code data-as-built}).
     */
    private static String judged(String url) {
        driver.get(url);
        return (String) driver.executeScript("""
                const hooks = ['data-as-of', 'data-due-dates', 'data-overdue-count'];
                return [...document.querySelectorAll('table.actions tbody, .lede, a.stat, .action-stats')].map(shown => {
                  const part = shown.cloneNode(true);
                  // Counts of the build day that no script re-judges, such as items done in the 90 days to it.
                  part.querySelectorAll('[data-as-built]').forEach(e => e.remove());
                  [part, ...part.querySelectorAll('*')].forEach(e => {
                    const kept = [...e.attributes].filter(a => !hooks.includes(a.name)).map(a => [a.name, a.value]).sort();
                    [...e.attributes].forEach(a => e.removeAttribute(a.name));
                    kept.forEach(([name, value]) => e.setAttribute(name, value));
                  });
                  return part.outerHTML;
                }).join('\\n');
                """);
    }

    /** The n-th count at the top of the action items page, as shown: "3\noverdue as of 25 Nov 2026". */
    private static String stat(int n) {
        return driver.findElement(By.cssSelector(".action-stats .stat:nth-child(" + n + ")")).getText();
    }

    private static Document raw(String page) throws IOException {
        return raw(staleSite, page);
    }

    private static Document raw(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page + "index.html").toFile());
    }

    /** Postmortem pages with an action item tracker, including those whose items are all done. */
    private static List<String> postmortemsWithActionItems() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(staleSite.resolve("postmortems")).sorted()) {
            for (Path folder : folders.toList()) {
                String page = "postmortems/" + folder.getFileName() + "/";
                if (Files.isDirectory(folder) && raw(page).selectFirst("table.actions") != null) {
                    pages.add(page);
                }
            }
        }
        return pages;
    }

    private static List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
