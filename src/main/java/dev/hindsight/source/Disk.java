package dev.hindsight.source;

import java.io.IOException;
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
            Files.walkFileTree(root, visitor);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };

    /** Like {@link Files#walkFileTree(Path, FileVisitor)}: an entry that cannot be opened goes to {@code visitFileFailed}. */
    void walk(Path root, FileVisitor<Path> visitor) throws IOException;

    byte[] read(Path file) throws IOException;
}
