package dev.hindsight.render;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Trackers;
import dev.hindsight.parse.SiteConfigReader;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each way a ticket becomes a link, read from a real site.yml. */
class TicketLinksTest {

    private static final Trackers TRACKERS = trackers("""
            trackers:
              - prefix: PLAT
                url: https://jira.example.com/browse/{key}
              - prefix: ops
                url: https://tracker.example.org/issue?id={key}
            github_repo: example-org/platform
            """);

    @Test
    void aWebAddressIsLinkedAsWritten() {
        assertEquals(Optional.of("https://example.org/t/1?a=b"), TicketLinks.of("https://example.org/t/1?a=b", TRACKERS));
        assertEquals("example.org/t/1?a=b", TicketLinks.label("https://example.org/t/1?a=b"));
    }

    @Test
    void aKeyOfAConfiguredTrackerLinksThroughItsAddressWhateverTheCaseOfItsPrefix() {
        assertEquals(Optional.of("https://jira.example.com/browse/PLAT-123"), TicketLinks.of("PLAT-123", TRACKERS));
        assertEquals(Optional.of("https://tracker.example.org/issue?id=OPS-7"), TicketLinks.of("OPS-7", TRACKERS));
        assertEquals("PLAT-123", TicketLinks.label("PLAT-123"));
    }

    @Test
    void aGithubIssueLinksToItsRepositoryAndABareNumberToTheDefaultOne() {
        assertEquals(Optional.of("https://github.com/acme/web.app/issues/42"), TicketLinks.of("acme/web.app#42", TRACKERS));
        assertEquals(Optional.of("https://github.com/example-org/platform/issues/9"), TicketLinks.of("#9", TRACKERS));
    }

    @Test
    void unknownKeysAndBareNumbersWithoutADefaultRepoStayText() {
        assertEquals(Optional.empty(), TicketLinks.of("SEC-5", TRACKERS));
        assertEquals(Optional.empty(), TicketLinks.of("see the wiki", TRACKERS));
        assertEquals(Optional.empty(), TicketLinks.of("#9", Trackers.NONE));
        assertEquals(Optional.empty(), TicketLinks.of("javascript:alert(1)", TRACKERS));
    }

    private static Trackers trackers(String yaml) {
        Diagnostics diagnostics = new Diagnostics("site.yml");
        Trackers trackers = SiteConfigReader.read(yaml, diagnostics).orElseThrow().trackers();
        assertFalse(diagnostics.hasErrors(), diagnostics.toList().toString());
        return trackers;
    }
}
