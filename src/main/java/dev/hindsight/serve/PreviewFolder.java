package dev.hindsight.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder the preview is built into, outside the project (so that the watcher never
 * sees its own output) and away from the published site; deleted when the server stops.
 */
public final class PreviewFolder implements AutoCloseable {

    private final Path root;

    private PreviewFolder(Path root) {
        this.root = root;
    }

    public static PreviewFolder create() {
        try {
            return new PreviewFolder(Files.createTempDirectory("hindsight-serve-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create a temporary folder for the preview", e);
        }
    }

    /** The site's folder inside it, made by the first build. */
    public Path site() {
        return root.resolve("site");
    }

    /** Deletes what the builds wrote; links are deleted, never followed. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to delete the preview folder " + root, e);
        }
    }
}
