package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When {@code java -jar hindsight.jar} starts a tuned JVM for the command, and with what. */
class TunedJvmTest {

    @TempDir
    Path folder;

    private Optional<TunedJvm> start(List<String> launcher, Map<String, String> environment, List<String> javaOptions,
                                     String... args) throws IOException {
        Path jar = folder.resolve("hindsight.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a jar");
        }
        return TunedJvm.of(new TunedJvm.Start(args, environment, Optional.of(launcher), javaOptions,
                Path.of("/opt/jdk"), Optional.of(jar), 17, 4242));
    }

    private Optional<TunedJvm> plain(String... args) throws IOException {
        return start(List.of("-jar", "hindsight.jar"), Map.of(), List.of(), args);
    }

    @Test
    void runsABuildWithTheFastSettingsAndMakesTheClassArchiveBesideTheJar() throws IOException {
        TunedJvm tuned = plain("build", "--source", "postmortems").orElseThrow();

        Path archive = TunedJvm.archiveOf(folder.resolve("hindsight.jar"), 17);
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.1",
                "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + archive + ".4242", "-Xlog:cds*=off",
                "-cp", folder.resolve("hindsight.jar").toString(), "dev.hindsight.cli.Launch",
                "build", "--source", "postmortems"), tuned.command());
        assertEquals(Optional.of(new TunedJvm.Archive(Path.of(archive + ".4242"), archive)), tuned.archive());
        assertTrue(archive.getFileName().toString().matches("hindsight-5-\\d+-java17\\.jsa"), archive.toString());
    }

    @Test
    void readsTheClassArchiveOnceItExists() throws IOException {
        plain("check");
        Path archive = Files.writeString(TunedJvm.archiveOf(folder.resolve("hindsight.jar"), 17), "classes");

        TunedJvm tuned = plain("check").orElseThrow();

        assertTrue(tuned.command().containsAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off")));
        assertEquals(Optional.empty(), tuned.archive());
    }

    @Test
    void makesNoArchiveFromACommandThatLoadsOnlySomeClasses() throws IOException {
        TunedJvm tuned = plain("actions", "--overdue").orElseThrow();

        assertTrue(tuned.command().stream().noneMatch(o -> o.contains("Archive")), tuned.command().toString());
        assertEquals(Optional.empty(), tuned.archive());
    }

    @Test
    void runsWithoutAnArchiveWhenToldTo() throws IOException {
        TunedJvm tuned = start(List.of("-jar", "hindsight.jar"), Map.of("HINDSIGHT_CLASS_ARCHIVE", "off"), List.of(),
                "build").orElseThrow();

        assertTrue(tuned.command().stream().noneMatch(o -> o.contains("Archive")), tuned.command().toString());
    }

    @Test
    void takesTheJvmSettingsFromTheEnvironmentInsteadOfItsOwn() throws IOException {
        TunedJvm tuned = start(List.of("-jar", "hindsight.jar"),
                Map.of("HINDSIGHT_JAVA_OPTS", " -Xmx2g  -XX:+UseParallelGC ", "HINDSIGHT_CLASS_ARCHIVE", "off"),
                List.of(), "migrate", "--source", "a", "--out", "b").orElseThrow();

        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx2g", "-XX:+UseParallelGC", "-cp",
                folder.resolve("hindsight.jar").toString(), "dev.hindsight.cli.Launch",
                "migrate", "--source", "a", "--out", "b"), tuned.command());
    }

    @Test
    void passesTheSettingsOfJdkJavaOptionsOnAfterItsOwnSoThatTheyWin() throws IOException {
        TunedJvm tuned = start(List.of("-jar", "hindsight.jar"), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g -Dx=y"),
                List.of("-Xmx1g", "-Dx=y"), "--debug", "build").orElseThrow();

        List<String> command = tuned.command();
        assertEquals(List.of("-Xmx1g", "-Dx=y", "-cp"), command.subList(command.indexOf("-Xmx1g"), command.indexOf("-cp") + 1));
        assertTrue(command.indexOf("-XX:+UseSerialGC") < command.indexOf("-Xmx1g"));
        assertEquals(List.of("--debug", "build"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void runsInTheJvmItWasGivenWhenTheUserChoseItsSettings() throws IOException {
        assertEquals(Optional.empty(), start(List.of("-Xmx512m", "-jar", "hindsight.jar"), Map.of(), List.of(), "build"));
        assertEquals(Optional.empty(), start(List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-jar", "hindsight.jar"),
                Map.of(), List.of(), "check"));
    }

    @Test
    void neverStartsAThirdJvm() throws IOException {
        assertEquals(Optional.empty(), start(List.of("-jar", "hindsight.jar"), Map.of("HINDSIGHT_TUNED_JVM", "1"),
                List.of(), "build"));
    }

    @Test
    void runsShortAndLongRunningCommandsInThisJvm() throws IOException {
        for (String command : List.of("serve", "new", "schema", "--version", "help")) {
            assertEquals(Optional.empty(), plain(command), command);
        }
        assertEquals(Optional.empty(), plain());
    }

    @Test
    void runsInThisJvmWhenItsCommandLineIsUnknown() throws IOException {
        Path jar = Files.writeString(folder.resolve("hindsight.jar"), "a jar");
        assertEquals(Optional.empty(), TunedJvm.of(new TunedJvm.Start(new String[] {"build"}, Map.of(), Optional.empty(),
                List.of(), Path.of("/opt/jdk"), Optional.of(jar), 17, 1)));
        assertEquals(Optional.empty(), TunedJvm.of(new TunedJvm.Start(new String[] {"build"}, Map.of(),
                Optional.of(List.of("-jar", "hindsight.jar")), List.of(), Path.of("/opt/jdk"), Optional.empty(), 17, 1)));
    }
}
