package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A fourth set written blind, by someone who read nothing of the project: reports in more
 * languages and scripts (Vietnamese, Swedish, Turkish, Russian, Welsh, Korean, Thai, Arabic),
 * MultiMarkdown and Pandoc metadata headers, HTML headings, file names with dates inside other
 * words, and reports dated by a later review or meeting.
 */
class UnseenStylesFourthTest {

    @Test
    void readsAFourthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen4"));
    }
}
