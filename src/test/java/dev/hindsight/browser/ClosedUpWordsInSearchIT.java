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

/** Searching "timed out" finds the postmortem that only ever says "timeouts", as a person expects. */
class ClosedUpWordsInSearchIT {

    @TempDir
    Path temp;

    @Test
    void aVerbAndItsParticleFindTheWordTheyCloseUpTo() throws Exception {
        ProjectFolder folder = new ProjectFolder(temp.resolve("project"))
                .postmortem("2024/gateway.md", "---\ntitle: Gateway timeouts\ndate: 2024-05-02\nauthors: [oncall]\n"
                        + "status: complete\nservices: [gateway]\nsummary: Requests to the gateway hit timeouts for an hour.\n---\n"
                        + "## What happened\n\nUpstream timeouts piled up behind one slow replica.\n")
                .postmortem("2024/disk.md", "---\ntitle: Disk full on the build host\ndate: 2024-06-02\nauthors: [oncall]\n"
                        + "status: complete\nservices: [ci]\nsummary: The build host ran out of disk.\n---\n"
                        + "## What happened\n\nNobody noticed the disk filling.\n");
        assertEquals(0, folder.build().exitCode());

        try (ServedSite served = ServedSite.open(folder.out(), "/repo/", temp)) {
            served.driver.get(served.server.url() + "search/?q=timed%20out");
            new WebDriverWait(served.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("[data-search-count]")).getText().equals("1 postmortem matches."));
            WebElement result = served.driver.findElement(By.cssSelector(".search-results .search-result"));
            assertEquals("Gateway timeouts", result.findElement(By.cssSelector(".search-result-title")).getText());
            List<String> marked = result.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
            assertTrue(marked.contains("timeouts"), marked.toString());

            // A word excluded between them keeps them apart: "timed" and "out" are then both required.
            served.driver.get(served.server.url() + "search/?q=timed%20-db%20out");
            new WebDriverWait(served.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("[data-search-count]")).getText().startsWith("No postmortem"));
        }
    }
}
