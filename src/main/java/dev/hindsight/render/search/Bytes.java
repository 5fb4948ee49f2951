package dev.hindsight.render.search;

import java.util.Arrays;

/** A growable run of bytes, for the index's ASCII text: postings as they are written, chunks as they fill. */
final class Bytes {

    private static final byte[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    Bytes append(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    Bytes append(byte[] more) {
        return append(more, 0, more.length);
    }

    Bytes append(byte[] more, int from, int count) {
        room(count);
        System.arraycopy(more, from, bytes, length, count);
        length += count;
        return this;
    }

    Bytes append(Bytes more, int from, int to) {
        return append(more.bytes, from, to - from);
    }

    /** Copies {@code [from, from + count)} into {@code to} at {@code at}. */
    void copyTo(int from, int count, byte[] to, int at) {
        System.arraycopy(bytes, from, to, at, count);
    }

    /** Appends a non-negative number in base 36 without making a string of it: there are millions. */
    Bytes base36(int value) {
        if (value < 36) {
            room(1);
            bytes[length++] = DIGITS[value];
            return this;
        }
        if (value < 36 * 36) {
            room(2);
            bytes[length] = DIGITS[value / 36];
            bytes[length + 1] = DIGITS[value % 36];
            length += 2;
            return this;
        }
        int digits = 1;
        for (int v = value; v >= 36; v /= 36) {
            digits++;
        }
        room(digits);
        int v = value;
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = DIGITS[v % 36];
            v /= 36;
        }
        length += digits;
        return this;
    }

    /** The last {@code b} at or before {@code from}, or -1. */
    int lastIndexOf(char b, int from) {
        for (int i = Math.min(from, length - 1); i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code b} at or after {@code from}, or -1. */
    int indexOf(char b, int from) {
        for (int i = from; i < length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    void clear() {
        length = 0;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }
}
