package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A fourth set, written to break the inference where its rules lean on English words or on the
 * shapes the earlier sets happened to have: Pandoc title blocks, MkDocs and Obsidian front matter,
 * ballot-box and emoji marks, Korean, Turkish and Swedish reports, a pasted GitHub issue, unpadded
 * and DD-MON-YYYY dates, a postmortem that is one table, numbered checkboxes, a day-by-day log and
 * action items as H4 headings.
 */
class StylesFourthSetTest {

    @Test
    void readsAFourthSetOfStylesAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/styles4"));
    }
}
