package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * A postmortem's Markdown body after rendering.
 *
 * @param html     safe HTML: raw HTML escaped, dangerous URLs neutralised
 * @param headings every heading, in document order, for the table of contents
 * @param sections the body's plain text, cut at its {@code #} and {@code ##} headings, for search and feeds
 */
public record Body(String html, List<Heading> headings, List<Section> sections) {

    public static final Body EMPTY = new Body("", List.of(), List.of());

    public Body {
        Objects.requireNonNull(html);
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
    }

    /** One heading of the body; {@code anchor} is its element id. */
    public record Heading(int level, String text, String anchor, int line) {
    }

    /**
     * The text of one part of the body.
     *
     * @param heading the heading that starts it; empty for text before the first heading
     * @param anchor  that heading's element id; empty for text before the first heading
     * @param text    its words without markup, blocks separated by a blank line
     */
    public record Section(String heading, String anchor, String text) {

        public Section {
            Objects.requireNonNull(heading);
            Objects.requireNonNull(anchor);
            Objects.requireNonNull(text);
        }
    }
}
