package dev.hindsight.render.page;

import dev.hindsight.model.Group;
import dev.hindsight.model.Postmortem;
import dev.hindsight.render.Chrome;

import java.util.List;

/** The front page: what the library holds and what needs attention. */
public record HomePage(Chrome chrome, int total, List<Group> statuses, List<Group> severities,
                       List<Postmortem> recent, int openActions, long overdueActions) {

    public HomePage {
        statuses = List.copyOf(statuses);
        severities = List.copyOf(severities);
        recent = List.copyOf(recent);
    }
}
