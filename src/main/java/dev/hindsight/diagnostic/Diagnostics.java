package dev.hindsight.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file while it is read; each stage gets its own, nothing is global. */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(Position at, String code, String message) {
        found.add(Diagnostic.error(file, at, code, message));
    }

    public void warning(Position at, String code, String message) {
        found.add(Diagnostic.warning(file, at, code, message));
    }

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> toList() {
        return List.copyOf(found);
    }
}
