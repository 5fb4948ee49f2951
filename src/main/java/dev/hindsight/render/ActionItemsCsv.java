package dev.hindsight.render;

import dev.hindsight.model.TrackedAction;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Action items as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with its quotes
 * doubled) whenever it holds a comma, a quote or a line break. Lists are joined with {@code ", "}.
 */
public final class ActionItemsCsv {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final String LINE_END = "\r\n";

    private ActionItemsCsv() {
    }

    public static String write(ActionItemColumns columns, List<TrackedAction> items) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns.all().stream().map(ActionItemColumns.Column::name).toList());
        for (TrackedAction item : items) {
            line(csv, columns.all().stream().map(c -> text(c.value().apply(item))).toList());
        }
        return csv.toString();
    }

    /** A value as the CSV and the terminal table show it: empty when unknown. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(ActionItemsCsv::field).collect(Collectors.joining(","))).append(LINE_END);
    }

    private static String field(String text) {
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
