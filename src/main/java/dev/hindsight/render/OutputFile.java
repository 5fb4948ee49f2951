package dev.hindsight.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site. Its content is made when it is asked for, so that pages are rendered as
 * they are written and a large site never sits in memory whole.
 *
 * @param path     relative to the site's root, with forward slashes ({@code postmortems/x/index.html})
 * @param renderer makes the content; called once per write
 */
public record OutputFile(String path, Supplier<byte[]> renderer) {

    public OutputFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(renderer);
    }

    /** A file whose content is already known. */
    public OutputFile(String path, byte[] content) {
        this(path, () -> content);
    }

    public byte[] content() {
        return renderer.get();
    }
}
