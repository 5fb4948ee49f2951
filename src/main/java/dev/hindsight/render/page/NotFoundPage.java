package dev.hindsight.render.page;

import dev.hindsight.render.Chrome;

/** The page a server shows for any address the site does not have. */
public record NotFoundPage(Chrome chrome) {
}
