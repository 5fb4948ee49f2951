package dev.hindsight.model;

import java.util.Objects;

/**
 * A link the site config adds to the header of every page.
 *
 * @param url    as written when it leads off the site ({@code https://…}, {@code mailto:…}); when
 *               {@code onSite}, a path from the site's root without its leading slash ({@code about/}),
 *               which each page links to relatively, like every other page of the site
 * @param onSite whether {@code url} is a path of the site
 */
public record NavLink(String label, String url, boolean onSite) {

    public NavLink {
        Objects.requireNonNull(label);
        Objects.requireNonNull(url);
    }
}
