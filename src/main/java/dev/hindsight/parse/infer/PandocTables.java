package dev.hindsight.parse.infer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's tables, which CommonMark reads as paragraphs, rewritten as pipe tables line for line: a
 * simple table (columns aligned by spaces, a rule of dashes per column under the header) and a grid
 * table ({@code +---+} borders, {@code +===+} under the header, rows that span lines). A row that
 * spans lines is written whole on its last line; its other lines and the borders between rows
 * become empty rows, which keep the table one and which no reader takes for a row of its own.
 */
final class PandocTables {

    /** A simple table's rule: runs of two or more dashes parted by spaces; read by its characters, never a loop per column. */
    private static final Pattern COLUMN_RULE = Pattern.compile("^ {0,3}-[- ]*+$");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern DASHES = Pattern.compile("-+");
    /** A grid table's border: {@code +} between runs of {@code -}, {@code =} or {@code :}; read by its characters. */
    private static final Pattern GRID_BORDER = Pattern.compile("^ {0,3}\\+[-=:+]*+$");
    private static final Pattern GRID_ROW = Pattern.compile("^ {0,3}\\|.*\\|\\s*$");

    private PandocTables() {
    }

    /** @param code which lines are fenced code, left as they are */
    static void rewrite(String[] lines, boolean[] code) {
        for (int i = 0; i < lines.length; i++) {
            boolean opens = !code[i] && (i == 0 || lines[i - 1].isBlank());
            if (opens && isBorder(lines[i])) {
                i = grid(lines, i);
            } else if (opens && !lines[i].isBlank() && !lines[i].strip().startsWith("|") && i + 1 < lines.length
                    && isColumnRule(lines[i + 1])) {
                i = simple(lines, i);
            }
        }
    }

    private static boolean isColumnRule(String line) {
        String rule = line.strip();
        return COLUMN_RULE.matcher(line.stripTrailing()).matches() && rule.contains(" ")
                && SPACES.splitAsStream(rule).allMatch(run -> run.length() >= 2);
    }

    private static boolean isBorder(String line) {
        String border = line.stripTrailing();
        return GRID_BORDER.matcher(border).matches() && border.endsWith("+") && !border.contains("++")
                && border.strip().length() > 2;
    }

    /** @return the table's last line */
    private static int simple(String[] lines, int header) {
        List<Integer> starts = new ArrayList<>();
        Matcher dashes = DASHES.matcher(lines[header + 1]);
        while (dashes.find()) {
            starts.add(dashes.start());
        }
        starts.set(0, 0);
        int last = header + 1;
        while (last + 1 < lines.length && !lines[last + 1].isBlank()) {
            last++;
        }
        for (int i = header; i <= last; i++) {
            lines[i] = i == header + 1 ? delimiter(starts.size()) : row(cells(lines[i], starts, 0));
        }
        return last;
    }

    /** @return the table's last line, or {@code top} when the border opens no grid table */
    private static int grid(String[] lines, int top) {
        List<Integer> edges = new ArrayList<>();
        for (int c = lines[top].indexOf('+'); c >= 0; c = lines[top].indexOf('+', c + 1)) {
            edges.add(c);
        }
        int last = top;
        while (last + 1 < lines.length && (isBorder(lines[last + 1])
                || GRID_ROW.matcher(lines[last + 1]).matches())) {
            last++;
        }
        int underHeader = -1;
        for (int i = top + 1; i <= last && underHeader < 0; i++) {
            if (isBorder(lines[i]) && lines[i].contains("=")) {
                underHeader = i;
            }
        }
        // A grid table without a header's rule: its first row is read as the header.
        for (int i = top + 2; i <= last && underHeader < 0; i++) {
            if (isBorder(lines[i])) {
                underHeader = i;
            }
        }
        if (underHeader < top + 2) {
            return top;
        }
        int columns = edges.size() - 1;
        List<String> written = new ArrayList<>(Collections.nCopies(columns, ""));
        for (int i = top; i <= last; i++) {
            boolean border = isBorder(lines[i]);
            if (!border) {
                List<String> cells = cells(lines[i], edges, 1);
                for (int c = 0; c < columns; c++) {
                    written.set(c, (written.get(c) + " " + cells.get(c)).strip());
                }
            }
            boolean rowEnds = !border && i + 1 <= last && isBorder(lines[i + 1]);
            if (rowEnds) {
                lines[i] = row(written);
                written = new ArrayList<>(Collections.nCopies(columns, ""));
            } else if (i == underHeader) {
                lines[i] = delimiter(columns);
            } else {
                lines[i] = i < underHeader || i == last ? "" : row(Collections.nCopies(columns, ""));
            }
        }
        return last;
    }

    /** The cells between the given column edges; {@code skip} characters at each edge are the border's. */
    private static List<String> cells(String line, List<Integer> edges, int skip) {
        List<String> cells = new ArrayList<>();
        int count = skip == 0 ? edges.size() : edges.size() - 1;
        for (int c = 0; c < count; c++) {
            int from = Math.min(line.length(), edges.get(c) + skip);
            int to = c + 1 < edges.size() ? Math.min(line.length(), edges.get(c + 1)) : line.length();
            cells.add(from < to ? line.substring(from, to).strip() : "");
        }
        return cells;
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(cell -> cell.replace("|", "\\|")).toList()) + " |";
    }

    static String delimiter(int columns) {
        return "|" + "---|".repeat(columns);
    }
}
