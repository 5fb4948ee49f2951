package dev.hindsight.source;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Adoption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files and folders of the source folder that cannot be read are reported among the other problems,
 * and the rest is still read.
 */
class SourceScannerTest {

    private static final long MAX_FILE_SIZE = 1024 * 1024;

    @TempDir
    Path root;
    private Path source;

    @BeforeEach
    void writeLibrary() throws IOException {
        source = Files.createDirectories(root.resolve("postmortems"));
        Files.createDirectories(source.resolve("2019"));
        Files.writeString(source.resolve("readable.md"), "---\ntitle: Readable\n---\n");
        Files.writeString(source.resolve("secret.md"), "---\ntitle: Secret\n---\n");
        Files.writeString(source.resolve("2019/hidden-by-its-folder.md"), "---\ntitle: Hidden\n---\n");
    }

    /**
     * The tests run as root, and no permission bits keep root from reading (chmod 000 does not), nor
     * does any file inside the source folder that root could create. So the disk is replaced by one
     * that refuses what a user without permission would be refused, in the way the JDK does.
     */
    private record Refusing(Set<Path> refused) implements Disk {

        @Override
        public void walk(Path start, FileVisitor<Path> visitor) throws IOException {
            Disk.REAL.walk(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (refused.contains(dir)) {
                        visitor.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return visitor.preVisitDirectory(dir, attrs);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    return visitor.visitFile(file, attrs);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    return visitor.postVisitDirectory(dir, e);
                }
            });
        }

        @Override
        public byte[] read(Path file) throws IOException {
            if (refused.contains(file)) {
                throw new AccessDeniedException(file.toString());
            }
            return Disk.REAL.read(file);
        }
    }

    private Scan scan(Path... refused) {
        return new SourceScanner(MAX_FILE_SIZE, new Refusing(Set.of(refused))).scan(source);
    }

    /** Paths relative to the temp folder, as a user working in it would see them. */
    private List<String> shown(List<Diagnostic> problems) {
        return problems.stream().map(d -> d.format().replace(root.toAbsolutePath().normalize() + "/", "")).toList();
    }

    private static List<String> names(Scan scan) {
        return scan.files().stream().map(SourceFile::libraryPath).toList();
    }

    @Test
    void aLaterScanReusesTheFilesThatAreTheSameOnDiskAndReadsTheOthersAgain() throws IOException {
        Path kept = Files.writeString(source.resolve("kept.md"), "---\ntitle: Kept\n---\n");
        Path edited = Files.writeString(source.resolve("edited.md"), "---\ntitle: Before\n---\n");
        Path touched = Files.writeString(source.resolve("touched.md"), "---\ntitle: Same text\n---\n");
        UnchangedFiles unchanged = new UnchangedFiles();
        List<SourceFile> first = new SourceScanner(MAX_FILE_SIZE, Adoption.DEFAULTS, unchanged).scan(source).files();

        Files.writeString(edited, "---\ntitle: After\n---\n");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(Files.getLastModifiedTime(edited).toMillis() + 2_000));
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 2_000));
        List<SourceFile> second = new SourceScanner(MAX_FILE_SIZE, Adoption.DEFAULTS, unchanged).scan(source).files();

        assertSame(fileNamed(first, kept), fileNamed(second, kept));
        assertNotSame(fileNamed(first, edited), fileNamed(second, edited));
        assertEquals("---\ntitle: After\n---\n", fileNamed(second, edited).text());
        assertNotSame(fileNamed(first, touched), fileNamed(second, touched));
        assertEquals(fileNamed(first, touched), fileNamed(second, touched));
    }

    private static SourceFile fileNamed(List<SourceFile> files, Path path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void reportsAFileItMayNotReadAndReadsTheRest() {
        Scan scan = scan(source.resolve("secret.md"));

        assertEquals(List.of("postmortems/secret.md:1:1: error: file cannot be read (permission denied); let the user "
                + "who runs Hindsight read it, or move it out of the source folder (file-unreadable)"),
                shown(scan.problems()));
        assertEquals(List.of("postmortems/2019/hidden-by-its-folder.md", "postmortems/readable.md"), names(scan));
    }

    @Test
    void reportsAFolderItMayNotListAndReadsTheRest() {
        Scan scan = scan(source.resolve("2019"));

        assertEquals(List.of("postmortems/2019:1:1: error: folder cannot be read (permission denied), so the "
                + "postmortems in it are not checked; let the user who runs Hindsight read it, or move it out of the "
                + "source folder (file-unreadable)"), shown(scan.problems()));
        assertEquals(List.of("postmortems/readable.md", "postmortems/secret.md"), names(scan));
    }

    /** A library linked into a project (a checkout of another repository, say) is read through the link. */
    @Test
    void readsASourceFolderThatIsItselfASymbolicLink() throws IOException {
        Path linked = Files.createSymbolicLink(root.resolve("linked"), source);
        Files.createSymbolicLink(source.resolve("outside.md"), Files.writeString(root.resolve("notes.md"), "x"));

        Scan scan = new SourceScanner(MAX_FILE_SIZE).scan(linked);

        assertEquals(List.of("linked/2019/hidden-by-its-folder.md", "linked/readable.md", "linked/secret.md"),
                names(scan));
        assertEquals(List.of("linked/outside.md:1:1: error: symbolic link leads outside the source folder [notes.md] "
                        + "and is not read; only links within the source "
                        + "folder are followed, so copy the file in instead (symlink)"), shown(scan.problems()));
    }

    /** A real named pipe: reading it would wait for a writer forever, so the scan must not even open it. */
    @Test
    void reportsANamedPipeWithoutReadingIt() throws Exception {
        mkfifo(source.resolve("pipe.md"));
        Files.createSymbolicLink(source.resolve("link-to-pipe.md"), Path.of("pipe.md"));

        Scan scan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scan());

        String notRegular = ":1:1: error: not a regular file but a named pipe, socket or device, and not read; replace "
                + "it with a regular file or remove it (file-not-regular)";
        assertEquals(List.of("postmortems/link-to-pipe.md" + notRegular, "postmortems/pipe.md" + notRegular),
                shown(scan.problems()).stream().sorted().toList());
        assertEquals(3, scan.files().size());
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor());
    }
}
