package dev.ferrite.interp;

/**
 * A pointer value: an absolute address and its provenance, the id of the allocation it was
 * derived from (0 for none: integers cast to pointers that match no exposed allocation, null).
 */
public record Pointer(int alloc, long addr) {
    public static final Pointer NULL = new Pointer(0, 0);

    public Pointer offset(long bytes) {
        return new Pointer(alloc, addr + bytes);
    }

    public boolean isNull() {
        return addr == 0;
    }

    @Override
    public String toString() {
        return alloc == 0 ? String.format("0x%x[noalloc]", addr) : "alloc" + alloc + "@0x" + Long.toHexString(addr);
    }
}
