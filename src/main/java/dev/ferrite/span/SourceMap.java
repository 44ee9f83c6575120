package dev.ferrite.span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * All source files of a compilation, laid out one after another in one global position space, so
 * a {@link Span} is two ints and still knows its file. Position 0 is reserved for
 * {@link Span#DUMMY}: the first file starts at 1.
 */
public final class SourceMap {
    private final List<SourceFile> files = new ArrayList<>();
    private int nextStart = 1;

    public synchronized SourceFile add(String name, byte[] bytes) {
        SourceFile f = new SourceFile(name, bytes, nextStart);
        files.add(f);
        nextStart += bytes.length + 1; // +1 so the end position of one file is not the start of the next
        return f;
    }

    /**
     * Adds a file of {@code length} bytes whose text is read when first needed (library files known
     * from metadata: spans into them stay valid without reading them).
     */
    public synchronized SourceFile addLazy(String name, int length, java.util.function.Supplier<byte[]> text) {
        SourceFile f = new SourceFile(name, length, text, nextStart);
        files.add(f);
        nextStart += length + 1;
        return f;
    }

    public SourceFile add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized List<SourceFile> files() {
        return List.copyOf(files);
    }

    /** The file that contains a global position, or null for dummy positions. */
    public synchronized SourceFile fileAt(int pos) {
        int lo = 0, hi = files.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SourceFile f = files.get(mid);
            if (pos < f.startPos()) hi = mid - 1;
            else if (pos > f.endPos()) lo = mid + 1;
            else return f;
        }
        return null;
    }

    /** The source text a span covers ("" for dummy spans or spans that cross files). */
    public String snippet(Span span) {
        SourceFile f = fileAt(span.lo());
        if (f == null || !f.containsPos(span.hi())) return "";
        return f.text(span.lo() - f.startPos(), span.hi() - f.startPos());
    }

    /** A resolved position: file, 1-based line and 1-based column (in chars), as rustc prints them. */
    public record Loc(SourceFile file, int line, int col) {
        @Override
        public String toString() {
            return file.name() + ":" + line + ":" + col;
        }
    }

    public Loc lookup(int pos) {
        SourceFile f = fileAt(pos);
        if (f == null) return null;
        int off = pos - f.startPos();
        return new Loc(f, f.lineIndex(off) + 1, f.charColumn(off) + 1);
    }
}
