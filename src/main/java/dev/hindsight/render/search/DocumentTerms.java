package dev.hindsight.render.search;

import dev.hindsight.model.Body;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One postmortem's terms, tokenised once and held compactly: its distinct terms grouped by shard (see
 * {@link #shard}), and for each {@code fields, section, count, positions…} in one int array. It depends on
 * that postmortem alone, so documents are tokenised in parallel and merged into {@link Postings} afterwards.
 */
final class DocumentTerms {

    static final int TITLE = 1;
    static final int SUMMARY = 2;
    static final int DETAILS = 4;
    static final int BODY = 8;

    /** Positions kept per document and term: the first few, enough for most phrases, so that a common
     * word's postings stay small. A phrase whose words occur more often is found where they first occur. */
    static final int MAX_POSITIONS = 8;

    /**
     * Terms are sharded by their first character: before {@code 1}, then each digit and letter, then
     * the rest of Unicode. In the order of all terms, each shard's terms follow the shard before's.
     */
    static final int SHARDS = 37;

    private final String[] terms;
    /** Where each shard's terms start in {@link #terms}; one more entry marks the end. */
    private final int[] shardStarts;
    /** Where each term's values start in {@link #values}; one more entry marks the end. */
    private final int[] starts;
    private final int[] values;

    private DocumentTerms(String[] terms, int[] shardStarts, int[] starts, int[] values) {
        this.terms = terms;
        this.shardStarts = shardStarts;
        this.starts = starts;
        this.values = values;
    }

    static DocumentTerms of(Postmortem p) {
        Builder document = new Builder()
                .add(p.title(), TITLE, 0)
                .add(p.summary(), SUMMARY, 0);
        p.impact().ifPresent(impact -> document.add(impact, DETAILS, 0));
        List<String> details = new ArrayList<>();
        details.addAll(p.services());
        details.addAll(p.tags());
        p.team().ifPresent(details::add);
        details.addAll(p.authors());
        details.add(p.status().label());
        p.severity().map(Term::label).ifPresent(details::add);
        p.actionItems().forEach(item -> {
            details.add(item.title());
            item.ticket().ifPresent(details::add);
        });
        details.forEach(detail -> document.add(detail, DETAILS, 0));
        List<Body.Section> sections = p.body().sections();
        for (int i = 0; i < sections.size(); i++) {
            document.add(sections.get(i).heading(), BODY, i + 1).add(sections.get(i).text(), BODY, i + 1);
        }
        return document.build();
    }

    /** The shard of a term, from its first character. */
    static int shard(String term) {
        char c = term.charAt(0);
        if (c >= 0x80) {
            return SHARDS - 1;
        }
        if (c >= 'a') {
            return Math.min(SHARDS - 2, 10 + c - 'a');
        }
        return c >= '1' ? Math.min(9, c - '0') : 0;
    }

    /** The first of the terms of {@code shard}; they end where the next shard's start. */
    int shardStart(int shard) {
        return shardStarts[shard];
    }

    String term(int i) {
        return terms[i];
    }

    int fields(int i) {
        return values[starts[i]];
    }

    int section(int i) {
        return values[starts[i] + 1];
    }

    int count(int i) {
        return values[starts[i] + 2];
    }

    /** How many positions are kept: the count, up to {@link #MAX_POSITIONS}. */
    int kept(int i) {
        return starts[i + 1] - starts[i] - 3;
    }

    int position(int i, int p) {
        return values[starts[i] + 3 + p];
    }

    /** Gathers one document's terms as it is tokenised. */
    static final class Builder {
        private final Map<String, Occurrences> terms = new HashMap<>();
        private int position;

        /**
         * Adds a field's text.
         *
         * @param section the body section it belongs to, from 1; 0 outside the body
         */
        Builder add(String text, int field, int section) {
            position = Tokenizer.tokens(text, position, (term, at) -> terms
                    .computeIfAbsent(term, t -> new Occurrences())
                    .add(field, section, at)) + 1;
            return this;
        }

        DocumentTerms build() {
            int[] shardStarts = new int[SHARDS + 1];
            terms.keySet().forEach(term -> shardStarts[shard(term) + 1]++);
            for (int s = 0; s < SHARDS; s++) {
                shardStarts[s + 1] += shardStarts[s];
            }
            int[] next = Arrays.copyOf(shardStarts, SHARDS);
            String[] grouped = new String[terms.size()];
            Occurrences[] occurrences = new Occurrences[terms.size()];
            terms.forEach((term, o) -> {
                int at = next[shard(term)]++;
                grouped[at] = term;
                occurrences[at] = o;
            });
            int[] starts = new int[grouped.length + 1];
            for (int i = 0; i < grouped.length; i++) {
                starts[i + 1] = starts[i] + 3 + Math.min(occurrences[i].count, MAX_POSITIONS);
            }
            int[] values = new int[starts[grouped.length]];
            for (int i = 0; i < grouped.length; i++) {
                Occurrences o = occurrences[i];
                int at = starts[i];
                values[at] = o.fields;
                values[at + 1] = o.section;
                values[at + 2] = o.count;
                System.arraycopy(o.positions, 0, values, at + 3, starts[i + 1] - at - 3);
            }
            return new DocumentTerms(grouped, shardStarts, starts, values);
        }
    }

    /** One term's occurrences in one document. */
    private static final class Occurrences {
        int fields;
        int count;
        int section;
        int[] positions = new int[2];

        void add(int field, int inSection, int at) {
            fields |= field;
            if (section == 0 && inSection > 0) {
                section = inSection;
            }
            if (count < MAX_POSITIONS) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, Math.min(count * 2, MAX_POSITIONS));
                }
                positions[count] = at;
            }
            count++;
        }
    }
}
