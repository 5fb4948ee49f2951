package dev.hindsight.serve;

import dev.hindsight.build.Project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to serve a project.
 *
 * @param port       0 for any free port
 * @param siteFolder where the preview is built; never the user's published site, as a failed or
 *                   half-edited library must not replace it
 */
public record ServeOptions(Project project, String host, int port, Path siteFolder) {

    public ServeOptions {
        Objects.requireNonNull(project);
        Objects.requireNonNull(host);
        Objects.requireNonNull(siteFolder);
    }
}
