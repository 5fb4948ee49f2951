package dev.hindsight.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deletes a folder tree that Hindsight wrote, and nothing beyond it. Symbolic links inside are
 * removed, never followed, and a folder where another file system is mounted (a bind mount of
 * someone's notes, a USB disk) is left in place with all it holds: it is not Hindsight's. The
 * marker file goes last, so a deletion that stops halfway, killed or kept from a mount, leaves a
 * folder that is still recognisably Hindsight's for the next build to delete.
 */
final class TreeDeleter {

    /** Deletions waiting on the disk at once; more than the cores, as they mostly wait. */
    private static final int DELETING_THREADS = 8;

    private final FileSystemOf fileSystems;

    TreeDeleter(FileSystemOf fileSystems) {
        this.fileSystems = fileSystems;
    }

    /** A deleter that knows the mounts as they are now. */
    static TreeDeleter current() throws IOException {
        return new TreeDeleter(MountTable.read());
    }

    /**
     * Files are deleted side by side: each deletion mostly waits for the disk, so several at once take
     * a fraction of the time one after another does (a quarter, for a site of 2,000 files here).
     * Folders go after, innermost first, and the marker with the last of them.
     *
     * @return the mount points left in place, sorted; empty when the whole tree is gone
     */
    List<Path> delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Object home = fileSystems.of(root);
        Path marker = root.resolve(SitePublisher.MARKER);
        List<Path> kept = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
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
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!file.equals(marker)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (kept.stream().noneMatch(k -> k.startsWith(dir))) {
                    folders.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        deleteAll(files);
        for (Path folder : folders) {
            if (folder.equals(root)) {
                Files.deleteIfExists(marker);
            }
            Files.delete(folder);
        }
        return kept.stream().sorted().toList();
    }

    private static void deleteAll(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(DELETING_THREADS, files.size()), task -> {
            Thread thread = new Thread(task, "hindsight-delete");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> deletions = new ArrayList<>(files.size());
            for (Path file : files) {
                deletions.add(pool.submit(() -> {
                    Files.delete(file);
                    return null;
                }));
            }
            // Every deletion is waited for, even after one failed, as StagingWriter waits for its writes.
            Throwable failure = null;
            for (Future<?> deletion : deletions) {
                try {
                    deletion.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                }
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deleting");
        } finally {
            pool.shutdownNow();
        }
    }
}
