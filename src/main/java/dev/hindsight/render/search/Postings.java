package dev.hindsight.render.search;

import java.util.List;

/**
 * Every term's postings, the slices' parts joined in the order of all terms.
 *
 * <p>A term's postings are one string: per document {@code doc,meta[,tf],pos,pos…}, entries separated
 * by {@code ;}, numbers in base 36, documents and positions as differences from the one before.
 * {@code meta} is {@code (section << 4 | fields) << 1}, plus 1 when the term occurs more often than the
 * positions kept, in which case {@code tf} follows; otherwise the term occurs once per position.
 */
final class Postings {

    /** Receives each term with its postings, valid until the call returns. */
    @FunctionalInterface
    interface Sink {
        void term(String term, Bytes postings);
    }

    private Postings() {
    }

    /** Sends every term of {@code slices}, which hold consecutive documents in order, to {@code sink}, sorted. */
    static void inOrder(List<IndexSlice> slices, Sink sink) {
        List<IndexSlice.Term[]> sorted = slices.parallelStream().map(IndexSlice::sorted).toList();
        int[] next = new int[slices.size()];
        Bytes joined = new Bytes(1 << 16);
        while (true) {
            String term = null;
            for (int s = 0; s < next.length; s++) {
                if (next[s] < sorted.get(s).length) {
                    String candidate = sorted.get(s)[next[s]].term();
                    if (term == null || candidate.compareTo(term) < 0) {
                        term = candidate;
                    }
                }
            }
            if (term == null) {
                return;
            }
            joined.clear();
            int lastDoc = 0;
            for (int s = 0; s < next.length; s++) {
                IndexSlice.Term[] terms = sorted.get(s);
                if (next[s] < terms.length && terms[next[s]].term().equals(term)) {
                    IndexSlice slice = slices.get(s);
                    int id = terms[next[s]++].id();
                    Bytes part = slice.postings(id);
                    (joined.length() == 0 ? joined : joined.append(';')).base36(slice.firstDoc(id) - lastDoc)
                            .append(part, 0, part.length());
                    lastDoc = slice.lastDoc(id);
                }
            }
            sink.term(term, joined);
        }
    }
}
