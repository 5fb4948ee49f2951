package dev.hindsight.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's absolute address ({@code https://org.github.io/repo/}), which feeds, the sitemap and
 * canonical links are made from by appending a page's path: so it must be a web address of a folder.
 */
public final class BaseUrls {

    private BaseUrls() {
    }

    /** What is wrong with a base URL, as a message ending with how to write it; empty when it is fine. */
    public static Optional<String> problem(String url) {
        return reason(url).map(reason -> reason + "; write the site's address ending in /, such as "
                + "https://org.github.io/repo/");
    }

    private static Optional<String> reason(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("it is not an http(s) URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("it names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("it has a query or fragment");
        }
        if (!uri.getRawPath().endsWith("/")) {
            return Optional.of("it does not end with /");
        }
        return Optional.empty();
    }
}
