package dev.hindsight.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's Chromium and chromedriver, headless, with a fresh profile. Both binaries are named, so
 * Selenium Manager has nothing to look up or download; when they are missing, starting fails
 * (scripts/test installs them) rather than the tests being skipped. {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} name others, such as the Chrome for Testing pair a GitHub runner sets up.
 */
final class HeadlessChromium {

    static final String BROWSER = binary("CHROME_BIN", "/usr/bin/chromium");
    static final String DRIVER = binary("CHROMEDRIVER", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Quits the browser, then stops the server, whichever of them was started. */
    static void quit(ChromeDriver driver, StaticSiteServer server) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static ChromeDriver start(Path profile) {
        for (String binary : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: install Debian's chromium and chromium-driver"
                        + " (scripts/test does it), or name a browser and its driver in CHROME_BIN and CHROMEDRIVER");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Makes the page see {@code prefers-color-scheme} as given; an empty value ends the emulation. */
    static void emulateColorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Makes every page opened from now on see {@code instant} (ISO-8601) as the current time, still.
     * CDP's virtual time policies do not hold a page's clock reliably; replacing {@code Date} before
     * any page script runs does.
     *
     * @return the identifier that {@link #unfixClock} takes
     */
    static String fixClock(ChromeDriver driver, String instant) {
        String script = """
                (() => {
                  const fixed = Date.parse('%s');
                  const RealDate = Date;
                  globalThis.Date = class extends RealDate {
                    constructor(...args) { if (args.length === 0) { super(fixed); } else { super(...args); } }
                    static now() { return fixed; }
                  };
                })();
                """.formatted(instant);
        return (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                .get("identifier");
    }

    /** Gives pages opened from now on the real clock again. */
    static void unfixClock(ChromeDriver driver, String identifier) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    private static String binary(String variable, String fallback) {
        String named = System.getenv(variable);
        return named == null || named.isBlank() ? fallback : named;
    }
}
