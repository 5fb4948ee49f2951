package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A third set, written to break the inference in styles the first two did not cover: incident
 * tools' exports (PagerDuty, incident.io, FireHydrant, Rootly), a Google Doc export, a pasted Jira
 * ticket, 5 Whys, an after-action review, an ITIL major incident report, an SLA breach letter, a
 * Wikimedia-style doc, French, Dutch, Polish, Japanese and Chinese reports, US slash dates,
 * Docusaurus front matter, a weekly ops review, a security advisory and a blog post
 * with its byline at the end.
 */
class StylesThirdSetTest {

    private static final Path STYLES3 = Path.of("src/test/resources/realworld/styles3");

    @Test
    void readsAThirdSetOfStylesAsAReaderWould() throws IOException {
        BlindSet.check(STYLES3);
    }

    @Test
    void readsTheSameWrittenOnWindowsWithCrlfLineEndingsAndAByteOrderMark(@TempDir Path root) throws IOException {
        Path copy = Files.createDirectories(root.resolve("styles3"));
        Files.copy(STYLES3.resolveSibling("styles3.yml"), root.resolve("styles3.yml"));
        List<Path> files;
        try (Stream<Path> listed = Files.list(STYLES3)) {
            files = listed.toList();
        }
        for (Path file : files) {
            String text = Files.readString(file).replace("\n", "\r\n");
            Files.writeString(copy.resolve(file.getFileName().toString()), "\uFEFF" + text);
        }
        BlindSet.check(copy);
    }
}
