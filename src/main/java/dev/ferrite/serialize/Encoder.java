package dev.ferrite.serialize;

import dev.ferrite.span.Expansions;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes compiler data to bytes (rustc's opaque encoder): variable-length integers, and immutable
 * values of the IRs — records, enums, lists, maps, symbols, spans, literals — each preceded by a
 * one-byte {@link Tag}, so a {@link Decoder} needs no schema. Records are written component by
 * component and rebuilt through their canonical constructor, which keeps the IRs' invariants.
 *
 * <p>Three tables are shared by everything one encoder writes, and written last by
 * {@link #writeTables}: symbols (each text once), record and enum classes (by name), and the
 * macro expansions that spans refer to ({@link Span#ctxt()}), renumbered from 1 so that a reader
 * can append them to its own process's {@link Expansions}.
 */
public final class Encoder {
    private byte[] buf = new byte[1 << 16];
    private int len;

    private final Map<Symbol, Integer> symbols = new IdentityHashMap<>();
    private final List<Symbol> symbolList = new ArrayList<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final List<Class<?>> classList = new ArrayList<>();
    /** Global expansion number to the number written (from 1). */
    private final Map<Integer, Integer> ctxts = new HashMap<>();
    private final List<Integer> ctxtList = new ArrayList<>();

    /** The number of bytes written so far: the position of what is written next. */
    public int position() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    public void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    public void writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** A fixed four-byte big-endian int (for offsets patched or read at known places). */
    public void writeFixedInt(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    /** An unsigned LEB128 integer (non-negative ints). */
    public void writeUInt(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** A signed integer, zigzag-encoded so small negative numbers stay small. */
    public void writeInt(int v) {
        writeUInt((v << 1) ^ (v >> 31));
    }

    public void writeLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((z & ~0x7FL) != 0) {
            buf[len++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        buf[len++] = (byte) z;
    }

    public void writeString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeUInt(b.length);
        writeBytes(b);
    }

    public void writeSymbol(Symbol s) {
        Integer i = symbols.get(s);
        if (i == null) {
            i = symbolList.size();
            symbols.put(s, i);
            symbolList.add(s);
        }
        writeUInt(i);
    }

    public void writeSpan(Span s) {
        writeUInt(s.lo());
        writeUInt(s.hi() - s.lo());
        writeUInt(s.ctxt() == 0 ? 0 : ctxt(s.ctxt()));
    }

    private int ctxt(int global) {
        Integer local = ctxts.get(global);
        if (local == null) {
            ctxtList.add(global);
            local = ctxtList.size();
            ctxts.put(global, local);
        }
        return local;
    }

    private int classIndex(Class<?> c) {
        Integer i = classes.get(c);
        if (i == null) {
            i = classList.size();
            classes.put(c, i);
            classList.add(c);
        }
        return i;
    }

    /** Writes any value of the IRs; fails (an internal error) on a kind of object it cannot rebuild. */
    public void writeValue(Object v) {
        switch (v) {
            case null -> writeByte(Tag.NULL);
            case Boolean b -> writeByte(b ? Tag.TRUE : Tag.FALSE);
            case Integer i -> {
                writeByte(Tag.INT);
                writeInt(i);
            }
            case Long l -> {
                writeByte(Tag.LONG);
                writeLong(l);
            }
            case Character c -> {
                writeByte(Tag.CHAR);
                writeUInt(c);
            }
            case String s -> {
                writeByte(Tag.STRING);
                writeString(s);
            }
            case Symbol s -> {
                writeByte(Tag.SYMBOL);
                writeSymbol(s);
            }
            case Span s -> {
                writeByte(Tag.SPAN);
                writeSpan(s);
            }
            case BigInteger b -> {
                writeByte(Tag.BIGINT);
                byte[] bytes = b.toByteArray();
                writeUInt(bytes.length);
                writeBytes(bytes);
            }
            case byte[] bytes -> {
                writeByte(Tag.BYTES);
                writeUInt(bytes.length);
                writeBytes(bytes);
            }
            case Enum<?> e -> {
                writeByte(Tag.ENUM);
                writeUInt(classIndex(e.getDeclaringClass()));
                writeUInt(e.ordinal());
            }
            case List<?> l -> {
                writeByte(Tag.LIST);
                writeUInt(l.size());
                for (Object o : l) writeValue(o);
            }
            case Map<?, ?> m -> {
                writeByte(Tag.MAP);
                writeUInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    writeValue(e.getKey());
                    writeValue(e.getValue());
                }
            }
            case java.util.Set<?> s -> {
                writeByte(Tag.SET);
                writeUInt(s.size());
                for (Object o : s) writeValue(o);
            }
            case Record r -> {
                writeByte(Tag.RECORD);
                RecordShape shape = RecordShape.of(r.getClass());
                writeUInt(classIndex(r.getClass()));
                for (int i = 0; i < shape.arity(); i++) writeValue(shape.get(r, i));
            }
            default -> throw new IllegalArgumentException("cannot encode a " + v.getClass().getName());
        }
    }

    /**
     * Writes the symbol, class and expansion tables; returns their position. Everything encoded
     * before may refer to them; nothing may be encoded after.
     */
    public int writeTables() {
        // Expansions first: a call site inside another expansion adds that one (the loop reaches it).
        List<Span> callSites = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ctxtList.size(); i++) {
            int global = ctxtList.get(i);
            Span cs = Expansions.callSite(global);
            callSites.add(cs);
            names.add(Expansions.macroName(global));
            if (cs.ctxt() != 0) ctxt(cs.ctxt());
        }
        int at = len;
        writeUInt(ctxtList.size());
        for (int i = 0; i < ctxtList.size(); i++) {
            writeSpan(callSites.get(i));
            writeString(names.get(i));
        }
        writeUInt(symbolList.size());
        for (Symbol s : symbolList) writeString(s.text());
        writeUInt(classList.size());
        for (Class<?> c : classList) writeString(c.getName());
        return at;
    }
}
