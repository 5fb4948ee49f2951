package dev.hindsight.render.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every term's postings, added one document at a time in document order. Each term keeps one growable
 * int array, {@code doc, fields, tf, section, count, positions…} per document, rather than an object
 * per posting: ten thousand postmortems make millions of postings.
 */
final class Postings {

    static final int TITLE = 1;
    static final int SUMMARY = 2;
    static final int DETAILS = 4;
    static final int BODY = 8;

    /** Positions kept per document and term: the first few, enough for most phrases, so that a common
     * word's postings stay small. A phrase whose words occur more often is found where they first occur. */
    static final int MAX_POSITIONS = 8;

    private final Map<String, Ints> byTerm = new HashMap<>();
    private int documents;

    /**
     * One document's terms, gathered on its own so that documents can be tokenised in parallel and
     * then appended in order.
     */
    static final class Document {
        private final Map<String, Occurrences> terms = new HashMap<>();
        private int position;

        /**
         * Adds a field's text.
         *
         * @param section the body section it belongs to, from 1; 0 outside the body
         */
        Document add(String text, int field, int section) {
            position = Tokenizer.tokens(text, position, (term, at) -> terms
                    .computeIfAbsent(term, t -> new Occurrences())
                    .add(field, section, at)) + 1;
            return this;
        }
    }

    /** Appends the next document; documents are numbered from 0 in the order they are appended. */
    void append(Document document) {
        int doc = documents++;
        document.terms.forEach((term, o) -> byTerm.computeIfAbsent(term, t -> new Ints()).addPosting(doc, o));
    }

    /** Every term, sorted as JavaScript compares strings (by UTF-16 unit), with its postings. */
    Map.Entry<String, Ints>[] sorted() {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Ints>[] terms = byTerm.entrySet().toArray(new Map.Entry[0]);
        Arrays.sort(terms, Map.Entry.comparingByKey());
        return terms;
    }

    /** One term's occurrences in one document. */
    static final class Occurrences {
        int fields;
        int count;
        int section;
        int[] positions = new int[4];

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

    /** A growable int array holding postings back to back. */
    static final class Ints {
        private int[] values = new int[16];
        private int size;

        void addPosting(int doc, Occurrences o) {
            int kept = Math.min(o.count, MAX_POSITIONS);
            ensure(5 + kept);
            values[size++] = doc;
            values[size++] = o.fields;
            values[size++] = o.count;
            values[size++] = o.section;
            values[size++] = kept;
            System.arraycopy(o.positions, 0, values, size, kept);
            size += kept;
        }

        private void ensure(int more) {
            if (size + more > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more));
            }
        }

        int size() {
            return size;
        }

        int get(int i) {
            return values[i];
        }
    }
}
