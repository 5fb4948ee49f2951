package dev.hindsight.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file beside the output folder, held while a build clears, writes and swaps,
 * so that two builds to one output (an editor's save hook and a terminal) take turns instead of
 * deleting each other's files. The operating system releases it when the process ends, however it
 * ends, so a killed build never blocks the next one. The file itself stays: deleting it would let a
 * waiting build and a new one lock two different files.
 */
final class OutputLock implements AutoCloseable {

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock, waiting for as long as another build holds it.
     *
     * @param onWait runs once, before waiting, when the lock is taken
     */
    static OutputLock acquire(Path file, Runnable onWait) throws IOException {
        // Not through a link: one planted there would have the build create or lock a file elsewhere.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            if (tryLock(channel) == null) {
                onWait.run();
                // Polled, not FileChannel.lock(): within one process a held lock makes lock() throw, not wait.
                while (tryLock(channel) == null) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
            return new OutputLock(channel);
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the lock " + file);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the lock, or null while another build, in this process or another, holds it */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Releases the lock by closing the file. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to do: the lock is released when the process ends, and the site is already published.
        }
    }
}
