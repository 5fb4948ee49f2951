package dev.hindsight.render.page;

import dev.hindsight.model.Postmortem;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * A table of postmortems, newest first: all of them, or one value of a grouping.
 *
 * @param kicker what kind of grouping this is ("Service"), empty for the full list
 * @param parent the grouping's index page and its name, to lead back up; empty for the full list
 * @param pager  where this page stands among the list's pages
 * @param extras what the group's first page shows besides its postmortems
 * @param today  the day overdue items are judged against
 */
public record ListPage(Chrome chrome, String kicker, String heading, String intro, String parent, String parentLabel,
                       List<Postmortem> postmortems, Pager pager, GroupExtras extras, LocalDate today) {

    public ListPage {
        postmortems = List.copyOf(postmortems);
    }
}
