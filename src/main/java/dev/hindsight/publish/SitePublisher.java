package dev.hindsight.publish;

import java.nio.charset.StandardCharsets;
import dev.hindsight.render.OutputFile;
import dev.hindsight.diagnostic.DisplayPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a site atomically. The new site is written to a sibling folder and renamed into place
 * only once complete, so readers and a failed build never see half a site: on any failure the
 * half-written folder is removed and the previous site stays as it was. An existing output folder
 * is replaced only if it is empty or carries Hindsight's marker file: a folder someone else wrote
 * is never deleted (see {@link PublishTarget}).
 */
public final class SitePublisher {

    /** Marks a folder as written by Hindsight, and so safe to replace. */
    public static final String MARKER = ".hindsight-site";

    private static final byte[] MARKER_TEXT =
            "This folder was written by Hindsight and is replaced on every build.\n".getBytes(StandardCharsets.UTF_8);

    private final PublishTarget target;

    public SitePublisher(Path out) {
        this(out, Path.of(System.getProperty("user.home")));
    }

    /** @param home the user's home folder, never to be used as an output (a parameter for tests) */
    SitePublisher(Path out, Path home) {
        this.target = PublishTarget.of(out, home);
    }

    /**
     * Refuses an output folder that would destroy what users wrote, before any work is done. The
     * working folder is always protected, as it is usually the project itself.
     */
    public void verifyTarget(List<Path> inputs) throws PublishException {
        List<Path> protectedPaths = new ArrayList<>(inputs);
        protectedPaths.add(Path.of(""));
        target.verify(protectedPaths);
    }

    /**
     * Writes the files as the whole new site.
     *
     * @throws IllegalArgumentException when a file's path could leave the site (nothing is written)
     * @throws UncheckedIOException     when writing fails; the previous site is left untouched
     */
    public void publish(List<OutputFile> files, List<Path> inputs) throws PublishException {
        OutputPaths.requireSafe(files);
        verifyTarget(inputs);
        try {
            Files.createDirectories(target.out().getParent());
            FileTrees.delete(target.staging());
            FileTrees.delete(target.retired());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to prepare publishing to " + DisplayPaths.of(target.out()), e);
        }
        writeStaging(files);
        swap(inputs);
    }

    /** Writes the staging folder completely, or removes it and fails. */
    private void writeStaging(List<OutputFile> files) {
        Path staging = target.staging();
        try {
            Files.createDirectory(staging);
            // The marker comes first, so a staging folder left by a crash is recognisably ours.
            Files.write(staging.resolve(MARKER), MARKER_TEXT, StandardOpenOption.CREATE_NEW);
            for (OutputFile file : files) {
                Files.createDirectories(staging.resolve(file.path()).getParent());
            }
            // Pages are rendered as they are written, in parallel: the site never sits in memory whole.
            files.parallelStream().forEach(file -> write(staging.resolve(file.path()), file));
        } catch (IOException | RuntimeException e) {
            removeQuietly(staging, e);
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                throw new UncheckedIOException("Failed to write the site to " + DisplayPaths.of(staging),
                        e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
            }
            throw (RuntimeException) e;
        }
    }

    private static void write(Path path, OutputFile file) {
        try {
            Files.write(path, file.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps the new site in; if the second rename fails, the old site is put back. */
    private void swap(List<Path> inputs) throws PublishException {
        Path out = target.out();
        try {
            // Checked again: the folder may have changed while the site was rendered and written.
            verifyTarget(inputs);
        } catch (PublishException | RuntimeException e) {
            removeQuietly(target.staging(), e);
            throw e;
        }
        boolean hadOld = Files.exists(out);
        try {
            if (hadOld) {
                move(out, target.retired());
            }
            move(target.staging(), out);
        } catch (IOException e) {
            try {
                if (hadOld && !Files.exists(out) && Files.exists(target.retired())) {
                    move(target.retired(), out);
                }
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            removeQuietly(target.staging(), e);
            throw new UncheckedIOException("Failed to publish the site to " + DisplayPaths.of(out), e);
        }
        // The new site is in place; an old copy that cannot be removed now is removed by the next build.
        removeQuietly(target.retired(), null);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void removeQuietly(Path dir, Exception cause) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
