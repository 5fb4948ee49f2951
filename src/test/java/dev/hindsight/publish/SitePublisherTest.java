package dev.hindsight.publish;

import dev.hindsight.render.OutputFile;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    @TempDir
    Path temp;

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
    }

    @Test
    void writesTheSiteIntoAFolderThatDoesNotExistYet() throws Exception {
        publish(file("index.html", "home"), file("postmortems/a/index.html", "a"));

        assertEquals("home", read(out.resolve("index.html")));
        assertEquals("a", read(out.resolve("postmortems/a/index.html")));
        assertTrue(Files.isRegularFile(out.resolve(SitePublisher.MARKER)));
        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
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
        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
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
        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
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
        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
    }

    @Test
    void removesAStagingFolderLeftByACrashedBuild() throws Exception {
        Path leftover = Files.createDirectories(out.getParent().resolve(".site.hindsight-new/half"));
        Files.writeString(leftover.getParent().resolve(SitePublisher.MARKER), "");

        publish(file("index.html", "new"));

        assertEquals(List.of("site"), TreeSnapshot.names(out.getParent()));
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

    private void publish(OutputFile... files) throws PublishException {
        new SitePublisher(out, home).publish(List.of(files), List.of(source, config));
    }

    private static OutputFile file(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
