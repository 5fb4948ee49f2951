package dev.hindsight.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML into {@link YamlNode}s through Jackson's streaming parser, keeping every value's line
 * and column. Hostile input is bounded: aliases are refused rather than expanded (so alias bombs cost
 * nothing), and nesting depth and value length are capped.
 */
public final class YamlReader {

    static final int MAX_DEPTH = 16;
    static final int MAX_VALUE_LENGTH = 100_000;

    private static final YAMLFactory FACTORY = createFactory();

    /**
     * What is being read, so that messages name it and say where long text belongs.
     *
     * @param name     how messages call it
     * @param longText what to do with a value over {@link #MAX_VALUE_LENGTH}
     * @param depth    how deep its fields really go, for YAML nested deeper than {@link #MAX_DEPTH}
     */
    record Kind(String name, String longText, String depth) {
        static final Kind FRONT_MATTER = new Kind("front matter", "put long text in the body of the postmortem",
                "postmortem fields are at most three levels deep");
        static final Kind SITE_CONFIG = new Kind("site.yml", "shorten it", "its fields are at most three levels deep");
    }

    private final Diagnostics diagnostics;
    private final int firstLine;
    private final Kind kind;
    private JsonParser parser;

    private YamlReader(Diagnostics diagnostics, int firstLine, Kind kind) {
        this.diagnostics = diagnostics;
        this.firstLine = firstLine;
        this.kind = kind;
    }

    /**
     * Reads front matter.
     *
     * @param firstLine the file line on which {@code yaml} starts, so positions are the file's
     * @return the document's root, or empty when it is not valid YAML (the problem is reported)
     */
    public static Optional<YamlNode> read(String yaml, int firstLine, Diagnostics diagnostics) {
        return new YamlReader(diagnostics, firstLine, Kind.FRONT_MATTER).readDocument(yaml);
    }

    /** Reads a whole site config file, as {@link #read} does front matter. */
    static Optional<YamlNode> readSiteConfig(String yaml, Diagnostics diagnostics) {
        return new YamlReader(diagnostics, 1, Kind.SITE_CONFIG).readDocument(yaml);
    }

    private static YAMLFactory createFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(MAX_DEPTH * 2);
        loader.setCodePointLimit(8 * 1024 * 1024);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH * 2)
                        .maxStringLength(8 * 1024 * 1024)
                        .build())
                .build();
    }

    private Optional<YamlNode> readDocument(String yaml) {
        Optional<YamlProblems.Problem> refused = YamlProblems.beforeParsing(yaml, firstLine, MAX_VALUE_LENGTH, kind);
        if (refused.isPresent()) {
            report(refused.get());
            return Optional.empty();
        }
        try (JsonParser p = FACTORY.createParser(yaml)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(List.of(), new Position(firstLine - 1, 1)));
            }
            return Optional.ofNullable(readValue(0));
        } catch (JsonProcessingException e) {
            report(YamlProblems.syntax(e, position(e.getLocation()), yaml, firstLine));
            return Optional.empty();
        } catch (Refused e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read YAML", e);
        }
    }

    /** Thrown to stop reading a document once it is refused (too deep, or using aliases); already reported. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private YamlNode readValue(int depth) throws IOException {
        Position at = position(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            diagnostics.error(at, "yaml-too-deep", kind.name() + " nests deeper than " + MAX_DEPTH + " levels; "
                    + kind.depth());
            throw new Refused();
        }
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            diagnostics.error(at, "yaml-alias", "YAML alias [*" + parser.getText()
                    + "] is not supported in " + kind.name() + "; write the value out in full");
            throw new Refused();
        }
        refuseTag(at);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMapping(at, depth);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(null, at);
        }
        String text = parser.getText();
        if (text.length() > MAX_VALUE_LENGTH) {
            diagnostics.error(at, "value-too-long", "value is " + text.length() + " characters long, over the limit of "
                    + MAX_VALUE_LENGTH + "; " + kind.longText());
            return new YamlNode.Scalar(null, at);
        }
        return new YamlNode.Scalar(text, at);
    }

    private YamlNode readMapping(Position at, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            refuseTag(keyAt);
            parser.nextToken();
            YamlNode value = readValue(depth + 1);
            Position earlier = seen.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), keyAt);
            if (earlier != null) {
                diagnostics.error(keyAt, "duplicate-key", "duplicate key [" + key + "], already set on line "
                        + earlier.line() + "; keep only one");
            } else {
                entries.add(new YamlNode.Entry(key, keyAt, value));
            }
        }
        return new YamlNode.Mapping(entries, at);
    }

    /**
     * A tag ({@code !!binary}, {@code !!python/object:...}) asks for a type that no field has; read as if
     * absent, it would make a value the user did not write.
     */
    private void refuseTag(Position at) throws IOException {
        Object tag = parser.getTypeId();
        if (tag != null) {
            diagnostics.error(at, "yaml-tag", "YAML tag [" + YamlProblems.asWritten(tag.toString()) + "] is not supported; "
                    + "remove it, and put the value in quotes if it is text");
            throw new Refused();
        }
    }

    private Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(firstLine, 1);
        }
        return new Position(location.getLineNr() - 1 + firstLine, location.getColumnNr());
    }

    private void report(YamlProblems.Problem problem) {
        diagnostics.error(problem.at(), problem.code(), problem.message());
    }
}
