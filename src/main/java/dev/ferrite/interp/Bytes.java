package dev.ferrite.interp;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run of bytes with shadow state: which bytes are initialised, and which pointer-sized slots
 * hold pointers with provenance (offset -> allocation id). Used for allocations' contents and for
 * values in flight (operands, arguments, return values).
 */
public final class Bytes {
    final byte[] data;
    final BitSet init;
    /** Provenance of pointers stored in these bytes; null while there is none (the common case). */
    TreeMap<Integer, Integer> prov;

    public Bytes(int size) {
        this.data = new byte[size];
        this.init = new BitSet(size);
    }

    public int size() {
        return data.length;
    }

    public static Bytes ofInt(BigInteger v, int size) {
        Bytes b = new Bytes(size);
        b.writeInt(0, size, v);
        return b;
    }

    public static Bytes ofLong(long v, int size) {
        Bytes b = new Bytes(size);
        b.writeLong(0, size, v);
        return b;
    }

    /** Initialised bytes holding {@code raw} (no pointers). */
    public static Bytes ofRaw(byte[] raw) {
        Bytes b = new Bytes(raw.length);
        System.arraycopy(raw, 0, b.data, 0, raw.length);
        b.init.set(0, raw.length);
        return b;
    }

    public static Bytes ofPointer(Pointer p) {
        Bytes b = new Bytes(8);
        b.writePointer(0, p);
        return b;
    }

    public static Bytes ofWide(Pointer p, long meta) {
        Bytes b = new Bytes(16);
        b.writePointer(0, p);
        b.writeLong(8, 8, meta);
        return b;
    }

    public static Bytes ofWide(Pointer p, Pointer meta) {
        Bytes b = new Bytes(16);
        b.writePointer(0, p);
        b.writePointer(8, meta);
        return b;
    }

    public boolean isInit(int off, int len) {
        if (len == 0) return true;
        int firstUninit = init.nextClearBit(off);
        return firstUninit >= off + len;
    }

    public void writeInt(int off, int size, BigInteger v) {
        if (size <= 8) {
            writeLong(off, size, v.longValue());
            return;
        }
        for (int i = 0; i < size; i++) data[off + i] = v.shiftRight(8 * i).byteValue();
        init.set(off, off + size);
        clearProv(off, size);
    }

    public void writeLong(int off, int size, long v) {
        for (int i = 0; i < size; i++) data[off + i] = (byte) (size > 8 && i >= 8 ? (v < 0 ? -1 : 0) : v >>> (8 * i));
        init.set(off, off + size);
        clearProv(off, size);
    }

    public void writePointer(int off, Pointer p) {
        writeLong(off, 8, p.addr());
        if (p.alloc() != 0) {
            if (prov == null) prov = new TreeMap<>();
            prov.put(off, p.alloc());
        }
    }

    /** Unsigned value of {@code size} little-endian bytes (no init check). */
    public BigInteger readUnsigned(int off, int size) {
        if (size < 8) return BigInteger.valueOf(readLong(off, size));
        if (size == 8) {
            long v = readLong(off, 8);
            return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
        }
        byte[] be = new byte[size + 1];
        for (int i = 0; i < size; i++) be[size - i] = data[off + i];
        return new BigInteger(be);
    }

    public long readLong(int off, int size) {
        long v = 0;
        for (int i = Math.min(size, 8) - 1; i >= 0; i--) v = (v << 8) | (data[off + i] & 0xffL);
        return v;
    }

    /** The provenance of the pointer stored at {@code off}, or 0. */
    public int provAt(int off) {
        if (prov == null) return 0;
        Integer a = prov.get(off);
        return a == null ? 0 : a;
    }

    public Pointer readPointer(int off) {
        return new Pointer(provAt(off), readLong(off, 8));
    }

    /** True if any pointer fragment overlaps {@code [off, off+len)} without starting exactly at off with len 8. */
    public boolean hasProvIn(int off, int len) {
        if (prov == null) return false;
        Map.Entry<Integer, Integer> e = prov.floorEntry(off + len - 1);
        return e != null && e.getKey() + 8 > off;
    }

    void clearProv(int off, int len) {
        if (prov == null || prov.isEmpty()) return;
        Integer k = prov.floorKey(off + len - 1);
        while (k != null && k + 8 > off) {
            prov.remove(k);
            k = prov.floorKey(off + len - 1);
        }
    }

    /** Copies {@code len} bytes with their shadow state from {@code src[srcOff..]} to {@code this[dstOff..]}. */
    public void copyFrom(Bytes src, int srcOff, int dstOff, int len) {
        if (len == 0) return;
        System.arraycopy(src.data, srcOff, data, dstOff, len);
        if (src.init.nextClearBit(srcOff) >= srcOff + len) {
            init.set(dstOff, dstOff + len);
        } else {
            for (int i = 0; i < len; i++) init.set(dstOff + i, src.init.get(srcOff + i));
        }
        clearProv(dstOff, len);
        if (src.prov == null) return;
        for (Map.Entry<Integer, Integer> e : src.prov.subMap(srcOff, srcOff + len).entrySet()) {
            if (e.getKey() + 8 <= srcOff + len) {
                if (prov == null) prov = new TreeMap<>();
                prov.put(e.getKey() - srcOff + dstOff, e.getValue());
            }
        }
    }

    public Bytes slice(int off, int len) {
        Bytes b = new Bytes(len);
        b.copyFrom(this, off, 0, len);
        return b;
    }

    public void deinit(int off, int len) {
        init.clear(off, off + len);
        clearProv(off, len);
    }

    public byte[] rawBytes(int off, int len) {
        byte[] out = new byte[len];
        System.arraycopy(data, off, out, 0, len);
        return out;
    }
}
