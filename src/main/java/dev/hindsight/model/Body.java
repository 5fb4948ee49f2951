package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * A postmortem's Markdown body after rendering.
 *
 * @param html     safe HTML: raw HTML escaped, dangerous URLs neutralised
 * @param headings every heading, in document order, for the table of contents
 */
public record Body(String html, List<Heading> headings) {

    public static final Body EMPTY = new Body("", List.of());

    public Body {
        Objects.requireNonNull(html);
        headings = List.copyOf(headings);
    }

    /** One heading of the body; {@code anchor} is its element id. */
    public record Heading(int level, String text, String anchor, int line) {
    }
}
