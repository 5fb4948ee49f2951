package dev.hindsight.parse;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Body;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A body rendered from its own file alone: its links to other postmortem files are left open, so
 * that rendering one file never needs another, and are filled in once the whole library is known.
 *
 * @param parts the HTML around the open links: one more part than there are links
 * @param links the open links, in document order; link {@code i} goes between part {@code i} and {@code i + 1};
 *              a link written twice with one URL may be the same value twice, and is reported once
 */
public record RenderedBody(List<String> parts, List<FileLink> links, List<Body.Heading> headings,
                           List<Body.Section> sections) {

    public static final RenderedBody EMPTY = new RenderedBody(List.of(""), List.of(), List.of(), List.of());

    static final String BROKEN_LINK_TARGET = "../index.html";

    public RenderedBody {
        parts = List.copyOf(parts);
        links = List.copyOf(links);
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        if (parts.size() != links.size() + 1) {
            throw new IllegalArgumentException(parts.size() + " parts around " + links.size() + " links");
        }
    }

    /**
     * The finished body, with every open link leading to its postmortem's page; links to files that do
     * not exist are reported and lead to the list of postmortems.
     */
    public Body link(InternalLinks resolver, Diagnostics diagnostics) {
        return link(resolver, diagnostics, false);
    }

    /**
     * @param adopted whether the file's metadata was inferred: in a folder being adopted, a link to a
     *                file left outside it is to be expected, so it is a warning ({@code --strict} makes
     *                it an error, as it is for files with Hindsight's front matter)
     */
    public Body link(InternalLinks resolver, Diagnostics diagnostics, boolean adopted) {
        Map<FileLink, String> hrefs = new HashMap<>();
        StringBuilder html = new StringBuilder(parts.get(0));
        for (int i = 0; i < links.size(); i++) {
            String href = hrefs.computeIfAbsent(links.get(i), link -> Escaping.escapeHtml(
                    href(link, resolver.resolve(link.path()), diagnostics, adopted), false));
            html.append(href).append(parts.get(i + 1));
        }
        return new Body(html.toString(), headings, sections);
    }

    private static String href(FileLink link, InternalLinks.Target target, Diagnostics diagnostics, boolean adopted) {
        if (target instanceof InternalLinks.Page page) {
            return "../" + page.id() + "/index.html" + link.fragment();
        }
        if (target instanceof InternalLinks.Missing && adopted) {
            diagnostics.warning(link.position(), "broken-link", "link to [" + link.written()
                    + "] leads to no postmortem file in the folder, so the page links to the list of postmortems "
                    + "instead; add the file to the folder, or correct or remove the link (an error with --strict)");
        } else if (target instanceof InternalLinks.Missing) {
            diagnostics.error(link.position(), "broken-link", "link to [" + link.written()
                    + "] leads to no postmortem file; check the path, which is relative to this file");
        }
        return BROKEN_LINK_TARGET;
    }
}
