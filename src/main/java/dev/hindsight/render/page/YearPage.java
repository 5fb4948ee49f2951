package dev.hindsight.render.page;

import dev.hindsight.model.YearGroup;
import dev.hindsight.render.Chrome;

import java.util.List;
import java.util.Optional;

/**
 * One page of a year of postmortems, grouped by month, with the neighbouring years to step through.
 *
 * @param year   the whole year, for its count
 * @param months this page's postmortems by month; a month may go on over the next page
 */
public record YearPage(Chrome chrome, YearGroup year, List<YearGroup.Month> months, Optional<Integer> newer,
                       Optional<Integer> older, Pager pager) {

    public YearPage {
        months = List.copyOf(months);
    }
}
