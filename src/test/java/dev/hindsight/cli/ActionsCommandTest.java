package dev.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hindsight actions}: the backlog in the terminal, its formats, filters and exit codes. */
class ActionsCommandTest {

    @TempDir
    Path root;
    private ProjectFolder folder;

    @BeforeEach
    void writeLibrary() {
        folder = new ProjectFolder(root)
                .postmortem("billing.md", PostmortemText.titled("Billing outage", "2026-10-01")
                        .with("id", "billing")
                        .with("services", "[billing]")
                        .with("action_items", """

                                  - {title: "Retry payments\\nsafely", owner: payments, status: open, priority: P1, due: 2026-11-01}
                                  - {title: Write the runbook, owner: Alice, status: done, closed: 2026-10-20}
                                  - {title: Rewrite billing, owner: alice, status: not-doing}""")
                        .text())
                .postmortem("dns.md", PostmortemText.titled("DNS outage", "2026-06-01")
                        .with("id", "dns")
                        .with("services", "[dns]")
                        .with("action_items", """

                                  - {title: Add a resolver alert, owner: alice, status: in-progress, due: 2026-12-24}""")
                        .text());
    }

    private ProjectFolder.Run actions(String... extra) {
        List<String> args = new ArrayList<>(List.of("actions", "--source", folder.source().toString(), "--config",
                folder.config().toString(), "--today", ProjectFolder.TODAY));
        args.addAll(List.of(extra));
        return ProjectFolder.run(args.toArray(String[]::new));
    }

    @Test
    void listsOutstandingItemsAsAnAlignedTableMostUrgentFirst() {
        ProjectFolder.Run run = actions();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                DUE                 PRIORITY  STATUS       OWNER     ACTION ITEM             POSTMORTEM
                2026-11-01 overdue  P1        open         payments  Retry payments\\nsafely  billing
                2026-12-24          -         in-progress  alice     Add a resolver alert    dns
                2 action items, 1 overdue as of 2026-11-25
                """, run.out());
    }

    @Test
    void filtersByStatusOwnerServiceAndOverdue() {
        assertEquals("""
                DUE  PRIORITY  STATUS     OWNER  ACTION ITEM        POSTMORTEM
                -    -         not-doing  alice  Rewrite billing    billing
                -    -         done       Alice  Write the runbook  billing
                2 action items, 0 overdue as of 2026-11-25
                """, actions("--status", "all", "--owner", "ALICE", "--service", "billing").out());
        assertTrue(actions("--overdue").out().endsWith("1 action item, 1 overdue as of 2026-11-25\n"));
        assertEquals("0 action items, 0 overdue as of 2026-11-25\n", actions("--owner", "nobody").out());
    }

    @Test
    void writesTheColumnsOfTheSiteExportsAsCsvAndJson() throws Exception {
        String csv = actions("--format", "csv", "--status", "done").out();
        assertTrue(csv.startsWith("postmortem_id,postmortem_title,"), csv);
        assertTrue(csv.endsWith("\r\nbilling,Billing outage,2026-10-01,postmortems/billing/,"
                + "https://example.org/postmortems/postmortems/billing/,billing,,Write the runbook,other,Alice,done,,,"
                + "false,,,2026-10-20\r\n"), csv);

        JsonNode json = new ObjectMapper().readTree(actions("--format", "json").out());
        assertEquals(List.of("Retry payments\nsafely", "Add a resolver alert"),
                json.get("action_items").findValuesAsText("title"));
    }

    @Test
    void failOnOverdueExitsWithOneOnlyWhenAnItemListedIsOverdue() {
        assertEquals(ExitCode.OVERDUE_ACTIONS, actions("--fail-on-overdue").exitCode());
        assertEquals(ExitCode.OK, actions("--fail-on-overdue", "--owner", "alice").exitCode());
    }

    @Test
    void aBrokenLibraryIsReportedAsCheckReportsIt() {
        folder.postmortem("broken.md", "---\ntitle: Broken, never closed\n");
        ProjectFolder.Run run = actions();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("broken.md:"), run.err());
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        ProjectFolder.Run run = actions("--status", "closed");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: invalid --status [closed]; expected one of open, in-progress, done, not-doing or all "
                + "(see \"hindsight actions --help\")\n", run.err());
    }
}
