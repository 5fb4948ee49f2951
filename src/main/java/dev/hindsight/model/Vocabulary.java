package dev.hindsight.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A closed, ordered set of terms; the order is the one the site shows them in. */
public record Vocabulary(List<Term> terms) {

    public Vocabulary {
        terms = List.copyOf(terms);
    }

    public static Vocabulary of(Term... terms) {
        return new Vocabulary(List.of(terms));
    }

    public Optional<Term> find(String input) {
        String wanted = input.trim().toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> t.key().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public int indexOf(Term term) {
        return terms.indexOf(term);
    }

    public List<String> keys() {
        return terms.stream().map(Term::key).toList();
    }
}
