package dev.ferrite.serialize;

import dev.ferrite.span.Expansions;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.nio.charset.StandardCharsets;

/**
 * Reads what an {@link Encoder} wrote. Opening a decoder reads the tables at the end (symbols and
 * classes are only located, and built on first use) and appends the file's macro expansions to
 * the process's {@link Expansions}, so spans read later point at them. Values are read through
 * {@link Reader}s, cursors that can be used from several threads at once (one each).
 */
public final class Decoder {
    final byte[] data;
    private final int[] symbolOffsets;
    private final Symbol[] symbols;
    private final String[] classNames;
    private final Object[] classes;
    /** Applied to every record read (to intern types); identity when not set. */
    volatile java.util.function.UnaryOperator<Object> recordHook = java.util.function.UnaryOperator.identity();

    /** Sets what is applied to every record read, e.g. interning (the result replaces the record). */
    public void setRecordHook(java.util.function.UnaryOperator<Object> hook) {
        this.recordHook = hook;
    }

    /** The process's number of the file's expansion 0 (the file numbers them from 1). */
    final int ctxtBase;
    private final int ctxtCount;

    public Decoder(byte[] data, int tablesAt) {
        this.data = data;
        Reader r = new Reader(this, tablesAt);
        ctxtCount = r.readUInt();
        int expansionsAt = r.pos;
        for (int i = 0; i < ctxtCount; i++) {
            r.skipSpan();
            r.skipString();
        }
        int nsym = r.readUInt();
        symbolOffsets = new int[nsym];
        for (int i = 0; i < nsym; i++) {
            symbolOffsets[i] = r.pos;
            r.skipString();
        }
        symbols = new Symbol[nsym];
        int ncls = r.readUInt();
        classNames = new String[ncls];
        for (int i = 0; i < ncls; i++) classNames[i] = r.readString();
        classes = new Object[ncls];
        ctxtBase = Expansions.reserve(ctxtCount);
        Reader e = new Reader(this, expansionsAt);
        for (int i = 1; i <= ctxtCount; i++) {
            Span callSite = e.readSpan();
            Expansions.set(ctxtBase + i, callSite, e.readString());
        }
    }

    /** A cursor at {@code pos}. */
    public Reader at(int pos) {
        return new Reader(this, pos);
    }

    public int length() {
        return data.length;
    }

    Symbol symbol(int i) {
        Symbol s = symbols[i];
        if (s == null) {
            Reader r = new Reader(this, symbolOffsets[i]);
            s = Symbol.intern(r.readString());
            symbols[i] = s; // a race writes the same interned symbol
        }
        return s;
    }

    /** The class of a record or enum, by its index in the class table. */
    Class<?> classAt(int i) {
        Object c = classes[i];
        if (c == null) {
            String name = classNames[i];
            if (!name.startsWith("dev.ferrite.")) throw new DecodeException("unexpected class in metadata: " + name);
            try {
                c = Class.forName(name, true, Decoder.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new DecodeException("unknown class in metadata: " + name, e);
            }
            classes[i] = c;
        }
        return (Class<?>) c;
    }

    int relocateCtxt(int local) {
        if (local == 0) return 0;
        if (local > ctxtCount) throw new DecodeException("bad expansion number " + local);
        return ctxtBase + local;
    }

    static String utf8(byte[] data, int at, int n) {
        return new String(data, at, n, StandardCharsets.UTF_8);
    }
}
