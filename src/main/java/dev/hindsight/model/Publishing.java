package dev.hindsight.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the site is published, from {@code site.yml}.
 *
 * @param baseUrl the site's absolute address, ending in {@code /} ({@code https://org.github.io/repo/});
 *                without it the site has no feeds, sitemap or canonical links, which need absolute URLs
 * @param robots  what {@code robots.txt} tells crawlers
 * @param cname   the custom domain GitHub Pages serves the site at, written to {@code CNAME}
 */
public record Publishing(Optional<String> baseUrl, Robots robots, Optional<String> cname) {

    /** {@code robots} in site.yml. */
    public enum Robots {
        ALLOW,
        /** The default: most libraries are internal, and an incident should not turn up in a search engine. */
        DISALLOW
    }

    public static final Publishing DEFAULTS = new Publishing(Optional.empty(), Robots.DISALLOW, Optional.empty());

    public Publishing {
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(robots);
        Objects.requireNonNull(cname);
    }

    public Publishing withBaseUrl(String url) {
        return new Publishing(Optional.of(url), robots, cname);
    }

    /** The absolute URL of a site path ({@code postmortems/x/}), when the site has a base URL. */
    public Optional<String> absolute(String sitePath) {
        return baseUrl.map(base -> base + sitePath);
    }
}
