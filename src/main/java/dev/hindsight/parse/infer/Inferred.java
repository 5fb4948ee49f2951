package dev.hindsight.parse.infer;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Term;
import dev.hindsight.model.Timestamps;

import java.time.LocalDate;
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
                       Optional<Found<String>> impact, Optional<Found<Timestamps>> timestamps,
                       Optional<Found<List<ActionItem>>> actionItems,
                       List<String> problems) {

    public Inferred {
        problems = List.copyOf(problems);
    }
}
