package dev.hindsight.render.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sorted terms cut into chunks of bounded size, so that a word costs one small file. A term with
 * more postings than fit in one chunk continues in the next; each part starts its document numbers
 * afresh, so the parts read back by simple concatenation.
 *
 * <p>A term's postings are one string: per document {@code doc,fields,tf,section,pos,pos…}, entries
 * separated by {@code ;}, numbers in base 36, documents and positions as differences from the one before.
 */
final class TermChunks {

    /** Uncompressed characters per chunk: about a third of that once a server compresses it. */
    static final int CHUNK_CHARS = 48 * 1024;

    /** One chunk: its first term and its {@code [term, postings]} pairs. */
    record Chunk(String firstTerm, List<List<String>> terms) {
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private List<List<String>> terms = new ArrayList<>();
    private String firstTerm;
    private int chars;

    private TermChunks() {
    }

    static List<Chunk> of(Map.Entry<String, Postings.Ints>[] sorted) {
        TermChunks cut = new TermChunks();
        for (Map.Entry<String, Postings.Ints> term : sorted) {
            cut.add(term.getKey(), term.getValue());
        }
        cut.close();
        return List.copyOf(cut.chunks);
    }

    private void add(String term, Postings.Ints postings) {
        StringBuilder part = new StringBuilder();
        int previousDoc = 0;
        int i = 0;
        while (i < postings.size()) {
            if (firstTerm == null) {
                firstTerm = term;
            }
            int doc = postings.get(i);
            if (!part.isEmpty()) {
                part.append(';');
            }
            base36(part, doc - previousDoc);
            base36(part.append(','), postings.get(i + 1));
            base36(part.append(','), postings.get(i + 2));
            base36(part.append(','), postings.get(i + 3));
            int kept = postings.get(i + 4);
            int previousPosition = 0;
            for (int p = 0; p < kept; p++) {
                int position = postings.get(i + 5 + p);
                base36(part.append(','), position - previousPosition);
                previousPosition = position;
            }
            previousDoc = doc;
            i += 5 + kept;
            if (chars + part.length() + term.length() >= CHUNK_CHARS) {
                terms.add(List.of(term, part.toString()));
                close();
                part.setLength(0);
                previousDoc = 0;
            }
        }
        if (!part.isEmpty()) {
            terms.add(List.of(term, part.toString()));
            chars += term.length() + part.length() + 8;
        }
    }

    /** Appends a non-negative number in base 36 without making a string of it: there are millions. */
    static void base36(StringBuilder out, int value) {
        if (value >= 36) {
            base36(out, value / 36);
        }
        out.append(Character.forDigit(value % 36, 36));
    }

    private void close() {
        if (!terms.isEmpty()) {
            chunks.add(new Chunk(firstTerm, terms));
        }
        terms = new ArrayList<>();
        firstTerm = null;
        chars = 0;
    }
}
