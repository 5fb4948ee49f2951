package dev.hindsight.parse;

import dev.hindsight.build.CheckResult;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;
import dev.hindsight.testing.OneFileLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Front matter written for another tool (Hugo's and Zola's TOML, a status page's YAML) is read for
 * what it gives; what means something else there is passed over with a warning, never refused.
 */
class OtherToolsFrontMatterTest {

    @RegisterExtension
    final OneFileLibraries libraries = new OneFileLibraries();

    private static List<String> lines(CheckResult result) {
        return result.diagnostics().stream().map(d -> d.format().replaceAll("^.*/", "")).toList();
    }

    @Test
    void hugosTomlFrontMatterIsReadAndTheRestInferred() throws IOException {
        CheckResult result = libraries.check("webhooks.md", "+++\ntitle = \"Webhook backlog after a Redis failover\"\n"
                + "date = 2024-10-28T09:00:00+01:00\ndraft = false\ntags = [\"redis\", \"webhooks\"]\n"
                + "author = \"Oskar Lindqvist\"\n+++\n\nWebhooks queued for an hour.\n\n## Action items\n\n"
                + "- Re-resolve the Redis endpoint on failover\n");

        assertEquals(0, result.errorCount(), lines(result).toString());
        Postmortem read = result.library().postmortems().get(0);
        assertEquals("Webhook backlog after a Redis failover", read.title());
        assertEquals("2024-10-28", read.date().orElseThrow().toString());
        assertEquals(List.of("redis", "webhooks"), read.tags());
        assertEquals(List.of("Oskar Lindqvist"), read.authors());
        assertEquals(1, read.actionItems().size());
        assertEquals(List.of("webhooks.md:1:1: warning: front matter in TOML is another tool's (Hugo's, Zola's), so "
                + "what it leaves out was read from the text: summary from the first paragraph, action_items (1) from "
                + "the \"Action items\" section; not found, so defaulted: status unknown, services none; its other "
                + "fields are that tool's and are passed over: draft; hindsight migrate writes it as front matter "
                + "(inferred-metadata)",
                "webhooks.md:3:1: warning: date [2024-10-28T09:00:00+01:00] has a time; only the day 2024-10-28 is "
                        + "used, so write date: 2024-10-28 and put the time in started (date)"), lines(result));
    }

    @Test
    void zolasTaxonomiesAreThePostsOwnTagsAndAuthors() throws IOException {
        Postmortem read = libraries.check("cache.md", "+++\ntitle = \"Wrong currency\"\ndate = 2024-09-12\n\n[taxonomies]\n"
                + "tags = [\"cdn\"]\nauthors = [\"Ines Marchetti\"]\n\n[extra]\ntoc = true\n+++\n\nPrices were wrong.\n")
                .library().postmortems().get(0);

        assertEquals(List.of("cdn"), read.tags());
        assertEquals(List.of("Ines Marchetti"), read.authors());
    }

    @Test
    void aValueOfTomlFrontMatterIsReportedOnItsOwnLine() throws IOException {
        CheckResult severity = libraries.check("pm.md", "+++\ntitle = \"Late\"\n# the status page's\nseverity = \"down\"\n"
                + "[extra]\nseverity = \"high\"\n+++\n");

        assertEquals(List.of("pm.md:4:1: warning: severity [down] is none of the site's (SEV1, SEV2, SEV3, SEV4), so "
                + "it is read as another tool's and the severity is inferred; write one of the site's to set it "
                + "(foreign-severity)"), lines(severity).stream().filter(l -> l.contains("foreign-")).toList());
    }

    @Test
    void tomlThatIsNotTomlIsAnErrorOnItsFileLine() throws IOException {
        CheckResult result = libraries.check("pm.md", "+++\ntitle = \"Late\"\n\nbroken = = 3\n+++\nBody.\n");

        assertEquals(List.of("pm.md:4:1: error: invalid TOML in the front matter between \"+++\" lines: Unknown "
                + "token; mend it, or write the front matter in YAML between \"---\" lines (toml-syntax)"),
                lines(result).stream().filter(l -> l.contains(" error: ")).toList());
    }

    @Test
    void tomlIsBoundedAsYamlIs() throws IOException {
        CheckResult deep = libraries.check("deep.md", "+++\ntitle = \"x\"\na = " + "{b = ".repeat(5_000) + "1"
                + "}".repeat(5_000) + "\n+++\nBody.\n");
        CheckResult nested = libraries.check("nested.md", "+++\ntitle = \"x\"\na = " + "{b = ".repeat(20) + "1"
                + "}".repeat(20) + "\n+++\nBody.\n");
        CheckResult longLine = libraries.check("long.md", "+++\ntitle = \"" + "x".repeat(150_000) + "\"\n+++\nBody.\n");

        assertEquals(List.of("yaml-too-deep"), errorCodes(deep));
        assertEquals(List.of("yaml-too-deep"), errorCodes(nested));
        assertEquals(List.of("value-too-long"), errorCodes(longLine));
    }

    private static List<String> errorCodes(CheckResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::code).toList();
    }

    @Test
    void aStatusPagesResolvedFlagAndSeverityArePassedOverWithAWarningEach() throws IOException {
        CheckResult result = libraries.check("portal.md", "---\ntitle: Portal down\ndate: 2024-06-04\nresolved: true\n"
                + "resolvedWhen: 2024-06-04 10:51:00\nseverity: down\naffected:\n  - Portal\n---\n\nLogins failed.\n");

        assertEquals(0, result.errorCount(), lines(result).toString());
        assertEquals(List.of("portal.md:4:11: warning: resolved [true] of another tool's front matter is no date and "
                        + "time, so it is inferred from the text; write resolved: YYYY-MM-DDTHH:MM:SSZ to set it "
                        + "(foreign-timestamp)",
                "portal.md:6:11: warning: severity [down] is none of the site's (SEV1, SEV2, SEV3, SEV4), so it is "
                        + "read as another tool's and the severity is inferred; write one of the site's to set it "
                        + "(foreign-severity)"),
                lines(result).stream().filter(l -> l.contains("(foreign-")).toList());
        assertTrue(lines(result).get(0).endsWith("its other fields are that tool's and are passed over: resolvedWhen, "
                + "affected; hindsight migrate writes it as front matter (inferred-metadata)"), lines(result).get(0));
    }

    @Test
    void hindsightsOwnFrontMatterStillHasItsSeverityAndTimesChecked() throws IOException {
        CheckResult result = libraries.check("pm.md", "---\ntitle: Portal down\ndate: 2024-06-04\nauthors: [ann]\n"
                + "status: draft\nservices: [portal]\nsummary: Logins failed.\nseverity: down\nresolved: true\n---\n\n"
                + "## Summary\n\nLogins failed.\n");

        assertEquals(List.of("severity", "resolved"), errorCodes(result));
    }

    @Test
    void aMistypedFieldInAnotherToolsFrontMatterIsStillWarnedOfByName() throws IOException {
        CheckResult result = libraries.check("pm.md", "---\ntitle: Portal down\nlayout: post\ndraft: true\nsevrity: SEV2\n---\n\n"
                + "Logins failed.\n");

        assertEquals(List.of("pm.md:5:1: warning: unknown field [sevrity] is ignored; did you mean severity? "
                + "(unknown-field)"), lines(result).stream().filter(l -> l.contains("unknown-field")).toList());
        assertTrue(lines(result).get(0).contains("passed over: draft;"), lines(result).get(0));
    }
}
