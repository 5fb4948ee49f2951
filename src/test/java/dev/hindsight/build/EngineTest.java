package dev.hindsight.build;

import dev.hindsight.publish.TreeSnapshot;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class EngineTest {

    @TempDir
    Path dir;

    private static BuildOptions to(Path out) {
        return new BuildOptions(out, Optional.empty(), Optional.empty(), false, Optional.of(LocalDate.parse(ProjectFolder.TODAY)));
    }

    private static Project projectOf(ProjectFolder folder) {
        return new Project(folder.source(), folder.config(), false);
    }

    @Test
    void aSecondBuildLoadsOnlyTheChangedFileAndMatchesACleanBuild() throws Exception {
        ProjectFolder folder = new ProjectFolder(dir)
                .postmortem("a", "related: [b]\n", "## Summary\n\nSee [b](b.md).\n")
                .postmortem("b")
                .postmortem("c");
        Engine engine = new Engine();
        BuildOutcome first = engine.build(projectOf(folder), to(dir.resolve("site")), notice -> { });
        assertEquals(3, first.checked().loadedAgain());

        folder.postmortem("b", "", "## Summary\n\nIt broke again, differently.\n");
        BuildOutcome second = engine.build(projectOf(folder), to(dir.resolve("site")), notice -> { });
        BuildOutcome clean = new Engine().build(projectOf(folder), to(dir.resolve("clean")), notice -> { });

        assertInstanceOf(BuildOutcome.Published.class, second);
        assertEquals(1, second.checked().loadedAgain());
        assertEquals(3, clean.checked().loadedAgain());
        assertEquals(TreeSnapshot.of(dir.resolve("clean")), TreeSnapshot.of(dir.resolve("site")));
    }

    @Test
    void aChangedFileThatBreaksALinkIsReportedInTheFileThatLinks() throws Exception {
        ProjectFolder folder = new ProjectFolder(dir)
                .postmortem("a", "", "## Summary\n\nSee [b](b.md).\n")
                .postmortem("b");
        Engine engine = new Engine();
        engine.check(projectOf(folder));

        folder.write("postmortems/b.md", "---\ntitle: b, whose front matter is never closed, so it is not read\n");
        CheckResult again = engine.check(projectOf(folder));

        assertEquals(1, again.loadedAgain());
        assertEquals(1, again.library().postmortems().size());
        assertEquals("a", again.library().postmortems().get(0).id());
    }

    @Test
    void aChangedConfigLoadsEveryFileAgain() {
        ProjectFolder folder = new ProjectFolder(dir).postmortem("a").postmortem("b");
        Engine engine = new Engine();
        engine.check(projectOf(folder));

        folder.write("site-src/site.yml", "title: Renamed\nrequired_sections: [Summary]\n");

        assertEquals(2, engine.check(projectOf(folder)).loadedAgain());
        assertEquals(0, engine.check(projectOf(folder)).loadedAgain());
    }
}
