package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import dev.hindsight.publish.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end through {@link Main#run}: whatever happens, a build never leaves a broken or half site. */
class BuildSafetyTest {

    @TempDir
    Path temp;

    @Test
    void leavesThePreviousSiteUntouchedWhenABuildFails() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first").postmortem("second");
        assertEquals(0, project.build().exitCode());
        Map<String, String> before = TreeSnapshot.of(project.out());

        project.postmortem("second", "severity: SEV9\n", "## Summary\n");
        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown severity [SEV9]"), run.err());
        assertTrue(run.err().contains("Nothing was published"), run.err());
        assertEquals(before, TreeSnapshot.of(project.out()));
        assertEquals(List.of("site"), TreeSnapshot.names(project.out().getParent()));
    }

    @Test
    void refusesAFolderWrittenBySomeoneElseInOneLineAndLeavesItUntouched() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Path foreign = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(foreign.resolve("taxes.pdf"), "important");
        Map<String, String> before = TreeSnapshot.of(foreign);

        ProjectFolder.Run run = project.build(foreign);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: The output folder " + foreign + " is not empty and was not written by Hindsight, "
                + "so it will not be replaced; empty it or choose another --out\n", run.err());
        assertEquals(before, TreeSnapshot.of(foreign));
    }

    @Test
    void buildsIntoAnEmptyFolder() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Path empty = Files.createDirectories(temp.resolve("empty"));

        ProjectFolder.Run run = project.build(empty);

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(empty.resolve("postmortems/first/index.html")));
    }

    @Test
    void removesThePageOfARemovedPostmortemOnTheNextBuild() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first").postmortem("gone");
        assertEquals(0, project.build().exitCode());
        assertTrue(Files.isRegularFile(project.out().resolve("postmortems/gone/index.html")));

        Files.delete(project.source().resolve("gone.md"));
        ProjectFolder.Run run = project.build();

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(Files.exists(project.out().resolve("postmortems/gone")));
        assertTrue(Files.isRegularFile(project.out().resolve("postmortems/first/index.html")));
        assertEquals(List.of("site"), TreeSnapshot.names(project.out().getParent()));
    }

    @Test
    void refusesAnOutputThatContainsTheSource() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Map<String, String> before = TreeSnapshot.of(temp);

        ProjectFolder.Run run = project.build(temp);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: The output folder " + temp + " contains " + project.source()
                + ", which would be deleted on publishing; choose another --out\n", run.err());
        assertEquals(before, TreeSnapshot.of(temp));
    }

    @Test
    void refusesTheWorkingFolderAsOutput() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");

        ProjectFolder.Run run = project.build(Path.of("").toAbsolutePath());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("would be deleted on publishing"), run.err());
    }

    @Test
    void givesByteIdenticalSitesForTheSameInputAndDay() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first")
                .postmortem("second", "tags: [dns, network]\nseverity: SEV2\naction_items:\n"
                        + "  - {title: Fix it, owner: ops, status: open, due: 2026-04-01}\n", "## Summary\n\nText.\n");
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");

        assertEquals(0, project.build(one).exitCode());
        assertEquals(0, project.build(two).exitCode());

        Map<String, String> first = TreeSnapshot.of(one);
        assertTrue(first.size() > 20, first.toString());
        assertEquals(first, TreeSnapshot.of(two));
    }
}
