package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A fifth set written blind, by someone who read nothing of the project: reports in Hungarian,
 * Czech, Indonesian, Mexican Spanish, Filipino, Hindi, Ukrainian, Greek, Japanese (with a Reiwa era
 * year) and Taiwanese Chinese (with a Minguo year), blog front matter of other tools (Hexo, Hugo),
 * Slack, Dropbox Paper, MyST and incident-tool exports, a file name with a day but no year, and
 * reports whose incident day differs from the day they were written.
 */
class UnseenStylesFifthTest {

    @Test
    void readsAFifthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen5"));
    }
}
