package dev.hindsight.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped library built by the real jar, served over HTTP under {@code /repo/}, and a headless
 * Chromium to read it with: what a browser test of the published site starts from.
 */
record ShippedSiteInBrowser(StaticSiteServer server, ChromeDriver driver) implements AutoCloseable {

    /** Builds into {@code temp}, judging overdue items on {@code today}, serves the site and starts the browser. */
    static ShippedSiteInBrowser open(Path temp, String today) throws IOException, InterruptedException {
        Path site = temp.resolve("site");
        ShippedSite.build(site, today);
        StaticSiteServer server = StaticSiteServer.serve(site, "/repo/");
        try {
            Path profile = Files.createDirectory(temp.resolve("chromium-profile"));
            return new ShippedSiteInBrowser(server, HeadlessChromium.start(profile));
        } catch (RuntimeException | IOException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
