package dev.hindsight.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which action items to list. Owners and services match whatever their case or punctuation, the way
 * their pages group them.
 *
 * @param statuses    the statuses to keep
 * @param owner       keep only this owner's items
 * @param service     keep only items from postmortems that involve this service
 * @param overdueOnly keep only items overdue on the day asked about
 */
public record ActionFilter(Set<ActionStatus> statuses, Optional<String> owner, Optional<String> service,
                           boolean overdueOnly) {

    public static final Set<ActionStatus> OUTSTANDING = Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    public ActionFilter {
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(service);
    }

    boolean accepts(TrackedAction action, LocalDate today) {
        ActionItem item = action.item();
        return statuses.contains(item.status())
                && owner.map(o -> Slugs.of(o).equals(Slugs.of(item.owner()))).orElse(true)
                && service.map(s -> action.source().services().stream().anyMatch(x -> Slugs.of(x).equals(Slugs.of(s))))
                        .orElse(true)
                && (!overdueOnly || item.isOverdue(today));
    }
}
