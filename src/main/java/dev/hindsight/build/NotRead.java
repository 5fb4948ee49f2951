package dev.hindsight.build;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.render.Format;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The one line that names the files under the source folder that were not read, so none goes unsaid. */
final class NotRead {

    private NotRead() {
    }

    static Optional<Diagnostic> summary(Path source, List<Path> notRead) {
        if (notRead.isEmpty()) {
            return Optional.empty();
        }
        String them = notRead.size() == 1 ? "it" : "them";
        return Optional.of(Diagnostic.warning(DisplayPaths.of(source), Position.START, "files-not-read",
                Format.count(notRead.size(), "file is", "files are") + " not Markdown and not read: "
                        + String.join(", ", notRead.stream().map(DisplayPaths::of).toList()) + "; list " + them + " under exclude in site.yml to leave "
                        + them + " out, or under include to read " + them + " as postmortems"));
    }
}
