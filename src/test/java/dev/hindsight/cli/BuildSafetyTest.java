package dev.hindsight.cli;

import dev.hindsight.publish.TreeSnapshot;
import dev.hindsight.testing.Mounts;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** End to end through {@link Main#run}: whatever happens, a build never leaves a broken or half site. */
class BuildSafetyTest {

    /** What a build leaves beside its output: the site, and the file builds lock to take turns. */
    private static final List<String> SITE_AND_LOCK = List.of(".site.hindsight-lock", "site");

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
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(project.out().getParent()));
    }

    @Test
    void refusesAFolderWrittenBySomeoneElseInOneLineAndLeavesItUntouched() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Path foreign = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(foreign.resolve("taxes.pdf"), "important");
        Map<String, String> before = TreeSnapshot.of(foreign);

        ProjectFolder.Run run = project.build(foreign);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: the output folder " + foreign + " is not empty and was not written by Hindsight, "
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
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(project.out().getParent()));
    }

    @Test
    void refusesAnOutputThatContainsTheSource() {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Map<String, String> before = TreeSnapshot.of(temp);

        ProjectFolder.Run run = project.build(temp);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: the output folder " + temp + " contains " + project.source()
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

    /** A project whose postmortems need no sections, so that a build prints only what a test is about. */
    private ProjectFolder quietProject() {
        return new ProjectFolder(temp).write("site-src/site.yml", "required_sections: []\nbase_url: https://example.org/postmortems/\n");
    }

    @Test
    void waitsForAnotherBuildToFinishWritingAndSaysSo() throws Exception {
        ProjectFolder project = quietProject().postmortem("first");
        Files.createDirectories(project.out().getParent());
        StringWriter err = new StringWriter();
        Future<Integer> build;
        try (FileChannel other = FileChannel.open(project.out().resolveSibling(".site.hindsight-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = other.lock()) {
            build = Executors.newSingleThreadExecutor().submit(() -> Main.run(new String[] {"build", "--source",
                    project.source().toString(), "--config", project.config().toString(), "--out",
                    project.out().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
            for (int i = 0; i < 600 && err.toString().isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals("hindsight: waiting for another build to finish writing " + project.out() + " ...\n",
                    err.toString());
            assertFalse(Files.exists(project.out()));
        }

        assertEquals(ExitCode.OK, build.get(60, TimeUnit.SECONDS), err.toString());
        assertTrue(Files.isRegularFile(project.out().resolve("postmortems/first/index.html")));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(project.out().getParent()));
    }

    @Test
    void twoBuildsAtOnceToOneOutputBothPublishTheWholeSite() throws Exception {
        ProjectFolder project = quietProject();
        for (int i = 0; i < 100; i++) {
            project.postmortem("incident-" + i);
        }
        assertEquals(0, project.build(temp.resolve("alone")).exitCode());
        Map<String, String> expected = TreeSnapshot.of(temp.resolve("alone"));
        ExecutorService pool = Executors.newFixedThreadPool(2);

        for (int round = 0; round < 2; round++) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<ProjectFolder.Run> build = () -> {
                start.await();
                return project.build();
            };
            Future<ProjectFolder.Run> first = pool.submit(build);
            Future<ProjectFolder.Run> second = pool.submit(build);
            start.countDown();

            for (ProjectFolder.Run run : List.of(first.get(120, TimeUnit.SECONDS), second.get(120, TimeUnit.SECONDS))) {
                assertEquals(ExitCode.OK, run.exitCode(), run.err());
                assertTrue(run.err().isEmpty() || run.err().startsWith("hindsight: waiting for another build"),
                        run.err());
            }
            assertEquals(expected, TreeSnapshot.of(project.out()));
            assertEquals(SITE_AND_LOCK, TreeSnapshot.names(project.out().getParent()));
        }
        pool.shutdown();
    }

    @Test
    void neverDeletesAFolderMountedInsideTheOldSite() throws Exception {
        ProjectFolder project = quietProject().postmortem("first");
        assertEquals(0, project.build().exitCode());
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("plans.txt"), "years of work");
        // A space, which the kernel's table of mounts writes as \040.
        Path mountPoint = Files.createDirectories(project.out().resolve("my notes"));
        assumeTrue(Mounts.bind(notes, mountPoint), "cannot bind-mount here");
        Path retired = project.out().resolveSibling(".site.hindsight-old");
        String mounted = "another file system is mounted inside it at " + retired.resolve("my notes")
                + ", and Hindsight never deletes what is not its own";
        try {
            ProjectFolder.Run run = project.build();

            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals("hindsight: left the old copy of the site " + retired + " in place: " + mounted
                    + "; unmount it and delete the folder, or the next build stops there\n", run.err());
            assertEquals("years of work", Files.readString(notes.resolve("plans.txt")));

            ProjectFolder.Run next = project.build();

            assertEquals(ExitCode.USAGE, next.exitCode(), next.err());
            assertEquals("hindsight: the folder " + retired + " is in the way of publishing: " + mounted
                    + "; unmount it, delete the folder and build again\n", next.err());
            assertEquals("years of work", Files.readString(notes.resolve("plans.txt")));
        } finally {
            Mounts.unmount(retired.resolve("my notes"));
            Mounts.unmount(mountPoint);
        }
    }

    @Test
    void leavesNothingBehindWhenTheDiskIsFullAndBuildsOnceThereIsRoom() throws Exception {
        ProjectFolder project = quietProject();
        String longBody = "## Summary\n\n" + "A long account of what happened. ".repeat(3000) + "\n";
        for (int i = 0; i < 30; i++) {
            project.postmortem("incident-" + i, "", longBody);
        }
        Path small = Files.createDirectories(temp.resolve("small"));
        assumeTrue(Mounts.tmpfs(small, "2m"), "cannot mount a tmpfs here");
        try {
            Path out = small.resolve("site");
            for (int attempt = 0; attempt < 3; attempt++) {
                ProjectFolder.Run run = project.build(out);

                assertEquals(ExitCode.IO_FAILURE, run.exitCode(), run.err());
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().startsWith("hindsight: Failed to write the site to "
                        + small.resolve(".site.hindsight-new") + ": "), run.err());
                assertTrue(run.err().contains("No space left on device"), run.err());
                assertEquals(List.of(".site.hindsight-lock"), TreeSnapshot.names(small));
            }

            for (int i = 3; i < 30; i++) {
                Files.delete(project.source().resolve("incident-" + i + ".md"));
            }
            ProjectFolder.Run run = project.build(out);

            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals(SITE_AND_LOCK, TreeSnapshot.names(small));
        } finally {
            Mounts.unmount(small);
        }
    }

    @Test
    void namesTheWorkingFolderWhenTheOutputIsIt() throws Exception {
        Path config = Files.writeString(temp.resolve("site.yml"), "title: Test\n");

        ProjectFolder.Run run = ProjectFolder.run("build", "--source", "src", "--config", config.toString(), "--out", ".");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: the output folder . contains src, which would be deleted on publishing; "
                + "choose another --out\n", run.err());
    }

    @Test
    void saysThatAnOutputLinkLeadsNowhere() throws Exception {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        Path link = Files.createSymbolicLink(temp.resolve("published"), temp.resolve("gone/site"));

        ProjectFolder.Run run = project.build(link);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("hindsight: the output " + link + " is a symbolic link to " + temp.resolve("gone/site")
                + ", which does not exist; create that folder, remove the link, or choose another --out\n", run.err());
        assertEquals(List.of("postmortems", "published", "site-src"), TreeSnapshot.names(temp));
    }
}
