package dev.hindsight.render.search;

import dev.hindsight.model.Postmortem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The postings of a run of consecutive documents, made on one thread: slices of the library are
 * indexed side by side and joined term by term afterwards ({@link Postings#inOrder}). Terms are
 * numbered by the slice's {@link TermDictionary}; each term's postings are written as its documents
 * end, straight into the index's text form (see {@link Postings}), except that the first document
 * is kept as a number, for the join to write it as a difference from the slice before.
 *
 * <p>A document's occurrences are counted in arrays reused from one document to the next, indexed
 * by the order in which its terms first occur.
 */
final class IndexSlice implements Tokenizer.Sink {

    /** Positions kept per document and term: the first few, enough for most phrases, so that a common
     * word's postings stay small. A phrase whose words occur more often is found where they first occur. */
    static final int MAX_POSITIONS = 8;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermDictionary dictionary = new TermDictionary();
    private final Bytes posting = new Bytes(128);
    private Bytes[] postings = new Bytes[1 << 12];
    private int[] firstDoc = new int[1 << 12];
    private int[] lastDoc = new int[1 << 12];

    /** Per term: the document it last occurred in, plus one, and its place among that document's terms. */
    private int[] seenIn = new int[1 << 12];
    private int[] place = new int[1 << 12];

    /** Per term of the current document, by place. */
    private int[] terms = new int[256];
    private int[] fields = new int[256];
    private int[] sections = new int[256];
    private int[] counts = new int[256];
    private int[] positions = new int[256 * MAX_POSITIONS];
    private int distinct;

    private int doc = -1;
    private int position;
    private int field;
    private int section;

    /** Indexes {@code documents}, numbering them on from {@code first}. */
    static IndexSlice of(List<Postmortem> documents, int first) {
        IndexSlice slice = new IndexSlice();
        for (int i = 0; i < documents.size(); i++) {
            slice.document(first + i, IndexedFields.of(documents.get(i)));
        }
        return slice;
    }

    /** Indexes one document's fields; documents come in ascending order. */
    void document(int number, List<IndexedFields.Text> texts) {
        doc = number;
        position = 0;
        distinct = 0;
        for (IndexedFields.Text text : texts) {
            field = text.field();
            section = text.section();
            position = tokenizer.tokens(text.text(), position, this) + 1;
        }
        for (int p = 0; p < distinct; p++) {
            write(p);
        }
    }

    @Override
    public void term(char[] chars, int length, int at) {
        int term = dictionary.id(chars, length);
        if (term == postings.length) {
            grow();
        }
        int p;
        if (seenIn[term] == doc + 1) {
            p = place[term];
        } else {
            p = distinct++;
            if (p == terms.length) {
                growDocument();
            }
            seenIn[term] = doc + 1;
            place[term] = p;
            terms[p] = term;
            fields[p] = 0;
            sections[p] = 0;
            counts[p] = 0;
        }
        fields[p] |= field;
        if (sections[p] == 0) {
            sections[p] = section;
        }
        if (counts[p] < MAX_POSITIONS) {
            positions[p * MAX_POSITIONS + counts[p]] = at;
        }
        counts[p]++;
    }

    /**
     * Appends the current document's posting of the term at place {@code p} to that term's postings:
     * written first where it is at hand, then copied over at once, as the terms' postings are many
     * and far apart in memory.
     */
    private void write(int p) {
        int term = terms[p];
        posting.clear();
        if (postings[term] == null) {
            postings[term] = new Bytes(16);
            firstDoc[term] = doc;
        } else {
            posting.append(';').base36(doc - lastDoc[term]);
        }
        lastDoc[term] = doc;
        int count = counts[p];
        int kept = Math.min(count, MAX_POSITIONS);
        int meta = (sections[p] << 4 | fields[p]) << 1;
        if (count > kept) {
            posting.append(',').base36(meta | 1).append(',').base36(count);
        } else {
            posting.append(',').base36(meta);
        }
        int previous = 0;
        for (int k = 0; k < kept; k++) {
            int at = positions[p * MAX_POSITIONS + k];
            posting.append(',').base36(at - previous);
            previous = at;
        }
        postings[term].append(posting, 0, posting.length());
    }

    /** One term of the slice, for the join. */
    record Term(String term, int id) {
    }

    /** The slice's terms, sorted as JavaScript compares strings (by UTF-16 unit). */
    Term[] sorted() {
        Term[] sorted = new Term[dictionary.size()];
        for (int id = 0; id < sorted.length; id++) {
            sorted[id] = new Term(dictionary.term(id), id);
        }
        Arrays.sort(sorted, Comparator.comparing(Term::term));
        return sorted;
    }

    int firstDoc(int term) {
        return firstDoc[term];
    }

    int lastDoc(int term) {
        return lastDoc[term];
    }

    /** The term's postings, its first document's number left out. */
    Bytes postings(int term) {
        return postings[term];
    }

    private void grow() {
        int capacity = postings.length * 2;
        postings = Arrays.copyOf(postings, capacity);
        firstDoc = Arrays.copyOf(firstDoc, capacity);
        lastDoc = Arrays.copyOf(lastDoc, capacity);
        seenIn = Arrays.copyOf(seenIn, capacity);
        place = Arrays.copyOf(place, capacity);
    }

    private void growDocument() {
        int capacity = terms.length * 2;
        terms = Arrays.copyOf(terms, capacity);
        fields = Arrays.copyOf(fields, capacity);
        sections = Arrays.copyOf(sections, capacity);
        counts = Arrays.copyOf(counts, capacity);
        positions = Arrays.copyOf(positions, capacity * MAX_POSITIONS);
    }
}
