package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How each front-matter field is read when it is written correctly. */
class FrontMatterFieldsTest {

    private static final String MINIMAL = """
            title: Deployer API outage
            date: 2016-09-05
            authors: [platform-oncall]
            status: complete
            services: [deployer-api]
            summary: The Deployer API was down for 31 minutes.
            """;

    @Test
    void readsEveryFieldOfACompletePostmortem() {
        Postmortem p = parse("""
                title: Deployer API outage
                id: deployer-2016
                date: 2016-09-05
                authors: [platform-oncall, jreyes]
                status: complete
                severity: SEV2
                services: [deployer-api]
                team: platform
                tags: [aws, ecs]
                summary: The Deployer API was down for 31 minutes.
                impact: Nobody could deploy.
                started: 2016-09-05T09:29:00Z
                detected: 2016-09-05T09:31:00Z
                mitigated: 2016-09-05T09:52:00Z
                resolved: 2016-09-05T10:00:00Z
                related: [2016-06-14-registry-outage]
                action_items:
                  - title: Restrict deletion of production ECS services
                    type: prevent
                    owner: platform-team
                    status: in-progress
                    priority: P1
                    due: 2016-09-30
                    ticket: https://github.com/example-org/platform/issues/123
                """);

        assertEquals("deployer-2016", p.id());
        assertEquals("Deployer API outage", p.title());
        assertEquals(Optional.of(LocalDate.of(2016, 9, 5)), p.date());
        assertEquals(List.of("platform-oncall", "jreyes"), p.authors());
        assertEquals("complete", p.status().key());
        assertEquals("SEV2", p.severity().orElseThrow().key());
        assertEquals(List.of("deployer-api"), p.services());
        assertEquals(Optional.of("platform"), p.team());
        assertEquals(List.of("aws", "ecs"), p.tags());
        assertEquals("The Deployer API was down for 31 minutes.", p.summary());
        assertEquals(Optional.of("Nobody could deploy."), p.impact());
        assertEquals(Duration.ofMinutes(31), p.timestamps().timeToResolve().orElseThrow());
        assertEquals(Duration.ofMinutes(2), p.timestamps().timeToDetect().orElseThrow());
        assertEquals(Duration.ofMinutes(23), p.timestamps().timeToMitigate().orElseThrow());
        assertEquals(List.of("2016-06-14-registry-outage"), p.related());
        assertEquals(List.of(new ActionItem("Restrict deletion of production ECS services", ActionType.PREVENT,
                "platform-team", ActionStatus.IN_PROGRESS, Optional.of("P1"), Optional.of(LocalDate.of(2016, 9, 30)),
                Optional.of("https://github.com/example-org/platform/issues/123"), Optional.empty())), p.actionItems());
    }

    @Test
    void takesTheIdFromTheFileNameWhenNoneIsGiven() {
        assertEquals("2016-09-05-deployer-api-outage", parse(MINIMAL).id());
    }

    @Test
    void leavesOptionalFieldsEmpty() {
        Postmortem p = parse(MINIMAL);

        assertEquals(Optional.empty(), p.severity());
        assertEquals(Optional.empty(), p.team());
        assertEquals(List.of(), p.tags());
        assertEquals(Optional.empty(), p.impact());
        assertEquals(Optional.empty(), p.timestamps().started());
        assertEquals(List.of(), p.actionItems());
    }

    @Test
    void acceptsASingleValueWhereAListIsExpected() {
        Postmortem p = parse(MINIMAL.replace("authors: [platform-oncall]", "authors: platform-oncall")
                .replace("services: [deployer-api]", "services: deployer-api") + "tags: aws\n");

        assertEquals(List.of("platform-oncall"), p.authors());
        assertEquals(List.of("deployer-api"), p.services());
        assertEquals(List.of("aws"), p.tags());
    }

    @Test
    void acceptsBlockStyleLists() {
        Postmortem p = parse(MINIMAL.replace("authors: [platform-oncall]", "authors:\n  - alice\n  - bob"));

        assertEquals(List.of("alice", "bob"), p.authors());
    }

    @Test
    void readsKeysAndVocabularyCaseInsensitivelyAndShowsThemAsConfigured() {
        Postmortem p = parse(MINIMAL.replace("status: complete", "Status: COMPLETE") + "Severity: sev1\n");

        assertEquals("complete", p.status().key());
        assertEquals("SEV1", p.severity().orElseThrow().key());
    }

    @Test
    void readsTimestampsWithoutAnOffsetInTheSiteTimezone() {
        SiteConfig berlin = SiteConfig.defaults().withTimezone(java.time.ZoneId.of("Europe/Berlin"));

        Postmortem p = parse(MINIMAL + "started: 2016-09-05 11:29\nresolved: 2016-09-05T12:00:00+02:00\n", berlin);

        assertEquals(OffsetDateTime.parse("2016-09-05T09:29:00Z").toInstant(),
                p.timestamps().started().orElseThrow().toInstant());
        assertEquals(Duration.ofMinutes(31), p.timestamps().timeToResolve().orElseThrow());
    }

    @Test
    void readsJekyllTimestampsWithASpaceBeforeTheOffset() {
        Postmortem p = parse(MINIMAL + "started: 2016-09-05 11:29:00 +0200\n");

        assertEquals(OffsetDateTime.parse("2016-09-05T09:29:00Z").toInstant(),
                p.timestamps().started().orElseThrow().toInstant());
    }

    @Test
    void defaultsTheActionItemTypeToOther() {
        Postmortem p = parse(MINIMAL + """
                action_items:
                  - title: Write a runbook
                    owner: oncall
                    status: open
                """);

        assertEquals(ActionType.OTHER, p.actionItems().get(0).type());
        assertEquals(Optional.empty(), p.actionItems().get(0).due());
    }

    private static Postmortem parse(String yaml) {
        return parse(yaml, SiteConfig.defaults());
    }

    private static Postmortem parse(String yaml, SiteConfig config) {
        Path path = Path.of("postmortems/2016/2016-09-05-deployer-api-outage.md");
        SourceFile file = new SourceFile(path, path.toString(), path.toString(), "---\n" + yaml + "---\n");
        Diagnostics diagnostics = new Diagnostics(file.displayPath());
        Optional<FrontMatter> result = new PostmortemParser(config).parse(file, yaml, 2, diagnostics);
        assertTrue(diagnostics.toList().isEmpty(), () -> "unexpected diagnostics: " + diagnostics.toList());
        return result.orElseThrow().postmortem();
    }
}
