package dev.hindsight.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action items page's filters in headless Chromium, over the shipped library: they work over the
 * whole backlog from action-items.json, and a service page's link opens them filtered to it.
 */
class ActionFiltersInBrowserIT {

    private static final String DAY = "2026-11-25";

    @TempDir
    static Path temp;
    private static Path site;
    private static StaticSiteServer server;
    private static ChromeDriver driver;
    private static List<JsonNode> outstanding;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        site = temp.resolve("site");
        ShippedSite.build(site, DAY);
        server = StaticSiteServer.serve(site, "/repo/");
        driver = HeadlessChromium.start(Files.createDirectory(temp.resolve("chromium-profile")));
        JsonNode json = new ObjectMapper().readTree(site.resolve("action-items.json").toFile());
        outstanding = StreamSupport.stream(json.get("action_items").spliterator(), false)
                .filter(item -> List.of("open", "in-progress").contains(item.get("status").asText())).toList();
    }

    @AfterAll
    static void close() {
        HeadlessChromium.quit(driver, server);
    }

    @Test
    void filtersTheWholeBacklogByOwnerAndOverdue() {
        open("action-items/");
        String owner = outstanding.get(0).get("owner").asText();
        new Select(driver.findElement(By.name("owner"))).selectByVisibleText(owner);

        List<String> expected = titles(outstanding.stream().filter(i -> i.get("owner").asText().equals(owner)).toList());
        assertEquals(expected, shownTitles());
        assertFalse(driver.findElement(By.cssSelector("[data-owner-groups]")).isDisplayed(), "the grouped view gives way");

        driver.findElement(By.name("overdue")).click();
        assertEquals(titles(outstanding.stream().filter(i -> i.get("owner").asText().equals(owner))
                .filter(i -> i.get("overdue").asBoolean()).toList()), shownTitles());
        assertEquals(shownTitles().size(), driver.findElements(By.cssSelector("[data-filter-results] tr.overdue")).size());
    }

    @Test
    void sortsByPriorityWithUnknownPrioritiesLast() {
        open("action-items/");
        new Select(driver.findElement(By.name("sort"))).selectByValue("priority");

        List<String> priorities = driver.findElements(By.cssSelector("[data-filter-results] tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).toList();
        assertEquals(outstanding.size(), priorities.size(), "every outstanding item of the library is listed");
        List<String> sorted = new ArrayList<>(priorities);
        sorted.sort((a, b) -> a.equals("—") ? (b.equals("—") ? 0 : 1) : b.equals("—") ? -1 : a.compareTo(b));
        assertEquals(sorted, priorities);
    }

    @Test
    void aServicePageLinksToTheItemsOfThatService() {
        String service = outstanding.get(0).get("services").get(0).asText();
        open("action-items/#service=" + service);

        assertEquals(service, new Select(driver.findElement(By.name("service"))).getFirstSelectedOption().getText());
        List<String> expected = titles(outstanding.stream().filter(i -> StreamSupport.stream(
                i.get("services").spliterator(), false).anyMatch(s -> s.asText().equals(service))).toList());
        assertEquals(expected, shownTitles());
        assertTrue(driver.findElements(By.cssSelector("[data-filter-results] a[href^=javascript]")).isEmpty());
    }

    private static void open(String page) {
        // From another page, so that a link with a fragment loads the page afresh.
        driver.get(server.url());
        driver.get(server.url() + page);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-action-filters]")));
    }

    private static List<String> shownTitles() {
        return driver.findElements(By.cssSelector("[data-filter-results] tbody tr td:first-child")).stream()
                .map(td -> td.getText().replaceFirst("\\s+\\S+$", "")).toList();
    }

    private static List<String> titles(List<JsonNode> items) {
        return items.stream().map(i -> i.get("title").asText()).toList();
    }
}
