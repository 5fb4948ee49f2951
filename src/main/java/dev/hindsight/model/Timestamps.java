package dev.hindsight.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The moments of an incident's life; any of them may be unknown. Each measure is defined once, here,
 * from {@code started}; the postmortem page, postmortems.json and the insights page all use these.
 */
public record Timestamps(Optional<OffsetDateTime> started, Optional<OffsetDateTime> detected,
                         Optional<OffsetDateTime> mitigated, Optional<OffsetDateTime> resolved) {

    public static final Timestamps NONE =
            new Timestamps(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** From the start of impact until someone knew: how long the incident went unseen. */
    public Optional<Duration> timeToDetect() {
        return between(started, detected);
    }

    /** From the start of impact until impact stopped: how long users were hurt. */
    public Optional<Duration> timeToMitigate() {
        return between(started, mitigated);
    }

    /** From the start of impact until the incident was closed, repairs included. */
    public Optional<Duration> timeToResolve() {
        return between(started, resolved);
    }

    private static Optional<Duration> between(Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {
        return from.flatMap(f -> to.map(t -> Duration.between(f, t)));
    }
}
