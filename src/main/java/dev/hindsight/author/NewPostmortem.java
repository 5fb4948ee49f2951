package dev.hindsight.author;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code new} knows of the postmortem it starts.
 *
 * @param authors  may be empty: the template's default is used then
 * @param services may be empty too
 * @param timezone the site's, in which the timeline's times are written
 */
public record NewPostmortem(String title, LocalDate date, List<String> authors, List<String> services,
                            Optional<String> severity, ZoneId timezone) {

    public NewPostmortem {
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
        authors = List.copyOf(authors);
        services = List.copyOf(services);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(timezone);
    }

    /** Where it goes under the source folder: {@code 2016/2016-09-05-deployer-api-outage.md}. */
    public String relativePath() {
        return date.getYear() + "/" + date + "-" + TitleSlug.of(title) + ".md";
    }

    /** Each placeholder's value, empty when none was given; in the order the README lists them. */
    Map<String, Optional<Value>> values() {
        Map<String, Optional<Value>> values = new LinkedHashMap<>();
        values.put("title", Optional.of(new Value(YamlText.scalar(title), title)));
        values.put("date", Optional.of(Value.verbatim(date.toString())));
        values.put("authors", list(authors));
        values.put("services", list(services));
        values.put("severity", severity.map(Value::verbatim));
        values.put("timezone", Optional.of(Value.verbatim(timezone.getId())));
        return values;
    }

    private static Optional<Value> list(List<String> items) {
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new Value(YamlText.list(items), String.join(", ", items)));
    }

    /** A value as YAML, for the front matter, and as text, for the Markdown body. */
    record Value(String yaml, String text) {

        static Value verbatim(String text) {
            return new Value(text, text);
        }
    }
}
