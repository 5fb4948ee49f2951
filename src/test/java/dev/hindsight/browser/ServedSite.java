package dev.hindsight.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A built site served over HTTP and a headless Chromium to read it, opened and closed together. */
final class ServedSite implements AutoCloseable {

    final StaticSiteServer server;
    final ChromeDriver driver;

    private ServedSite(StaticSiteServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    /** Serves {@code site} under {@code basePath} and starts Chromium with a fresh profile in {@code temp}. */
    static ServedSite open(Path site, String basePath, Path temp) throws IOException {
        StaticSiteServer server = StaticSiteServer.serve(site, basePath);
        try {
            return new ServedSite(server, HeadlessChromium.start(Files.createDirectory(temp.resolve("chromium-profile"))));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The shipped library built by the real jar, judging overdue items on {@code today}, served under
     * {@code /repo/}: what a browser test of the published site starts from.
     */
    static ServedSite shipped(Path temp, String today) throws IOException, InterruptedException {
        Path site = temp.resolve("site");
        ShippedSite.build(site, today);
        return open(site, "/repo/", temp);
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
