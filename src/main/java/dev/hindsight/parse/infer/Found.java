package dev.hindsight.parse.infer;

import java.util.Objects;

/**
 * A value read out of a postmortem's text, and where, for the message that tells the author.
 *
 * @param where where it was found, as a phrase: {@code the file name}, {@code the "Stats" list}
 */
public record Found<T>(T value, String where) {

    public Found {
        Objects.requireNonNull(value);
        Objects.requireNonNull(where);
    }
}
