package dev.hindsight.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Mends the one way flexmark's parse tree can come out inconsistent. Its task-list extension turns
 * a list item into a task item after the item's blocks were parsed, and a block it did not move
 * along (a setext heading further down the item: {@code - [ ] }, then indented text and a heading
 * underlined with dashes) still names the old item as its parent. Rendering such a heading asks
 * for its document, which it then has none of.
 */
public final class ParentLinks {

    private static final Method SET_PARENT = setParent();

    private ParentLinks() {
    }

    /** Makes every node's parent the node it is a child of; walks without recursion, as bodies nest deeply. */
    public static Document mend(Document document) {
        Deque<Node> open = new ArrayDeque<>();
        open.push(document);
        while (!open.isEmpty()) {
            Node node = open.pop();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child.getParent() != node) {
                    relink(node, child);
                }
                open.push(child);
            }
        }
        return document;
    }

    /**
     * flexmark offers no public way to set only a parent: its unlinking and inserting read the parent
     * they find, the stale one here, and would damage the old item's list or this one's.
     */
    private static void relink(Node parent, Node child) {
        try {
            SET_PARENT.invoke(child, parent);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("flexmark's Node.setParent could not be called", e);
        }
    }

    private static Method setParent() {
        try {
            Method method = Node.class.getDeclaredMethod("setParent", Node.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
