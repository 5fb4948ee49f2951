package dev.hindsight.publish;

import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.render.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Writes the new site into the staging folder completely, or removes what it wrote and fails. */
final class StagingWriter {

    private static final byte[] MARKER_TEXT =
            "This folder was written by Hindsight and is replaced on every build.\n".getBytes(StandardCharsets.UTF_8);

    private StagingWriter() {
    }

    /** @throws UncheckedIOException when writing fails; nothing is left of the staging folder then */
    static void write(Path staging, List<OutputFile> files, Deleters deleters) {
        try {
            Files.createDirectory(staging);
            // The marker comes first, so a staging folder left by a crash is recognisably ours.
            Files.write(staging.resolve(SitePublisher.MARKER), MARKER_TEXT, StandardOpenOption.CREATE_NEW);
            for (OutputFile file : files) {
                Files.createDirectories(staging.resolve(file.path()).getParent());
            }
            writeAll(staging, files);
        } catch (IOException | UncheckedIOException e) {
            deleters.removeQuietly(staging, e);
            throw new UncheckedIOException("Failed to write the site to " + DisplayPaths.of(staging),
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } catch (RuntimeException | Error e) {
            deleters.removeQuietly(staging, e);
            throw e;
        }
    }

    /**
     * Pages are rendered as they are written, in parallel: the site never sits in memory whole. Every
     * write is waited for, even after one failed: a parallel stream that throws returns while its other
     * writes still run, and those wrote into the staging folder as it was deleted, leaving it behind
     * half-deleted and without its marker.
     */
    private static void writeAll(Path staging, List<OutputFile> files) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        files.parallelStream().forEach(file -> {
            if (failure.get() == null) {
                try {
                    writeFile(staging.resolve(file.path()), file);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    private static void writeFile(Path path, OutputFile file) {
        try {
            Files.write(path, file.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
