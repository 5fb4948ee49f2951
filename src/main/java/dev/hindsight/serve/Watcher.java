package dev.hindsight.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Watches folders, and the folders inside them as they appear, and calls back once a burst of changes
 * is over: an editor's save is often several events (a temporary file, a rename, a write), and one
 * build should follow it, not three.
 */
final class Watcher implements AutoCloseable {

    /** Quiet time that ends a burst; short, as it adds to every rebuild's latency. */
    static final long DEBOUNCE_MILLIS = 40;

    private final WatchService service;
    private final Thread thread;

    /**
     * @param trees    watched with every folder inside them; ones that do not exist are skipped
     * @param folders watched without the folders inside them
     * @param changed  called on the watcher's thread with when the first change of a burst was seen
     *                 ({@link System#nanoTime()})
     */
    Watcher(List<Path> trees, List<Path> folders, LongConsumer changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path tree : trees) {
            // A source folder that is a symbolic link is watched where it leads, as the scan reads it.
            registerTree(Files.isSymbolicLink(tree) && Files.isDirectory(tree) ? tree.toRealPath() : tree);
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                register(folder);
            }
        }
        this.thread = new Thread(() -> watch(changed), "hindsight-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(LongConsumer changed) {
        try {
            while (true) {
                WatchKey first = service.take();
                long seen = System.nanoTime();
                handle(first);
                WatchKey next;
                while ((next = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                changed.accept(seen);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    /** A folder that appeared is watched too, with what is already in it (a folder moved in whole). */
    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerQuietly(created);
                }
            }
        }
        key.reset();
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // Gone again already, or unreadable: the build that follows reports what it cannot read.
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path folder) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
