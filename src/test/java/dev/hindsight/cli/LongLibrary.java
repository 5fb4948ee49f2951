package dev.hindsight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A library of many small postmortems, for tests that stop a build while it is still running. */
final class LongLibrary {

    private LongLibrary() {
    }

    /** Writes {@code count} valid postmortems into {@code folder}, created if missing, and returns it. */
    static Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("incident-" + i + ".md"), "---\ntitle: Incident " + i + "\ndate: 2026-03-01\n"
                    + "authors: [oncall]\nstatus: complete\nservices: [api]\nsummary: It broke.\n---\nIt broke.\n");
        }
        return folder;
    }
}
