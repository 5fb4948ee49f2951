package dev.hindsight.publish;

import dev.hindsight.render.OutputFile;
import dev.hindsight.source.DisplayPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes a site atomically. The new site is written to a sibling folder and renamed into place
 * only once complete, so readers and a failed build never see half a site. An existing output
 * folder is replaced only if it is empty or carries Hindsight's marker file: a folder someone else
 * wrote is never deleted.
 */
public final class SitePublisher {

    /** Marks a folder as written by Hindsight, and so safe to replace. */
    public static final String MARKER = ".hindsight-site";

    private final Path out;

    public SitePublisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Refuses an output folder that would destroy what users wrote, before any work is done. */
    public void verifyTarget(List<Path> inputs) throws PublishException {
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(out)) {
                throw new PublishException("The output folder " + DisplayPaths.of(out) + " contains "
                        + DisplayPaths.of(in) + ", which would be deleted on publishing; choose another --out");
            }
        }
        if (Files.isRegularFile(out)) {
            throw new PublishException("The output " + DisplayPaths.of(out) + " is a file, not a folder; choose another --out");
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
            throw new PublishException("The output folder " + DisplayPaths.of(out) + " is not empty and was not written "
                    + "by Hindsight, so it will not be replaced; empty it or choose another --out");
        }
    }

    public void publish(List<OutputFile> files, List<Path> inputs) throws PublishException {
        verifyTarget(inputs);
        Path parent = out.getParent();
        Path staging = parent.resolve("." + out.getFileName() + ".hindsight-new");
        Path retired = parent.resolve("." + out.getFileName() + ".hindsight-old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(retired);
            write(staging, files);
            if (Files.exists(out)) {
                move(out, retired);
            }
            move(staging, out);
            deleteTree(retired);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to publish the site to " + DisplayPaths.of(out), e);
        }
    }

    private static void write(Path root, List<OutputFile> files) throws IOException {
        Files.createDirectories(root);
        for (OutputFile file : files) {
            Path target = root.resolve(file.path()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IllegalArgumentException("Output path escapes the site: " + file.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        Files.writeString(root.resolve(MARKER), "This folder was written by Hindsight and is replaced on every build.\n");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list " + DisplayPaths.of(dir), e);
        }
    }

    /** Deletes one of Hindsight's own staging folders; links inside are removed, never followed. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
