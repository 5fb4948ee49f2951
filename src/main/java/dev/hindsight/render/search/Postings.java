package dev.hindsight.render.search;

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

    /** Receives each term, {@code chars[from, from + length)}, with its postings, both valid until the call returns. */
    @FunctionalInterface
    interface Sink {
        void term(char[] chars, int from, int length, Bytes postings);
    }

    private Postings() {
    }

    /**
     * Sends every term of {@code slices}, which hold consecutive documents in order, to {@code sink},
     * sorted: each slice's terms are sorted on their own, side by side, then merged.
     */
    static void inOrder(List<IndexSlice> slices, Sink sink) {
        List<int[]> sorted = slices.parallelStream().map(slice -> slice.terms().sorted()).toList();
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, slices.size()));
        for (int s = 0; s < slices.size(); s++) {
            if (sorted.get(s).length > 0) {
                queue.add(new Cursor(s, slices.get(s), sorted.get(s)));
            }
        }
        Bytes joined = new Bytes(1 << 16);
        while (!queue.isEmpty()) {
            TermDictionary terms = queue.peek().slice.terms();
            int term = queue.peek().id();
            joined.clear();
            int lastDoc = 0;
            while (!queue.isEmpty() && terms.compare(term, queue.peek().slice.terms(), queue.peek().id()) == 0) {
                Cursor cursor = queue.poll();
                int id = cursor.id();
                (joined.length() == 0 ? joined : joined.append(';')).base36(cursor.slice.firstDoc(id) - lastDoc);
                cursor.slice.copyPostings(id, joined);
                lastDoc = cursor.slice.lastDoc(id);
                if (cursor.advance()) {
                    queue.add(cursor);
                }
            }
            sink.term(terms.chars(), terms.start(term), terms.length(term), joined);
        }
    }

    /** Where the join stands in one slice's sorted terms; cursors on the same term come out in slice order. */
    private static final class Cursor implements Comparable<Cursor> {
        private final int number;
        private final IndexSlice slice;
        private final int[] terms;
        private int next;

        Cursor(int number, IndexSlice slice, int[] terms) {
            this.number = number;
            this.slice = slice;
            this.terms = terms;
        }

        int id() {
            return terms[next];
        }

        boolean advance() {
            return ++next < terms.length;
        }

        @Override
        public int compareTo(Cursor other) {
            int byTerm = slice.terms().compare(id(), other.slice.terms(), other.id());
            return byTerm != 0 ? byTerm : Integer.compare(number, other.number);
        }
    }
}
