package dev.hindsight.publish;

import dev.hindsight.model.FileNames;
import dev.hindsight.render.OutputFile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the site's relative file paths before anything is written. A path that could leave the
 * output folder, overwrite Hindsight's marker, or not exist on another operating system is a bug in
 * whatever produced it, so it stops the build instead of being "fixed" silently.
 */
final class OutputPaths {

    /** Control characters, and characters that are not allowed in Windows file names. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x1f\\x7f<>:\"\\\\|?*]");

    private OutputPaths() {
    }

    /**
     * @param seen the paths of the site's files checked before these, lower-cased; these are added
     * @throws IllegalArgumentException naming the first bad or repeated path
     */
    static void requireSafe(List<OutputFile> files, Set<String> seen) {
        for (OutputFile file : files) {
            String problem = problemWith(file.path());
            if (problem != null) {
                throw new IllegalArgumentException("Refusing to write output path [" + file.path() + "]: " + problem);
            }
            if (!seen.add(file.path().toLowerCase(Locale.ROOT))) {
                // Lower-cased: on macOS and Windows the second file would silently replace the first.
                throw new IllegalArgumentException("Refusing to write output path [" + file.path()
                        + "]: another file of the site has the same path");
            }
        }
    }

    /** @return why the path is unsafe, or null when it is a plain relative path inside the site */
    static String problemWith(String path) {
        if (path.isEmpty()) {
            return "it is empty";
        }
        if (path.startsWith("/")) {
            return "it is absolute";
        }
        if (path.equals(SitePublisher.MARKER)) {
            return "it is Hindsight's marker file";
        }
        for (String segment : path.split("/", -1)) {
            String problem = problemWithSegment(segment);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String problemWithSegment(String segment) {
        if (segment.isEmpty()) {
            return "it has an empty segment";
        }
        if (segment.equals(".") || segment.equals("..")) {
            return "it has a [" + segment + "] segment";
        }
        if (FORBIDDEN.matcher(segment).find()) {
            return "it has a control character or one of <>:\"\\|?*";
        }
        if (FileNames.isReservedOnWindows(segment)) {
            return "[" + segment + "] is a reserved file name on Windows";
        }
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            return "[" + segment + "] ends with a dot or space, which Windows drops";
        }
        return null;
    }
}
