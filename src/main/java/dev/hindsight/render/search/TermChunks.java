package dev.hindsight.render.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * The sorted terms cut into chunks of bounded size, so that a word costs one small file, each written
 * as the JSON array of {@code [term, postings]} pairs that {@code search.js} reads. A term with more
 * postings than fit in one chunk continues in chunks of its own, {@value #OWN_CHUNK_GROWTH} times as
 * large, cut between two documents: a query for it needs all of them, so larger ones cost it no more
 * bytes and are fewer files and fetches. Its document numbers carry on from one part to the next, so
 * the parts read back by concatenation.
 */
final class TermChunks {

    /**
     * One chunk: its first term, whether that term goes on from the chunk before (so that a reader
     * looking for the term needs the chunk before only then), and its JSON.
     */
    record Chunk(String firstTerm, boolean continued, byte[] json) {
    }

    /** Uncompressed characters per chunk: about 15 KB once a server compresses it, at any library size. */
    static final int CHUNK_CHARS = 34 * 1024;
    /** How much larger a chunk of one term's continued postings is: about 60 KB compressed, under the 100 KB of any file. */
    static final int OWN_CHUNK_GROWTH = 4;

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    private final List<Chunk> chunks = new ArrayList<>();
    private final Bytes json = new Bytes(CHUNK_CHARS + 1024);
    private String firstTerm;
    private boolean continued;
    private int chars;

    private TermChunks() {
    }

    /** The slices' terms in chunks of about {@link #CHUNK_CHARS} uncompressed characters. */
    static List<Chunk> of(List<IndexSlice> slices) {
        TermChunks cut = new TermChunks();
        Postings.inOrder(slices, cut::add);
        cut.close();
        return List.copyOf(cut.chunks);
    }

    private void add(char[] term, int termStart, int termLength, Bytes postings) {
        int from = 0;
        int length = postings.length();
        while (from < length) {
            int room = (from == 0 ? CHUNK_CHARS : CHUNK_CHARS * OWN_CHUNK_GROWTH) - chars - termLength;
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
                firstTerm = new String(term, termStart, termLength);
            }
            json.append(chars == 0 ? '[' : ',').append('[').append('"');
            appendTerm(term, termStart, termLength);
            json.append('"').append(',').append('"').append(postings, from, to).append('"').append(']');
            chars += termLength + (to - from) + 7;
            if (to < length) {
                close();
                continued = true;
            }
            from = to + 1;
        }
    }

    /** Writes the term as a JSON string's content: as it is where that is plain ASCII, as most terms are. */
    private void appendTerm(char[] term, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = term[i];
            if (c >= 128 || c < ' ' || c == '"' || c == '\\') {
                json.append(ESCAPE.quoteAsUTF8(new String(term, start, length)));
                return;
            }
        }
        for (int i = start; i < start + length; i++) {
            json.append(term[i]);
        }
    }

    private void close() {
        if (chars > 0) {
            chunks.add(new Chunk(firstTerm, continued, json.append(']').toArray()));
        }
        json.clear();
        firstTerm = null;
        continued = false;
        chars = 0;
    }
}
