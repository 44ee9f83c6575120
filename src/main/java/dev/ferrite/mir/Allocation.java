package dev.ferrite.mir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of a constant in memory (rustc's {@code Allocation}): string and byte-string
 * literals, promoted constants, evaluated consts and statics. {@code provenance} maps the offsets
 * of pointer-sized slots that hold pointers to what they point at (the 8 bytes at the offset are
 * then the offset into that target, little-endian). Immutable: the arrays are copied in and never
 * handed out.
 */
public record Allocation(byte[] bytes, int align, boolean mutable, Map<Integer, GlobalAlloc> provenance) {
    public Allocation {
        bytes = bytes.clone();
        provenance = Map.copyOf(new TreeMap<>(provenance));
    }

    /** Immutable bytes with no pointers inside, alignment 1 (string literals). */
    public static Allocation ofBytes(byte[] bytes) {
        return new Allocation(bytes, 1, false, Map.of());
    }

    public static Allocation ofString(String s) {
        return ofBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation a && align == a.align && mutable == a.mutable && Arrays.equals(bytes, a.bytes)
                && provenance.equals(a.provenance);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + provenance.hashCode();
    }

    @Override
    public String toString() {
        return "Allocation(size: " + bytes.length + ", align: " + align + ")";
    }
}
