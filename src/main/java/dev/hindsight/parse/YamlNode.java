package dev.hindsight.parse;

import dev.hindsight.diagnostic.Position;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A YAML value with the file position it was written at, so that any problem with it can point there. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Position position();

    /** What a user would call this kind of value, for messages. */
    String kind();

    /**
     * A single value. {@code text} is as written; {@code null} for an empty value or {@code null}/{@code ~}.
     */
    record Scalar(String text, Position position) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return isNull() ? "nothing" : "a single value";
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, Position position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** Keys are case-insensitive, as users type {@code Title} as often as {@code title}. */
        public Optional<Entry> get(String key) {
            return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
        }

        @Override
        public String kind() {
            return "a mapping of fields";
        }
    }

    record Entry(String key, Position keyPosition, YamlNode value) {
        public String normalizedKey() {
            return key.toLowerCase(Locale.ROOT);
        }
    }
}
