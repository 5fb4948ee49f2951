package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A tenth set written blind, by someone who read nothing of the project, in styles no earlier set
 * covers: a Google Sites page, Freshservice and Bugzilla records, YouTrack and Redmine issues, a
 * Sentry paste, a Honeycomb board, a ClickUp doc, a Nuclino page, a Kubernetes SIG note, a Debian
 * list post, a regulator filing, a bank's apology page, a stock exchange's halt notice, a Minecraft
 * host's post, a podcast's listener update and a two-language Welsh/English update; ten in English
 * and one each in Swiss Italian, Flemish, Catalan, Romanian, Hungarian, Danish, Finnish, Slovak,
 * Vietnamese and Japanese. Its first run, before any change for it, read 15 titles, 18 dates and 8
 * action-item counts of 20 right.
 */
class UnseenStylesTenthTest {

    @Test
    void readsATenthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen10"));
    }
}
