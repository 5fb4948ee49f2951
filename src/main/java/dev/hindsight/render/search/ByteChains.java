package dev.hindsight.render.search;

import java.util.Arrays;

/**
 * Many growing runs of bytes, one per term of a slice: a slice has hundreds of thousands of terms,
 * most with one short posting and a few with thousands, so no term has an array of its own. A run is
 * a chain of pieces cut from large shared blocks, each piece twice the size of the one before up to
 * {@value #LARGEST_PIECE} bytes and ending in the address of the next: nothing is copied as a run
 * grows, and reading it back follows the chain.
 *
 * <p>What a chain needs to go on, {@value #STATE} ints, is kept by the caller in its own per-term
 * array, next to what it keeps of the term, so that adding to a term's run reads one cache line.
 * An address is a block's number and a place in it, {@code block << BLOCK_BITS | offset}.
 */
final class ByteChains {

    /** The ints of a chain's state: where its first piece starts (0 while it is empty), where its next byte goes, where the current piece's link starts, and that piece's size. */
    static final int STATE = 4;
    private static final int HEAD = 0;
    private static final int TAIL = 1;
    private static final int END = 2;
    private static final int SIZE = 3;

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int FIRST_PIECE = 16;
    private static final int LARGEST_PIECE = 1 << 12;
    /** The bytes at the end of a piece that hold the next piece's address once the piece is full. */
    private static final int LINK = 4;

    private byte[][] blocks = {new byte[BLOCK]};
    private int blockCount = 1;
    /** Where the next piece goes in the last block: never at address 0, which marks an empty chain. */
    private int offset = 1;

    /** Whether the chain whose state is {@code state[at, at + STATE)} holds any bytes. */
    static boolean isEmpty(int[] state, int at) {
        return state[at + HEAD] == 0;
    }

    /** Appends {@code bytes} to the chain whose state is {@code state[at, at + STATE)}, all zero for a new chain. */
    void append(int[] state, int at, Bytes bytes) {
        if (state[at + HEAD] == 0) {
            int piece = piece(FIRST_PIECE);
            state[at + HEAD] = piece;
            state[at + TAIL] = piece;
            state[at + END] = piece + FIRST_PIECE - LINK;
            state[at + SIZE] = FIRST_PIECE;
        }
        int tail = state[at + TAIL];
        int end = state[at + END];
        int from = 0;
        while (true) {
            int count = Math.min(bytes.length() - from, end - tail);
            bytes.copyTo(from, count, blocks[tail >>> BLOCK_BITS], tail & (BLOCK - 1));
            tail += count;
            from += count;
            if (from == bytes.length()) {
                break;
            }
            int size = Math.min(2 * state[at + SIZE], LARGEST_PIECE);
            int next = piece(size);
            link(end, next);
            state[at + SIZE] = size;
            tail = next;
            end = next + size - LINK;
        }
        state[at + TAIL] = tail;
        state[at + END] = end;
    }

    /** Appends every byte of the chain whose state is {@code state[at, at + STATE)}, in order, to {@code out}. */
    void copyTo(int[] state, int at, Bytes out) {
        int tail = state[at + TAIL];
        int piece = state[at + HEAD];
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
