package dev.hindsight.publish;

import dev.hindsight.render.OutputFile;
import dev.hindsight.render.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    /** What a publish leaves beside the output: the site, and the file builds lock to take turns. */
    static final List<String> SITE_AND_LOCK = List.of(".site.hindsight-lock", "site");

    @TempDir
    Path temp;

    private final List<String> notices = new ArrayList<>();
    private TreeDeleter deleter;

    private Path source;
    private Path config;
    private Path out;
    private Path home;

    @BeforeEach
    void project() throws IOException {
        source = Files.createDirectories(temp.resolve("project/postmortems"));
        config = temp.resolve("project/site-src/site.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "title: Test\n");
        out = temp.resolve("project/target/site");
        home = Files.createDirectories(temp.resolve("home/someone"));
        deleter = TreeDeleter.current();
    }

    @Test
    void writesTheSiteIntoAFolderThatDoesNotExistYet() throws Exception {
        publish(file("index.html", "home"), file("postmortems/a/index.html", "a"));

        assertEquals("home", read(out.resolve("index.html")));
        assertEquals("a", read(out.resolve("postmortems/a/index.html")));
        assertTrue(Files.isRegularFile(out.resolve(SitePublisher.MARKER)));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
    }

    @Test
    void writesTheSiteIntoAnEmptyFolder() throws Exception {
        Files.createDirectories(out);

        publish(file("index.html", "home"));

        assertEquals("home", read(out.resolve("index.html")));
    }

    @Test
    void replacesThePreviousSiteAsAWhole() throws Exception {
        publish(file("index.html", "old"), file("postmortems/removed/index.html", "stale"));

        publish(file("index.html", "new"));

        assertEquals("new", read(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("postmortems/removed")));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWasNotWrittenByHindsight() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        Map<String, String> before = TreeSnapshot.of(out);

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().contains("is not empty and was not written by Hindsight"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(before, TreeSnapshot.of(out));
        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
    }

    @Test
    void refusesAnOutputThatContainsTheSource() {
        out = temp.resolve("project");

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().contains("contains"), e.getMessage());
        assertTrue(Files.isDirectory(source));
    }

    @Test
    void refusesAnOutputThatIsTheSource() {
        out = source;

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().endsWith("is " + source.toAbsolutePath() + ", which would be deleted on publishing; "
                + "choose another --out"), e.getMessage());
    }

    @Test
    void refusesAnOutputThatContainsTheConfig() {
        out = config.getParent();

        assertThrows(PublishException.class, () -> publish(file("index.html", "x")));
        assertTrue(Files.isRegularFile(config));
    }

    @Test
    void refusesAnOutputThatLinksToAFolderHoldingTheSource() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("alias"), temp.resolve("project"));
        out = link;

        assertThrows(PublishException.class, () -> publish(file("index.html", "x")));
        assertTrue(Files.isDirectory(source));
    }

    @Test
    void refusesTheRootOfTheFileSystem() {
        out = temp.getRoot();

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().contains("root of the file system"), e.getMessage());
    }

    @Test
    void refusesTheHomeFolderAndAnyFolderHoldingIt() {
        out = home;
        assertTrue(assertThrows(PublishException.class, () -> publish(file("index.html", "x")))
                .getMessage().contains("is your home folder"));

        out = home.getParent();
        assertTrue(assertThrows(PublishException.class, () -> publish(file("index.html", "x")))
                .getMessage().contains("contains your home folder"));
    }

    @Test
    void refusesAFileAsTheOutput() throws Exception {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "a file");

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("a file", read(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../escaped.html", "a/../../escaped.html", "a//b.html", "a/./b.html",
            "dir/", "nul\u0000.html", "CON", "postmortems/con.html", "lpt1/index.html", "a\\..\\b.html", "C:/x.html",
            "trailing./index.html", ".hindsight-site", "tab\there.html"})
    void refusesOutputPathsThatCouldLeaveTheSiteAndChangesNothing(String path) throws Exception {
        publish(file("index.html", "old"));
        Map<String, String> before = TreeSnapshot.of(out);

        assertThrows(IllegalArgumentException.class, () -> publish(file("index.html", "new"), file(path, "evil")));

        assertEquals(before, TreeSnapshot.of(out));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
        assertFalse(Files.exists(temp.resolve("escaped.html")));
        assertFalse(Files.exists(out.getParent().resolve("escaped.html")));
    }

    @Test
    void refusesTwoFilesWithTheSamePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> publish(file("tags/a/index.html", "1"), file("tags/A/index.html", "2")));

        assertTrue(e.getMessage().contains("same path"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void leavesThePreviousSiteUntouchedAndNoStagingFolderWhenAWriteFailsHalfway() throws Exception {
        publish(file("index.html", "old"), file("about/index.html", "old about"));
        Map<String, String> before = TreeSnapshot.of(out);

        // "a" is written as a file, then "a/b.html" needs "a" to be a folder: a real I/O failure mid-write.
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> publish(file("a", "file"), file("a/b.html", "x"), file("index.html", "new")));

        assertTrue(e.getMessage().startsWith("Failed to write the site to "), e.getMessage());
        assertEquals(before, TreeSnapshot.of(out));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
    }

    @Test
    void removesAStagingFolderLeftByACrashedBuild() throws Exception {
        Path leftover = Files.createDirectories(out.getParent().resolve(".site.hindsight-new/half"));
        Files.writeString(leftover.getParent().resolve(SitePublisher.MARKER), "");

        publish(file("index.html", "new"));

        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
    }

    @Test
    void refusesToDeleteAForeignFolderWhereItWouldStage() throws Exception {
        Path foreign = Files.createDirectories(out.getParent().resolve(".site.hindsight-new"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "x")));

        assertTrue(e.getMessage().contains("is in the way of publishing"), e.getMessage());
        assertEquals("mine", read(foreign.resolve("notes.txt")));
    }

    @Test
    void removesLinksInTheOldSiteWithoutFollowingThem() throws Exception {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("data.txt"), "keep");
        publish(file("index.html", "old"));
        Files.createSymbolicLink(out.resolve("link"), precious);

        publish(file("index.html", "new"));

        assertEquals("keep", read(precious.resolve("data.txt")));
        assertFalse(Files.exists(out.resolve("link")));
    }

    @Test
    void removesAFailedStagingFolderOnlyOnceEveryWriteHasStopped() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean wroteAfterwards = new AtomicBoolean();
        List<OutputFile> files = new ArrayList<>();
        files.add(new OutputFile("full.html", () -> {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }));
        for (int i = 0; i < 40; i++) {
            files.add(new OutputFile("page-" + i + ".html", () -> {
                pause(20);
                wroteAfterwards.compareAndSet(false, failed.get());
                return new byte[] {'x'};
            }));
        }

        assertThrows(UncheckedIOException.class, () -> publish(files));
        failed.set(true);
        pause(1500);

        assertFalse(wroteAfterwards.get(), "a page was still written after publishing had failed");
        assertEquals(List.of(".site.hindsight-lock"), TreeSnapshot.names(out.getParent()));
    }

    @Test
    void leavesAFileSystemMountedInsideTheOldSiteAndSaysSo() throws Exception {
        publish(file("index.html", "old"));
        Path mounted = Files.createDirectories(out.resolve("mnt"));
        Files.writeString(mounted.resolve("notes.txt"), "someone's notes");
        deleter = new TreeDeleter(dir -> dir.getFileName().toString().equals("mnt") ? "usb disk" : "main disk");

        publish(file("index.html", "new"));

        Path retired = out.resolveSibling(".site.hindsight-old");
        assertEquals("new", read(out.resolve("index.html")));
        assertEquals("someone's notes", read(retired.resolve("mnt/notes.txt")));
        assertEquals(List.of("left the old copy of the site " + retired + " in place: another file system is mounted "
                + "inside it at " + retired.resolve("mnt") + ", and Hindsight never deletes what is not its own; "
                + "unmount it and delete the folder, or the next build stops there"), notices);
    }

    @Test
    void refusesToPublishWhileAFileSystemIsMountedInTheOldCopyAndKeepsIt() throws Exception {
        publish(file("index.html", "old"));
        Files.writeString(Files.createDirectories(out.resolve("mnt")).resolve("notes.txt"), "someone's notes");
        deleter = new TreeDeleter(dir -> dir.getFileName().toString().equals("mnt") ? "usb disk" : "main disk");
        publish(file("index.html", "new"));
        Path retired = out.resolveSibling(".site.hindsight-old");

        PublishException e = assertThrows(PublishException.class, () -> publish(file("index.html", "newer")));

        assertEquals("the folder " + retired + " is in the way of publishing: another file system is mounted inside "
                + "it at " + retired.resolve("mnt") + ", and Hindsight never deletes what is not its own; unmount it, "
                + "delete the folder and build again", e.getMessage());
        assertEquals("someone's notes", read(retired.resolve("mnt/notes.txt")));
        assertEquals("new", read(out.resolve("index.html")));
    }

    @Test
    void removesLinksToFoldersInTheOldSiteWithoutEnteringThem() throws Exception {
        Path precious = Files.createDirectories(temp.resolve("precious/deep"));
        Files.writeString(precious.resolve("data.txt"), "keep");
        publish(file("index.html", "old"), file("postmortems/a/index.html", "a"));
        Files.createSymbolicLink(out.resolve("postmortems/a/mnt"), precious.getParent());

        publish(file("index.html", "new"));

        assertEquals("keep", read(precious.resolve("data.txt")));
        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
        assertEquals(List.of(), notices);
    }

    @Test
    void saysInOneLineThatTheOldCopyCouldNotBeDeletedAndDeletesItNextTime() throws Exception {
        publish(file("index.html", "old"), file("stuck/index.html", "stuck"));
        TreeDeleter real = deleter;
        deleter = new TreeDeleter(dir -> {
            if (dir.getFileName().toString().equals("stuck")) {
                throw new AccessDeniedException(dir.toString());
            }
            return "main disk";
        });

        publish(file("index.html", "new"));

        Path retired = out.resolveSibling(".site.hindsight-old");
        assertEquals(List.of("could not delete the old copy of the site " + retired + " (AccessDeniedException: "
                + retired.resolve("stuck") + "); the next build deletes it"), notices);
        assertEquals(List.of(".site.hindsight-lock", ".site.hindsight-old", "site"), TreeSnapshot.names(out.getParent()));

        deleter = real;
        publish(file("index.html", "newer"));

        assertEquals(SITE_AND_LOCK, TreeSnapshot.names(out.getParent()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void publish(OutputFile... files) throws PublishException {
        publish(List.of(files));
    }

    private void publish(List<OutputFile> files) throws PublishException {
        new SitePublisher(out, home, () -> deleter).publish(SiteFiles.of(files), List.of(source, config), notices::add);
    }

    private static OutputFile file(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
