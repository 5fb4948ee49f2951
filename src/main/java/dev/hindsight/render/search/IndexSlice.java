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
 * <p>A document's occurrences are counted by place, the order in which its terms first occur, in
 * arrays reused from one document to the next. Each occurrence is looked up in a dictionary of the
 * document's own terms, small enough to stay in cache; the slice's far larger one is asked once per
 * term and document, when the document ends.
 */
final class IndexSlice implements Tokenizer.Sink {

    /** Positions kept per document and term: the first few, enough for most phrases, so that a common
     * word's postings stay small. A phrase whose words occur more often is found where they first occur. */
    static final int MAX_POSITIONS = 8;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermDictionary dictionary = new TermDictionary();
    private final TermDictionary inDocument = new TermDictionary();
    private final PostingLists postings = new PostingLists();
    private final Bytes posting = new Bytes(128);

    /** Per term of the current document, by place: its fields, first section, count and first positions. */
    private static final int FIELDS = 0;
    private static final int SECTION = 1;
    private static final int COUNT = 2;
    private static final int POSITIONS = 3;
    private static final int PLACE_STRIDE = POSITIONS + MAX_POSITIONS;
    private int[] byPlace = new int[256 * PLACE_STRIDE];

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
        inDocument.clear();
        for (IndexedFields.Text text : texts) {
            field = text.field();
            section = text.section();
            position = tokenizer.tokens(text.text(), position, this) + 1;
        }
        for (int place = 0; place < inDocument.size(); place++) {
            write(place);
        }
    }

    @Override
    public void term(char[] chars, int length, int at) {
        int distinct = inDocument.size();
        int place = inDocument.id(chars, length);
        int p = place * PLACE_STRIDE;
        if (place == distinct) {
            if (p == byPlace.length) {
                byPlace = Arrays.copyOf(byPlace, p * 2);
            }
            Arrays.fill(byPlace, p, p + POSITIONS, 0);
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

    /** Appends the current document's posting of the term at {@code place} to that term's postings. */
    private void write(int place) {
        int term = dictionary.id(inDocument.chars(), inDocument.start(place), inDocument.length(place));
        int p = place * PLACE_STRIDE;
        posting.clear();
        if (postings.has(term)) {
            posting.append(';').base36(doc - postings.lastDoc(term));
        }
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
        postings.add(term, doc, posting);
    }

    /** The slice's terms, each numbered as {@link #firstDoc}, {@link #lastDoc} and {@link #copyPostings} take it. */
    TermDictionary terms() {
        return dictionary;
    }

    int firstDoc(int term) {
        return postings.firstDoc(term);
    }

    int lastDoc(int term) {
        return postings.lastDoc(term);
    }

    /** Appends the term's postings, its first document's number left out, to {@code out}. */
    void copyPostings(int term, Bytes out) {
        postings.copyTo(term, out);
    }
}
