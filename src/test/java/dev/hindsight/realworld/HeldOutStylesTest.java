package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

/**
 * Postmortems in styles the inference was not written against (Atlassian-, PagerDuty-, GitLab- and
 * Azure-style reports, a blog post, a small team's notes, setext Markdown): written after it, and
 * checked against what a reader says of each, to see how the reading does on folders never seen.
 */
class HeldOutStylesTest {

    private static final Path HELD_OUT = Path.of("src/test/resources/realworld/held-out");

    @Test
    void readsStylesNotSeenWhileWritingTheInference() {
        Reading.check(HELD_OUT, HELD_OUT.resolveSibling("no-site.yml"), List.of(
                Reading.of("search-latency.md", "Incident postmortem: Search latency after index migration",
                        "2022-07-19", "OPEN OPEN"),
                Reading.of("gateway-5xx.md", "Postmortem: API Gateway returning 5xx", "2021-06-03",
                        "OPEN OPEN OPEN").severity("SEV2"),
                Reading.of("ci-runners-degraded.md", "Incident: Degraded CI runners", "2020-11-02", "OPEN DONE"),
                Reading.of("storage-latency-rca.md", "RCA - Storage latency in West Europe (Tracking ID 8K3-9P)",
                        "2020-03-05", "OPEN OPEN"),
                Reading.of("2019-02-11-dns-resolver.md", "How a resolver update broke DNS for some users", "2019-02-11",
                        "OPEN OPEN OPEN"),
                Reading.of("2023-09-14-ingest-delays.md", "Ingest delays", "2023-09-14", "DONE OPEN OPEN"),
                Reading.of("billing-double-charge.markdown", "Billing double charge", "2018-12-03", "DONE OPEN")
                        .severity("SEV1")));
    }
}
