package dev.hindsight.parse.infer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's {@code {list-table}} directive, a table written as a fenced list of rows ({@code * - ID},
 * then {@code   - Action} for each further cell), which CommonMark reads as code, rewritten as a
 * pipe table line for line. The header is written on its row's last line but one and the rule under
 * it on the last; a body row on its last line, its other lines and the directive's options becoming
 * empty rows, which keep the table one and which no reader takes for a row of its own.
 */
final class ListTables {

    private static final Pattern OPENS = Pattern.compile("^ {0,3}(`{3,}|:{3,})\\{list-table}.*$");
    private static final Pattern ROW = Pattern.compile("^\\s*\\*\\s+-\\s+(.*)$");
    private static final Pattern CELL = Pattern.compile("^\\s+-\\s+(.*)$");

    private ListTables() {
    }

    static void rewrite(String[] lines) {
        Directives.each(lines, OPENS, (open, close) -> table(lines, open, close));
    }

    private static void table(String[] lines, int open, int close) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lastLines = new ArrayList<>();
        for (int i = open + 1; i < close; i++) {
            Matcher row = ROW.matcher(lines[i]);
            Matcher cell = CELL.matcher(lines[i]);
            if (row.matches()) {
                rows.add(new ArrayList<>(List.of(row.group(1).strip())));
                lastLines.add(i);
            } else if (!rows.isEmpty() && cell.matches()) {
                rows.get(rows.size() - 1).add(cell.group(1).strip());
                lastLines.set(rows.size() - 1, i);
            } else if (!rows.isEmpty() && !lines[i].isBlank() && !Directives.OPTION.matcher(lines[i]).matches()) {
                List<String> cells = rows.get(rows.size() - 1);
                cells.set(cells.size() - 1, (cells.get(cells.size() - 1) + " " + lines[i].strip()).strip());
                lastLines.set(rows.size() - 1, i);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (rows.size() < 2 || columns < 2 || lastLines.get(0) - 1 <= open) {
            return;
        }
        List<String> empty = Collections.nCopies(columns, "");
        int header = lastLines.get(0) - 1;
        for (int i = open; i <= close; i++) {
            lines[i] = i < header ? "" : i == close ? "" : PandocTables.row(empty);
        }
        lines[header] = PandocTables.row(padded(rows.get(0), columns));
        lines[header + 1] = PandocTables.delimiter(columns);
        for (int r = 1; r < rows.size(); r++) {
            lines[lastLines.get(r)] = PandocTables.row(padded(rows.get(r), columns));
        }
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> all = new ArrayList<>(cells);
        while (all.size() < columns) {
            all.add("");
        }
        return all;
    }
}
