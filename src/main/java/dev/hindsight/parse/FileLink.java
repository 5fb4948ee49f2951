package dev.hindsight.parse;

import dev.hindsight.diagnostic.Position;

import java.util.Objects;

/**
 * A link in a body to another postmortem's file ({@code ../2016/x.md#timeline}), which only the
 * whole library can resolve to a page.
 *
 * @param path     the path as written, without its fragment, relative to the linking file
 * @param fragment {@code #timeline}, or empty
 * @param written  the whole link as written, for messages
 * @param position where the link starts in the file
 */
public record FileLink(String path, String fragment, String written, Position position) {

    public FileLink {
        Objects.requireNonNull(path);
        Objects.requireNonNull(fragment);
        Objects.requireNonNull(written);
        Objects.requireNonNull(position);
    }
}
