package dev.hindsight.render.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * The sorted terms cut into chunks of bounded size, so that a word costs one small file, each written
 * as the JSON array of {@code [term, postings]} pairs that {@code search.js} reads. A term with more
 * postings than fit in one chunk continues in the next, cut between two documents; its document
 * numbers carry on from one part to the next, so the parts read back by concatenation.
 */
final class TermChunks {

    /** Uncompressed characters per chunk: about 15 KB once a server compresses it. */
    static final int CHUNK_CHARS = 34 * 1024;

    /** One chunk: its first term and its JSON. */
    record Chunk(String firstTerm, byte[] json) {
    }

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    private final List<Chunk> chunks = new ArrayList<>();
    private final Bytes json = new Bytes(CHUNK_CHARS + 1024);
    private String firstTerm;
    private int chars;

    private TermChunks() {
    }

    static List<Chunk> of(List<IndexSlice> slices) {
        TermChunks cut = new TermChunks();
        Postings.inOrder(slices, cut::add);
        cut.close();
        return List.copyOf(cut.chunks);
    }

    private void add(String term, Bytes postings) {
        int from = 0;
        int length = postings.length();
        while (from < length) {
            int room = CHUNK_CHARS - chars - term.length();
            int to = length - from <= room ? length : postings.lastIndexOf(';', from + Math.max(room, 0));
            if (to <= from) {
                if (chars > 0) {
                    close();
                    continue;
                }
                int next = postings.indexOf(';', from);
                to = next < 0 ? length : next;
            }
            if (firstTerm == null) {
                firstTerm = term;
            }
            json.append(chars == 0 ? '[' : ',').append('[').append('"').append(ESCAPE.quoteAsUTF8(term))
                    .append('"').append(',').append('"').append(postings, from, to).append('"').append(']');
            chars += term.length() + (to - from) + 7;
            if (to < length) {
                close();
            }
            from = to + 1;
        }
    }

    private void close() {
        if (chars > 0) {
            chunks.add(new Chunk(firstTerm, json.append(']').toArray()));
        }
        json.clear();
        firstTerm = null;
        chars = 0;
    }
}
