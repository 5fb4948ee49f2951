package dev.hindsight.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One word in one postmortem of thousands, typed into the search page of a site served from a
 * sub-path, finds that postmortem and no other. The library is the shared synthetic corpus.
 */
class SearchAtScaleIT {

    private static final int POSTMORTEMS = 2000;
    private static final String WORD = "quokkafied";
    private static final String TITLE = "Ledger replicas quokkafied during the failover drill";
    private static final Path GENERATOR = Path.of("..", "shared", "bench", "gen-corpus.py");

    @TempDir
    Path temp;

    @Test
    void aWordInOnePostmortemOfThousandsFindsThatOneFromASubPath() throws Exception {
        Path corpus = temp.resolve("corpus");
        run(temp.resolve("corpus.log"), "python3", GENERATOR.toString(), "--count", Integer.toString(POSTMORTEMS),
                "--seed", "1", "--out", corpus.toString());
        addTheOnlyPostmortemWithTheWord(corpus);
        Path site = temp.resolve("site");
        run(temp.resolve("build.log"), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "hindsight.jar").toString(), "build", "--source", corpus.toString(),
                "--out", site.toString(), "--base-path", "/hindsight/", "--today", "2026-11-25");

        try (ServedSite served = ServedSite.open(site, "/hindsight/", temp)) {
            ChromeDriver driver = served.driver;
            driver.get(served.server.url() + "search/?q=" + WORD);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElement(By.cssSelector("[data-search-count]")).getText().isEmpty());
            List<WebElement> results = driver.findElements(By.cssSelector(".search-results .search-result-title"));
            assertEquals(List.of(TITLE), results.stream().map(WebElement::getText).toList());
            assertEquals("1 postmortem matches.", driver.findElement(By.cssSelector("[data-search-count]")).getText());
            assertTrue(results.get(0).getAttribute("href").startsWith(served.server.url() + "postmortems/"),
                    results.get(0).getAttribute("href"));
            assertEquals(List.of(), served.server.notFound());
        }
    }

    /** A generated postmortem under a new name and title, with the word once in its body. */
    private static void addTheOnlyPostmortemWithTheWord(Path corpus) throws IOException {
        Path model;
        try (Stream<Path> files = Files.walk(corpus)) {
            model = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(model, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^title: .*$", "title: \"" + TITLE + "\"");
        text = text.replaceFirst("(?m)^## (.*)$", "## $1\n\nThe replicas were " + WORD + " before anyone noticed.\n");
        Files.writeString(model.resolveSibling("zz-the-only-one.md"), text, StandardCharsets.UTF_8);
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish in 300 s");
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
