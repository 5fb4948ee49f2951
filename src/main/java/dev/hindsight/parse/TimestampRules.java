package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Timestamps;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reads the incident's timestamps and refuses orders that cannot have happened. */
final class TimestampRules {

    /** Pairs that must be in this order; only the first broken one is reported, as one slip breaks several. */
    private static final List<List<String>> ORDER = List.of(List.of("started", "detected"),
            List.of("started", "mitigated"), List.of("started", "resolved"), List.of("detected", "resolved"),
            List.of("mitigated", "resolved"));

    private TimestampRules() {
    }

    static Timestamps read(FieldReader fields, ZoneId zone, Diagnostics diagnostics) {
        Timestamps read = new Timestamps(fields.timestamp("started", zone), fields.timestamp("detected", zone),
                fields.timestamp("mitigated", zone), fields.timestamp("resolved", zone));
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
