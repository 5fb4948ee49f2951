package dev.hindsight.parse;

import java.util.regex.Pattern;

/** The path a site is served under, normalised to start and end with one slash ({@code /repo/}). */
public final class BasePaths {

    /** Path characters only: a backslash or a scheme could turn the path into a link to another host. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~/-]*");

    private BasePaths() {
    }

    public static boolean isValid(String path) {
        return VALID.matcher(path.strip()).matches();
    }

    public static String normalize(String path) {
        String trimmed = path.strip().replaceAll("/{2,}", "/");
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return "/";
        }
        return (trimmed.startsWith("/") ? "" : "/") + trimmed + (trimmed.endsWith("/") ? "" : "/");
    }
}
