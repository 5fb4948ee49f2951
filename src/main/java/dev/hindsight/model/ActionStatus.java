package dev.hindsight.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where an action item stands; open and in-progress items still need someone. */
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), NOT_DOING("Not doing");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static Optional<ActionStatus> find(String input) {
        return Arrays.stream(values()).filter(s -> s.key().equalsIgnoreCase(input.trim())).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ActionStatus::key).toList();
    }
}
