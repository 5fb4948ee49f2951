package dev.hindsight.realworld;

import dev.hindsight.build.CheckResult;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Timestamps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Folders in the styles teams already write postmortems in (small files of our own that copy each
 * style, not anyone's text): each reads as a reader would, without front matter of Hindsight's.
 */
class RealWorldStylesTest {

    private static final Path STYLES = Path.of("src/test/resources/realworld/styles");

    private static CheckResult result;

    @BeforeAll
    static void readEveryStyle() {
        result = Reading.check(STYLES, STYLES.resolveSibling("styles.yml"), List.of(
                Reading.of("PM2024-007 - Payment queue backlog.md", "Payment queue backlog", "2024-03-14",
                        "OPEN DONE OPEN"),
                Reading.of("PM2024-008 - Cache stampede after deploy", "Cache stampede after deploy", "2024-04-02",
                        "OPEN OPEN"),
                Reading.of("2017-04-02-queue-claims-stuck.md", "Retrospective: Claims stuck in the queue - April 2, 2017",
                        "2017-04-02", "DONE OPEN OPEN DONE OPEN"),
                Reading.of("2015-11-20-mixed-bullets.md", "Index rebuild took the search down November 20",
                        "2015-11-20", "OPEN OPEN OPEN OPEN"),
                Reading.of("2019-06-11-post-mortem.md", "Post-mortem: Slow builds on June 10, 2019", "2019-06-10",
                        "OPEN OPEN"),
                Reading.of("shakespeare-sonnet.md", "Shakespeare Sonnet++ Postmortem (incident #465)", "2015-10-21",
                        "DONE OPEN OPEN").severity("SEV2"),
                Reading.of("checkout-errors.md", "Checkout errors in EU", "2023-02-12", "IN_PROGRESS DONE")
                        .severity("SEV1"),
                Reading.of("database-failover.md", "Database failover left replicas behind", "2021-08-03", "OPEN DONE"),
                Reading.of("all-sections-are-h1.md", "All sections are h1", "2022-05-09", "OPEN OPEN"),
                Reading.of("title-in-h2.md", "Login outage on 5 Sep 2016", "2016-09-05", "OPEN"),
                Reading.of("written-dates.md", "Disk full on the log hosts", "2016-09-05", ""),
                Reading.of("unreadable-date.md", "Badge service flapping", "", ""),
                Reading.of("no-date-anywhere.md", "Flaky staging DNS", "", ""),
                Reading.of("2020-01-15-latency.qmd", "API latency spike", "2020-01-15", "OPEN")));
    }

    @Test
    void saysOnceForEachFileWhatWasInferredAndFromWhere() {
        assertEquals(14, warnings("inferred-metadata").size());
        assertTrue(warnings("inferred-metadata").stream().anyMatch(d -> d.file().endsWith("shakespeare-sonnet.md")
                && d.message().contains("date from a key line near the top")
                && d.message().contains("action_items (3) from the \"Action Items\" section")), warnings("inferred-metadata").toString());
    }

    @Test
    void passesButNotWithStrictForTeamsThatHaveMigrated() {
        assertTrue(result.passes(false));
        assertFalse(result.passes(true), "--strict makes the inferred-metadata warnings errors");
    }

    @Test
    void namesTheTextOfADateOrSeverityItCannotRead() {
        List<String> messages = warnings("inferred-value").stream().map(Diagnostic::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("date [last Tuesday]")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("severity [Critical]")), messages.toString());
    }

    @Test
    void readsJekyllAuthorAndCategoryAndDropsTemplateLeftovers() {
        Postmortem jekyll = postmortem("2019-06-11-post-mortem");
        assertEquals(List.of("Sam Rivera <sam@example.org>"), jekyll.authors());
        assertEquals(List.of("deployments"), jekyll.tags());
        assertEquals(1, warnings("template-leftovers").size());
        assertTrue(warnings("template-leftovers").get(0).message().startsWith("1 HTML comment and 1 Liquid tag left out"));
    }

    @Test
    void readsSreTemplateKeyLinesAndTableColumns() {
        Postmortem sonnet = postmortem("shakespeare-sonnet");
        assertEquals(List.of("jennifer", "martym", "agoogler"), sonnet.authors());
        assertEquals("complete", sonnet.status().key());
        assertEquals("docbrown", sonnet.actionItems().get(2).owner());
        assertEquals("https://bugs.example.org/5554823", sonnet.actionItems().get(1).ticket().orElseThrow());

        Postmortem checkout = postmortem("checkout-errors");
        assertEquals(List.of("checkout", "payments-api"), checkout.services());
        assertEquals("in-review", checkout.status().key());
        assertEquals("P1", checkout.actionItems().get(0).priority().orElseThrow());
        assertEquals("2023-03-01", checkout.actionItems().get(0).due().orElseThrow().toString());
    }

    @Test
    void readsTheMomentsOfTheIncidentFromItsTimelineInTheZoneItNames() {
        Timestamps sonnet = postmortem("shakespeare-sonnet").timestamps();
        assertEquals(Optional.of(OffsetDateTime.parse("2015-10-21T14:53Z")), sonnet.started(), "OUTAGE BEGINS");
        assertEquals(Optional.of(OffsetDateTime.parse("2015-10-21T15:28Z")), sonnet.mitigated(), "OUTAGE MITIGATED");
        assertEquals(Optional.of(OffsetDateTime.parse("2015-10-21T15:58Z")), sonnet.resolved(), "OUTAGE ENDS");

        Timestamps queue = postmortem("pm2024-007").timestamps();
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-14T09:02+01:00")), queue.started(), "CET, first entry");
        assertEquals(Optional.of(Duration.ofMinutes(38)), queue.timeToDetect(), "Time to detection in the stats");
        assertEquals(Optional.of(Duration.ofMinutes(63)), queue.timeToResolve(), "Time to recovery in the stats");
    }

    @Test
    void givesPostmortemsThatNameNoStatusTheDefaultStatus() {
        assertEquals("unknown", postmortem("no-date-anywhere").status().key());
        assertEquals(List.of(), postmortem("no-date-anywhere").services());
    }

    @Test
    void takesAnIdWrittenBeforeTheTitleOfTheFileName() {
        assertTrue(result.library().find("pm2024-007").isPresent());
    }

    @Test
    void readsEveryFileOrSaysWhyNot() {
        assertEquals(List.of(), warnings("files-not-read"), "NOTES.txt is excluded in site.yml");
    }

    private static List<Diagnostic> warnings(String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static Postmortem postmortem(String id) {
        return result.library().find(id).orElseThrow(() -> new AssertionError("no postmortem " + id));
    }
}
