package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code --config} naming something that is not a site config: a folder, a pipe, a device, a huge file. */
class ConfigOptionTest {

    private static final String HOW_TO_FIX = "; pass the site config file with --config FILE, such as site-src/site.yml\n";

    @TempDir
    Path temp;

    @Test
    void refusesAFolderAsTheConfigInEveryCommand() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        String folder = project.config().getParent().toString();
        String expected = "hindsight: the config " + folder + " is a folder, not a file" + HOW_TO_FIX;

        List<ProjectFolder.Run> runs = List.of(
                ProjectFolder.run("check", "--source", project.source().toString(), "--config", folder),
                ProjectFolder.run("build", "--source", project.source().toString(), "--config", folder,
                        "--out", project.out().toString()),
                ProjectFolder.run("schema", "--config", folder));

        for (ProjectFolder.Run run : runs) {
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertEquals(expected, run.err());
        }
        assertFalse(Files.exists(project.out()));
    }

    @Test
    void neverWaitsForAWriterWhenTheConfigIsAPipe() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Path pipe = temp.resolve("site.yml.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        ProjectFolder.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ProjectFolder.run("check", "--source", project.source().toString(), "--config", pipe.toString()));

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals("hindsight: the config " + pipe + " is not a regular file but a pipe, device or socket, "
                + "and is not read" + HOW_TO_FIX, run.err());
    }

    @Test
    void refusesAnEndlessDeviceAsTheConfig() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");

        ProjectFolder.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ProjectFolder.run("check", "--source", project.source().toString(), "--config", "/dev/zero"));

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals("hindsight: the config /dev/zero is not a regular file but a pipe, device or socket, "
                + "and is not read" + HOW_TO_FIX, run.err());
    }

    @Test
    void reportsAConfigOverTheSizeLimitOfPostmortemsAtItsFirstLine() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        try (RandomAccessFile huge = new RandomAccessFile(project.config().toFile(), "rw")) {
            huge.setLength(64L * 1024 * 1024 * 1024);
        }

        ProjectFolder.Run run = project.check();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(project.config() + ":1:1: error: file is over the limit of 5242880 bytes for a site "
                        + "config, which is a few lines of YAML; check that --config names the right file (file-too-large)",
                "1 error, 0 warnings in 0 postmortems"), run.out().lines().toList());
    }
}
