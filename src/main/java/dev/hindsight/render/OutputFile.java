package dev.hindsight.render;

import java.util.Objects;

/**
 * One file of the site.
 *
 * @param path relative to the site's root, with forward slashes ({@code postmortems/x/index.html})
 */
public record OutputFile(String path, byte[] content) {

    public OutputFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(content);
    }
}
