package dev.hindsight.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code allow_html: safe}: a few formatting tags written as raw HTML in a postmortem pass through;
 * every other tag stays visible as text, as with raw HTML off.
 *
 * <p>Two steps, so that no hand-written code is what keeps script out. First, raw HTML in the
 * Markdown is split into tags and text: an allowlisted tag without other attributes is kept, and
 * everything else is escaped. Then the whole rendered body goes through the OWASP HTML Sanitizer,
 * allowing only what the Markdown renderer itself writes plus the allowlist: it balances the kept
 * tags (an unclosed {@code <details>} cannot swallow the page) and is the one gate for safety. The
 * classes and URL schemes it allows are the constants the renderer writes and links are checked with,
 * so the gate cannot strip what the renderer adds (the box that makes wide tables scroll).
 */
final class HtmlSubset {

    /** The allowlist; only {@code abbr} takes an attribute, its {@code title}. */
    static final Set<String> TAGS = Set.of("kbd", "sup", "sub", "br", "details", "summary", "abbr", "mark", "ins", "del");

    /** A start or end tag as CommonMark defines raw HTML tags (attribute values quoted or not). */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)"
            + "((?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*)\\s*(/?)>");
    private static final Pattern ABBR_TITLE = Pattern.compile("\\s+title\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** What the Markdown renderer writes (see MarkdownBody's extensions), and the allowlist. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input",
                    "span", "del", "s", "div")
            .allowElements(TAGS.toArray(String[]::new))
            .allowUrlProtocols(SafeUrls.SCHEMES.toArray(String[]::new))
            .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("href", "title", "class").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("class").onElements("code", "table", "li", "input")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("class").matching(false, "align-left", "align-center", "align-right").onElements("th", "td")
            .allowAttributes("type", "checked", "disabled", "readonly").onElements("input")
            .allowAttributes("aria-label").matching(false, MarkdownBody.DONE_LABEL, MarkdownBody.NOT_DONE_LABEL)
                    .onElements("input")
            .allowAttributes("aria-hidden").onElements("span")
            .allowAttributes("class").matching(false, MarkdownBody.HIDDEN_CLASS).onElements("span")
            .allowAttributes("class").matching(false, TableScrollRenderer.CLASS_NAME).onElements("div")
            .allowAttributes("title").onElements("abbr")
            .toFactory();

    private HtmlSubset() {
    }

    /** The final gate over a whole rendered body. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Keeps allowlisted tags of a piece of raw HTML and escapes everything else. */
    static String filter(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(raw);
        int last = 0;
        while (tag.find()) {
            out.append(escape(raw.subSequence(last, tag.start())));
            String kept = allowed(tag);
            out.append(kept != null ? kept : escape(tag.group()));
            last = tag.end();
        }
        return out.append(escape(raw.subSequence(last, raw.length()))).toString();
    }

    /** @return the tag written plainly, or null when it is not on the allowlist as written */
    private static String allowed(Matcher tag) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        String attributes = tag.group(3);
        boolean closing = !tag.group(1).isEmpty();
        if (!TAGS.contains(name) || closing && (!attributes.isEmpty() || !tag.group(4).isEmpty())) {
            return null;
        }
        if (closing) {
            return "</" + name + ">";
        }
        if (attributes.isEmpty()) {
            return "<" + name + ">";
        }
        Matcher title = ABBR_TITLE.matcher(attributes);
        if (name.equals("abbr") && title.matches()) {
            String value = title.group(1) != null ? title.group(1) : title.group(2);
            return "<abbr title=\"" + value.replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;") + "\">";
        }
        return null;
    }

    private static String escape(CharSequence text) {
        return text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Renders raw HTML nodes through {@link #filter}. */
    static final class Renderer implements NodeRenderer {

        static final NodeRendererFactory FACTORY = options -> new Renderer();

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, Renderer::block),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, Renderer::block),
                    new NodeRenderingHandler<>(HtmlInline.class, Renderer::inline),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, Renderer::inline));
        }

        /** A block with no allowed tag is shown as a paragraph of text, as with raw HTML off. */
        private static void block(Node node, NodeRendererContext context, HtmlWriter html) {
            CharSequence raw = node.getChars().trimEOL();
            String filtered = filter(raw);
            boolean asText = node instanceof HtmlBlock && filtered.equals(escape(raw));
            html.line();
            html.raw(asText ? "<p>" + filtered + "</p>" : filtered);
            html.line();
        }

        private static void inline(Node node, NodeRendererContext context, HtmlWriter html) {
            html.raw(filter(node.getChars()));
        }
    }
}
