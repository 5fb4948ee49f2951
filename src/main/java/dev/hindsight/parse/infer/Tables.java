package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** The rows and cells of a Markdown table, its header apart from its body. */
final class Tables {

    private Tables() {
    }

    /** @param head the header's rows, else the body's (never the delimiter row between them) */
    static List<Node> rows(TableBlock table, boolean head) {
        List<Node> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (head ? part instanceof TableHead : part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    static List<TableCell> cells(Node row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }
}
