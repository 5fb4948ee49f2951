package dev.hindsight.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up that an incident produced. Optional fields are empty rather than null.
 *
 * @param closed the day the item was done or dropped, when recorded
 */
public record ActionItem(String title, ActionType type, String owner, ActionStatus status,
                         Optional<String> priority, Optional<LocalDate> due, Optional<String> ticket,
                         Optional<LocalDate> closed) {

    public ActionItem {
        Objects.requireNonNull(title);
        Objects.requireNonNull(type);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(status);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(due);
        Objects.requireNonNull(ticket);
        Objects.requireNonNull(closed);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOutstanding() && due.map(d -> d.isBefore(today)).orElse(false);
    }
}
