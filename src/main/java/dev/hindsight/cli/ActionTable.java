package dev.hindsight.cli;

import dev.hindsight.diagnostic.Printable;
import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.ActionItemColumns;
import dev.hindsight.render.ActionItemsCsv;
import dev.hindsight.render.Format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@code actions} command's default output: the columns a reader scans, aligned, one item a line
 * (line breaks and control characters in titles are escaped so that each item stays on its line),
 * then a count.
 */
final class ActionTable {

    private static final List<String> HEADINGS = List.of("DUE", "PRIORITY", "STATUS", "OWNER", "ACTION ITEM",
            "POSTMORTEM");
    private static final List<String> COLUMNS = List.of("due", "priority", "status", "owner", "title", "postmortem_id");
    private static final String GAP = "  ";

    private ActionTable() {
    }

    static String write(ActionItemColumns columns, List<TrackedAction> items, LocalDate today) {
        long overdue = items.stream().filter(a -> a.item().isOverdue(today)).count();
        String count = Format.count(items.size(), "action item", "action items") + ", " + overdue + " overdue as of "
                + today + "\n";
        if (items.isEmpty()) {
            return count;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (TrackedAction item : items) {
            rows.add(COLUMNS.stream().map(name -> cell(columns, name, item, today)).toList());
        }
        int[] widths = IntStream.range(0, HEADINGS.size())
                .map(i -> rows.stream().mapToInt(r -> r.get(i).codePointCount(0, r.get(i).length())).max().orElse(0))
                .toArray();
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            String line = IntStream.range(0, row.size())
                    .mapToObj(i -> i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]))
                    .collect(Collectors.joining(GAP));
            table.append(line.stripTrailing()).append('\n');
        }
        return table.append(count).toString();
    }

    private static String cell(ActionItemColumns columns, String name, TrackedAction item, LocalDate today) {
        String text = Printable.escape(ActionItemsCsv.text(columns.named(name).value().apply(item)));
        if (name.equals("due") && item.item().isOverdue(today)) {
            return text + " overdue";
        }
        return text.isEmpty() ? "-" : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.codePointCount(0, text.length()));
    }
}
