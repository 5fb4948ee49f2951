package dev.hindsight.render.page;

import dev.hindsight.model.YearGroup;
import dev.hindsight.render.Chrome;

import java.util.Optional;

/** One year of postmortems, grouped by month, with the neighbouring years to step through. */
public record YearPage(Chrome chrome, YearGroup year, Optional<Integer> newer, Optional<Integer> older) {
}
