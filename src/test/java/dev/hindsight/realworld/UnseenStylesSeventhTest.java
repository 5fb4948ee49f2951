package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A seventh set written blind, by someone who read nothing of the project, in styles the earlier sets
 * do not cover: incident-tool exports (PagerDuty, incident.io), Google Docs and HackMD notes, a Linear
 * issue, a Trello card, a Mattermost channel, a Zendesk article, an Airflow incident note, an ML model
 * review, a breach notification letter, an SLA credit notice, university, NOC, hospital and public-sector
 * notices, a game studio's launch postmortem, an on-call handover; ten in English and one each in
 * Norwegian, Brazilian Portuguese, Polish, Japanese, Mexican Spanish, Italian, Vietnamese, Ukrainian,
 * Dutch and Korean. Its first run, after the sixth set's general fixes and before any change for it,
 * read 17 titles, 19 dates and 12 action-item counts of 20 right.
 */
class UnseenStylesSeventhTest {

    @Test
    void readsASeventhBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen7"));
    }
}
