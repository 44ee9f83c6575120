package dev.ferrite.interp;

/**
 * Which bytes of a {@link Bytes} are initialised: a fixed-size bit set (the operations of
 * {@link java.util.BitSet} that {@code Bytes} uses, without its bookkeeping of the words in use,
 * which showed in the interpreter's profiles: every value read is a new {@code Bytes}).
 */
final class InitMask {
    private final long[] words;
    private final int size;

    InitMask(int size) {
        this.size = size;
        this.words = new long[(size + 63) >>> 6];
    }

    boolean get(int i) {
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    void set(int i, boolean value) {
        if (value) words[i >>> 6] |= 1L << i;
        else words[i >>> 6] &= ~(1L << i);
    }

    /** Sets bits {@code [from, to)}. */
    void set(int from, int to) {
        if (from >= to) return;
        int fw = from >>> 6, lw = (to - 1) >>> 6;
        long first = -1L << from, last = -1L >>> -to;
        if (fw == lw) {
            words[fw] |= first & last;
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
            words[fw] &= ~(first & last);
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
        long word = ~words[w] & (-1L << from);
        while (true) {
            if (word != 0) return Math.min((w << 6) + Long.numberOfTrailingZeros(word), Math.max(size, from));
            if (++w == words.length) return Math.max(size, from);
            word = ~words[w];
        }
    }
}
