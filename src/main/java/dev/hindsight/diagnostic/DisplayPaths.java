package dev.hindsight.diagnostic;

import java.nio.file.Path;

/**
 * Names files the way a user typed them: relative to the working directory, with forward slashes
 * (the working directory itself is {@code .}), and with control characters escaped (see
 * {@link Printable}), as every path shown ends up printed.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().isEmpty() ? "." : Printable.escape(shown.toString().replace('\\', '/'));
    }
}
