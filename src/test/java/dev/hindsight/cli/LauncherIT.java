package dev.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/hindsight, the launcher the README tells users to run, on the packaged jar. */
class LauncherIT {

    @TempDir
    Path temp;

    private Process launch(String... args) throws IOException {
        List<String> command = Stream.concat(Stream.of("scripts/hindsight"), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("HINDSIGHT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return builder.start();
    }

    @Test
    void buildsTheShippedLibraryWithItsArguments() throws Exception {
        Path out = temp.resolve("site");
        Process process = launch("build", "--out", out.toString(), "--today", "2026-11-25");

        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("err.txt")));
        assertTrue(Files.readString(temp.resolve("out.txt")).startsWith("Built 16 postmortems into "));
        assertTrue(Files.isRegularFile(out.resolve("postmortems/index.html")));
    }

    @Test
    void keepsTheClassesOfABuildForTheNextRunsWithoutAWordOnTheirOutput() throws Exception {
        Process build = launch("build", "--out", temp.resolve("site").toString());
        assertTrue(build.waitFor(120, TimeUnit.SECONDS));

        Process schema = launch("schema");
        assertTrue(schema.waitFor(60, TimeUnit.SECONDS));

        String major = Integer.toString(Runtime.version().feature());
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("hindsight-\\d+-\\d+-java" + major + "\\.jsa")),
                    "a class archive for Java " + major + " beside the jar");
        }
        assertEquals(0, schema.exitValue(), Files.readString(temp.resolve("err.txt")));
        assertEquals("", Files.readString(temp.resolve("err.txt")));
        assertEquals("http://json-schema.org/draft-07/schema#",
                new ObjectMapper().readTree(temp.resolve("out.txt").toFile()).get("$schema").asText());
    }

    @Test
    void passesExitCodesOn() throws Exception {
        Process process = launch("build", "--no-such-option");

        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
    }
}
