package dev.hindsight.cli;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code hindsight migrate}: copies with front matter that check reads as the originals were read. */
class MigrateCommandTest {

    private static final Path SHIPPED = Path.of("postmortems");
    private static final Path SHIPPED_CONFIG = Path.of("site-src/site.yml");

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int migrate(Path source, Path config, Path target) {
        return Main.run(new String[]{"migrate", "--source", source.toString(), "--config", config.toString(),
                "--out", target.toString()}, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void keepsTheShippedLibraryTheSameInMeaning() {
        Path copy = root.resolve("copy");

        assertEquals(ExitCode.OK, migrate(SHIPPED, SHIPPED_CONFIG, copy), err.toString());

        assertEquals(model(SHIPPED, SHIPPED_CONFIG), model(copy, SHIPPED_CONFIG));
    }

    @Test
    void writesFrontMatterThatChecksCleanForTheRealCorpus() {
        Path corpus = Path.of("../shared/corpus/real");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        Path copy = root.resolve("copy");
        Path config = Path.of("src/test/resources/realworld/corpus.yml");

        assertEquals(ExitCode.OK, migrate(corpus, config, copy), err.toString());

        CheckResult result = new Engine().check(new Project(copy, root.resolve("none.yml"), true));
        assertEquals(List.of(), errors(result));
        // The one file whose every date is mistyped ("20202-01-16") gets its id's year; the report says so.
        assertTrue(out.toString().contains("PM2020-003 - Postmortem for ADSync migration.md: date [20202-01-16] has a "
                + "five-digit year; it is read as 2020-01-16"));
        assertEquals(0, result.diagnostics().stream().filter(d -> d.code().startsWith("inferred-")).count(),
                "nothing is left to infer");
        assertEquals(18, result.library().postmortems().size(), "every file");
    }

    @Test
    void recoversFrontMatterThatIsNotYamlLineByLine() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        String original = "---\ntitle: Deploy: broken again\ndate: 2020-02-02\n---\n# Deploy broken\n\nIt broke.\n";
        Files.writeString(source.resolve("deploy.md"), original);

        assertEquals(ExitCode.OK, migrate(source, root.resolve("none.yml"), root.resolve("copy")));

        String copy = Files.readString(root.resolve("copy/deploy.md"));
        assertTrue(copy.startsWith("---\ntitle: \"Deploy: broken again\"\ndate: 2020-02-02\n"), copy);
        assertTrue(copy.endsWith("---\n# Deploy broken\n\nIt broke.\n"), "the body is unchanged");
        assertTrue(out.toString().contains("front matter is not valid YAML, so it was read line by line"), out.toString());
        assertEquals(original, Files.readString(source.resolve("deploy.md")), "the original is untouched");
    }

    @Test
    void rewritesHugoTomlFrontMatterAsYamlThatChecksClean() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        String original = """
                +++
                title = "Webhook backlog after a Redis failover"
                date = 2024-10-30T09:00:00Z
                tags = ["redis", "webhooks"]
                draft = false
                +++
                Last Monday, 28 October 2024, webhooks queued for two hours.
                """;
        Files.writeString(source.resolve("webhooks.md"), original);

        assertEquals(ExitCode.OK, migrate(source, root.resolve("none.yml"), root.resolve("copy")), err.toString());

        String copy = Files.readString(root.resolve("copy/webhooks.md"));
        assertTrue(copy.startsWith("---\ntitle: Webhook backlog after a Redis failover\n")
                || copy.startsWith("---\ntitle: \"Webhook backlog after a Redis failover\"\n"), copy);
        assertTrue(copy.contains("tags: [redis, webhooks]"), copy);
        assertTrue(copy.endsWith("---\nLast Monday, 28 October 2024, webhooks queued for two hours.\n"),
                "the body is unchanged: " + copy);
        assertTrue(out.toString().contains("front matter was TOML (between +++ lines)"), out.toString());
        CheckResult result = new Engine().check(new Project(root.resolve("copy"), root.resolve("none.yml"), true));
        assertEquals(List.of(), errors(result));
        assertEquals("Webhook backlog after a Redis failover", result.library().postmortems().get(0).title());
        assertEquals(original, Files.readString(source.resolve("webhooks.md")), "the original is untouched");
    }

    @Test
    void namesTheErrorInTomlFrontMatterItCannotRead() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        Files.writeString(source.resolve("broken.md"), "+++\ntitle = \"never closed\ndate = 2024-10-30\n+++\nBody.\n");

        migrate(source, root.resolve("none.yml"), root.resolve("copy"));

        assertTrue((out.toString() + err).contains("broken.md: not migrated: its front matter has errors that migrate "
                + "cannot mend: invalid TOML in the front matter between \"+++\" lines: Newline not permitted here; mend "
                + "it, or write the front matter in YAML between \"---\" lines; then run migrate again"),
                out.toString() + err);
    }

    @Test
    void namesTheFieldErrorOfTomlFrontMatterInsteadOfSendingTheUserToCheck() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        Files.writeString(source.resolve("late.md"), "+++\ntitle = \"Late\"\ndate = 2024-10-30\n"
                + "authors = [\"jo\"]\nid = \"Not an id!\"\nservices = [\"api\"]\nsummary = \"Late.\"\n+++\nBody.\n");

        migrate(source, root.resolve("none.yml"), root.resolve("copy"));

        String report = out.toString() + err;
        assertTrue(report.contains("late.md: not migrated: its front matter has errors that migrate cannot mend: "),
                report);
        assertFalse(report.contains("run hindsight check"), report);
    }

    @Test
    void refusesToWriteIntoTheSourceFolder() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        Files.writeString(source.resolve("a.md"), "# A\n");

        assertEquals(ExitCode.USAGE, migrate(source, root.resolve("none.yml"), source.resolve("out")));

        assertTrue(err.toString().contains("is inside the source folder"), err.toString());
        assertFalse(Files.exists(source.resolve("out")));
    }

    @Test
    void refusesToOverwriteAndNamesTheFilesInTheWay() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        Files.writeString(source.resolve("a.md"), "# A\n");
        Files.writeString(source.resolve("b.md"), "# B\n");
        Path target = Files.createDirectories(root.resolve("copy"));
        Files.writeString(target.resolve("a.md"), "mine\n");

        assertEquals(ExitCode.USAGE, migrate(source, root.resolve("none.yml"), target));

        assertTrue(err.toString().contains("exist already and are never overwritten: ") && err.toString().contains("a.md"),
                err.toString());
        assertEquals("mine\n", Files.readString(target.resolve("a.md")));
        assertFalse(Files.exists(target.resolve("b.md")), "nothing is written when anything is in the way");
    }

    @Test
    void keepsNoCopyWhenOneCannotBeWritten() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        Files.writeString(source.resolve("a.md"), "# A\n");
        Files.createDirectories(source.resolve("b/c"));
        Files.writeString(source.resolve("b/c/d.md"), "# D\n");
        Path target = Files.createDirectories(root.resolve("copy"));
        // A file where the copy of b/ needs a folder: a.md is written first, then b/c/d.md fails.
        Files.writeString(target.resolve("b"), "mine\n");

        assertEquals(ExitCode.IO_FAILURE, migrate(source, root.resolve("none.yml"), target));

        assertTrue(err.toString().contains("none of the copies were kept"), err.toString());
        try (var left = Files.list(target)) {
            assertEquals(List.of(target.resolve("b")), left.toList(), "only what was there before is left");
        }
        assertEquals("mine\n", Files.readString(target.resolve("b")));
    }

    private static List<Diagnostic> errors(CheckResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** The library's postmortems, without the paths of their files, which differ between the folders. */
    private static List<Postmortem> model(Path source, Path config) {
        return new Engine().check(new Project(source, config, true)).library().postmortems().stream()
                .map(p -> new Postmortem(p.id(), "", "", p.title(), p.date(), p.authors(), p.status(), p.severity(),
                        p.services(), p.team(), p.tags(), p.summary(), p.impact(), p.timestamps(), p.related(),
                        p.actionItems(), p.body()))
                .toList();
    }
}
