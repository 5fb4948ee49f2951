package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The first set of postmortems written blind, in styles of organisations the inference was not
 * developed against (a Confluence and a Notion export, a status page entry, org-mode keywords,
 * Spanish and day-first dates, ...), each read as a person reading it would.
 */
class UnseenStylesTest {

    @Test
    void readsPostmortemsWrittenBlindAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen"));
    }
}
