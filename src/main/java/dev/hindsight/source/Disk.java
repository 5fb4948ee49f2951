package dev.hindsight.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the scanner lists folders and reads files. It is an interface so that tests can refuse access
 * to a file or folder: they run as root, whom no permission bits refuse.
 */
interface Disk {

    Disk REAL = new Disk() {
        @Override
        public void walk(Path root, FileVisitor<Path> visitor) throws IOException {
            if (!Files.isSymbolicLink(root)) {
                Files.walkFileTree(root, visitor);
                return;
            }
            // A source folder that is itself a link (a library checked out elsewhere and linked in) is
            // listed through it; the walk would otherwise see one link and nothing in it. Links inside
            // are still never followed, so they are judged as in any folder.
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    Files.walkFileTree(entry, visitor);
                }
            }
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };

    /**
     * Like {@link Files#walkFileTree(Path, FileVisitor)}: an entry that cannot be opened goes to
     * {@code visitFileFailed}. A root that is a symbolic link is listed through the link.
     */
    void walk(Path root, FileVisitor<Path> visitor) throws IOException;

    byte[] read(Path file) throws IOException;
}
