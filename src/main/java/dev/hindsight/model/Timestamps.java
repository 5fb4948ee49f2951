package dev.hindsight.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The moments of an incident's life; any of them may be unknown. */
public record Timestamps(Optional<OffsetDateTime> started, Optional<OffsetDateTime> detected,
                         Optional<OffsetDateTime> mitigated, Optional<OffsetDateTime> resolved) {

    public static final Timestamps NONE =
            new Timestamps(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** From start to resolution: how long users were hurt. */
    public Optional<Duration> duration() {
        return between(started, resolved);
    }

    public Optional<Duration> timeToDetect() {
        return between(started, detected);
    }

    public Optional<Duration> timeToMitigate() {
        return between(started, mitigated);
    }

    public Optional<Duration> timeToResolve() {
        return between(started, resolved);
    }

    private static Optional<Duration> between(Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {
        return from.flatMap(f -> to.map(t -> Duration.between(f, t)));
    }
}
