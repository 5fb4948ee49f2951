package dev.hindsight.render.search;

import java.util.Arrays;

/**
 * The postings of a slice's terms as they are written, each term's bytes one after the other. A
 * slice has hundreds of thousands of terms, most with one short posting and a few with thousands,
 * so no term has an array of its own: its bytes are a chain of pieces cut from large shared blocks,
 * each piece twice the size of the one before up to {@value #LARGEST_PIECE} bytes and ending in the
 * address of the next. Nothing is copied as a term's postings grow, and reading them back follows
 * the chain.
 *
 * <p>An address is a block's number and a place in it, {@code block << BLOCK_BITS | offset}.
 */
final class PostingLists {

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int FIRST_PIECE = 16;
    private static final int LARGEST_PIECE = 1 << 12;
    /** The bytes at the end of a piece that hold the next piece's address once the piece is full. */
    private static final int LINK = 4;

    /**
     * Per term, side by side so that writing a posting reads one cache line: its first and last
     * document, where its first piece starts, where its next byte goes, where the current piece's
     * link starts, and the current piece's size. A head of 0 means no postings yet.
     */
    private static final int FIRST_DOC = 0;
    private static final int LAST_DOC = 1;
    private static final int HEAD = 2;
    private static final int TAIL = 3;
    private static final int END = 4;
    private static final int SIZE = 5;
    private static final int STRIDE = 6;
    private int[] byTerm = new int[(1 << 12) * STRIDE];

    private byte[][] blocks = {new byte[BLOCK]};
    private int blockCount = 1;
    /** Where the next piece goes in the last block: never at address 0, which marks a term with no postings. */
    private int offset = 1;

    boolean has(int term) {
        return term * STRIDE < byTerm.length && byTerm[term * STRIDE + HEAD] != 0;
    }

    int firstDoc(int term) {
        return byTerm[term * STRIDE + FIRST_DOC];
    }

    int lastDoc(int term) {
        return byTerm[term * STRIDE + LAST_DOC];
    }

    /** Appends {@code posting}, the term's posting in document {@code doc}, later than any before. */
    void add(int term, int doc, Bytes posting) {
        int t = term * STRIDE;
        if (t >= byTerm.length) {
            byTerm = Arrays.copyOf(byTerm, Math.max(t + STRIDE, byTerm.length * 2));
        }
        if (byTerm[t + HEAD] == 0) {
            int piece = piece(FIRST_PIECE);
            byTerm[t + FIRST_DOC] = doc;
            byTerm[t + HEAD] = piece;
            byTerm[t + TAIL] = piece;
            byTerm[t + END] = piece + FIRST_PIECE - LINK;
            byTerm[t + SIZE] = FIRST_PIECE;
        }
        byTerm[t + LAST_DOC] = doc;
        int tail = byTerm[t + TAIL];
        int end = byTerm[t + END];
        int from = 0;
        while (true) {
            int count = Math.min(posting.length() - from, end - tail);
            posting.copyTo(from, count, blocks[tail >>> BLOCK_BITS], tail & (BLOCK - 1));
            tail += count;
            from += count;
            if (from == posting.length()) {
                break;
            }
            int size = Math.min(2 * byTerm[t + SIZE], LARGEST_PIECE);
            int next = piece(size);
            link(end, next);
            byTerm[t + SIZE] = size;
            tail = next;
            end = next + size - LINK;
        }
        byTerm[t + TAIL] = tail;
        byTerm[t + END] = end;
    }

    /** Appends the term's postings, every piece of them in order, to {@code out}. */
    void copyTo(int term, Bytes out) {
        int t = term * STRIDE;
        int tail = byTerm[t + TAIL];
        int piece = byTerm[t + HEAD];
        for (int size = FIRST_PIECE; ; size = Math.min(2 * size, LARGEST_PIECE)) {
            int end = piece + size - LINK;
            boolean last = tail >= piece && tail <= end;
            out.append(blocks[piece >>> BLOCK_BITS], piece & (BLOCK - 1), (last ? tail : end) - piece);
            if (last) {
                return;
            }
            piece = linked(end);
        }
    }

    private int piece(int size) {
        if (offset + size > BLOCK) {
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockCount * 2);
            }
            blocks[blockCount++] = new byte[BLOCK];
            offset = 0;
        }
        int address = (blockCount - 1) << BLOCK_BITS | offset;
        offset += size;
        return address;
    }

    private void link(int at, int address) {
        byte[] block = blocks[at >>> BLOCK_BITS];
        int i = at & (BLOCK - 1);
        block[i] = (byte) (address >>> 24);
        block[i + 1] = (byte) (address >>> 16);
        block[i + 2] = (byte) (address >>> 8);
        block[i + 3] = (byte) address;
    }

    private int linked(int at) {
        byte[] block = blocks[at >>> BLOCK_BITS];
        int i = at & (BLOCK - 1);
        return (block[i] & 0xff) << 24 | (block[i + 1] & 0xff) << 16 | (block[i + 2] & 0xff) << 8 | block[i + 3] & 0xff;
    }
}
