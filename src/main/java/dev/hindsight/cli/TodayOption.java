package dev.hindsight.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The day that decides which action items are overdue: {@code --today}, or else the day of
 * {@code SOURCE_DATE_EPOCH} in UTC, the reproducible-builds convention, so that a CI build can be
 * repeated byte for byte; or else, when neither is given, today in the site's time zone.
 */
final class TodayOption {

    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day overdue action items are judged against (default: the UTC day of "
                    + "SOURCE_DATE_EPOCH when it is set, else today in the site's time zone).")
    LocalDate today;

    Optional<LocalDate> resolve(CommandSpec spec) {
        return resolve(Optional.ofNullable(today), Optional.ofNullable(System.getenv(SOURCE_DATE_EPOCH)), spec);
    }

    static Optional<LocalDate> resolve(Optional<LocalDate> given, Optional<String> epoch, CommandSpec spec) {
        if (given.isPresent() || epoch.isEmpty()) {
            return given;
        }
        String seconds = epoch.get().strip();
        if (!SECONDS.matcher(seconds).matches()) {
            throw new ParameterException(spec.commandLine(), "invalid " + SOURCE_DATE_EPOCH + " [" + epoch.get()
                    + "]; set it to whole seconds since 1970-01-01 UTC, as \"date +%s\" prints them, or pass "
                    + "--today YYYY-MM-DD");
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds)), ZoneOffset.UTC));
    }
}
