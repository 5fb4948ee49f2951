package dev.hindsight.serve;

import dev.hindsight.build.Project;

import java.util.Objects;

/**
 * How to serve a project.
 *
 * @param port 0 for any free port
 */
public record ServeOptions(Project project, String host, int port) {

    public ServeOptions {
        Objects.requireNonNull(project);
        Objects.requireNonNull(host);
    }
}
