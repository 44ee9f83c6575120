package dev.ferrite.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interpreted program's memory: allocations with their own address ranges (never reused, with
 * gaps between them so that running off the end never lands in a neighbour), contents as
 * {@link Bytes} with initialisation and provenance, and their state (live / freed). Every access
 * is checked: provenance, liveness, bounds, alignment, mutability.
 */
public final class Memory {
    public enum Kind { STACK, HEAP, GLOBAL, FUNCTION, VTABLE }

    /** One allocation. {@code target} describes function and vtable allocations. */
    public static final class Alloc {
        public final int id;
        public final long base;
        public final long size;
        public final int align;
        public final Kind kind;
        final Bytes bytes;
        boolean live = true;
        boolean mutable;
        boolean exposed;
        Object target;

        Alloc(int id, long base, long size, int align, Kind kind, boolean mutable) {
            this.id = id;
            this.base = base;
            this.size = size;
            this.align = align;
            this.kind = kind;
            this.mutable = mutable;
            this.bytes = new Bytes((int) size);
        }

        public String name() {
            return "alloc" + id;
        }

        public Object target() {
            return target;
        }
    }

    /** Live allocations by id; ids below {@link #nextId} that are missing have been freed. */
    private Alloc[] byId = new Alloc[1024];
    private int liveCount;
    /** Allocations whose address was exposed, by base address (for integer-to-pointer casts). */
    private final TreeMap<Long, Alloc> exposedByAddress = new TreeMap<>();
    private int nextId = 1;
    private long nextAddr = 0x10000;

    /** Stands for every freed allocation: only its id is remembered, for the error message. */
    private static Alloc freed(int id) {
        Alloc a = new Alloc(id, 0, 0, 1, Kind.STACK, false);
        a.live = false;
        return a;
    }

    /** The largest allocation the byte-array memory can hold. */
    public static final long MAX_ALLOCATION = Integer.MAX_VALUE - 16;

    public Alloc allocate(long size, int align, Kind kind, boolean mutable) {
        if (size > MAX_ALLOCATION) throw InterpException.ub("allocation of " + size + " bytes is too large");
        int a = Math.max(align, 1);
        long base = (nextAddr + a - 1) / a * a;
        nextAddr = base + Math.max(size, 1) + 16;
        Alloc al = new Alloc(nextId++, base, size, a, kind, mutable);
        if (al.id >= byId.length) byId = java.util.Arrays.copyOf(byId, byId.length * 2);
        byId[al.id] = al;
        liveCount++;
        return al;
    }

    /** The allocation with this id: live, or a stand-in with {@code live == false} if freed; null for no provenance. */
    public Alloc get(int id) {
        if (id <= 0 || id >= nextId) return null;
        Alloc a = byId[id];
        return a != null ? a : freed(id);
    }

    /** Number of live allocations (for tests and leak reports). */
    public int liveCount() {
        return liveCount;
    }

    public Pointer pointerTo(Alloc a) {
        return new Pointer(a.id, a.base);
    }

    /** Frees a heap allocation ({@code dealloc}): the pointer must be to its start. */
    public void deallocate(Pointer p, long size, int align) {
        Alloc a = allocOf(p, size);
        if (a == null) throw InterpException.ub("deallocating " + p + ", which is a dangling pointer (it has no provenance)");
        if (!a.live) throw InterpException.ub("memory access failed: " + a.name() + " has been freed, so this pointer is dangling");
        if (a.kind != Kind.HEAP) throw InterpException.ub("deallocating " + a.name() + ", which is " + kindName(a.kind) + " memory, using Rust heap deallocation operation");
        if (p.addr() != a.base) throw InterpException.ub("deallocating " + p + " which does not point to the beginning of an allocation");
        if (size != a.size || align != a.align) {
            throw InterpException.ub("incorrect layout on deallocation: " + a.name() + " has size " + a.size
                    + " and alignment " + a.align + ", but gave size " + size + " and alignment " + align);
        }
        kill(a);
    }

    /** The end of an allocation's life (StorageDead, return, dealloc): later accesses are use-after-free. */
    public void kill(Alloc a) {
        a.live = false;
        byId[a.id] = null;
        liveCount--;
        if (a.exposed) exposedByAddress.remove(a.base);
    }

    private static String kindName(Kind k) {
        return switch (k) {
            case STACK -> "stack variable";
            case HEAP -> "Rust heap";
            case GLOBAL -> "global";
            case FUNCTION -> "function";
            case VTABLE -> "vtable";
        };
    }

    /**
     * The allocation a pointer's provenance designates for an access of {@code size} bytes: for a
     * wildcard pointer the exposed allocation whose range holds the access (null if none does).
     */
    public Alloc allocOf(Pointer p, long size) {
        if (p.alloc() != Pointer.WILDCARD) return get(p.alloc());
        Map.Entry<Long, Alloc> e = exposedByAddress.floorEntry(p.addr());
        if (e == null) return null;
        Alloc a = e.getValue();
        return p.addr() + size <= a.base + a.size ? a : null;
    }

    /**
     * The allocation a pointer may access {@code size} bytes at, checking provenance, liveness, bounds
     * and alignment. A zero-sized access is allowed at any aligned address, even dangling or null.
     */
    public Alloc check(Pointer p, long size, int align, boolean write) {
        if (size == 0) {
            checkAlign(p, align);
            return null;
        }
        Alloc a = allocOf(p, size);
        if (a == null) {
            if (p.addr() == 0) throw InterpException.ub("memory access failed: null pointer is a dangling pointer (it has no provenance)");
            throw InterpException.ub("memory access failed: " + p + " is a dangling pointer (it has no provenance)");
        }
        if (!a.live) throw InterpException.ub("memory access failed: " + a.name() + " has been freed, so this pointer is dangling");
        if (a.kind == Kind.FUNCTION || a.kind == Kind.VTABLE && write) {
            throw InterpException.ub("memory access failed: " + a.name() + " is a " + kindName(a.kind) + " allocation, not data");
        }
        long off = p.addr() - a.base;
        if (off < 0 || off + size > a.size) {
            throw InterpException.ub("memory access failed: attempting to access " + size + " byte" + (size == 1 ? "" : "s")
                    + ", but got " + a.name() + (off >= 0 ? "+0x" + Long.toHexString(off) : "-0x" + Long.toHexString(-off))
                    + " which " + (off < 0 ? "points to before the beginning of the allocation"
                    : "is " + (off >= a.size ? "at or beyond" : "only partly inside") + " the end of the allocation of size "
                    + a.size + " byte" + (a.size == 1 ? "" : "s")));
        }
        checkAlign(p, align);
        if (write && !a.mutable) throw InterpException.ub("writing to " + a.name() + " which is read-only");
        return a;
    }

    private static void checkAlign(Pointer p, int align) {
        if (align > 1 && p.addr() % align != 0) {
            long have = Long.lowestOneBit(p.addr());
            throw InterpException.ub("accessing memory based on pointer with alignment " + (have == 0 ? align : have)
                    + ", but alignment " + align + " is required");
        }
    }

    public Bytes read(Pointer p, long size, int align) {
        Alloc a = check(p, size, align, false);
        if (size == 0) return new Bytes(0);
        return a.bytes.slice((int) (p.addr() - a.base), (int) size);
    }

    public void write(Pointer p, Bytes v, int align) {
        Alloc a = check(p, v.size(), align, true);
        if (v.size() == 0) return;
        a.bytes.copyFrom(v, 0, (int) (p.addr() - a.base), v.size());
    }

    /** Marks bytes uninitialised (StorageLive, Deinit, moves out of a place). */
    public void deinit(Pointer p, long size) {
        if (size == 0) return;
        Alloc a = check(p, size, 1, true);
        a.bytes.deinit((int) (p.addr() - a.base), (int) size);
    }

    /** Direct access to the bytes of a live allocation, for the interpreter's own initialisation. */
    Bytes bytesOf(Alloc a) {
        return a.bytes;
    }

    /** {@code ptr as usize}: the allocation's address becomes usable by integer-to-pointer casts. */
    public void expose(Pointer p) {
        Alloc a = allocOf(p, 0);
        if (a != null && a.live && !a.exposed) {
            a.exposed = true;
            exposedByAddress.put(a.base, a);
        }
    }

    /** {@code addr as *const T}: a wildcard pointer, resolved to an exposed allocation at each use. */
    public Pointer withExposedProvenance(long addr) {
        return new Pointer(Pointer.WILDCARD, addr);
    }

    /** Live heap allocations (for leak reports). */
    public List<Alloc> liveHeap() {
        List<Alloc> out = new ArrayList<>();
        for (int i = 1; i < nextId; i++) {
            Alloc a = byId[i];
            if (a != null && a.kind == Kind.HEAP) out.add(a);
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.id));
        return out;
    }
}
