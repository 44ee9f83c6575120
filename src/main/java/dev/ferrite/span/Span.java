package dev.ferrite.span;

/**
 * A half-open range {@code [lo, hi)} of byte positions in the {@link SourceMap}'s global position
 * space (each file occupies its own range, as rustc's {@code BytePos}). Positions are UTF-8 byte
 * offsets, so a span can be mapped back to a file, line and column without keeping the text.
 *
 * <p>{@code ctxt} names the macro expansion the code came from ({@link Expansions}; 0 for code
 * written in the file): a span inside a macro's definition, copied into a program by an
 * invocation, keeps pointing at the definition but knows the invocation through it (rustc's
 * {@code SyntaxContext}, reduced to what Ferrite needs: the chain of call sites).
 */
public record Span(int lo, int hi, int ctxt) {
    /** A span for things that have no place in the source (built-in items, expansions without origin). */
    public static final Span DUMMY = new Span(0, 0);

    public Span {
        if (hi < lo) throw new IllegalArgumentException("span hi < lo: " + lo + ".." + hi);
    }

    public Span(int lo, int hi) {
        this(lo, hi, 0);
    }

    public boolean isDummy() {
        return lo == 0 && hi == 0;
    }

    public int len() {
        return hi - lo;
    }

    /** The smallest span that covers both (in this span's expansion context). */
    public Span to(Span other) {
        if (isDummy()) return other;
        if (other.isDummy()) return this;
        return new Span(Math.min(lo, other.lo), Math.max(hi, other.hi), ctxt);
    }

    /** The empty span at the start. */
    public Span shrinkToLo() {
        return new Span(lo, lo, ctxt);
    }

    /** The empty span at the end. */
    public Span shrinkToHi() {
        return new Span(hi, hi, ctxt);
    }

    public boolean contains(Span other) {
        return lo <= other.lo && other.hi <= hi;
    }

    public Span withCtxt(int c) {
        return c == ctxt ? this : new Span(lo, hi, c);
    }

    /** The span of the outermost macro invocation this code came from, or this span if written in a file. */
    public Span sourceCallSite() {
        Span s = this;
        for (int guard = 0; s.ctxt != 0 && guard < 1024; guard++) s = Expansions.callSite(s.ctxt);
        return s;
    }

    /** True if this code came from a macro expansion. */
    public boolean fromExpansion() {
        return ctxt != 0;
    }

    @Override
    public String toString() {
        return ctxt == 0 ? lo + ".." + hi : lo + ".." + hi + "#" + ctxt;
    }
}
