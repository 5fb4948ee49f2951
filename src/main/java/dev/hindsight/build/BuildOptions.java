package dev.hindsight.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a checked library is published.
 *
 * @param basePath the path the site is served under, overriding the config's
 * @param baseUrl  the site's absolute address, overriding the config's; blank means not given
 * @param strict   whether warnings block publishing as errors do
 * @param today    the day overdue action items are judged against; default: today in the site's time zone
 */
public record BuildOptions(Path out, Optional<String> basePath, Optional<String> baseUrl, boolean strict,
                           Optional<LocalDate> today) {

    public BuildOptions {
        Objects.requireNonNull(out);
        Objects.requireNonNull(basePath);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(today);
    }
}
