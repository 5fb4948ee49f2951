package dev.hindsight.browser;

import dev.hindsight.render.search.TermTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on the shipped library, built by the real jar and served under {@code /repo/}, used in
 * headless Chromium as a person in the middle of an incident would use it.
 */
class SearchInBrowserIT {

    private static final String KAFKA = "postmortems/2025-06-03-kafka-consumer-lag/";
    private static final String DNS_TTL = "API errors after a load balancer migration with a 24-hour DNS TTL";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;
    private static Path site;
    private static ServedSite served;
    private static StaticSiteServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndOpenTheBrowser() throws Exception {
        site = temp.resolve("site");
        ShippedSite.build(site, "2026-11-25");
        served = ServedSite.open(site, "/repo/", temp);
        server = served.server;
        driver = served.driver;
    }

    @AfterAll
    static void closeTheBrowserAndServer() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void slashFocusesTheHeaderBoxWhichShowsResultsAsYouTypeAndArrowKeysOpenOne() {
        driver.get(server.url());
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement box = driver.switchTo().activeElement();
        assertEquals("site-search-q", box.getAttribute("id"));
        box.sendKeys("max.poll.records");
        WebElement option = until(By.cssSelector(".search-dropdown [role=option] a"));
        assertEquals("Search results up to five hours stale after a search-indexer deploy", option.getText().trim());
        new WebDriverWait(driver, WAIT).until(d -> option.getAttribute("href").contains("#"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", driver.findElement(By.cssSelector(".search-dropdown [role=option]")).getAttribute("aria-selected"));
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(KAFKA));
        assertTrue(driver.getCurrentUrl().startsWith(server.url() + KAFKA));
        assertTrue(driver.getCurrentUrl().contains("#"), "links to the section that matched: " + driver.getCurrentUrl());
    }

    @Test
    void enterWithoutChoosingOpensTheSearchPageWithTheQueryInItsUrl() {
        driver.get(server.url() + "tags/index.html");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("dns", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("search/"));
        assertTrue(driver.getCurrentUrl().startsWith(server.url() + "search/index.html?q=dns"), driver.getCurrentUrl());
        // The search page fills its field from the URL once its script has run, after the URL changed.
        new WebDriverWait(driver, WAIT).until(d -> "dns".equals(d.findElement(By.id("search-q")).getAttribute("value")));
    }

    @Test
    void ranksTitleMatchesFirstAndHighlightsTheWordsInTheExcerpt() {
        List<String> titles = search("?q=dns");
        assertTrue(titles.size() >= 2, titles.toString());
        assertTrue(titles.get(0).contains("DNS") && titles.get(1).contains("DNS"), titles.toString());
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(".search-result-excerpt mark")).isEmpty());
        for (WebElement mark : driver.findElements(By.cssSelector(".search-result mark"))) {
            assertTrue(mark.getText().toLowerCase().startsWith("dns"), mark.getText());
        }
        assertEquals(titles.size() + " postmortems match.", driver.findElement(By.cssSelector("[data-search-count]")).getText());
        assertEquals("polite", driver.findElement(By.cssSelector("[data-search-count]")).getAttribute("aria-live"));
    }

    @Test
    void filtersWithCountsTakeTheKeyboardLiveInTheUrlAndTheBackButtonUndoesThem() {
        int all = search("?q=dns").size();
        WebElement year = until(By.cssSelector("input[name=year][value='2025']"));
        String count = year.findElement(By.xpath("..")).findElement(By.className("count")).getText();
        year.sendKeys(Keys.SPACE);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("year=2025"));
        List<String> filtered = waitForResults(Integer.parseInt(count));
        assertTrue(filtered.size() < all, filtered + " of " + all);
        driver.findElements(By.cssSelector(".search-result time"))
                .forEach(time -> assertTrue(time.getAttribute("datetime").startsWith("2025-"), time.getAttribute("datetime")));
        driver.navigate().back();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("year="));
        assertEquals(all, waitForResults(all).size());
    }

    @Test
    void filtersAloneBrowseTheLibraryNewestFirst() {
        List<String> titles = search("?severity=sev3&service=kafka");
        assertEquals(List.of("Search results up to five hours stale after a search-indexer deploy"), titles);
        assertTrue(driver.findElement(By.cssSelector("input[name=severity][value=sev3]")).isSelected());
    }

    @Test
    void matchesPhrasesAndLeavesOutExcludedWords() {
        assertEquals(List.of("Search results up to five hours stale after a search-indexer deploy"),
                search("?q=" + encode("\"consumer group\"")));
        List<String> dns = search("?q=dns");
        List<String> withoutTtl = search("?q=" + encode("dns -ttl"));
        assertTrue(dns.containsAll(withoutTtl) && withoutTtl.size() < dns.size(), withoutTtl + " of " + dns);
        assertFalse(withoutTtl.contains(DNS_TTL), withoutTtl.toString());
    }

    @Test
    void showsTheFirstResultsBeforeAnyExcerptTextIsFetchedAndFillsTheExcerptsInAfter() {
        driver.get(server.url() + "search/index.html");
        int before = server.requested().size();
        Object total = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                HindsightSearch.firstResults('max.poll.records', {}, 5).then(first => {
                  window.fillExcerpts = first.fill;
                  done(first.total);
                });
                """);
        assertTrue(((Number) total).intValue() > 0, "it matches in a section of the body");
        List<String> toFirstResults = server.requested().subList(before, server.requested().size());
        assertTrue(toFirstResults.stream().anyMatch(path -> path.contains("/search/docs/")), toFirstResults.toString());
        assertTrue(toFirstResults.stream().noneMatch(path -> path.contains("/search/text/")), toFirstResults.toString());
        driver.executeAsyncScript("window.fillExcerpts().then(arguments[arguments.length - 1])");
        assertTrue(server.requested().stream().anyMatch(path -> path.contains("/search/text/")), "the excerpts' text is fetched after");
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertEquals(List.of(), search("?q=xylophone"));
        assertEquals("No postmortems match.", driver.findElement(By.cssSelector("[data-search-count]")).getText());
    }

    @Test
    void tokenisesAndStemsExactlyAsTheIndexDoes() {
        driver.get(server.url() + "search/index.html");
        for (TermTable.Case c : TermTable.cases()) {
            assertEquals(c.terms(), driver.executeScript("return HindsightSearch.terms(arguments[0]).join(' ')", c.text()),
                    c.text());
        }
    }

    @Test
    void theNotFoundPageSearchesTooFromAnyAddress() {
        driver.get(server.url() + "404.html");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("kafka");
        until(By.cssSelector(".search-dropdown [role=option] a"));
        assertTrue(server.notFound().isEmpty(), server.notFound().toString());
    }

    @Test
    void withoutJavaScriptTheSearchPagePointsToTheGroupingPagesAndTheArchive() throws Exception {
        String html = Files.readString(site.resolve("search/index.html"), StandardCharsets.UTF_8);
        int noJs = html.indexOf("data-search-nojs");
        assertTrue(noJs > 0 && !html.substring(html.lastIndexOf('<', noJs), noJs).contains("hidden"));
        for (String link : List.of("../status/index.html", "../severity/index.html", "../services/index.html",
                "../tags/index.html", "../archive/index.html")) {
            assertTrue(html.contains("href=\"" + link + "\""), link);
        }
    }

    private static List<String> search(String query) {
        driver.get(server.url() + "search/index.html" + query);
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.cssSelector("[data-search-count]")).getText().isEmpty());
        return titles();
    }

    private static List<String> waitForResults(int count) {
        new WebDriverWait(driver, WAIT).until(d -> titles().size() == count);
        return titles();
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector(".search-results .search-result-title")).stream()
                .map(WebElement::getText).toList();
    }

    private static WebElement until(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
