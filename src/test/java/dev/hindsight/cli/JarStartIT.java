package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar hindsight.jar}, as the README shows it, on a copy of the packaged jar of its own. */
class JarStartIT {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path jar = temp.resolve("hindsight.jar");
        if (!Files.exists(jar)) {
            Files.copy(Path.of("target/hindsight.jar"), jar);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(TunedJvm.JAVA_OPTIONS);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".jsa")).toList();
        }
    }

    @Test
    void buildsAndKeepsTheClassesForTheNextRunsBesideTheJar() throws Exception {
        Run first = java(List.of(), "build", "--out", temp.resolve("site").toString(), "--today", "2026-11-25");

        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Built 16 postmortems into "), first.out());
        assertTrue(Files.isRegularFile(temp.resolve("site/postmortems/index.html")));
        String major = Integer.toString(Runtime.version().feature());
        assertEquals(1, archives().size(), archives().toString());
        assertTrue(archives().get(0).matches("hindsight-\\d+-\\d+-java" + major + "\\.jsa"), archives().toString());

        Run second = java(List.of(), "check");
        assertEquals(0, second.code(), second.err());
        assertEquals("", second.err());
        assertEquals(1, archives().size(), archives().toString());
    }

    @Test
    void passesExitCodesAndMessagesOn() throws Exception {
        Run run = java(List.of(), "build", "--no-such-option");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void stopsTheBuildWhenTheJvmItWasStartedFromIsKilled() throws Exception {
        Path source = LongLibrary.write(temp.resolve("postmortems"), 2000);
        Files.copy(Path.of("target/hindsight.jar"), temp.resolve("hindsight.jar"));
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                temp.resolve("hindsight.jar").toString(), "build", "--source", source.toString(),
                "--config", Files.writeString(temp.resolve("site.yml"), "required_sections: []\n").toString(),
                "--out", temp.resolve("site").toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        ProcessHandle build = null;
        for (int i = 0; i < 2000 && build == null && first.isAlive(); i++) {
            build = first.descendants().findFirst().orElse(null);
            Thread.sleep(5);
        }
        assertTrue(build != null, "no second JVM started: " + Files.readString(temp.resolve("out.txt")));

        first.destroyForcibly().waitFor();

        build.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(Files.exists(temp.resolve("site")), "the build went on alone and published its site");
    }

    @Test
    void runsInTheJvmTheUserSetUp() throws Exception {
        Run run = java(List.of("-Xmx512m"), "build", "--out", temp.resolve("site").toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), archives());
    }
}
