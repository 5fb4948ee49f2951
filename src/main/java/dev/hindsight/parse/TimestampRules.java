package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Timestamps;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the incident's timestamps and refuses orders that cannot have happened. */
final class TimestampRules {

    /** Pairs that must be in this order; only the first broken one is reported, as one slip breaks several. */
    private static final List<List<String>> ORDER = List.of(List.of("started", "detected"),
            List.of("started", "mitigated"), List.of("started", "resolved"), List.of("detected", "resolved"),
            List.of("mitigated", "resolved"));

    private TimestampRules() {
    }

    /**
     * @param otherTools whether the front matter is another tool's, whose value under one of these names
     *                   may be no time at all (a status page's {@code resolved: true}): it is passed over
     *                   with a warning, and the time inferred
     */
    static Timestamps read(FieldReader fields, ZoneId zone, Diagnostics diagnostics, boolean otherTools) {
        Function<String, Optional<OffsetDateTime>> timestamp = !otherTools ? key -> fields.timestamp(key, zone)
                : key -> fields.timestamp(key, zone, (at, text) -> diagnostics.warning(at, "foreign-timestamp", key
                        + " [" + text + "] of another tool's front matter is no date and time, so it is inferred from "
                        + "the text; write " + key + ": YYYY-MM-DDTHH:MM:SSZ to set it"));
        Timestamps read = new Timestamps(timestamp.apply("started"), timestamp.apply("detected"),
                timestamp.apply("mitigated"), timestamp.apply("resolved"));
        for (List<String> pair : ORDER) {
            Optional<OffsetDateTime> earlier = of(read, pair.get(0));
            Optional<OffsetDateTime> later = of(read, pair.get(1));
            if (earlier.isPresent() && later.isPresent() && later.get().isBefore(earlier.get())) {
                diagnostics.error(fields.positionOf(pair.get(1)), "timestamp-order", pair.get(1) + " ["
                        + written(fields, pair.get(1)) + "] is before " + pair.get(0) + " [" + written(fields, pair.get(0))
                        + "]; check the dates and their time zones (Z, or an offset such as +02:00)");
                break;
            }
        }
        return read;
    }

    private static Optional<OffsetDateTime> of(Timestamps timestamps, String name) {
        return switch (name) {
            case "started" -> timestamps.started();
            case "detected" -> timestamps.detected();
            case "mitigated" -> timestamps.mitigated();
            default -> timestamps.resolved();
        };
    }

    private static String written(FieldReader fields, String key) {
        return fields.rawText(key).map(String::strip).orElse("");
    }
}
