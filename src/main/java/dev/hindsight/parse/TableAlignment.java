package dev.hindsight.parse;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A table column's alignment (":---:") as a class, such as {@code align-center}, that the theme's CSS
 * aligns: the {@code align} attribute flexmark writes is obsolete HTML, which the Nu checker refuses.
 */
final class TableAlignment implements AttributeProvider {

    static final AttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new TableAlignment();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        }
    }
}
