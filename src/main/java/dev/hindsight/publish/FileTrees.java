package dev.hindsight.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small file-tree helpers for the publisher. */
final class FileTrees {

    private FileTrees() {
    }

    static boolean isEmptyFolder(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** True for a folder that carries Hindsight's marker: one it wrote, and so may replace. */
    static boolean isHindsightFolder(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(SitePublisher.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The path with symbolic links resolved as far as it exists, so that "is inside" compares where
     * folders really are, not how they were named.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
