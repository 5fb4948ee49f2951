package dev.hindsight.source;

import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds every postmortem ({@code .md} or {@code .markdown}) under a folder and reads it. Hidden files
 * and folders and {@code README.md} files are not postmortems. A symlink may point anywhere inside
 * the source folder, never outside it. A named pipe, socket or device with a postmortem's name is
 * reported and never opened.
 */
public final class SourceScanner {

    private final long maxFileSize;
    private final Disk disk;

    public SourceScanner(long maxFileSize) {
        this(maxFileSize, Disk.REAL);
    }

    SourceScanner(long maxFileSize, Disk disk) {
        this.maxFileSize = maxFileSize;
        this.disk = disk;
    }

    /**
     * Files and folders under {@code root} that cannot be read are problems of the scan; only the folder
     * itself not being there is an exception.
     *
     * @throws UncheckedIOException when the folder itself cannot be opened
     */
    public Scan scan(Path root) {
        List<Path> candidates = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Path realRoot = realPath(root);
        walk(root, realRoot, candidates, problems);
        List<Read> reads = candidates.parallelStream().map(file -> read(root, file)).toList();
        List<SourceFile> files = new ArrayList<>();
        for (Read read : reads) {
            read.file().ifPresent(files::add);
            read.problem().ifPresent(problems::add);
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new Scan(files, problems);
    }

    private record Read(Optional<SourceFile> file, Optional<Diagnostic> problem) {
        static Read ok(SourceFile file) {
            return new Read(Optional.of(file), Optional.empty());
        }

        static Read failed(Diagnostic problem) {
            return new Read(Optional.empty(), Optional.of(problem));
        }
    }

    private void walk(Path root, Path realRoot, List<Path> candidates, List<Diagnostic> problems) {
        try {
            disk.walk(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        visitLink(file, realRoot, candidates, problems);
                    } else if (isPostmortem(file)) {
                        visitPostmortem(file, attrs.isRegularFile(), candidates, problems);
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder that cannot be listed hides postmortems, so it is a problem like any unreadable file. */
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        problems.add(Unreadable.folder(DisplayPaths.of(file), e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list " + DisplayPaths.of(root), e);
        }
    }

    private static void visitLink(Path link, Path realRoot, List<Path> candidates, List<Diagnostic> problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (isPostmortem(link)) {
                problems.add(Diagnostic.error(DisplayPaths.of(link), Position.START, "symlink",
                        BrokenLink.describe(link, e)));
            }
            return;
        }
        if (!target.startsWith(realRoot)) {
            if (!isPostmortem(link) && !Files.isDirectory(target)) {
                return;
            }
            problems.add(Diagnostic.error(DisplayPaths.of(link), Position.START, "symlink",
                    "symbolic link leads outside the source folder [" + target + "] and is not read; only links "
                            + "within the source folder are followed, so copy the file in instead"));
        } else if (isPostmortem(link) && !Files.isDirectory(target)) {
            visitPostmortem(link, Files.isRegularFile(target), candidates, problems);
        }
    }

    /** Named pipes, sockets and devices are never read: reading a pipe would wait for a writer forever. */
    private static void visitPostmortem(Path file, boolean regular, List<Path> candidates, List<Diagnostic> problems) {
        if (regular) {
            candidates.add(file);
        } else {
            problems.add(Unreadable.notRegular(DisplayPaths.of(file)));
        }
    }

    private Read read(Path root, Path file) {
        String shown = DisplayPaths.of(file);
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                return Read.failed(Diagnostic.error(shown, Position.START, "file-too-large",
                        "file is " + size + " bytes, over the limit of " + maxFileSize + " bytes (max_file_size in "
                                + "site.yml); move large logs or captures out of the postmortem and link to them"));
            }
            byte[] bytes = disk.read(file);
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            if (decoded.badByte().isPresent()) {
                return Read.failed(encodingProblem(shown, decoded.badByte().get(), bytes));
            }
            String text = decoded.text().orElseThrow();
            if (text.isBlank()) {
                return Read.failed(Diagnostic.error(shown, Position.START, "file-empty",
                        "file is empty; delete it, or start it from the template with hindsight new \"TITLE\""));
            }
            return Read.ok(new SourceFile(file, shown, SourceFile.libraryPath(root, file), text));
        } catch (IOException e) {
            return Read.failed(Unreadable.file(shown, e));
        }
    }

    private static Diagnostic encodingProblem(String shown, TextDecoder.BadByte bad, byte[] bytes) {
        String message = bad.isUtf16ByteOrderMark(bytes) ? "the file is UTF-16, not UTF-8; save it as UTF-8"
                : String.format(Locale.ROOT, "not valid UTF-8: byte [0x%02X] at byte offset %d; save the file as UTF-8",
                bad.value(), bad.offset());
        return Diagnostic.error(shown, new Position(bad.line(), bad.column()), "encoding", message);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isPostmortem(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".markdown")) && !name.equals("readme.md");
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to open the source folder " + DisplayPaths.of(root), e);
        }
    }
}
