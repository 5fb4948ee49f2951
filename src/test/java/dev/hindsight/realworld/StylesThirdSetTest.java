package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A third set, written to break the inference in styles the first two did not cover: incident
 * tools' exports (PagerDuty, incident.io, FireHydrant, Rootly), a Google Doc export, a pasted Jira
 * ticket, 5 Whys, an after-action review, an ITIL major incident report, an SLA breach letter, a
 * Wikimedia-style doc, French, Dutch, Polish, Japanese and Chinese reports, US slash dates,
 * Docusaurus front matter, a weekly ops review, a security advisory and a blog post
 * with its byline at the end.
 */
class StylesThirdSetTest {

    @Test
    void readsAThirdSetOfStylesAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/styles3"));
    }
}
