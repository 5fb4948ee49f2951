package dev.hindsight.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a build reads.
 *
 * @param config        the site config; built-in defaults when it does not exist. The site's own
 *                      pages are the Markdown files in {@code pages/} beside it
 * @param includeDrafts whether postmortems with a draft status are published
 */
public record Project(Path source, Path config, boolean includeDrafts) {

    public Project {
        Objects.requireNonNull(source);
        Objects.requireNonNull(config);
    }

    /** The site's own pages. */
    public Path pagesFolder() {
        return config.toAbsolutePath().getParent().resolve("pages");
    }
}
