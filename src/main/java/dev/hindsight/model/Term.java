package dev.hindsight.model;

import java.util.Objects;

/**
 * One allowed value of a configurable vocabulary (a status or a severity).
 *
 * @param key   the value as written in front matter and as configured (matched case-insensitively)
 * @param label how the site shows it
 * @param slug  the URL segment of its grouping page
 */
public record Term(String key, String label, String slug) {

    public Term {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(slug);
    }

    public static Term of(String key, String label) {
        return new Term(key, label, Slugs.of(key));
    }
}
