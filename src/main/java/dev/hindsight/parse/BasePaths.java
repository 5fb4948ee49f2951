package dev.hindsight.parse;

/** The path a site is served under, normalised to start and end with one slash ({@code /repo/}). */
public final class BasePaths {

    private BasePaths() {
    }

    public static String normalize(String path) {
        String trimmed = path.strip().replaceAll("/{2,}", "/");
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return "/";
        }
        return (trimmed.startsWith("/") ? "" : "/") + trimmed + (trimmed.endsWith("/") ? "" : "/");
    }
}
