package dev.ferrite.serialize;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/** A cursor over a {@link Decoder}'s bytes: reads back, in order, what an {@link Encoder} wrote. */
public final class Reader {
    private final Decoder dec;
    private final byte[] data;
    int pos;

    Reader(Decoder dec, int pos) {
        this.dec = dec;
        this.data = dec.data;
        this.pos = pos;
    }

    public int position() {
        return pos;
    }

    private int next() {
        if (pos >= data.length) throw new DecodeException("unexpected end of metadata");
        return data[pos++] & 0xFF;
    }

    public int readByte() {
        return next();
    }

    public int readFixedInt() {
        return (next() << 24) | (next() << 16) | (next() << 8) | next();
    }

    public int readUInt() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = next();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new DecodeException("bad integer in metadata");
    }

    public int readInt() {
        int z = readUInt();
        return (z >>> 1) ^ -(z & 1);
    }

    public long readLong() {
        long z = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = next();
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (z >>> 1) ^ -(z & 1);
        }
        throw new DecodeException("bad integer in metadata");
    }

    public String readString() {
        int n = readUInt();
        if (n < 0 || pos + n > data.length) throw new DecodeException("bad string length in metadata");
        String s = Decoder.utf8(data, pos, n);
        pos += n;
        return s;
    }

    void skipString() {
        int n = readUInt();
        if (n < 0 || pos + n > data.length) throw new DecodeException("bad string length in metadata");
        pos += n;
    }

    void skipSpan() {
        readUInt();
        readUInt();
        readUInt();
    }

    public Symbol readSymbol() {
        return dec.symbol(readUInt());
    }

    public Span readSpan() {
        int lo = readUInt();
        int n = readUInt();
        return new Span(lo, lo + n, dec.relocateCtxt(readUInt()));
    }

    private byte[] readByteArray() {
        int n = readUInt();
        if (n < 0 || pos + n > data.length) throw new DecodeException("bad length in metadata");
        byte[] b = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    /** Reads one value that {@link Encoder#writeValue} wrote. */
    public Object readValue() {
        int tag = next();
        return switch (tag) {
            case Tag.NULL -> null;
            case Tag.FALSE -> Boolean.FALSE;
            case Tag.TRUE -> Boolean.TRUE;
            case Tag.INT -> readInt();
            case Tag.LONG -> readLong();
            case Tag.CHAR -> (char) readUInt();
            case Tag.STRING -> readString();
            case Tag.SYMBOL -> readSymbol();
            case Tag.SPAN -> readSpan();
            case Tag.BIGINT -> new BigInteger(readByteArray());
            case Tag.BYTES -> readByteArray();
            case Tag.ENUM -> {
                Class<?> c = dec.classAt(readUInt());
                Object[] values = c.getEnumConstants();
                int ord = readUInt();
                if (values == null || ord >= values.length) throw new DecodeException("bad enum value in metadata");
                yield values[ord];
            }
            case Tag.LIST -> {
                int n = readUInt();
                Object[] a = new Object[n];
                for (int i = 0; i < n; i++) a[i] = readValue();
                yield Collections.unmodifiableList(Arrays.asList(a));
            }
            case Tag.MAP -> {
                int n = readUInt();
                LinkedHashMap<Object, Object> m = LinkedHashMap.newLinkedHashMap(n);
                for (int i = 0; i < n; i++) m.put(readValue(), readValue());
                yield Collections.unmodifiableMap(m);
            }
            case Tag.SET -> {
                int n = readUInt();
                LinkedHashSet<Object> s = LinkedHashSet.newLinkedHashSet(n);
                for (int i = 0; i < n; i++) s.add(readValue());
                yield Collections.unmodifiableSet(s);
            }
            case Tag.RECORD -> {
                Class<?> c = dec.classAt(readUInt());
                if (!c.isRecord()) throw new DecodeException("not a record: " + c.getName());
                RecordShape shape = RecordShape.of(c);
                Object[] args = new Object[shape.arity()];
                for (int i = 0; i < args.length; i++) args[i] = readValue();
                yield dec.recordHook.apply(shape.make(args));
            }
            default -> throw new DecodeException("bad tag " + tag + " in metadata");
        };
    }

    /** Reads a value of an expected type. */
    public <T> T read(Class<T> type) {
        Object v = readValue();
        if (v != null && !type.isInstance(v)) {
            throw new DecodeException("expected a " + type.getSimpleName() + " in metadata, found a " + v.getClass().getSimpleName());
        }
        return type.cast(v);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> readList(Class<T> elem) {
        Object v = readValue();
        if (!(v instanceof List<?> l)) throw new DecodeException("expected a list in metadata");
        for (Object o : l) {
            if (o != null && !elem.isInstance(o)) throw new DecodeException("unexpected " + o.getClass().getSimpleName() + " in a list");
        }
        return (List<T>) l;
    }
}
