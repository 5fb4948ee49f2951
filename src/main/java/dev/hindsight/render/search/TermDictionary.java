package dev.hindsight.render.search;

import java.util.Arrays;

/**
 * Distinct terms, each numbered in the order first seen: looked up by its characters in an
 * open-addressing hash table, so that a term becomes a string only where one is asked for, however
 * often it occurs. Its terms sort and compare by their characters as they stand, with no string made.
 */
final class TermDictionary {

    /**
     * Per slot, side by side so that a lookup reads one cache line before the term's characters:
     * the term's hash, its id plus one (0 where the slot is empty), where its characters start and
     * how many there are. Never more than half full.
     */
    private static final int HASH = 0;
    private static final int ID = 1;
    private static final int START = 2;
    private static final int LENGTH = 3;
    private static final int SLOT = 4;
    /** Below this many ids, sorting inserts: merging runs that short costs more than it saves. */
    private static final int INSERTION_SORT = 16;

    private char[] chars = new char[1 << 16];
    private int used;
    private int[] starts = new int[1 << 12];
    private int size;
    private int[] table = new int[(1 << 13) * SLOT];

    int size() {
        return size;
    }

    /** The id of the term {@code term[0, length)}, numbering it if it is new. */
    int id(char[] term, int length) {
        int hash = hash(term, length);
        int mask = table.length / SLOT - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int s = slot * SLOT;
            if (table[s + ID] == 0) {
                int id = add(term, length);
                table[s + HASH] = hash;
                table[s + ID] = id + 1;
                table[s + START] = starts[id];
                table[s + LENGTH] = length;
                if (size * 2 * SLOT > table.length) {
                    rehash();
                }
                return id;
            }
            int start = table[s + START];
            if (table[s + HASH] == hash && table[s + LENGTH] == length && same(start, term, length)) {
                return table[s + ID] - 1;
            }
        }
    }

    /** Compared by hand: terms are short, and the library's comparison costs more to call than to run on a few chars. */
    private boolean same(int start, char[] term, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != term[i]) {
                return false;
            }
        }
        return true;
    }

    /** The characters the terms are kept in: term {@code id} is {@code [start(id), start(id) + length(id))}. */
    char[] chars() {
        return chars;
    }

    int start(int id) {
        return starts[id];
    }

    int length(int id) {
        return starts[id + 1] - starts[id];
    }

    /** Compares term {@code id} with term {@code otherId} of {@code other} as JavaScript compares strings (by UTF-16 unit). */
    int compare(int id, TermDictionary other, int otherId) {
        return Arrays.compare(chars, starts[id], starts[id + 1], other.chars, other.starts[otherId], other.starts[otherId + 1]);
    }

    /** The ids sorted by their terms, as {@link #compare} orders them. */
    int[] sorted() {
        int[] ids = new int[size];
        Arrays.setAll(ids, id -> id);
        sort(ids, new int[size], 0, size);
        return ids;
    }

    private int add(char[] term, int length) {
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + length, chars.length * 2));
        }
        System.arraycopy(term, 0, chars, used, length);
        used += length;
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[++size] = used;
        return size - 1;
    }

    private void rehash() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / SLOT - 1;
        for (int o = 0; o < old.length; o += SLOT) {
            if (old[o + ID] != 0) {
                int slot = old[o + HASH] & mask;
                while (table[slot * SLOT + ID] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, o, table, slot * SLOT, SLOT);
            }
        }
    }

    /** Sorts {@code ids[from, to)} by merging, {@code spare} as large as {@code ids}, with no id boxed. */
    private void sort(int[] ids, int[] spare, int from, int to) {
        if (to - from <= INSERTION_SORT) {
            for (int i = from + 1; i < to; i++) {
                int id = ids[i];
                int j = i;
                for (; j > from && compare(ids[j - 1], this, id) > 0; j--) {
                    ids[j] = ids[j - 1];
                }
                ids[j] = id;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(ids, spare, from, middle);
        sort(ids, spare, middle, to);
        if (compare(ids[middle - 1], this, ids[middle]) <= 0) {
            return;
        }
        System.arraycopy(ids, from, spare, from, to - from);
        for (int i = from, left = from, right = middle; i < to; i++) {
            ids[i] = right == to || (left < middle && compare(spare[left], this, spare[right]) <= 0) ? spare[left++] : spare[right++];
        }
    }

    private static int hash(char[] term, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + term[i];
        }
        int mixed = h * 0x9E3779B1;
        return mixed ^ (mixed >>> 15);
    }
}
