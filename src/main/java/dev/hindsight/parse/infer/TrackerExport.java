package dev.hindsight.parse.infer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JacksonException;
import com.vladsch.flexmark.ast.FencedCodeBlock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A tracker's export pasted into a code block under an action heading, read as the rows of a table:
 * CSV (```` ```csv ````, Jira's "Issue key,Summary,Assignee,Status") or TSV, and YAML's list of
 * records, bare or under one key ({@code action_items:} of {@code - id: OPS-1432 / title: …}).
 * Anything else in a code block (a log, a config, a query) is none.
 */
final class TrackerExport {

    /** The export as a table: its column names, and each record's values in their order. */
    record Rows(List<String> header, List<List<String>> rows) {
    }

    private static final Set<String> CSV = Set.of("csv", "tsv");
    private static final Set<String> YAML = Set.of("yaml", "yml");
    private static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());
    private static final CsvMapper CSV_READER = new CsvMapper();

    private TrackerExport() {
    }

    static Optional<Rows> read(FencedCodeBlock code) {
        String info = code.getInfo().toString().strip().toLowerCase(Locale.ROOT);
        String text = code.getContentChars().toString();
        if (CSV.contains(info)) {
            return csv(text, info.equals("tsv") ? '\t' : ',');
        }
        return YAML.contains(info) ? yaml(text) : Optional.empty();
    }

    private static Optional<Rows> csv(String text, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (MappingIterator<List<String>> lines = CSV_READER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(text)) {
            List<List<String>> all = new ArrayList<>();
            while (lines.hasNext()) {
                List<String> line = lines.next();
                if (line.stream().anyMatch(cell -> !cell.isBlank())) {
                    all.add(line.stream().map(String::strip).toList());
                }
            }
            return all.size() < 2 || all.get(0).size() < 2 ? Optional.empty()
                    : Optional.of(new Rows(all.get(0), all.subList(1, all.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Rows> yaml(String text) {
        JsonNode root;
        try {
            root = YAML_READER.readTree(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root != null && root.isObject() && root.size() == 1) {
            root = root.elements().next();
        }
        if (root == null || !root.isArray() || root.isEmpty()
                || !StreamSupport.stream(root.spliterator(), false).allMatch(JsonNode::isObject)) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        root.forEach(record -> record.fieldNames().forEachRemaining(keys::add));
        List<String> header = List.copyOf(keys);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode record : root) {
            rows.add(header.stream().map(key -> value(record.get(key))).toList());
        }
        return Optional.of(new Rows(header, rows));
    }

    /** A value as a cell shows it: a list's values joined, nothing for a missing one. */
    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isContainerNode()) {
            List<String> parts = new ArrayList<>();
            node.elements().forEachRemaining(element -> parts.add(value(element)));
            return String.join(", ", parts);
        }
        return node.asText().strip();
    }
}
