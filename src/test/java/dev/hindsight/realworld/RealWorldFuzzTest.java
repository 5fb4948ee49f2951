package dev.hindsight.realworld;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of every realworld set, with lines deleted, moved, repeated, cut or made headings, read
 * without front matter of Hindsight's: whatever the damage, reading ends in postmortems and
 * messages, never an exception. Seeded, so a failure names the batch that reproduces it.
 */
class RealWorldFuzzTest {

    private static final Path SETS = Path.of("src/test/resources/realworld");
    private static final int COPIES = 4;
    private static final String[] LINE_STARTS = {"# ", "## ", "- ", "- [ ] ", "| ", "```", "**", "1. ", "> ", "<div>", "  "};

    private static List<List<String>> originals;

    @BeforeAll
    static void readEverySet() throws IOException {
        try (Stream<Path> files = Files.walk(SETS)) {
            originals = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".yml")).sorted()
                    .map(RealWorldFuzzTest::lines).toList();
        }
        assertTrue(originals.size() > 60, "the realworld sets are the seeds: " + originals.size());
    }

    @ParameterizedTest(name = "batch with seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void readingDamagedPostmortemsEndsInMessagesNeverAnException(long seed, @TempDir Path root) throws IOException {
        Random random = new Random(seed);
        Path source = Files.createDirectories(root.resolve("postmortems"));
        int written = 0;
        for (List<String> original : originals) {
            for (int copy = 0; copy < COPIES; copy++) {
                List<String> lines = new ArrayList<>(original);
                for (int m = 0, count = 1 + random.nextInt(4); m < count; m++) {
                    damage(lines, random);
                }
                // getBytes, unlike writeString, writes a half of an emoji cut in two as "?": damaged, as wanted.
                Files.write(source.resolve(String.format("f%04d.md", written++)),
                        String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            }
        }

        CheckResult result = new Engine().check(new Project(source, root.resolve("site.yml"), false));

        assertEquals(written, result.fileCount(), "every file is read or reported");
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.file().contains("postmortems/") && d.line() >= 1, d.format());
            assertFalse(d.message().isBlank() || d.message().contains("Exception"), d.format());
        }
        assertEquals(List.of(), result.library().postmortems().stream().filter(p -> p.title().isBlank())
                .map(Postmortem::libraryPath).toList(), "postmortems without a title");
    }

    private static void damage(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            return;
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
            case 2 -> lines.add(at, lines.get(at));
            case 3 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
            case 4 -> lines.set(at, LINE_STARTS[random.nextInt(LINE_STARTS.length)] + lines.get(at));
            default -> Collections.shuffle(lines.subList(at, Math.min(lines.size(), at + 1 + random.nextInt(8))), random);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readString(file).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
