package dev.hindsight.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which URLs from postmortems may become links. Browsers ignore tabs, newlines and leading
 * control characters inside a scheme ({@code java\tscript:}), so the scheme is read the way they read it.
 */
public final class SafeUrls {

    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\u0000-\\u0020\\u007f]+");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** The schemes a link may have; the HTML sanitizer allows the same. */
    static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "ftp", "tel");

    private SafeUrls() {
    }

    public static boolean isSafe(String url) {
        return scheme(url).map(SCHEMES::contains).orElse(true);
    }

    public static boolean hasScheme(String url) {
        return scheme(url).isPresent();
    }

    public static boolean isWebLink(String url) {
        return scheme(url).filter(s -> s.equals("http") || s.equals("https")).isPresent();
    }

    private static Optional<String> scheme(String url) {
        String compact = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(compact);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
