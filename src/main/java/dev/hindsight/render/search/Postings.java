package dev.hindsight.render.search;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

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
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, slices.size()),
                Comparator.comparing(Cursor::term).thenComparingInt(Cursor::slice));
        for (int s = 0; s < slices.size(); s++) {
            if (sorted.get(s).length > 0) {
                queue.add(new Cursor(s, slices.get(s), sorted.get(s)));
            }
        }
        Bytes joined = new Bytes(1 << 16);
        while (!queue.isEmpty()) {
            String term = queue.peek().term();
            joined.clear();
            int lastDoc = 0;
            while (!queue.isEmpty() && queue.peek().term().equals(term)) {
                Cursor cursor = queue.poll();
                int id = cursor.id();
                Bytes part = cursor.slice.postings(id);
                (joined.length() == 0 ? joined : joined.append(';')).base36(cursor.slice.firstDoc(id) - lastDoc)
                        .append(part, 0, part.length());
                lastDoc = cursor.slice.lastDoc(id);
                if (cursor.advance()) {
                    queue.add(cursor);
                }
            }
            sink.term(term, joined);
        }
    }

    /** Where the join stands in one slice's sorted terms; cursors on the same term come out in slice order. */
    private static final class Cursor {
        private final int number;
        private final IndexSlice slice;
        private final IndexSlice.Term[] terms;
        private int next;

        Cursor(int number, IndexSlice slice, IndexSlice.Term[] terms) {
            this.number = number;
            this.slice = slice;
            this.terms = terms;
        }

        int slice() {
            return number;
        }

        String term() {
            return terms[next].term();
        }

        int id() {
            return terms[next].id();
        }

        boolean advance() {
            return ++next < terms.length;
        }
    }
}
