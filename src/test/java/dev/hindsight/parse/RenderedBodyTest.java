package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Body;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderedBodyTest {

    private final Diagnostics diagnostics = new Diagnostics("pm.md");

    private RenderedBody render(String markdown) {
        return new MarkdownBody().render(markdown, 10, diagnostics);
    }

    @Test
    void keepsThePlainTextOfEachSection() {
        RenderedBody body = render("Intro with <b>raw</b> &amp; more\n\n## Summary\n\nSee <https://x.io/a>, `code` and"
                + " **bold**.\n\n```\nfenced\n```\n\n### Deeper\n\n- item *one*\n- item two\n");

        assertEquals(List.of(new Body.Section("", "", "Intro with <b>raw</b> & more"),
                new Body.Section("Summary", "summary", "See https://x.io/a, code and bold.\n\nfenced\n\nDeeper\n\nitem one item two")),
                body.sections());
    }

    @Test
    void keepsTheWordsOfTableCellsApartAndSaysABareAddressOnce() {
        RenderedBody body = render("## Action Items\n\n| Item | Owner |\n| --- | --- |\n| Add paging | olivia.fernandes |\n\n"
                + "See the [overview](https://x.example.com/o) and https://z.example.com now.\n");

        assertEquals(List.of(new Body.Section("Action Items", "action-items",
                        "Item Owner Add paging olivia.fernandes\n\nSee the overview and https://z.example.com now.")),
                body.sections());
    }

    /** A checkbox with nothing after it, its text on the lines below: flexmark's task items lose such a heading's parent. */
    @Test
    void rendersAHeadingInsideAChecklistItemWhoseTextStartsBelowItsBox() {
        RenderedBody body = render("- [ ] \n    As promised.\n\n    Summary\n    -------\n    From 07:40.\n");

        Body linked = body.link(path -> new InternalLinks.Missing(), diagnostics);

        assertEquals(List.of(new Body.Heading(2, "Summary", "summary", 13)), body.headings());
        assertTrue(linked.html().contains("<h2 id=\"summary\">"), linked.html());
        assertEquals(List.of(), diagnostics.toList());
    }

    @Test
    void leavesLinksToOtherFilesOpenUntilTheLibraryIsKnown() {
        RenderedBody body = render("See [one](../2016/a.md#timeline) and [two](b.md), [one again](../2016/a.md#timeline).\n");

        Body linked = body.link(path -> path.equals("../2016/a.md") ? new InternalLinks.Page("a")
                : new InternalLinks.Missing(), diagnostics);

        assertEquals("<p>See <a href=\"../a/index.html#timeline\">one</a> and <a href=\"../index.html\">two</a>, "
                + "<a href=\"../a/index.html#timeline\">one again</a>.</p>\n", linked.html());
        assertEquals(List.of("pm.md:10:38: error: link to [b.md] leads to no postmortem file; check the path, which "
                + "is relative to this file (broken-link)"), diagnostics.toList().stream().map(d -> d.format()).toList());
    }

    @Test
    void anOpenLinkIsNeverConfusedWithTextThatLooksLikeOne() {
        RenderedBody body = render("Text hindsight-open-link-0-0~ and [a](a.md).\n");

        Body linked = body.link(path -> new InternalLinks.Page("a"), diagnostics);

        assertEquals("<p>Text hindsight-open-link-0-0~ and <a href=\"../a/index.html\">a</a>.</p>\n", linked.html());
    }

    @Test
    void alignsTableColumnsWithClassesRatherThanTheObsoleteAlignAttribute() {
        String html = render("| Time | Event | Count |\n| :--- | :---: | ---: |\n| 09:00 | Began | 3 |\n")
                .link(path -> new InternalLinks.Missing(), diagnostics).html();

        assertEquals("<div class=\"table-scroll\">\n<table class=\"table\">\n<thead>\n<tr><th class=\"align-left\">Time</th>"
                + "<th class=\"align-center\">Event</th><th class=\"align-right\">Count</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td class=\"align-left\">09:00</td><td class=\"align-center\">Began</td>"
                + "<td class=\"align-right\">3</td></tr>\n</tbody>\n</table>\n</div>\n", html);
    }

    @Test
    void showsTaskListItemsAsNamedDisabledCheckboxesWithoutReadonly() {
        String html = render("- [x] Done\n- [ ] Not yet\n").link(path -> new InternalLinks.Missing(), diagnostics).html();

        assertEquals("<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                + "checked=\"checked\" disabled=\"disabled\" aria-label=\"Done\" />&nbsp;Done</li>\n"
                + "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                + "disabled=\"disabled\" aria-label=\"Not done\" />&nbsp;Not yet</li>\n</ul>\n",
                html);
    }
}
