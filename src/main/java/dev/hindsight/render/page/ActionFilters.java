package dev.hindsight.render.page;

import java.util.List;

/**
 * The values the action items page can filter by, each list sorted; the page's script filters the
 * whole backlog from {@code action-items.json}. {@link #NONE} shows no filters.
 */
public record ActionFilters(List<String> owners, List<String> services, List<String> teams, List<String> priorities,
                            List<String> types) {

    public static final ActionFilters NONE = new ActionFilters(List.of(), List.of(), List.of(), List.of(), List.of());

    public ActionFilters {
        owners = List.copyOf(owners);
        services = List.copyOf(services);
        teams = List.copyOf(teams);
        priorities = List.copyOf(priorities);
        types = List.copyOf(types);
    }

    public boolean isEmpty() {
        return owners.isEmpty();
    }
}
