package dev.hindsight.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hindsight.model.Body;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of a parsed body, cut at its {@code #} and {@code ##} headings: what search and
 * feeds read, so that they never parse Markdown again. Deeper headings stay inside their section.
 */
final class PlainSections {

    private static final int SECTION_LEVEL = 2;

    private PlainSections() {
    }

    static List<Body.Section> of(Document document) {
        List<Body.Section> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        StringBuilder words = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && h.getLevel() <= SECTION_LEVEL) {
                add(sections, heading, anchor, words);
                heading = h.getText().toString().strip();
                anchor = h.getAnchorRefId();
                words.setLength(0);
                continue;
            }
            String blockText = textOf(block);
            if (!blockText.isEmpty()) {
                words.append(words.length() == 0 ? "" : "\n\n").append(blockText);
            }
        }
        add(sections, heading, anchor, words);
        return sections;
    }

    /**
     * The words of a block. Walks the tree without recursion (a body may nest thousands of levels)
     * and without flexmark's text collector, which fails on some malformed input.
     */
    private static String textOf(Node block) {
        Words words = new Words();
        Node node = block;
        while (node != null) {
            Node next = append(words, node) ? node.getFirstChild() : null;
            while (next == null && node != block) {
                next = node.getNext();
                node = node.getParent();
            }
            node = next;
        }
        return words.toString();
    }

    /** Text gathered with runs of white space as one space, none at either end. */
    private static final class Words {

        private final StringBuilder out = new StringBuilder();
        private boolean space;

        void space() {
            space = out.length() > 0;
        }

        /** Whole runs of non-space characters are appended at once, which copies arrays rather than chars. */
        void add(String text) {
            int at = 0;
            while (at < text.length()) {
                if (Character.isWhitespace(text.charAt(at))) {
                    space();
                    at++;
                    continue;
                }
                int end = at + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(text, at, end);
                at = end;
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /**
     * Adds what the node itself says; whether its children are to be read as well. Table cells are
     * words apart, the row of dashes under a table's header is no words, and a link found in bare
     * text says its address once.
     */
    private static boolean append(Words words, Node node) {
        if (node instanceof Block || node instanceof SoftLineBreak || node instanceof HardLineBreak
                || node instanceof TableRow || node instanceof TableCell) {
            words.space();
        } else if (node instanceof TableSeparator) {
            return false;
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            words.add(SequenceText.of(((DelimitedLinkNode) node).getText()));
            return false;
        } else if (node instanceof Text || node instanceof TextBase || node instanceof HtmlInline
                || node instanceof HtmlEntity) {
            if (!node.hasChildren()) {
                String chars = SequenceText.of(node.getChars());
                words.add(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : Escaping.unescapeString(chars));
            }
        }
        return true;
    }

    private static void add(List<Body.Section> sections, String heading, String anchor, StringBuilder words) {
        if (!heading.isEmpty() || words.length() > 0) {
            sections.add(new Body.Section(heading, anchor, words.toString()));
        }
    }
}
