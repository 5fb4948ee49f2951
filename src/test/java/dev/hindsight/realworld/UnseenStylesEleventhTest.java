package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An eleventh set written blind, by someone who read nothing of the project, in styles no earlier set
 * covers: a Confluence page with its macros as text, Tana, Logseq, Workflowy and Obsidian canvas
 * notes, Notion, Airtable and Smartsheet rows, a Jira Service Management major incident, PagerDuty
 * status updates, a Statuspage postmortem, an Ansible run's write-up, a Helm chart's release note, a
 * PyPI yanked release, an OTA rollback report and others; ten in English and one each in German,
 * French, Mexican Spanish, Portuguese, Italian, Dutch, Polish, Korean, Indonesian and Ukrainian.
 * Its first run, before any change for it, read 13 titles, 16 dates and 9 action-item counts of 20 right.
 */
class UnseenStylesEleventhTest {

    @Test
    void readsAEleventhBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen11"));
    }
}
