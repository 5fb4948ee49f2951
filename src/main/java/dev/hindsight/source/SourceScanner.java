package dev.hindsight.source;

import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Adoption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds every postmortem ({@code .md}, {@code .markdown}, {@code .qmd}, {@code .Rmd}, or a file the
 * {@code include} globs name) under a folder and reads it. Hidden files and folders, and files the
 * {@code exclude} globs name (README and template files by default), are not postmortems; every other
 * file is listed as not read, so none is skipped unsaid. A symlink may point anywhere inside
 * the source folder, never outside it. A named pipe, socket or device with a postmortem's name is
 * reported and never opened.
 */
public final class SourceScanner {

    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".qmd", ".rmd");

    private final long maxFileSize;
    private final Adoption adoption;
    private final Disk disk;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final UnchangedFiles unchanged;
    /**
     * Whether each file of the last scan was excluded, for the next scan of the same folder: the
     * default globs are six regular expressions per file, a fifth of a rescan at 10,000 files.
     */
    private Map<Path, Boolean> excludedBefore = Map.of();
    private Map<Path, Boolean> excluded = new HashMap<>();
    private Path scannedRoot;

    public SourceScanner(long maxFileSize) {
        this(maxFileSize, Adoption.DEFAULTS);
    }

    public SourceScanner(long maxFileSize, Adoption adoption) {
        this(maxFileSize, adoption, UnchangedFiles.NONE);
    }

    /** @param unchanged the files earlier scans of this folder read, reused where unchanged on disk */
    public SourceScanner(long maxFileSize, Adoption adoption, UnchangedFiles unchanged) {
        this(maxFileSize, Disk.REAL, adoption, unchanged);
    }

    SourceScanner(long maxFileSize, Disk disk) {
        this(maxFileSize, disk, Adoption.DEFAULTS, UnchangedFiles.NONE);
    }

    private SourceScanner(long maxFileSize, Disk disk, Adoption adoption, UnchangedFiles unchanged) {
        this.maxFileSize = maxFileSize;
        this.adoption = adoption;
        this.disk = disk;
        this.include = matchers(adoption.include());
        this.exclude = matchers(adoption.exclude());
        this.unchanged = unchanged;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    /** Whether this scanner reads files as a config with this size limit and these globs says to. */
    public boolean readsAs(long maxFileSize, Adoption adoption) {
        return this.maxFileSize == maxFileSize && this.adoption.equals(adoption);
    }

    /**
     * Files and folders under {@code root} that cannot be read are problems of the scan; only the folder
     * itself not being there is an exception.
     *
     * @throws UncheckedIOException when the folder itself cannot be opened
     */
    public synchronized Scan scan(Path root) {
        excludedBefore = root.equals(scannedRoot) ? excluded : Map.of();
        excluded = new HashMap<>();
        scannedRoot = root;
        List<Path> candidates = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> notRead = new ArrayList<>();
        Path realRoot = realPath(root);
        walk(root, realRoot, candidates, problems, notRead);
        List<Read> reads = candidates.parallelStream().map(file -> read(root, file)).toList();
        List<SourceFile> files = new ArrayList<>();
        for (Read read : reads) {
            read.file().ifPresent(files::add);
            read.problem().ifPresent(problems::add);
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        unchanged.keepOnly(files.stream().map(SourceFile::path).collect(Collectors.toSet()));
        notRead.sort(Comparator.naturalOrder());
        return new Scan(files, problems, notRead);
    }

    private record Read(Optional<SourceFile> file, Optional<Diagnostic> problem) {
        static Read ok(SourceFile file) {
            return new Read(Optional.of(file), Optional.empty());
        }

        static Read failed(Diagnostic problem) {
            return new Read(Optional.empty(), Optional.of(problem));
        }
    }

    private void walk(Path root, Path realRoot, List<Path> candidates, List<Diagnostic> problems,
                      List<Path> notRead) {
        try {
            disk.walk(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || isExcluded(root, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        visitLink(file, root, realRoot, candidates, problems);
                    } else if (isPostmortem(root, file)) {
                        visitPostmortem(file, attrs.isRegularFile(), candidates, problems);
                    } else {
                        notRead.add(file);
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

    private void visitLink(Path link, Path root, Path realRoot, List<Path> candidates, List<Diagnostic> problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (isPostmortem(root, link)) {
                problems.add(Diagnostic.error(DisplayPaths.of(link), Position.START, "symlink",
                        BrokenLink.describe(link, e)));
            }
            return;
        }
        if (!target.startsWith(realRoot)) {
            if (!isPostmortem(root, link) && !Files.isDirectory(target)) {
                return;
            }
            problems.add(Diagnostic.error(DisplayPaths.of(link), Position.START, "symlink",
                    "symbolic link leads outside the source folder [" + target + "] and is not read; only links "
                            + "within the source folder are followed, so copy the file in instead"));
        } else if (isPostmortem(root, link) && !Files.isDirectory(target)) {
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
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            if (size > maxFileSize) {
                return Read.failed(Diagnostic.error(shown, Position.START, "file-too-large",
                        "file is " + size + " bytes, over the limit of " + maxFileSize + " bytes (max_file_size in "
                                + "site.yml); move large logs or captures out of the postmortem and link to them"));
            }
            String libraryPath = SourceFile.libraryPath(root, file);
            Optional<SourceFile> same = unchanged.find(file, attributes, shown, libraryPath);
            if (same.isPresent()) {
                return Read.ok(same.get());
            }
            byte[] bytes = disk.read(file);
            TextDecoder.Decoded decoded = TextDecoder.decode(shown, bytes);
            if (decoded instanceof TextDecoder.NotUtf8 notUtf8) {
                return Read.failed(notUtf8.problem());
            }
            String text = ((TextDecoder.Text) decoded).text();
            if (text.isBlank()) {
                return Read.failed(Diagnostic.error(shown, Position.START, "file-empty",
                        "file is empty; delete it, or start it from the template with hindsight new \"TITLE\""));
            }
            SourceFile read = new SourceFile(file, shown, libraryPath, text);
            unchanged.remember(attributes, read);
            return Read.ok(read);
        } catch (IOException e) {
            return Read.failed(Unreadable.file(shown, e));
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private boolean isPostmortem(Path root, Path file) {
        return hasMarkdownExtension(file.getFileName().toString()) || matches(include, root, file);
    }

    /** Whether a file's name says it is Markdown: {@code .md}, {@code .markdown}, {@code .qmd} or {@code .Rmd}. */
    public static boolean hasMarkdownExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private boolean isExcluded(Path root, Path file) {
        Boolean before = excludedBefore.get(file);
        boolean result = before != null ? before : matches(exclude, root, file);
        excluded.put(file, result);
        return result;
    }

    /** Globs are matched against the path below the source folder, such as {@code 2016/notes.txt}. */
    private static boolean matches(List<PathMatcher> globs, Path root, Path file) {
        Path relative = file.startsWith(root) ? root.relativize(file) : file.getFileName();
        return globs.stream().anyMatch(glob -> glob.matches(relative));
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to open the source folder " + DisplayPaths.of(root), e);
        }
    }
}
