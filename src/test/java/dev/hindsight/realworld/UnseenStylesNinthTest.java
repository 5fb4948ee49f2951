package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A ninth set written blind, by someone who read nothing of the project, in styles no earlier set
 * covers: a Gitea issue, an Azure Boards work item, Rootly and Opsgenie exports, a Datadog notebook,
 * a Teams channel post, a Discord announcement, a Roam daily note, a Stack Overflow for Teams article,
 * a Hexo post, a YouTube description, a SCADA event report, a till outage report, a hackathon page and
 * others; ten in English and one each in Austrian German, Belgian French, Argentinian Spanish,
 * Brazilian Portuguese, Polish, Norwegian, Estonian, Serbian, Thai and Traditional Chinese. Its first
 * run, before any change for it, read 11 titles, 15 dates and 12 action-item counts of 20 right.
 */
class UnseenStylesNinthTest {

    @Test
    void readsANinthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen9"));
    }
}
