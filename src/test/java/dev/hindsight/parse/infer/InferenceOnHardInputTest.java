package dev.hindsight.parse.infer;

import dev.hindsight.build.CheckResult;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.ActionItem;
import dev.hindsight.testing.OneFileLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies without front matter that are hard to read still end in diagnostics, never an internal error. */
class InferenceOnHardInputTest {

    @RegisterExtension
    final OneFileLibraries libraries = new OneFileLibraries();

    @Test
    void aLongItemWithoutSpacesIsCutAtTheTitleLength() throws IOException {
        String url = "https://dashboards.example.com/d/" + "x".repeat(250);
        CheckResult result = libraries.check("2024-01-02-outage.md", "# Outage\n\n## Action Items\n\n- " + url + "\n");

        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        List<ActionItem> items = result.library().postmortems().get(0).actionItems();
        assertEquals(1, items.size());
        assertEquals(url.substring(0, 199) + "…", items.get(0).title());
        assertTrue(items.get(0).title().length() <= 200);
    }

    @Test
    void aBodyNestedTooDeeplyIsRefusedAsWithFrontMatter() throws IOException {
        CheckResult result = libraries.check("2024-01-02-outage.md", "# Outage\n\n" + ">".repeat(200_000) + " quoted\n");

        assertEquals(List.of("body-too-deep"), result.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::code).toList());
    }

    @Test
    void aBoldFirstLineOfThousandsOfShortcodesStillGivesItsTitle() throws IOException {
        CheckResult result = libraries.check("outage.md", "**" + ":tada: ".repeat(5_000) + "Login 500s**\n\nLogins failed.\n");

        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        assertEquals("Login 500s", result.library().postmortems().get(0).title());
    }

    @Test
    void bulletsCountingWithAHashAreNoHeadings() throws IOException {
        CheckResult result = libraries.check("2024-01-02-orders-failed.md", "Orders failed for an hour.\n\n"
                + "- # of failed orders: 312\n- # of retries: 3\n");

        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        assertEquals("Orders failed", result.library().postmortems().get(0).title());
    }
}
