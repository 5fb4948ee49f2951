package dev.hindsight.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an action item does about the incident, as in the SRE book's template. */
public enum ActionType {
    MITIGATE, PREVENT, DETECT, PROCESS, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + key().substring(1);
    }

    public static Optional<ActionType> find(String input) {
        return Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(input.trim())).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ActionType::key).toList();
    }
}
