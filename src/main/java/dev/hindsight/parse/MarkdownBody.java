package dev.hindsight.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.HeadingCollectingVisitor;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Body;
import dev.hindsight.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders postmortem bodies to safe HTML. Raw HTML is escaped, links with schemes that can run code
 * ({@code javascript:}, {@code data:} …) are neutralised, and relative links to other postmortem
 * files are rewritten to their pages. The parser and renderer are built once and shared by all threads.
 */
public final class MarkdownBody {

    /** Where a neutralised link points: nowhere, harmlessly. */
    static final String BLOCKED_URL = "#blocked-link";

    /** The classes the renderer gives heading anchors and their text for screen readers. */
    static final String ANCHOR_CLASS = "heading-anchor";
    static final String HIDDEN_CLASS = "visually-hidden";

    /** What a screen reader names a task list's checkbox (axe: a form control needs a name). */
    static final String DONE_LABEL = "Done";
    static final String NOT_DONE_LABEL = "Not done";

    private static final int MAX_TOKEN_ATTEMPTS = 100;
    private static final NullableDataKey<Context> CONTEXT = new NullableDataKey<>("HINDSIGHT_LINK_CONTEXT");
    private static final Pattern POSTMORTEM_FILE = Pattern.compile("(?i)[^?#]*\\.(md|markdown)(#.*)?");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean safeHtml;

    /**
     * What one rendering needs to leave its links to other files open: each is written as a token
     * that the markdown does not contain, and cut out of the HTML afterwards.
     */
    private record Context(String token, List<FileLink> links, LineMap lines) {
    }

    public MarkdownBody() {
        this(SiteConfig.RawHtml.ESCAPE);
    }

    /** @param rawHtml {@code SAFE} lets the tags of {@link HtmlSubset} through; all else stays escaped */
    public MarkdownBody(SiteConfig.RawHtml rawHtml) {
        safeHtml = rawHtml == SiteConfig.RawHtml.SAFE;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), LikelyAutolinks.create(),
                        TaskListExtension.create(), StrikethroughExtension.create(), AnchorLinkExtension.create()))
                // CommonMark's <path with spaces> destinations, which exports from wikis and editors
                // write for attachments: flexmark reads them only with this option.
                .set(Parser.SPACE_IN_LINK_URLS, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.PASS_THROUGH)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, false) // HeadingIds numbers them, page-wide
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.CLASS_NAME, "table")
                // Without readonly, which the Nu checker refuses on a checkbox; disabled already keeps it still.
                .set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                        + "checked=\"checked\" disabled=\"disabled\" aria-label=\"" + DONE_LABEL + "\" />&nbsp;")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                        + "disabled=\"disabled\" aria-label=\"" + NOT_DONE_LABEL + "\" />&nbsp;")
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, ANCHOR_CLASS)
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX,
                        "<span aria-hidden=\"true\">#</span><span class=\"" + HIDDEN_CLASS + "\">Link to this section</span>");
        parser = LinearInlineParser.install(Parser.builder(options)).build();
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options).linkResolverFactory(new SafeLinkResolverFactory())
                .htmlIdGeneratorFactory(HeadingIds.FACTORY)
                .nodeRendererFactory(TableScrollRenderer.FACTORY)
                .attributeProviderFactory(TableAlignment.FACTORY);
        renderer = (safeHtml ? builder.nodeRendererFactory(HtmlSubset.Renderer.FACTORY) : builder).build();
    }

    /**
     * @param firstLine the file line on which the body starts, so reported positions are the file's
     */
    public RenderedBody render(String markdown, int firstLine, Diagnostics diagnostics) {
        try {
            return renderNested(markdown, firstLine);
        } catch (StackOverflowError e) {
            // flexmark recurses once per level of nesting, and per character of a "*****" line: input
            // that goes deeper than the thread's stack is refused; the stack is whole again once unwound.
            diagnostics.error(new Position(firstLine, 1), "body-too-deep", "the body nests too deeply to render "
                    + "(thousands of levels of quotes or lists, or a line of thousands of *, - or _); shorten that part");
            return RenderedBody.EMPTY;
        } catch (BodyTooComplex e) {
            diagnostics.error(new LineMap(markdown, firstLine).positionOf(e.offset()), "body-too-complex",
                    e.getMessage());
            return RenderedBody.EMPTY;
        }
    }

    private RenderedBody renderNested(String markdown, int firstLine) {
        Document document = ParentLinks.mend(parser.parse(markdown));
        LineMap lines = new LineMap(markdown, firstLine);
        // The token must not occur in the HTML by any other way; where text renders into it after all
        // (through entities, say), the next candidate is tried, so the result stays deterministic.
        for (int attempt = 0; attempt < MAX_TOKEN_ATTEMPTS; attempt++) {
            String token = "hindsight-open-link-" + attempt + "-";
            if (markdown.contains(token)) {
                continue;
            }
            List<FileLink> links = new ArrayList<>();
            document.set(CONTEXT, new Context(token, links, lines));
            String html = safeHtml ? HtmlSubset.sanitize(renderer.render(document)) : renderer.render(document);
            // Headings have their ids once rendered.
            List<Body.Heading> headings = new HeadingCollectingVisitor().collectAndGetHeadings(document).stream()
                    .map(h -> heading(h, lines))
                    .toList();
            RenderedBody body = cut(html, token, links, headings, PlainSections.of(document));
            if (body != null) {
                return body;
            }
        }
        throw new IllegalStateException("no link token is free in this body");
    }

    /**
     * The HTML around the numbered tokens, or null when text rendered into a token too. The renderer
     * resolves each distinct URL once, so one token may stand in several places.
     */
    private static RenderedBody cut(String html, String token, List<FileLink> links, List<Body.Heading> headings,
                                    List<Body.Section> sections) {
        List<String> parts = new ArrayList<>();
        List<FileLink> occurrences = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, from)) {
            int digits = at + token.length();
            int end = digits;
            while (end < html.length() && Character.isDigit(html.charAt(end))) {
                end++;
            }
            if (end == digits || end == html.length() || html.charAt(end) != '~' || end - digits > 9) {
                return null;
            }
            int index = Integer.parseInt(html, digits, end, 10);
            if (index >= links.size()) {
                return null;
            }
            parts.add(html.substring(from, at));
            occurrences.add(links.get(index));
            from = end + 1;
        }
        parts.add(html.substring(from));
        return new RenderedBody(parts, occurrences, headings, sections);
    }

    /** The line comes from the body's own line map: flexmark's counts the lines again for every heading. */
    private static Body.Heading heading(Heading heading, LineMap lines) {
        return new Body.Heading(heading.getLevel(), heading.getText().toString().strip(),
                heading.getAnchorRefId(), lines.positionOf(heading.getStartOffset()).line());
    }

    private static final class SafeLinkResolverFactory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return MarkdownBody::resolve;
        }
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext basic, ResolvedLink link) {
        Context context = CONTEXT.get(basic.getDocument());
        String url = link.getUrl();
        if (!SafeUrls.isSafe(url)) {
            return link.withUrl(BLOCKED_URL).withStatus(LinkStatus.INVALID);
        }
        if (context == null || SafeUrls.hasScheme(url) || url.startsWith("/") || !POSTMORTEM_FILE.matcher(url).matches()) {
            return link;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        List<FileLink> links = context.links();
        links.add(new FileLink(path, fragment, url, context.lines().positionOf(node.getStartOffset())));
        return link.withUrl(context.token() + (links.size() - 1) + "~").withStatus(LinkStatus.VALID);
    }
}
