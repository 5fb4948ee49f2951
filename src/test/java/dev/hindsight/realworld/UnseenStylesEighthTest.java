package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An eighth set written blind, by someone who read nothing of the project, in styles neither earlier
 * set covers: Basecamp, Asana, Jupyter, Bear, Typora, GitHub Discussions, Phabricator, Backstage
 * TechDocs, Antora, MyST, a LaTeX conversion, a retro board, an OKR review, a QBR note, a vendor's RFO,
 * an MSP's monthly report, a bank's report to management, an MES downtime report, a Substack post, a
 * CHANGELOG; ten in English and one each in Swiss German, Canadian French, Spanish, European
 * Portuguese, Czech, Swedish, Turkish, Greek, Indonesian and Simplified Chinese. Its first run, after
 * the seventh set's general fixes and before any change for it, read 16 titles, 12 dates and 10
 * action-item counts of 20 right.
 */
class UnseenStylesEighthTest {

    @Test
    void readsAnEighthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen8"));
    }
}
