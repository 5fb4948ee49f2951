package dev.hindsight.serve;

import dev.hindsight.render.OutputFile;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a request's path to a file of the site. Only files the build made are ever served, and a
 * path with a {@code ..} or {@code .} segment (also percent-encoded), a backslash or a NUL is refused
 * outright rather than looked up, so that no spelling of a path can be taken for one outside the site.
 */
final class SitePaths {

    /** What a request path names. */
    sealed interface Lookup permits Found, Redirect, Missing, Refused {
    }

    record Found(OutputFile file) implements Lookup {
    }

    /** A folder asked for without its trailing slash: the page's relative links need it. */
    record Redirect(String location) implements Lookup {
    }

    record Missing() implements Lookup {
    }

    /** Not a path within the site at all. */
    record Refused() implements Lookup {
    }

    private static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** @param files the site's file at a path relative to its root, if it has one */
    static Lookup lookup(URI uri, Function<String, Optional<OutputFile>> files) {
        String raw = uri.getRawPath();
        String path = uri.getPath();
        if (raw == null || path == null || !raw.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return new Refused();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return new Refused();
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String key = String.join("/", segments);
        boolean asFolder = path.endsWith("/");
        Optional<OutputFile> file = asFolder ? Optional.empty() : files.apply(key);
        if (file.isPresent()) {
            return new Found(file.get());
        }
        Optional<OutputFile> index = files.apply(key.isEmpty() ? INDEX : key + "/" + INDEX);
        if (index.isEmpty()) {
            return new Missing();
        }
        return asFolder ? new Found(index.get())
                : new Redirect(raw + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
