package dev.hindsight.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns free text (a service, a tag) into a URL segment that is safe as a folder name. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "-" : slug;
    }
}
