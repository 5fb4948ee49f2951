package dev.hindsight.render.page;

import dev.hindsight.model.Postmortem;
import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/** One postmortem, with the postmortems worth reading next. */
public record PostmortemPage(Chrome chrome, Postmortem postmortem, List<Postmortem> related, LocalDate today) {

    public PostmortemPage {
        related = List.copyOf(related);
    }

    public List<TrackedAction> actions() {
        return postmortem.actionItems().stream().map(item -> new TrackedAction(item, postmortem)).toList();
    }
}
