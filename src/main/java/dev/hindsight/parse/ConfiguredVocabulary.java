package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Term;
import dev.hindsight.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vocabulary of site.yml ({@code statuses}, {@code severities}): a list of keys, or of
 * {@code {key, label, draft}} mappings for a friendlier display.
 */
record ConfiguredVocabulary(List<ConfiguredTerm> terms) {

    ConfiguredVocabulary {
        terms = List.copyOf(terms);
    }

    /**
     * One configured term, whether postmortems with it are drafts, and where its key was written.
     */
    record ConfiguredTerm(Term term, boolean draft, Position at) {
    }

    /**
     * @param singular how messages name one entry, such as {@code status}
     * @return the terms that could be read; empty when the field is not there or not a list
     */
    static Optional<ConfiguredVocabulary> read(FieldReader fields, String key, String singular,
                                               Diagnostics diagnostics) {
        return SiteConfigReader.nonEmptyList(fields, key, diagnostics).map(nodes -> {
            List<ConfiguredTerm> terms = new ArrayList<>();
            for (YamlNode node : nodes) {
                termOf(node, key, diagnostics)
                        .filter(term -> isDistinct(term, terms, singular, diagnostics))
                        .ifPresent(terms::add);
            }
            return new ConfiguredVocabulary(terms);
        });
    }

    Vocabulary vocabulary() {
        return new Vocabulary(terms.stream().map(ConfiguredTerm::term).toList());
    }

    /** Statuses marked {@code draft: true} stay out of the site; without any marks, "draft" does. */
    Optional<List<String>> drafts() {
        List<String> drafts = terms.stream().filter(ConfiguredTerm::draft).map(t -> t.term().key()).toList();
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts);
    }

    private static Optional<ConfiguredTerm> termOf(YamlNode node, String field, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            String key = scalar.text().strip();
            return Optional.of(new ConfiguredTerm(Term.of(key, key), false, scalar.position()));
        }
        if (node instanceof YamlNode.Mapping mapping) {
            FieldReader term = new FieldReader(mapping, diagnostics, mapping.position(), field + ".");
            term.warnUnknownKeys(List.of("key", "label", "draft"));
            Optional<String> key = term.text("key", true);
            boolean draft = term.text("draft", false).map("true"::equalsIgnoreCase).orElse(false);
            return key.map(k -> new ConfiguredTerm(Term.of(k, term.text("label", false).orElse(k)), draft,
                    term.positionOf("key")));
        }
        diagnostics.error(node.position(), "config", field + " entries are a value or {key, label}, found " + node.kind());
        return Optional.empty();
    }

    /**
     * Front matter matches keys ignoring case, and each term gets a page named by its slug: two terms
     * alike in either way could not be told apart, so the second one is refused.
     */
    private static boolean isDistinct(ConfiguredTerm term, List<ConfiguredTerm> earlier, String singular,
                                      Diagnostics diagnostics) {
        String key = term.term().key();
        for (ConfiguredTerm other : earlier) {
            String otherKey = other.term().key();
            if (otherKey.equalsIgnoreCase(key)) {
                diagnostics.error(term.at(), "config", singular + " [" + key + "] is listed twice, as values ignore "
                        + "case ([" + otherKey + "] on line " + other.at().line() + "); keep one of them");
                return false;
            }
            if (other.term().slug().equals(term.term().slug())) {
                diagnostics.error(term.at(), "config", singular + " [" + key + "] would share its page ("
                        + term.term().slug() + ") with [" + otherKey + "] on line " + other.at().line()
                        + "; rename one of them");
                return false;
            }
        }
        return true;
    }
}
