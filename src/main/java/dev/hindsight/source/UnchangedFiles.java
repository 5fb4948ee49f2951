package dev.hindsight.source;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files that scans of one folder have read, so that the next scan takes a file's text from here
 * when the file is the same one on disk (its identity, size and modification time unchanged). A
 * server that rebuilds after every save then reads only what was saved, and the load cache finds the
 * very same {@link SourceFile} again, which it compares without going through its text.
 */
public final class UnchangedFiles {

    private record Stamp(Object fileKey, long size, FileTime modified) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        }
    }

    private record Entry(Stamp stamp, SourceFile file) {
    }

    /** Remembers nothing, for a single scan: every file is read. */
    public static final UnchangedFiles NONE = new UnchangedFiles(false);

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    private final boolean remembering;

    public UnchangedFiles() {
        this(true);
    }

    private UnchangedFiles(boolean remembering) {
        this.remembering = remembering;
    }

    Optional<SourceFile> find(Path path, BasicFileAttributes attributes, String displayPath, String libraryPath) {
        Entry entry = files.get(path);
        // Without a file key (some file systems have none) identity cannot be told, so nothing is reused.
        if (entry == null || attributes.fileKey() == null || !entry.stamp().equals(Stamp.of(attributes))) {
            return Optional.empty();
        }
        SourceFile file = entry.file();
        return file.displayPath().equals(displayPath) && file.libraryPath().equals(libraryPath)
                ? Optional.of(file) : Optional.empty();
    }

    void remember(BasicFileAttributes attributes, SourceFile file) {
        if (remembering) {
            files.put(file.path(), new Entry(Stamp.of(attributes), Objects.requireNonNull(file)));
        }
    }

    /** Forgets files the last scan did not read, so that the memory follows the folder. */
    void keepOnly(Set<Path> read) {
        files.keySet().retainAll(read);
    }
}
