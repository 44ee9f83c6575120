package dev.ferrite.interp;

/**
 * Which bytes of a {@link Bytes} are initialised: a fixed-size bit set (the operations of
 * {@link java.util.BitSet} that {@code Bytes} uses, without its bookkeeping of the words in use,
 * which showed in the interpreter's profiles: every value read is a new {@code Bytes}). Masks of
 * up to 64 bytes, nearly all values, are one {@code long} and allocate nothing more.
 */
final class InitMask {
    /** The bits of a mask of at most 64 bytes. */
    private long small;
    /** The bits of a larger mask; null for a small one. */
    private final long[] words;
    private final int size;

    InitMask(int size) {
        this.size = size;
        this.words = size <= 64 ? null : new long[(size + 63) >>> 6];
    }

    private long word(int w) {
        return words == null ? small : words[w];
    }

    private void setWord(int w, long v) {
        if (words == null) small = v;
        else words[w] = v;
    }

    boolean get(int i) {
        return (word(i >>> 6) & (1L << i)) != 0;
    }

    void set(int i, boolean value) {
        int w = i >>> 6;
        setWord(w, value ? word(w) | 1L << i : word(w) & ~(1L << i));
    }

    /** Sets bits {@code [from, to)}. */
    void set(int from, int to) {
        if (from >= to) return;
        int fw = from >>> 6, lw = (to - 1) >>> 6;
        long first = -1L << from, last = -1L >>> -to;
        if (fw == lw) {
            setWord(fw, word(fw) | first & last);
            return;
        }
        words[fw] |= first;
        for (int w = fw + 1; w < lw; w++) words[w] = -1L;
        words[lw] |= last;
    }

    /** Clears bits {@code [from, to)}. */
    void clear(int from, int to) {
        if (from >= to) return;
        int fw = from >>> 6, lw = (to - 1) >>> 6;
        long first = -1L << from, last = -1L >>> -to;
        if (fw == lw) {
            setWord(fw, word(fw) & ~(first & last));
            return;
        }
        words[fw] &= ~first;
        for (int w = fw + 1; w < lw; w++) words[w] = 0;
        words[lw] &= ~last;
    }

    /** The first clear bit at or after {@code from}; {@link #size} or more if there is none before it. */
    int nextClearBit(int from) {
        if (from >= size) return from;
        int w = from >>> 6;
        int count = words == null ? 1 : words.length;
        long word = ~word(w) & (-1L << from);
        while (true) {
            if (word != 0) return Math.min((w << 6) + Long.numberOfTrailingZeros(word), Math.max(size, from));
            if (++w == count) return Math.max(size, from);
            word = ~words[w];
        }
    }
}
