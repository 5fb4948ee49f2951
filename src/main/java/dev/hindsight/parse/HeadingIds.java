package dev.hindsight.parse;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.HashSet;
import java.util.Set;

/**
 * Heading ids that are unique on the whole page. flexmark's own numbering of repeated headings can
 * still repeat an id ({@code A}, {@code A}, {@code A-1}) and knows nothing of the theme's ids, so a
 * {@code ## Related} heading took the id of the theme's related postmortems, and the contents'
 * link jumped to the heading. flexmark makes the base ids (with its numbering off); this numbers
 * every id already taken, by the theme or by an earlier heading: {@code related-1}.
 */
final class HeadingIds implements HtmlIdGenerator {

    /** The ids the theme's templates give elements on pages that show a body (layout.jte, postmortem.jte). */
    static final Set<String> THEME_IDS = Set.of("main", "tracked-action-items", "related");

    static final HeaderIdGeneratorFactory FACTORY = new HeaderIdGeneratorFactory() {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingIds();
        }
    };

    private final HeaderIdGenerator base = new HeaderIdGenerator();

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        base.generateIds(document, preVisitor);
        Set<String> taken = new HashSet<>(THEME_IDS);
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget target) {
                String id = target.getAnchorRefId();
                if (id.isEmpty()) {
                    return;
                }
                String unique = id;
                for (int n = 1; !taken.add(unique); n++) {
                    unique = id + "-" + n;
                }
                target.setAnchorRefId(unique);
            }
        }.visit(document);
    }

    @Override
    public String getId(Node node) {
        return base.getId(node);
    }

    @Override
    public String getId(CharSequence text) {
        return base.getId(text);
    }
}
