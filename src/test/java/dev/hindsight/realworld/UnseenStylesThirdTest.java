package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A third set written blind, by a helper who read neither the code nor the earlier sets: exports of
 * incident tools (incident.io, FireHydrant, Rootly), a Google Doc, Jira and MediaWiki markup, ITIL,
 * CAPA, after-action, 5 Whys and Kepner-Tregoe reviews, a customer SLA letter, community posts, a
 * security advisory, Hugo and Docusaurus front matter, and French, Polish, Dutch, Chinese and
 * Japanese reports.
 */
class UnseenStylesThirdTest {

    @Test
    void readsAThirdBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen3"));
    }
}
