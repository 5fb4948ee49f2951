package dev.hindsight.check;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds randomly broken copies of the shipped postmortems through the checker: whatever the damage,
 * checking ends with diagnostics or success, never an exception, and never hangs. Seeded, so a
 * failure names the batch that reproduces it.
 */
class CheckFuzzTest {

    private static final int FILES_PER_BATCH = 420;
    private static final String PUNCTUATION = ":-[]{}&*!|>'\"%@`#,?\t\\~ ";
    private static final String[] INSERTS = {"---\n", "...\n", "\n", ": ", "- ", "&a ", "*a", "!!str ", "{", "[", "\"",
            "'", "|\n", ">-\n", "\u0000", "\uFEFF", "\r", "  ", "\t", "# ", "? ", "<<: *a\n", "%YAML 1.2\n"};

    /**
     * Shapes that made flexmark take quadratic time or deep recursion, each repeated into a paragraph of its
     * own (mixing two in one paragraph can still be quadratic: see {@code LinearInlineParser}).
     */
    private static final String[] PATHOLOGICAL = {"[l](http://x/1) ", "&amp;", "*a **b ", "_a __b ", "`a ", "``a ", "[",
            "[a](", "[a](x[a](y)z", "![a", "![", "*a **b ***c ", "a* b** ", "<a ", "\\*", "~~a ", "[a]", "www.x.org/",
            "*", "> ", "- ", "(", "](", "http://x/(", "<!--", "&#"};

    private static List<byte[]> originals;

    @BeforeAll
    static void readShippedPostmortems() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("postmortems"))) {
            originals = files.filter(f -> f.toString().endsWith(".md")).sorted().map(CheckFuzzTest::bytes).toList();
        }
        assertFalse(originals.isEmpty(), "the shipped postmortems are the fuzzer's seeds");
    }

    @ParameterizedTest(name = "batch with seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void checkingMutatedPostmortemsEndsWithDiagnosticsNeverAnException(long seed, @TempDir Path root) throws IOException {
        Random random = new Random(seed);
        Path source = Files.createDirectories(root.resolve("postmortems"));
        for (int i = 0; i < FILES_PER_BATCH; i++) {
            byte[] mutated = originals.get(random.nextInt(originals.size()));
            for (int m = 0, count = 1 + random.nextInt(3); m < count; m++) {
                mutated = mutate(mutated, random);
            }
            Path folder = Files.createDirectories(source.resolve(String.format("%03d", i % 7)));
            Files.write(folder.resolve(String.format("m%04d.md", i)), mutated);
        }
        Path config = Files.writeString(root.resolve("site.yml"), "title: Fuzz\n");

        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Engine().check(new Project(source, config, false)), "checking batch " + seed + " hung");

        assertEquals(FILES_PER_BATCH, result.fileCount(), "every file is read or reported");
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.file().contains("postmortems/") && d.line() >= 1 && d.column() >= 1, d.format());
            assertFalse(d.message().isBlank() || d.message().contains("Exception"), d.format());
        }
    }

    @ParameterizedTest(name = "pathological bodies with seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void checkingPathologicalBodiesEndsWithAPageOrALocatedError(long seed, @TempDir Path root) throws IOException {
        Random random = new Random(seed);
        Path source = Files.createDirectories(root.resolve("postmortems"));
        for (int i = 0; i < PATHOLOGICAL.length; i++) {
            StringBuilder body = new StringBuilder("## Summary\n\n");
            for (int paragraphs = 1 + random.nextInt(2), s = 0; s < paragraphs; s++) {
                String shape = s == 0 ? PATHOLOGICAL[i % PATHOLOGICAL.length] : PATHOLOGICAL[random.nextInt(PATHOLOGICAL.length)];
                body.append(shape.repeat(1 + random.nextInt(8_000))).append("\n\n");
            }
            Files.writeString(source.resolve(String.format("p%03d.md", i)), "---\n" + BrokenCase.REQUIRED + "---\n" + body);
        }
        Path config = Files.writeString(root.resolve("site.yml"), BrokenCase.SITE_YML);

        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Engine().check(new Project(source, config, false)), "checking pathological bodies " + seed + " hung");

        assertEquals(PATHOLOGICAL.length, result.fileCount());
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 9 && List.of("body-too-complex", "body-too-deep").contains(d.code()), d.format());
        }
    }

    private static byte[] mutate(byte[] input, Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return Arrays.copyOf(input, random.nextInt(input.length + 1));
            case 1:
                byte[] flipped = input.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n && flipped.length > 0; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            case 2:
                return editFrontMatterLines(input, random);
            case 3:
                return insert(input, random, String.valueOf(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()))));
            case 4:
                return insert(input, random, INSERTS[random.nextInt(INSERTS.length)]);
            default:
                return insert(input, random, "[".repeat(random.nextInt(2000)));
        }
    }

    /** Shuffles, duplicates or deletes lines of the front matter (lines 2 to the closing fence). */
    private static byte[] editFrontMatterLines(byte[] input, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        int end = Math.max(2, lines.subList(1, lines.size()).indexOf("---") + 1);
        if (end <= 2) {
            return input;
        }
        List<String> front = lines.subList(1, end);
        int line = random.nextInt(front.size());
        switch (random.nextInt(3)) {
            case 0 -> Collections.shuffle(front, random);
            case 1 -> front.add(line, front.get(line));
            default -> front.remove(line);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Inserts text at a random place, half the time within the first 1,500 bytes, where the front matter is. */
    private static byte[] insert(byte[] input, Random random, String text) {
        int at = random.nextInt((random.nextBoolean() ? Math.min(input.length, 1500) : input.length) + 1);
        byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[input.length + inserted.length];
        System.arraycopy(input, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(input, at, result, at + inserted.length, input.length - at);
        return result;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
