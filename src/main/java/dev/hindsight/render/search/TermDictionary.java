package dev.hindsight.render.search;

import java.util.Arrays;

/**
 * The distinct terms of a slice of the library, each numbered in the order first seen: looked up by
 * its characters in an open-addressing hash table, so that a term becomes one string only once,
 * when the index is written, however often it occurs.
 */
final class TermDictionary {

    private char[] chars = new char[1 << 16];
    private int used;
    private int[] starts = new int[1 << 12];
    private int size;
    /** Per slot, a term's hash in the high half and its id plus one in the low, 0 where empty; never more than half full. */
    private long[] table = new long[1 << 13];

    int size() {
        return size;
    }

    /** The id of the term {@code term[0, length)}, numbering it if it is new. */
    int id(char[] term, int length) {
        int hash = hash(term, length);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                int id = add(term, length);
                table[slot] = (long) hash << 32 | (id + 1);
                if (size * 2 > table.length) {
                    rehash();
                }
                return id;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && same(id, term, length)) {
                return id;
            }
        }
    }

    String term(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
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

    private boolean same(int id, char[] term, int length) {
        int start = starts[id];
        if (starts[id + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != term[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
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
