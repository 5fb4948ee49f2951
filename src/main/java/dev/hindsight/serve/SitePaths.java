package dev.hindsight.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request's path to a file of the site, and never to one outside it: a path with a {@code ..}
 * or {@code .} segment (also percent-encoded), a backslash or a NUL is refused, and so is a file
 * that a link leads out of the site.
 */
final class SitePaths {

    /** What a request path names. */
    sealed interface Lookup permits Found, Redirect, Missing, Refused {
    }

    record Found(Path file) implements Lookup {
    }

    /** A folder asked for without its trailing slash: the page's relative links need it. */
    record Redirect(String location) implements Lookup {
    }

    record Missing() implements Lookup {
    }

    /** Not a path within the site at all. */
    record Refused() implements Lookup {
    }

    private final Path root;

    SitePaths(Path root) {
        this.root = root;
    }

    Lookup lookup(URI uri) {
        String raw = uri.getRawPath();
        String path = uri.getPath();
        if (raw == null || path == null || !raw.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return new Refused();
        }
        Path file = root;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return new Refused();
            }
            if (!segment.isEmpty()) {
                file = file.resolve(segment);
            }
        }
        if (!file.normalize().startsWith(root)) {
            return new Refused();
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return new Redirect(raw + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) && insideRoot(file) ? new Found(file) : new Missing();
    }

    private boolean insideRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
