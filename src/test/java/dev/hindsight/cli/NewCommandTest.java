package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new} run through the command line on a project in a temp folder, with the shipped template. */
class NewCommandTest {

    @TempDir
    Path temp;

    private ProjectFolder project;

    @BeforeEach
    void copyTheShippedTemplate() throws IOException {
        project = new ProjectFolder(temp).write("site-src/site.yml", "timezone: Europe/Berlin\n")
                .write("site-src/postmortem-template.md", Files.readString(Path.of("site-src/postmortem-template.md")));
    }

    private ProjectFolder.Run startPostmortem(String title, String... options) {
        List<String> args = new ArrayList<>(List.of("new", title, "--source", project.source().toString(),
                "--config", project.config().toString()));
        args.addAll(List.of(options));
        return ProjectFolder.run(args.toArray(String[]::new));
    }

    private String written(String relativePath) throws IOException {
        return Files.readString(project.source().resolve(relativePath));
    }

    @Test
    void writesADraftFromTheTemplateAndPrintsItsPath() throws IOException {
        ProjectFolder.Run run = startPostmortem("Deployer API: outage (prod)!", "--date", "2016-09-05",
                "--service", "deployer-api", "--service", "ecs", "--severity", "sev2", "--author", "Jane Doe");

        String path = project.source().resolve("2016/2016-09-05-deployer-api-outage-prod.md").toString();
        assertEquals(new ProjectFolder.Run(ExitCode.OK, path + "\n", ""), run);
        String text = written("2016/2016-09-05-deployer-api-outage-prod.md");
        assertTrue(text.contains("\ntitle: \"Deployer API: outage (prod)!\"   # required"), text);
        assertTrue(text.contains("\ndate: 2016-09-05    "), text);
        assertTrue(text.contains("\nauthors: [\"Jane Doe\"]    "), text);
        assertTrue(text.contains("\nstatus: draft    "), text);
        assertTrue(text.contains("\nseverity: SEV2    "), text);
        assertTrue(text.contains("\nservices: [deployer-api, ecs]    "), text);
        assertTrue(text.contains("\n| Time (Europe/Berlin) | Event |\n| --- | --- |\n| 2016-09-05 00:00 |"), text);
    }

    @Test
    void writesEverySreSectionWithAHint() throws IOException {
        startPostmortem("Outage", "--date", "2026-01-02", "--author", "a", "--service", "s");

        List<String> headings = written("2026/2026-01-02-outage.md").lines().filter(l -> l.startsWith("#"))
                .filter(l -> l.startsWith("## ") || l.startsWith("### ")).toList();
        assertEquals(List.of("## Summary", "## Impact", "## Root Causes", "## Trigger", "## Resolution", "## Detection",
                "## Action Items", "## Lessons Learned", "### What went well", "### What went wrong",
                "### Where we got lucky", "## Timeline", "## Supporting Information"), headings);
    }

    @Test
    void writesAPostmortemThatChecksCleanWithDrafts() {
        startPostmortem("Outage", "--date", "2026-01-02", "--author", "a", "--service", "s");

        ProjectFolder.Run check = project.check("--drafts", "--strict");

        assertEquals(new ProjectFolder.Run(ExitCode.OK, "0 errors, 0 warnings in 1 postmortem\n", ""), check);
    }

    @Test
    void commentsOutTheSeverityWhenNoneIsGiven() throws IOException {
        startPostmortem("Outage", "--date", "2026-01-02", "--author", "a");

        String text = written("2026/2026-01-02-outage.md");
        assertTrue(text.contains("\n# severity:      "), text);
        assertTrue(text.contains("\nservices: [service-name]    "), text);
    }

    @Test
    void refusesToOverwriteAndNamesTheFile() throws IOException {
        project.postmortem("2026/2026-01-02-outage.md", "mine\n");

        ProjectFolder.Run run = startPostmortem("Outage!", "--date", "2026-01-02", "--author", "a");

        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: "
                + project.source().resolve("2026/2026-01-02-outage.md") + " exists already, and is left as it is; "
                + "edit it, or pass another title or --date\n"), run);
        assertEquals("mine\n", written("2026/2026-01-02-outage.md"));
    }

    @Test
    void refusesASeverityTheSiteDoesNotHave() {
        ProjectFolder.Run run = startPostmortem("Outage", "--severity", "SEV9");

        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: unknown --severity 'SEV9'; expected one "
                + "of SEV1, SEV2, SEV3, SEV4 (see \"hindsight new --help\")\n"), run);
    }

    @Test
    void refusesAnEmptyTitle() {
        ProjectFolder.Run run = startPostmortem("  ");

        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: the title is empty; say what broke in a "
                + "few words, such as \"Deployer API outage\" (see \"hindsight new --help\")\n"), run);
    }

    @Test
    void reportsAnUnknownPlaceholderInTheTemplateWithItsPlace() throws IOException {
        project.write("site-src/postmortem-template.md", "---\ntitle: {{title}}\nteam: {{team}}\n---\n");

        ProjectFolder.Run run = startPostmortem("Outage", "--author", "a");

        assertEquals(new ProjectFolder.Run(ExitCode.CONTENT_ERRORS, "", temp.resolve("site-src/postmortem-template.md")
                + ":3:7: error: unknown placeholder [team]; expected one of title, date, authors, services, severity, "
                + "timezone, written as {{name}} or {{name | default}} (template-placeholder)\n"
                + "Nothing was written; fix the problems above and run new again.\n"), run);
        try (var written = Files.list(project.source())) {
            assertEquals(0, written.count());
        }
    }

    @Test
    void saysWhereTheMissingTemplateShouldBe() throws IOException {
        Files.delete(temp.resolve("site-src/postmortem-template.md"));

        ProjectFolder.Run run = startPostmortem("Outage");

        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: there is no template "
                + temp.resolve("site-src/postmortem-template.md") + " to start from; restore it, or pass the site "
                + "config it sits beside with --config FILE (see \"hindsight new --help\")\n"), run);
    }
}
