package dev.hindsight.parse;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Wraps every Markdown table in a box that scrolls sideways, so a wide timeline fits a phone while
 * the table itself keeps its table semantics for screen readers.
 */
final class TableScrollRenderer implements NodeRenderer {

    /** The wrapper's class, which the theme's CSS makes scroll. */
    static final String CLASS_NAME = "table-scroll";

    static final NodeRendererFactory FACTORY = options -> new TableScrollRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, TableScrollRenderer::render));
    }

    private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", CLASS_NAME).withAttr().tagLine("div");
        context.delegateRender();
        html.tagLine("/div");
    }
}
