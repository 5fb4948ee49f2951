package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A sixth set written blind, by someone who read nothing of the project: wiki exports (BookStack,
 * Outline, DokuWiki, Wiki.js, Notion), docs sites (Just the Docs, VitePress, Docusaurus), blog front
 * matter of other tools (Zola's TOML, Gatsby, Jekyll), a merge request, an issue form, git log output,
 * mail and chat exports, regulator and 8D reports, and reports in Hebrew, Romanian, Finnish, Danish,
 * Catalan, Malay, Slovak, Croatian, Bulgarian and Lithuanian. Its first run, before any change, read
 * 29 titles, 23 dates and 20 action-item counts of 40 right.
 */
class UnseenStylesSixthTest {

    @Test
    void readsASixthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen6"));
    }
}
