package dev.hindsight.build;

import dev.hindsight.model.SiteConfig;
import dev.hindsight.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each file's load between builds of one project, so that a build after an edit loads only
 * the files whose text changed. Everything is loaded again when the config changes, as every load
 * depends on it.
 */
final class LoadCache {

    private final boolean keep;
    private SiteConfig config;
    private Map<SourceFile, LoadedFile> loaded = Map.of();

    /** @param keep whether loads are kept for the next call, or each call loads every file */
    LoadCache(boolean keep) {
        this.keep = keep;
    }

    /** Loaded files in the order of {@code files}, with how many of them had to be loaded. */
    record Loads(List<LoadedFile> files, int loadedAgain) {

        Loads {
            files = List.copyOf(files);
        }
    }

    synchronized Loads load(List<SourceFile> files, FileLoader loader) {
        if (!loader.config().equals(config)) {
            config = loader.config();
            loaded = Map.of();
        }
        List<SourceFile> changed = files.stream().filter(f -> !loaded.containsKey(f)).toList();
        Map<SourceFile, LoadedFile> fresh = new HashMap<>();
        List<LoadedFile> results = Workers.map(changed,
                file -> FileFailure.guard(file.displayPath(), () -> loader.load(file)));
        for (LoadedFile result : results) {
            fresh.put(result.file(), result);
        }
        Map<SourceFile, LoadedFile> kept = new HashMap<>(files.size() * 2);
        List<LoadedFile> inOrder = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            LoadedFile result = fresh.containsKey(file) ? fresh.get(file) : loaded.get(file);
            kept.put(file, result);
            inOrder.add(result);
        }
        loaded = keep ? kept : Map.of();
        return new Loads(inOrder, changed.size());
    }

}
