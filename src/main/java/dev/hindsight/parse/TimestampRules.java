package dev.hindsight.parse;

import dev.hindsight.check.Diagnostics;
import dev.hindsight.model.Timestamps;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Reads the incident's timestamps and refuses orders that cannot have happened. */
final class TimestampRules {

    private TimestampRules() {
    }

    static Timestamps read(FieldReader fields, ZoneId zone, Diagnostics diagnostics) {
        Optional<OffsetDateTime> started = fields.timestamp("started", zone);
        Optional<OffsetDateTime> detected = fields.timestamp("detected", zone);
        Optional<OffsetDateTime> mitigated = fields.timestamp("mitigated", zone);
        Optional<OffsetDateTime> resolved = fields.timestamp("resolved", zone);
        requireOrder(fields, diagnostics, "started", started, "detected", detected);
        requireOrder(fields, diagnostics, "started", started, "mitigated", mitigated);
        requireOrder(fields, diagnostics, "started", started, "resolved", resolved);
        requireOrder(fields, diagnostics, "mitigated", mitigated, "resolved", resolved);
        requireOrder(fields, diagnostics, "detected", detected, "resolved", resolved);
        return new Timestamps(started, detected, mitigated, resolved);
    }

    private static void requireOrder(FieldReader fields, Diagnostics diagnostics, String earlierName,
                                     Optional<OffsetDateTime> earlier, String laterName, Optional<OffsetDateTime> later) {
        if (earlier.isPresent() && later.isPresent() && later.get().isBefore(earlier.get())) {
            diagnostics.error(fields.positionOf(laterName), "timestamp-order", laterName + " [" + later.get()
                    + "] is before " + earlierName + " [" + earlier.get() + "]; check the dates and time zones");
        }
    }
}
