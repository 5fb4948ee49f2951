package dev.hindsight.browser;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Project;
import dev.hindsight.serve.DevServer;
import dev.hindsight.serve.ServeOptions;
import dev.hindsight.serve.Terminal;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page open in a real browser while its postmortem is edited, broken and fixed under {@code serve}. */
class LiveReloadInBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PAGE = "postmortems/2026-03-01-api/";

    @TempDir
    Path temp;

    private ProjectFolder project;
    private DevServer server;
    private ChromeDriver driver;

    @BeforeEach
    void serveAndOpenThePage() throws Exception {
        project = new ProjectFolder(temp.resolve("project"))
                .postmortem("2026-03-01-api.md", PostmortemText.titled("API outage", "2026-03-01").text());
        server = DevServer.start(new ServeOptions(new Project(project.source(), project.config(), true), "127.0.0.1", 0),
                new Terminal() {
                    @Override
                    public void built(CheckResult result, long millis) {
                    }

                    @Override
                    public void failed(RuntimeException e) {
                    }
                });
        driver = HeadlessChromium.start(Files.createDirectory(temp.resolve("chromium-profile")));
        driver.get(server.address().resolve(PAGE).toString());
    }

    @AfterEach
    void closeTheBrowserAndServer() throws Exception {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }

    @Test
    void reloadsOnSaveAndShowsProblemsUntilTheyAreFixed() {
        assertEquals("API outage", heading());
        driver.executeScript("window.notReloadedYet = true;");

        project.postmortem("2026-03-01-api.md", PostmortemText.titled("API outage, edited", "2026-03-01").text());
        waitFor(() -> heading().equals("API outage, edited"));
        assertEquals(null, driver.executeScript("return window.notReloadedYet;"), "the page reloaded itself");

        project.postmortem("2026-03-01-api.md", PostmortemText.titled("Broken", "2026-03-01").with("status", "nope")
                .text());
        waitFor(() -> !driver.findElements(By.id("hindsight-problems")).isEmpty());
        assertEquals("API outage, edited", heading());
        assertTrue(driver.findElement(By.id("hindsight-problems")).getText()
                .contains("postmortems/2026-03-01-api.md:5:9: error: unknown status [nope]"),
                driver.findElement(By.id("hindsight-problems")).getText());

        project.postmortem("2026-03-01-api.md", PostmortemText.titled("API outage, fixed", "2026-03-01").text());
        waitFor(() -> heading().equals("API outage, fixed"));
        assertTrue(driver.findElements(By.id("hindsight-problems")).isEmpty());
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (WebDriverException e) {
            return false;
        }
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Polls, as the page may be mid-reload when looked at. */
    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!holds(condition)) {
            assertTrue(System.nanoTime() < deadline, "not seen within " + WAIT);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
