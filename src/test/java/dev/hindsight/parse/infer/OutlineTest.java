package dev.hindsight.parse.infer;

import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Malformed Markdown is read into sections, and the text of every block collected, without an exception. */
class OutlineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "```\nnever closed\n# not a heading\n",
        "~~~python\n# comment\n",
        "<div>\n# inside html\n<table><tr><td>cell",
        "<!-- never closed\n# Title\n",
        "| Action | Owner |\n|---|---|\n",
        "| Action | Owner |\n",
        "|---|---|\n| a | b |\n",
        "| a |\n|:-:|\n| b | c | d | e |\n",
        "#\n##\n###\n",
        "Title\n===\n\n---\n\n- [ ]\n- [x]\n  - [ ] \n",
        "[ref]: \n[a][ref] [b][] [c]\n",
        "> > > - 1. - [ ] deep\n",
        "**\n__\n`\n",
        "# H1 #\n\n\t\t| x |\n\u0000\n\uFEFF# BOM\n",
    })
    void readsMalformedMarkdownIntoSectionsAndTheirText(String markdown) {
        Outline outline = assertDoesNotThrow(() -> Outline.parse(markdown));

        assertFalse(outline.sections().isEmpty(), "the text before any heading is a section");
        for (Outline.Section section : outline.sections()) {
            for (Node block : section.blocks()) {
                assertDoesNotThrow(() -> Outline.text(block), block.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"```\n## Action Items\n- [ ] inside a fence\n", "<div>\n## Action Items\n- [ ] in html\n</div>\n"})
    void readsNoHeadingsOrItemsFromInsideFencesOrHtml(String markdown) {
        Outline outline = Outline.parse(markdown);

        assertEquals(List.of(0), outline.sections().stream().map(Outline.Section::level).toList());
        assertEquals(java.util.Optional.empty(), ActionItemFinder.find(outline));
    }
}
