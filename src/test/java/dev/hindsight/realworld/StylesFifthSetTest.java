package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A fifth set, written for the shapes action items take in the wild: action sections named as
 * plans, questions, numbered sections and in other languages; HTML lists, callouts, admonitions,
 * glyph, arrow and dash lines, outline exports; Pandoc simple and grid tables; items listed twice;
 * a mail pasted as code.
 */
class StylesFifthSetTest {

    @Test
    void readsAFifthSetOfStylesAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/styles5"));
    }
}
