package dev.ferrite.interp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A run of bytes with shadow state: which bytes are initialised, and the provenance each byte
 * carries as a fragment of a pointer (as Miri: a pointer copied byte by byte keeps its provenance,
 * one read as an integer loses it). Used for allocations' contents and for values in flight
 * (operands, arguments, return values).
 */
public final class Bytes {
    final byte[] data;
    final InitMask init;
    /**
     * Per byte, the pointer fragment it holds: {@code (allocation id + 2) << 3 | byte index within the
     * pointer}, 0 for none; null while no byte has provenance (the common case).
     */
    private int[] prov;

    public Bytes(int size) {
        this.data = new byte[size];
        this.init = new InitMask(size);
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
            if (prov == null) prov = new int[data.length];
            int tag = (p.alloc() + 2) << 3;
            for (int i = 0; i < 8; i++) prov[off + i] = tag | i;
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

    /** The provenance of the pointer stored at {@code off}: its 8 bytes are one pointer's fragments in order; else 0. */
    public int provAt(int off) {
        if (prov == null) return 0;
        int tag = prov[off];
        if (tag == 0 || (tag & 7) != 0) return 0;
        for (int i = 1; i < 8; i++) if (prov[off + i] != (tag | i)) return 0;
        return (tag >>> 3) - 2;
    }

    public Pointer readPointer(int off) {
        return new Pointer(provAt(off), readLong(off, 8));
    }

    void clearProv(int off, int len) {
        if (prov != null) Arrays.fill(prov, off, off + len, 0);
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
        if (src.prov == null) {
            clearProv(dstOff, len);
            return;
        }
        if (prov == null) prov = new int[data.length];
        System.arraycopy(src.prov, srcOff, prov, dstOff, len);
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
