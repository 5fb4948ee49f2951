package dev.hindsight.render.page;

import dev.hindsight.model.TrackedAction;

import java.util.List;
import java.util.Optional;

/**
 * What a group's page shows besides its postmortems: a service's open action items and whether it
 * is a repeat offender.
 *
 * @param openActions the most urgent of the group's open items
 * @param moreActions how many more there are than {@code openActions} shows
 * @param actionsFragment the fragment of the action items page that filters it to the group
 * @param highlight   a warning to show above the list, such as a repeat offender's
 */
public record GroupExtras(List<TrackedAction> openActions, int moreActions, String actionsFragment,
                          Optional<String> highlight) {

    public static final GroupExtras NONE = new GroupExtras(List.of(), 0, "", Optional.empty());

    public GroupExtras {
        openActions = List.copyOf(openActions);
    }
}
