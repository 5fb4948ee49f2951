package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.diagnostic.Suggestions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads typed fields out of one YAML mapping, reporting each problem at the value that has it.
 * {@code prefix} names the mapping in messages ({@code action_items[2].}) and is empty at the top.
 */
final class FieldReader {

    private final YamlNode.Mapping mapping;
    private final Diagnostics diagnostics;
    private final Position missingAt;
    private final String prefix;
    private final String codePrefix;

    FieldReader(YamlNode.Mapping mapping, Diagnostics diagnostics, Position missingAt, String prefix) {
        this(mapping, diagnostics, missingAt, prefix, "");
    }

    /**
     * @param prefix     names the mapping in messages, such as {@code action_items[2].}
     * @param codePrefix makes rule codes distinct, such as {@code action-item-} for {@code action-item-status}
     */
    FieldReader(YamlNode.Mapping mapping, Diagnostics diagnostics, Position missingAt, String prefix, String codePrefix) {
        this.mapping = mapping;
        this.diagnostics = diagnostics;
        this.missingAt = missingAt;
        this.prefix = prefix;
        this.codePrefix = codePrefix;
    }

    /** Each field's problems share one rule code, named after the field. */
    private void error(Position at, String key, String message) {
        diagnostics.error(at, code(key), message);
    }

    private String code(String key) {
        return codePrefix + key.replace('_', '-');
    }

    /** Warns about keys nobody reads, suggesting the known key a typo was probably meant to be. */
    void warnUnknownKeys(Collection<String> known) {
        mapping.entries().stream().filter(entry -> !known.contains(entry.normalizedKey()))
                .forEach(entry -> warnUnknown(entry, known, Suggestions.closest(entry.key(), known)));
    }

    /**
     * Another tool's front matter holds fields of that tool's own ({@code draft}, {@code description}),
     * which are no mistakes: of the keys that are none of {@code read}, only one that looks like a
     * mistyped one of {@code known} is warned of.
     *
     * @return the other keys that are none of {@code read}, for the caller to name together
     */
    List<String> passOverOtherToolsKeys(Collection<String> known, Collection<String> read) {
        List<String> passedOver = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (read.contains(entry.normalizedKey())) {
                continue;
            }
            Optional<String> meant = Suggestions.closest(entry.key(), known);
            if (meant.isPresent()) {
                warnUnknown(entry, known, meant);
            } else {
                passedOver.add(entry.key());
            }
        }
        return passedOver;
    }

    private void warnUnknown(YamlNode.Entry entry, Collection<String> known, Optional<String> meant) {
        diagnostics.warning(entry.keyPosition(), "unknown-field", "unknown field [" + prefix + entry.key() + "] is "
                + "ignored; " + meant.map(k -> "did you mean " + k + "?").orElse("known fields are " + String.join(", ", known)));
    }

    Position positionOf(String key) {
        return mapping.get(key).map(e -> e.value().position()).orElse(missingAt);
    }

    Optional<String> text(String key, boolean required) {
        return scalar(key, required).flatMap(s -> {
            String text = s.text().strip();
            if (text.isEmpty()) {
                if (required) {
                    reportEmpty(s.position(), key);
                }
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    /**
     * A list of single values; one value alone is taken as a list of one. Blank entries are skipped;
     * a list with nothing but blanks counts as empty, reported once.
     */
    List<Item> list(String key, boolean required) {
        return list(key, required, false);
    }

    /**
     * A list of names, as {@link #list} reads it, whose entries may also be people written as
     * fields with a {@code name}, as Docusaurus and Hugo themes write authors: {@code - name: Jo Doe}.
     */
    List<Item> names(String key) {
        return list(key, false, true);
    }

    private List<Item> list(String key, boolean required, boolean namedEntries) {
        Optional<YamlNode.Entry> entry = present(key, required);
        if (entry.isEmpty()) {
            return List.of();
        }
        YamlNode value = entry.get().value();
        List<YamlNode> nodes = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
        List<Item> items = new ArrayList<>();
        boolean wrongType = false;
        for (YamlNode listed : nodes) {
            YamlNode node = namedEntries && listed instanceof YamlNode.Mapping person && person.get("name").isPresent()
                    ? person.get("name").get().value() : listed;
            if (!(node instanceof YamlNode.Scalar scalar)) {
                error(node.position(), key, prefix + key + " expects names, found " + node.kind()
                        + (listed == value ? "" : " in the list") + "; write " + key + ": [first, second]");
                wrongType = true;
            } else if (!scalar.isNull() && !scalar.text().isBlank()) {
                items.add(new Item(scalar.text().strip(), scalar.position()));
            }
        }
        if (items.isEmpty() && required && !wrongType) {
            error(value.position(), key, prefix + key + " is empty; name at least one, such as "
                    + key + ": [first, second]");
        }
        return items;
    }

    /** A value from a list with its position, so later checks can point at it. */
    record Item(String text, Position position) {
    }

    /**
     * A calendar day. A timestamp is accepted with a warning, its day taken as written: front matter
     * from other generators often has one, and the day the author wrote is the one they mean.
     */
    Optional<LocalDate> date(String key, boolean required) {
        return date(key, required, (at, text) -> {
            error(at, key, "invalid " + prefix + key + " [" + text + "]; " + DateValues.dateProblem(text));
            return Optional.empty();
        });
    }

    /**
     * As {@link #date(String, boolean)}, asking {@code noDay} of a value that is no day as written here
     * instead of an error: it says why, and may read the day another way.
     */
    Optional<LocalDate> date(String key, boolean required, BiFunction<Position, String, Optional<LocalDate>> noDay) {
        return scalar(key, required).flatMap(s -> {
            String text = s.text().strip();
            Optional<LocalDate> day = DateValues.dayOfTimestamp(text);
            if (day.isPresent()) {
                diagnostics.warning(s.position(), code(key), prefix + key + " [" + text + "] has a time; only the day "
                        + day.get() + " is used, so write " + key + ": " + day.get()
                        + (prefix.isEmpty() ? " and put the time in started" : ""));
                return day;
            }
            Optional<LocalDate> date = DateValues.date(text);
            return date.isPresent() ? date : noDay.apply(s.position(), text);
        });
    }

    /** An instant; without an offset, the time is read in the site's time zone. */
    Optional<OffsetDateTime> timestamp(String key, ZoneId zone) {
        return timestamp(key, zone, (at, text) -> error(at, key, "invalid " + prefix + key + " [" + text + "]; "
                + DateValues.instantProblem(text)));
    }

    /** As {@link #timestamp(String, ZoneId)}, telling {@code invalid} of a value that is no date and time. */
    Optional<OffsetDateTime> timestamp(String key, ZoneId zone, BiConsumer<Position, String> invalid) {
        return scalar(key, false).flatMap(s -> {
            String text = s.text().strip();
            Optional<OffsetDateTime> instant = DateValues.instant(text, zone);
            if (instant.isEmpty()) {
                invalid.accept(s.position(), text);
            }
            return instant;
        });
    }

    /** One of a closed set of values, matched case-insensitively. */
    <T> Optional<T> choice(String key, boolean required, Function<String, Optional<T>> find, List<String> allowed) {
        return choice(key, required, find, (at, text) -> error(at, key, "unknown " + prefix + key + " [" + text
                + "]; expected one of " + String.join(", ", allowed)
                + Suggestions.closest(text, allowed).map(k -> "; did you mean " + k + "?").orElse("")));
    }

    /** As {@link #choice(String, boolean, Function, List)}, telling {@code unknown} of a value none of the choices is. */
    <T> Optional<T> choice(String key, boolean required, Function<String, Optional<T>> find,
                           BiConsumer<Position, String> unknown) {
        return scalar(key, required).flatMap(s -> {
            String text = s.text().strip();
            Optional<T> found = find.apply(text);
            if (found.isEmpty()) {
                unknown.accept(s.position(), text);
            }
            return found;
        });
    }

    /** The entry when it has a value; a required one that is missing or empty is reported. */
    Optional<YamlNode.Entry> present(String key, boolean required) {
        Optional<YamlNode.Entry> entry = mapping.get(key);
        if (entry.isEmpty()) {
            if (required) {
                diagnostics.error(missingAt, "missing-field", "missing required field [" + prefix + key + "]; add \""
                        + key + ": ...\"" + (prefix.isEmpty() ? " to the front matter" : ""));
            }
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                reportEmpty(s.position(), key);
            }
            return Optional.empty();
        }
        return entry;
    }

    private void reportEmpty(Position at, String key) {
        error(at, key, prefix + key + " is empty; write its value after \"" + key + ":\"");
    }

    /** The value exactly as written, for messages that quote it. */
    Optional<String> rawText(String key) {
        return mapping.get(key).map(YamlNode.Entry::value)
                .filter(YamlNode.Scalar.class::isInstance).map(v -> ((YamlNode.Scalar) v).text());
    }

    private Optional<YamlNode.Scalar> scalar(String key, boolean required) {
        return present(key, required).flatMap(entry -> {
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                return Optional.of(scalar);
            }
            error(entry.value().position(), key, prefix + key + " expects a single value, found "
                    + entry.value().kind() + "; write \"" + key + ": value\" on one line");
            return Optional.empty();
        });
    }
}
