package dev.hindsight.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another tool's front matter in TOML (Hugo's and Zola's, between {@code +++} lines) read into
 * {@link YamlNode}s, so that its fields are read as any other tool's front matter is. Dates and times
 * stay the text they were written as. Jackson's TOML reader keeps no positions, so each field's is
 * found in the text: the line of its {@code key =} under its table's header, or the header's.
 */
public final class TomlReader {

    /** Nested deeper than front matter may be, TOML is refused by the reader itself, before it recurses further. */
    private static final TomlMapper TOML = new TomlMapper(TomlFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlReader.MAX_DEPTH * 2).build())
            .build());
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([^\\[\\]]+?)\\s*]]?\\s*(?:#.*)?$");
    private static final Pattern KEY = Pattern.compile("^\\s*([\\w.\"' -]+?)\\s*=");
    private static final Pattern QUOTES = Pattern.compile("\\s*[\"']\\s*|\\s*\\.\\s*");
    private static final Pattern MULTILINE_QUOTE = Pattern.compile("\"\"\"|'''");
    /** Zola keeps a post's tags, categories and authors in a table of their own. */
    private static final String TAXONOMIES = "taxonomies";

    private TomlReader() {
    }

    /**
     * @param firstLine the file line on which {@code toml} starts, so positions are the file's
     * @return the fields, or empty when they are not valid TOML (the problem is reported)
     */
    public static Optional<YamlNode.Mapping> read(String toml, int firstLine, Diagnostics diagnostics) {
        // Bounded as YAML front matter is: control characters and lines longer than any value are refused unread.
        Optional<YamlProblems.Problem> refused = YamlProblems.beforeParsing(toml, firstLine, YamlReader.MAX_VALUE_LENGTH,
                YamlReader.Kind.FRONT_MATTER);
        if (refused.isPresent()) {
            diagnostics.error(refused.get().at(), refused.get().code(), refused.get().message());
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = TOML.readTree(toml);
        } catch (StreamConstraintsException e) {
            diagnostics.error(new Position(firstLine, 1), "yaml-too-deep", tooDeep());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? firstLine
                    : firstLine + e.getLocation().getLineNr() - 1;
            diagnostics.error(new Position(line, 1), "toml-syntax", "invalid TOML in the front matter between \"+++\" "
                    + "lines: " + e.getOriginalMessage().strip() + "; mend it, or write the front matter in YAML "
                    + "between \"---\" lines");
            return Optional.empty();
        }
        Map<String, Position> positions = positions(toml, firstLine);
        Position start = new Position(firstLine, 1);
        YamlNode.Mapping fields = (YamlNode.Mapping) node(root, "", 0, positions, start, diagnostics);
        return fields == null ? Optional.empty() : Optional.of(withTaxonomies(fields));
    }

    /** A table's fields, or null when it nests deeper than front matter may (reported). */
    private static YamlNode node(JsonNode value, String path, int depth, Map<String, Position> positions,
                                 Position at, Diagnostics diagnostics) {
        if (depth > YamlReader.MAX_DEPTH) {
            diagnostics.error(at, "yaml-too-deep", tooDeep());
            return null;
        }
        if (value.isObject()) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Position keyAt = positions.getOrDefault(key, at);
                YamlNode child = node(field.getValue(), key, depth + 1, positions, keyAt, diagnostics);
                if (child == null) {
                    return null;
                }
                entries.add(new YamlNode.Entry(field.getKey(), keyAt, child));
            }
            return new YamlNode.Mapping(entries, at);
        }
        if (value.isArray()) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonNode item : value) {
                YamlNode child = node(item, path, depth + 1, positions, at, diagnostics);
                if (child == null) {
                    return null;
                }
                items.add(child);
            }
            return new YamlNode.Sequence(items, at);
        }
        return new YamlNode.Scalar(value.asText(), at);
    }

    private static String tooDeep() {
        return YamlReader.Kind.FRONT_MATTER.name() + " nests deeper than " + YamlReader.MAX_DEPTH + " levels; "
                + YamlReader.Kind.FRONT_MATTER.depth();
    }

    /** Zola's {@code [taxonomies]} fields as the post's own, where the post has none of that name; the rest are passed over. */
    private static YamlNode.Mapping withTaxonomies(YamlNode.Mapping fields) {
        Optional<YamlNode.Entry> taxonomies = fields.get(TAXONOMIES);
        if (taxonomies.isEmpty() || !(taxonomies.get().value() instanceof YamlNode.Mapping table)) {
            return fields;
        }
        List<YamlNode.Entry> entries = new ArrayList<>(fields.entries());
        entries.remove(taxonomies.get());
        table.entries().stream().filter(e -> fields.get(e.key()).isEmpty()).forEach(entries::add);
        return new YamlNode.Mapping(entries, fields.position());
    }

    /** Where each field is written, by its dotted path: its own line, or for a table its header's. */
    private static Map<String, Position> positions(String toml, int firstLine) {
        Map<String, Position> positions = new HashMap<>();
        String table = "";
        boolean inMultilineString = false;
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean wasInString = inMultilineString;
            inMultilineString ^= MULTILINE_QUOTE.matcher(line).results().count() % 2 == 1;
            if (wasInString) {
                continue;
            }
            Position at = new Position(firstLine + i, 1);
            Matcher header = TABLE.matcher(line);
            Matcher key = KEY.matcher(line);
            if (header.matches()) {
                table = path(header.group(1));
                positions.putIfAbsent(table, at);
            } else if (key.lookingAt()) {
                String name = path(key.group(1));
                positions.putIfAbsent(table.isEmpty() ? name : table + "." + name, at);
            }
        }
        return positions;
    }

    /** A key as a dotted path without its quotes: {@code "site" . 'name'} is {@code site.name}. */
    private static String path(String written) {
        return String.join(".", QUOTES.splitAsStream(written.strip()).filter(part -> !part.isEmpty()).toList());
    }
}
