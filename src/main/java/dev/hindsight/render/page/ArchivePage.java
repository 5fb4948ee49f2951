package dev.hindsight.render.page;

import dev.hindsight.model.YearGroup;
import dev.hindsight.render.Chrome;

import java.util.List;

/** The years of the library, newest first. */
public record ArchivePage(Chrome chrome, List<YearGroup> years) {

    public ArchivePage {
        years = List.copyOf(years);
    }
}
