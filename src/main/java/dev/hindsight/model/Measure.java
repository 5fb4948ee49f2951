package dev.hindsight.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** The incident measures, each from {@code started}, as {@link Timestamps} defines them. */
public enum Measure {
    DETECT("Time to detect", "from started to detected: how long the incident went unseen", Timestamps::timeToDetect),
    MITIGATE("Time to mitigate", "from started to mitigated: how long users were hurt", Timestamps::timeToMitigate),
    RESOLVE("Time to resolve", "from started to resolved: until the incident was closed, repairs included",
            Timestamps::timeToResolve);

    private final String label;
    private final String definition;
    private final Function<Timestamps, Optional<Duration>> of;

    Measure(String label, String definition, Function<Timestamps, Optional<Duration>> of) {
        this.label = label;
        this.definition = definition;
        this.of = of;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** The measure of one incident; empty when a moment it needs is not recorded, or is before started. */
    public Optional<Duration> of(Postmortem postmortem) {
        return of.apply(postmortem.timestamps()).filter(d -> !d.isNegative());
    }
}
