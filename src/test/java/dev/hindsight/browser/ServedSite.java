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

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
