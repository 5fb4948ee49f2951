package dev.hindsight.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size as written in site.yml ({@code 5MB}, {@code 500KB}, {@code 2048}), within the range Hindsight can read. */
final class FileSizes {

    /** Smaller than any postmortem, so a smaller limit is a slip that would refuse every file. */
    static final long MIN = 1024;
    /** Files are read whole into memory; a larger limit could not be kept. */
    static final long MAX = 1024L * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d{1,12})\\s*(b|kb|mb|gb)?\\s*");
    private static final Pattern DIGITS = Pattern.compile("(?i)\\s*\\d+\\s*(b|kb|mb|gb)?\\s*");

    private FileSizes() {
    }

    /** Whether {@code text} is written as a size at all, in range or not. */
    static boolean isSize(String text) {
        return DIGITS.matcher(text).matches();
    }

    /** The size in bytes; empty when it is not a size or outside {@link #MIN} to {@link #MAX}. */
    static Optional<Long> bytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT)) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        // Twelve digits times a gigabyte stays far below Long.MAX_VALUE, so this cannot overflow.
        long bytes = Long.parseLong(m.group(1)) * unit;
        return bytes >= MIN && bytes <= MAX ? Optional.of(bytes) : Optional.empty();
    }
}
