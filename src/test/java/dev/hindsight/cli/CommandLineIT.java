package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar, run as users run it: {@code java -jar target/hindsight.jar ...} on real folders. */
class CommandLineIT {

    private static final Path JAR = Path.of("target/hindsight.jar");
    private static final String CANNOT_WRITE = "hindsight: could not write to standard output, so the output is "
            + "incomplete; check where it goes (a full disk, a closed pipe)";

    @TempDir
    Path temp;

    /** What one run of the jar printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = jar("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("Hindsight \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @Test
    void buildsTheShippedLibraryAndSaysWhereAndHowFast() throws Exception {
        Run run = jar("build", "--out", temp.resolve("site").toString(), "--today", "2026-11-25");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Built 16 postmortems into .*site in \\d+\\.\\d s\\R"), run.out());
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
        assertEquals("hindsight: warning: no base_url is set, so the site has no feeds, sitemap or canonical links, "
                + "which need absolute URLs; set base_url in site.yml or pass --base-url, such as "
                + "https://org.github.io/repo/\n", run.err(), "the shipped site.yml names no address");
    }

    @Test
    void reportsEveryBrokenPostmortemAndExitsWithOne() throws Exception {
        Path source = Files.createDirectories(temp.resolve("postmortems"));
        Files.writeString(source.resolve("toml-front-matter.md"), "+++\ntitle = \"TOML\"\ndate = = 3\n+++\n");
        Files.writeString(source.resolve("bad-severity.md"), """
                ---
                title: Bad severity
                date: 2024-03-12
                authors: [alice]
                status: complete
                severity: sev5
                services: [db]
                summary: The database failed over.
                ---
                """);

        Path config = Files.writeString(temp.resolve("site.yml"), "required_sections: []\n");

        Run run = jar("check", "--source", source.toString(), "--config", config.toString());

        assertEquals(1, run.exitCode());
        String shown = source.toString();
        assertEquals(List.of(
                shown + "/bad-severity.md:6:11: error: unknown severity [sev5]; expected one of SEV1, SEV2, SEV3, SEV4 (severity)",
                shown + "/toml-front-matter.md:3:1: error: invalid TOML in the front matter between \"+++\" lines: "
                        + "Unknown token; mend it, or write the front matter in YAML between \"---\" lines (toml-syntax)",
                "2 errors, 0 warnings in 2 postmortems"),
                run.out().lines().toList());
    }

    @Test
    void refusesAMistakeOnTheCommandLineInOneLine() throws Exception {
        Run run = jar("build", "--colour");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("hindsight: ")).count(), run.err());
        assertTrue(run.err().startsWith("hindsight: Unknown option: '--colour'"), run.err());
    }

    @Test
    void saysInOneLineWhenTheOutputCannotBeWritten() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

        Run run = jar("build", "--out", file.resolve("site").toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("hindsight: Failed to prepare publishing to " + file.resolve("site")
                + ": FileAlreadyExistsException: " + file), run.err().lines().toList());
    }

    @Test
    void buildsAgainAfterABuildWasKilledWhileWriting() throws Exception {
        Path source = LongLibrary.write(temp.resolve("postmortems"), 1000);
        Path config = Files.writeString(temp.resolve("site.yml"),
                "required_sections: []\nbase_url: https://example.org/postmortems/\n");
        Path out = temp.resolve("site");
        Path staging = temp.resolve(".site.hindsight-new");
        String[] build = {"build", "--source", source.toString(), "--config", config.toString(), "--out", out.toString()};

        Process killed = start(build);
        for (int i = 0; i < 12_000 && !Files.isDirectory(staging.resolve("postmortems")) && killed.isAlive(); i++) {
            Thread.sleep(5);
        }
        killed.destroyForcibly().waitFor();
        assertTrue(Files.isRegularFile(staging.resolve(".hindsight-site")), "no half-written site to recover from");

        Run run = jar(build);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertFalse(Files.exists(staging));
        assertTrue(Files.isRegularFile(out.resolve("postmortems/incident-999/index.html")));
    }

    @Test
    void reportsASchemaWrittenToAFullDisk() throws Exception {
        Run run = jarWritingTo(new File("/dev/full"), "schema");

        assertEquals(3, run.exitCode());
        assertEquals(List.of(CANNOT_WRITE), run.err().lines().toList());
    }

    @Test
    void reportsJsonDiagnosticsWrittenToAFullDisk() throws Exception {
        Run run = jarWritingTo(new File("/dev/full"), "check", "--format", "json");

        assertEquals(3, run.exitCode());
        assertEquals(List.of(CANNOT_WRITE), run.err().lines().toList());
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        return jarWritingTo(temp.resolve("out.txt").toFile(), args);
    }

    /** Runs the jar with its standard output going to {@code out}; what it wrote there is read back if it can be. */
    private Run jarWritingTo(File out, String... args) throws IOException, InterruptedException {
        Process process = start(out, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in time");
        String printed = out.isFile() ? Files.readString(out.toPath()) : "";
        return new Run(process.exitValue(), printed, Files.readString(temp.resolve("err.txt")));
    }

    private Process start(String... args) throws IOException {
        return start(temp.resolve("out.txt").toFile(), args);
    }

    private Process start(File out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(out)
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
    }
}
