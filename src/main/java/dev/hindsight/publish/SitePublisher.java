package dev.hindsight.publish;

import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.render.SiteFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Publishes a site atomically. The new site is written to a sibling folder and renamed into place
 * only once complete, so readers and a failed build never see half a site: on any failure the
 * half-written folder is removed and the previous site stays as it was. An existing output folder
 * is replaced only if it is empty or carries Hindsight's marker file: a folder someone else wrote
 * is never deleted (see {@link PublishTarget}), and nor is anything mounted inside an old site (see
 * {@link TreeDeleter}). Builds to one output take turns (see {@link OutputLock}).
 */
public final class SitePublisher {

    /** Marks a folder as written by Hindsight, and so safe to replace. */
    public static final String MARKER = ".hindsight-site";

    private final PublishTarget target;
    private final Deleters deleters;

    public SitePublisher(Path out) {
        this(out, Path.of(System.getProperty("user.home")), TreeDeleter::current);
    }

    /**
     * @param home     the user's home folder, never to be used as an output (a parameter for tests)
     * @param deleters how folders are deleted (a parameter for tests, which cannot always mount a file system)
     */
    SitePublisher(Path out, Path home, Deleters deleters) {
        this.target = PublishTarget.of(out, home);
        this.deleters = deleters;
    }

    /**
     * Refuses an output folder that would destroy what users wrote, before any work is done. The
     * working folder is always protected, as it is usually the project itself.
     */
    public void verifyTarget(List<Path> inputs) throws PublishException {
        target.verify(protectedPaths(inputs), false);
    }

    /**
     * As {@link #verifyTarget}, and the staging and retired folders beside the output too: only with
     * the lock held, as another build that holds it creates, fills and deletes them, and a look
     * from outside may catch one half made or half deleted.
     */
    private void verifyHeld(List<Path> inputs) throws PublishException {
        target.verify(protectedPaths(inputs), true);
    }

    private static List<Path> protectedPaths(List<Path> inputs) {
        List<Path> protectedPaths = new ArrayList<>(inputs);
        protectedPaths.add(Path.of(""));
        return protectedPaths;
    }

    /**
     * Writes the files as the whole new site.
     *
     * @param notices gets each line the user should read though the site was published, or while
     *                waiting for another build, such as an old copy that could not be deleted
     * @return how many files were written
     * @throws IllegalArgumentException when a file's path could leave the site (nothing is published)
     * @throws UncheckedIOException     when writing fails; the previous site is left untouched
     */
    public int publish(SiteFiles files, List<Path> inputs, Consumer<String> notices) throws PublishException {
        verifyTarget(inputs);
        try (OutputLock lock = lock(notices)) {
            // Checked again with the lock held: a build that was waited for may have changed these folders.
            verifyHeld(inputs);
            clearLeftovers();
            int written = StagingWriter.write(target.staging(), files, deleters);
            swap(inputs);
            removeRetired(notices);
            return written;
        }
    }

    private OutputLock lock(Consumer<String> notices) {
        try {
            Files.createDirectories(target.out().getParent());
            return OutputLock.acquire(target.lock(), () -> notices.accept("waiting for another build to finish "
                    + "writing " + DisplayPaths.of(target.out()) + " ..."));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to prepare publishing to " + DisplayPaths.of(target.out()), e);
        }
    }

    /**
     * Deletes the staging and retired folders left by an earlier build, which must not keep anything.
     * One deleter serves both: they are deleted back to back under the lock, so the mount table is read once.
     */
    private void clearLeftovers() throws PublishException {
        try {
            TreeDeleter deleter = deleters.current();
            for (Path leftover : List.of(target.staging(), target.retired())) {
                List<Path> kept = deleter.delete(leftover);
                if (!kept.isEmpty()) {
                    throw new PublishException("the folder " + DisplayPaths.of(leftover) + " is in the way of "
                            + "publishing: " + mountedIn(kept) + "; unmount it, delete the folder and build again");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to prepare publishing to " + DisplayPaths.of(target.out()), e);
        }
    }

    /** Swaps the new site in; if the second rename fails, the old site is put back. */
    private void swap(List<Path> inputs) throws PublishException {
        Path out = target.out();
        try {
            // Checked again: the folder may have changed while the site was rendered and written.
            verifyHeld(inputs);
        } catch (PublishException | RuntimeException e) {
            deleters.removeQuietly(target.staging(), e);
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
            deleters.removeQuietly(target.staging(), e);
            throw new UncheckedIOException("Failed to publish the site to " + DisplayPaths.of(out), e);
        }
    }

    /** The new site is in place; an old copy that cannot be removed now is said, and removed by the next build. */
    private void removeRetired(Consumer<String> notices) {
        Path retired = target.retired();
        try {
            List<Path> kept = deleters.current().delete(retired);
            if (!kept.isEmpty()) {
                notices.accept("left the old copy of the site " + DisplayPaths.of(retired) + " in place: "
                        + mountedIn(kept) + "; unmount it and delete the folder, or the next build stops there");
            }
        } catch (IOException e) {
            notices.accept("could not delete the old copy of the site " + DisplayPaths.of(retired) + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the next build deletes it");
        }
    }

    private static String mountedIn(List<Path> mountPoints) {
        return "another file system is mounted inside it at "
                + mountPoints.stream().map(DisplayPaths::of).collect(Collectors.joining(", "))
                + ", and Hindsight never deletes what is not its own";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
