package dev.hindsight.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped library ({@code postmortems/}, {@code site-src/}), built by the real jar as a user would build it. */
final class ShippedSite {

    private ShippedSite() {
    }

    /**
     * Builds the site into {@code out} for serving under {@code /repo/}, judging overdue items on {@code today}.
     *
     * @param options more options of {@code build}, such as {@code --base-url}
     */
    static void build(Path out, String today, String... options) throws IOException, InterruptedException {
        buildUnder("/repo/", out, today, options);
    }

    /** Builds the site into {@code out} for serving under {@code basePath}, judging overdue items on {@code today}. */
    static void buildUnder(String basePath, Path out, String today, String... options)
            throws IOException, InterruptedException {
        Path jar = Path.of("target", "hindsight.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run `mvn verify`, whose package phase builds it");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--source", "postmortems", "--config", "site-src/site.yml",
                "--out", out.toString(), "--base-path", basePath, "--today", today));
        command.addAll(List.of(options));
        Process build = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the build did not finish in 60 s");
        assertEquals(0, build.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
