package dev.hindsight.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolinking of bare URLs, {@code www.} addresses and e-mail addresses, run only on text
 * that can hold one. flexmark unescapes every piece of text and runs a regular expression over it,
 * which was a tenth of a build; most text has none of the marks that every such link needs.
 */
final class LikelyAutolinks implements Parser.ParserExtension {

    private LikelyAutolinks() {
    }

    static LikelyAutolinks create() {
        return new LikelyAutolinks();
    }

    /**
     * Whether the text, once its escapes and entities are read, can contain a link: a URL has
     * {@code ://}, a web address {@code www.}, an e-mail address {@code @}; an escape or entity
     * ({@code \} or {@code &}) may spell any of them.
     */
    static boolean mayHoldLink(String text) {
        return text.contains("://") || text.indexOf('@') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\\') >= 0
                || containsWww(text);
    }

    private static boolean containsWww(String text) {
        for (int at = text.indexOf('.', 3); at >= 0; at = text.indexOf('.', at + 1)) {
            if (text.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(SequenceText.of(node.getChars()))) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
