package dev.hindsight.browser;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A postmortem whose date nobody wrote down is found by search like any other, shown without a date. */
class UndatedInSearchIT {

    @TempDir
    Path temp;

    @Test
    void anUndatedPostmortemShowsInResultsWithItsFactsAndNoDate() throws Exception {
        ProjectFolder folder = new ProjectFolder(temp.resolve("project"))
                .postmortem("2024/dated.md", "---\ntitle: Dated stampede\ndate: 2024-05-02\nauthors: [oncall]\n"
                        + "status: complete\nservices: [cache]\nsummary: A cache stampede took the API down.\n---\n"
                        + "## Summary\n\nThe cache stampede lasted an hour.\n")
                .postmortem("notes/undated.md", "# Undated stampede\n\nA cache stampede took the search API down.\n");
        assertEquals(0, folder.build().exitCode());

        try (ServedSite served = ServedSite.open(folder.out(), "/repo/", temp)) {
            served.driver.get(served.server.url() + "search/?q=stampede");
            new WebDriverWait(served.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("[data-search-count]")).getText().equals("2 postmortems match."));
            List<WebElement> results = served.driver.findElements(By.cssSelector(".search-results .search-result"));
            WebElement undated = results.stream()
                    .filter(r -> r.findElement(By.cssSelector(".search-result-title")).getText().equals("Undated stampede"))
                    .findFirst().orElseThrow();
            WebElement dated = results.stream().filter(r -> r != undated).findFirst().orElseThrow();
            assertEquals(List.of(), undated.findElements(By.tagName("time")));
            String facts = undated.findElement(By.cssSelector(".search-result-facts")).getText();
            assertTrue(!facts.isEmpty() && !facts.startsWith("·"), facts);
            assertEquals("2024-05-02", dated.findElement(By.tagName("time")).getAttribute("datetime"));
            assertEquals(List.of(), served.server.notFound());
        }
    }
}
