package dev.hindsight.render.page;

import dev.hindsight.model.Group;
import dev.hindsight.render.Chrome;

import java.util.List;

/**
 * Every value of one grouping with its count, such as all services.
 *
 * @param prefix the grouping's folder, such as {@code services/}
 */
public record GroupIndexPage(Chrome chrome, String heading, String intro, String prefix, List<Group> groups) {

    public GroupIndexPage {
        groups = List.copyOf(groups);
    }

    public int largest() {
        return groups.stream().mapToInt(Group::size).max().orElse(0);
    }
}
