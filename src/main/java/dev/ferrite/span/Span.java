package dev.ferrite.span;

/**
 * A half-open range {@code [lo, hi)} of byte positions in the {@link SourceMap}'s global position
 * space (each file occupies its own range, as rustc's {@code BytePos}). Positions are UTF-8 byte
 * offsets, so a span can be mapped back to a file, line and column without keeping the text.
 */
public record Span(int lo, int hi) {
    /** A span for things that have no place in the source (built-in items, expansions without origin). */
    public static final Span DUMMY = new Span(0, 0);

    public Span {
        if (hi < lo) throw new IllegalArgumentException("span hi < lo: " + lo + ".." + hi);
    }

    public boolean isDummy() {
        return lo == 0 && hi == 0;
    }

    public int len() {
        return hi - lo;
    }

    /** The smallest span that covers both. */
    public Span to(Span other) {
        if (isDummy()) return other;
        if (other.isDummy()) return this;
        return new Span(Math.min(lo, other.lo), Math.max(hi, other.hi));
    }

    /** The empty span at the start. */
    public Span shrinkToLo() {
        return new Span(lo, lo);
    }

    /** The empty span at the end. */
    public Span shrinkToHi() {
        return new Span(hi, hi);
    }

    public boolean contains(Span other) {
        return lo <= other.lo && other.hi <= hi;
    }

    @Override
    public String toString() {
        return lo + ".." + hi;
    }
}
