package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second set written blind after the first had been used to fix the inference: a Kubernetes
 * GitHub-issue postmortem, a university outage notice, a game studio's player post, a regulator-style
 * report with numbered sections, a status history, a bugzilla summary, a hospital downtime report, a
 * telco outage report, a maintainer's Jekyll post, a field table, Portuguese and Italian reports, an
 * email with an RFC 2822 date, TODO(owner) lines, an ISO-week review and notes with no action items.
 */
class UnseenStylesAgainTest {

    @Test
    void readsASecondBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen2"));
    }
}
