package dev.hindsight.render.page;

import dev.hindsight.model.Postmortem;
import dev.hindsight.model.YearGroup;
import dev.hindsight.render.Chrome;

import java.util.List;

/**
 * The years of the library, newest first.
 *
 * @param undated the postmortems no year holds, listed after the years
 */
public record ArchivePage(Chrome chrome, List<YearGroup> years, List<Postmortem> undated) {

    public ArchivePage {
        years = List.copyOf(years);
        undated = List.copyOf(undated);
    }
}
