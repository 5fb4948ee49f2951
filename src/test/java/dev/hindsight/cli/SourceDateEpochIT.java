package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar pins its day by SOURCE_DATE_EPOCH when --today is not given, in build and actions alike. */
class SourceDateEpochIT {

    /** 2025-12-02T00:00:00Z. */
    private static final String EPOCH = "1764633600";

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void buildsForTheUtcDayOfSourceDateEpochAndSaysSoInEveryFooter() throws Exception {
        Path site = temp.resolve("site");
        Run run = jar(EPOCH, "build", "--out", site.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(site.resolve("index.html"))
                .contains("<time class=\"built-for\" datetime=\"2025-12-02\">2 Dec 2025</time>"));
        assertTrue(Files.readString(site.resolve("action-items.json")).contains("\"as_of\" : \"2025-12-02\""));
    }

    @Test
    void actionsJudgesOverdueItemsOnTheSameDay() throws Exception {
        Run run = jar(EPOCH, "actions");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith(" overdue as of 2025-12-02\n"), run.out());
    }

    @Test
    void todayWinsOverSourceDateEpoch() throws Exception {
        Run run = jar(EPOCH, "actions", "--today", "2026-11-25");

        assertTrue(run.out().endsWith(" overdue as of 2026-11-25\n"), run.out());
    }

    @Test
    void anInvalidSourceDateEpochIsAUsageError() throws Exception {
        Run run = jar("tomorrow", "build", "--out", temp.resolve("site").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: invalid SOURCE_DATE_EPOCH [tomorrow]; set it to whole seconds since 1970-01-01 UTC, "
                + "as \"date +%s\" prints them, or pass --today YYYY-MM-DD (see \"hindsight build --help\")\n", run.err());
        assertTrue(Files.notExists(temp.resolve("site")), "nothing is built");
    }

    private Run jar(String epoch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/hindsight.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put(TodayOption.SOURCE_DATE_EPOCH, epoch);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in time");
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt")), Files.readString(temp.resolve("err.txt")));
    }
}
