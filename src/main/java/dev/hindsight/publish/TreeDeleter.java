package dev.hindsight.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a folder tree that Hindsight wrote, and nothing beyond it. Symbolic links inside are
 * removed, never followed, and a folder where another file system is mounted (a bind mount of
 * someone's notes, a USB disk) is left in place with all it holds: it is not Hindsight's. The
 * marker file goes last, so a deletion that stops halfway, killed or kept from a mount, leaves a
 * folder that is still recognisably Hindsight's for the next build to delete.
 */
final class TreeDeleter {

    private final FileSystemOf fileSystems;

    TreeDeleter(FileSystemOf fileSystems) {
        this.fileSystems = fileSystems;
    }

    /** A deleter that knows the mounts as they are now. */
    static TreeDeleter current() throws IOException {
        return new TreeDeleter(MountTable.read());
    }

    /**
     * @return the mount points left in place, sorted; empty when the whole tree is gone
     */
    List<Path> delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Object home = fileSystems.of(root);
        Path marker = root.resolve(SitePublisher.MARKER);
        List<Path> kept = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && !fileSystems.of(dir).equals(home)) {
                    kept.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (kept.stream().noneMatch(k -> k.startsWith(dir))) {
                    if (dir.equals(root)) {
                        Files.deleteIfExists(marker);
                    }
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return kept.stream().sorted().toList();
    }
}
