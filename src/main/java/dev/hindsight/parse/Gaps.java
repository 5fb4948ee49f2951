package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.parse.infer.Found;
import dev.hindsight.parse.infer.Inferred;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills the fields that a postmortem's front matter leaves open from what was inferred from its text,
 * keeping account, so that one warning can say what was inferred, from where, and what was defaulted.
 */
final class Gaps {

    private final Inferred inferred;
    private final List<String> filled = new ArrayList<>();
    private final List<String> defaulted = new ArrayList<>();

    Gaps(Inferred inferred) {
        this.inferred = inferred;
    }

    /** The value written in the front matter, else the one found in the text. */
    <T> Optional<T> fill(String field, Optional<T> written, Optional<Found<T>> found) {
        if (written.isPresent()) {
            return written;
        }
        found.ifPresent(f -> filled.add(field + " from " + f.where()));
        return found.map(Found::value);
    }

    /** The list written in the front matter, else the one found in the text. */
    <T> List<T> fillList(String field, List<T> written, Optional<Found<List<T>>> found) {
        if (!written.isEmpty() || found.isEmpty()) {
            return written;
        }
        filled.add(field + " (" + found.get().value().size() + ") from " + found.get().where());
        return found.get().value();
    }

    /** @param what the default as the message says it, such as {@code status unknown} */
    <T> T defaulted(String what, T value) {
        defaulted(what);
        return value;
    }

    /** @param what what is shown for a value nothing gave, such as {@code services none} */
    void defaulted(String what) {
        defaulted.add(what);
    }

    /**
     * One warning for what was inferred, and one for each value found that could not be read.
     *
     * @param opening    what the front matter was, so that the text was read: "no front matter, so the
     *                   metadata was read from the text: "
     * @param passedOver the other tool's own fields in the front matter, which mean nothing here
     */
    void report(String opening, List<String> passedOver, Diagnostics diagnostics) {
        inferred.problems().forEach(problem -> diagnostics.warning(Position.START, "inferred-value", problem));
        String defaults = defaulted.isEmpty() ? "" : "; not found, so defaulted: " + String.join(", ", defaulted);
        String ignored = passedOver.isEmpty() ? "" : "; its other fields are that tool's and are passed over: "
                + String.join(", ", passedOver);
        diagnostics.warning(Position.START, "inferred-metadata", opening + (filled.isEmpty() ? "nothing"
                : String.join(", ", filled)) + defaults + ignored + "; hindsight migrate writes it as front matter");
    }
}
