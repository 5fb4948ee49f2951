package dev.hindsight.parse.infer;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a postmortem's text and file name tell of its metadata, each value with where it was found.
 * The title is always found: the file name gives one when nothing else does.
 *
 * @param problems text that looked like a value but could not be read as one, as messages
 */
public record Inferred(Found<String> title, Optional<Found<String>> id, Optional<Found<LocalDate>> date,
                       Optional<Found<List<String>>> authors, Optional<Found<Term>> status,
                       Optional<Found<Term>> severity, Optional<Found<List<String>>> services,
                       Optional<Found<List<String>>> tags, Optional<Found<String>> summary,
                       Optional<Found<String>> impact, Optional<Found<List<ActionItem>>> actionItems,
                       List<String> problems) {

    public Inferred {
        problems = List.copyOf(problems);
    }

    /** Each value found, as "title from the first heading", in the order of the front matter's fields. */
    public List<String> described() {
        List<String> said = new ArrayList<>();
        said.add("title from " + title.where());
        id.ifPresent(f -> said.add("id from " + f.where()));
        date.ifPresent(f -> said.add("date from " + f.where()));
        authors.ifPresent(f -> said.add("authors from " + f.where()));
        status.ifPresent(f -> said.add("status from " + f.where()));
        severity.ifPresent(f -> said.add("severity from " + f.where()));
        services.ifPresent(f -> said.add("services from " + f.where()));
        tags.ifPresent(f -> said.add("tags from " + f.where()));
        summary.ifPresent(f -> said.add("summary from " + f.where()));
        impact.ifPresent(f -> said.add("impact from " + f.where()));
        actionItems.ifPresent(f -> said.add(f.value().size() + (f.value().size() == 1 ? " action item" : " action items")
                + " from " + f.where()));
        return said;
    }
}
