package dev.hindsight.render.search;

import dev.hindsight.model.Postmortem;

import java.util.Arrays;
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
    private final ByteChains postings = new ByteChains();
    private final Bytes posting = new Bytes(128);

    /**
     * Per term, side by side so that one cache line holds them: the document it was last seen in
     * plus one, its place among that document's terms, its first and last document so far, and the
     * state of the chain its postings are written to.
     */
    private static final int SEEN_IN = 0;
    private static final int PLACE = 1;
    private static final int FIRST_DOC = 2;
    private static final int LAST_DOC = 3;
    private static final int POSTINGS = 4;
    private static final int TERM_STRIDE = POSTINGS + ByteChains.STATE;
    private int[] byTerm = new int[(1 << 12) * TERM_STRIDE];

    /** Per term of the current document, by place: the term, its fields, first section, count and first positions. */
    private static final int TERM = 0;
    private static final int FIELDS = 1;
    private static final int SECTION = 2;
    private static final int COUNT = 3;
    private static final int POSITIONS = 4;
    private static final int PLACE_STRIDE = POSITIONS + MAX_POSITIONS;
    private int[] byPlace = new int[256 * PLACE_STRIDE];
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
            write(p * PLACE_STRIDE);
        }
    }

    @Override
    public void term(char[] chars, int length, int at) {
        int term = dictionary.id(chars, length);
        int t = term * TERM_STRIDE;
        if (t == byTerm.length) {
            byTerm = Arrays.copyOf(byTerm, t * 2);
        }
        int p;
        if (byTerm[t + SEEN_IN] == doc + 1) {
            p = byTerm[t + PLACE];
        } else {
            p = distinct++ * PLACE_STRIDE;
            if (p == byPlace.length) {
                byPlace = Arrays.copyOf(byPlace, p * 2);
            }
            byTerm[t + SEEN_IN] = doc + 1;
            byTerm[t + PLACE] = p;
            byPlace[p + TERM] = term;
            byPlace[p + FIELDS] = 0;
            byPlace[p + SECTION] = 0;
            byPlace[p + COUNT] = 0;
        }
        byPlace[p + FIELDS] |= field;
        if (byPlace[p + SECTION] == 0) {
            byPlace[p + SECTION] = section;
        }
        int count = byPlace[p + COUNT]++;
        if (count < MAX_POSITIONS) {
            byPlace[p + POSITIONS + count] = at;
        }
    }

    /** Appends the current document's posting of the term at place {@code p} to that term's postings. */
    private void write(int p) {
        int t = byPlace[p + TERM] * TERM_STRIDE;
        posting.clear();
        if (ByteChains.isEmpty(byTerm, t + POSTINGS)) {
            byTerm[t + FIRST_DOC] = doc;
        } else {
            posting.append(';').base36(doc - byTerm[t + LAST_DOC]);
        }
        byTerm[t + LAST_DOC] = doc;
        int count = byPlace[p + COUNT];
        int kept = Math.min(count, MAX_POSITIONS);
        int meta = (byPlace[p + SECTION] << 4 | byPlace[p + FIELDS]) << 1;
        if (count > kept) {
            posting.append(',').base36(meta | 1).append(',').base36(count);
        } else {
            posting.append(',').base36(meta);
        }
        int previous = 0;
        for (int k = 0; k < kept; k++) {
            int at = byPlace[p + POSITIONS + k];
            posting.append(',').base36(at - previous);
            previous = at;
        }
        postings.append(byTerm, t + POSTINGS, posting);
    }

    /** The slice's terms, each numbered as {@link #firstDoc}, {@link #lastDoc} and {@link #copyPostings} take it. */
    TermDictionary terms() {
        return dictionary;
    }

    int firstDoc(int term) {
        return byTerm[term * TERM_STRIDE + FIRST_DOC];
    }

    int lastDoc(int term) {
        return byTerm[term * TERM_STRIDE + LAST_DOC];
    }

    /** Appends the term's postings, its first document's number left out, to {@code out}. */
    void copyPostings(int term, Bytes out) {
        postings.copyTo(byTerm, term * TERM_STRIDE + POSTINGS, out);
    }
}
