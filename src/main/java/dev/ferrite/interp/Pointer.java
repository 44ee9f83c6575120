package dev.ferrite.interp;

/**
 * A pointer value: an absolute address and its provenance, the id of the allocation it was
 * derived from: 0 for none (null, {@code ptr::without_provenance}), {@link #WILDCARD} for an integer
 * cast to a pointer (any exposed allocation, picked at each access as Miri's permissive provenance).
 */
public record Pointer(int alloc, long addr) {
    public static final Pointer NULL = new Pointer(0, 0);
    /** The provenance of {@code ptr::with_exposed_provenance(addr)}: whichever exposed allocation an access fits. */
    public static final int WILDCARD = -1;

    public Pointer offset(long bytes) {
        return new Pointer(alloc, addr + bytes);
    }

    public boolean isNull() {
        return addr == 0;
    }

    @Override
    public String toString() {
        if (alloc == WILDCARD) return String.format("0x%x[wildcard]", addr);
        return alloc == 0 ? String.format("0x%x[noalloc]", addr) : "alloc" + alloc + "@0x" + Long.toHexString(addr);
    }
}
