package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of the front matter, as {@link FrontMatterFields} lists it for the parser, the schema
 * and the README alike.
 *
 * @param key         the key as written in YAML
 * @param description what to write, in one or two sentences, for the schema and the README
 * @param example     a value as an author would write it
 */
public record Field(String key, Kind kind, boolean required, String description, String example) {

    public Field {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(description);
        Objects.requireNonNull(example);
    }

    /** What a field holds, and so how it is read and described. */
    public enum Kind {
        /** One line of text. */
        TEXT("text"),
        /** A stable id: letters, digits, {@code .}, {@code _} and {@code -}. */
        ID("id"),
        /** A day, {@code YYYY-MM-DD}. */
        DATE("date"),
        /** A moment, ISO 8601 with an offset or in the site's time zone. */
        TIMESTAMP("date and time"),
        /** One or more names; a single one needs no brackets. */
        NAMES("list"),
        /** One of the site's statuses, from site.yml. */
        STATUS("status from site.yml"),
        /** One of the site's severities, from site.yml. */
        SEVERITY("severity from site.yml"),
        /** One of the kinds of action item. */
        ACTION_TYPE("one of " + String.join(", ", ActionType.keys())),
        /** One of the states of an action item. */
        ACTION_STATUS("one of " + String.join(", ", ActionStatus.keys())),
        /** A rank such as {@code P1}; a bare number is taken too. */
        PRIORITY("text"),
        /** A tracker key or an http(s) link. */
        TICKET("key or link"),
        /** A list of action items, each with fields of its own. */
        ACTION_ITEMS("list of items");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the README names it. */
        public String label() {
            return label;
        }
    }

    public static List<String> keys(List<Field> fields) {
        return fields.stream().map(Field::key).toList();
    }
}
