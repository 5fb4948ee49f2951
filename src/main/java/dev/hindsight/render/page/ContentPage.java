package dev.hindsight.render.page;

import dev.hindsight.render.Chrome;

/** One of the site's own pages from {@code site-src/pages/}, already rendered to safe HTML. */
public record ContentPage(Chrome chrome, String html) {
}
