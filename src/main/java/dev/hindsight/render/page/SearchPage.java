package dev.hindsight.render.page;

import dev.hindsight.render.Chrome;

/** The search page: the script fills it in; without the script it points to the grouping pages. */
public record SearchPage(Chrome chrome) {
}
