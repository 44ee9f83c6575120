package dev.ferrite.jvm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The memory of compiled programs: native memory holding values in Rust's layouts, addressed by
 * {@code long} pointers (a pointer is its address; there is no provenance and no check, that is
 * the interpreter's job). Generated code calls these static methods, which HotSpot inlines into
 * plain loads and stores. Heap blocks come from the C allocator.
 */
public final class Mem {
    private Mem() {
    }

    /** All of the address space, so that any address is an offset into it. */
    static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    /**
     * {@code FERRITE_JVM_CHECK=1}: every access must fall inside a block the engine handed out (a
     * debugging aid for the code generator: a bad address then throws with a Java stack trace
     * instead of crashing the JVM). Off, the test folds away.
     */
    static final boolean CHECK = System.getenv("FERRITE_JVM_CHECK") != null;
    private static final java.util.TreeMap<Long, Long> BLOCKS = new java.util.TreeMap<>();

    static synchronized void track(long p, long size) {
        if (CHECK && p != 0) BLOCKS.put(p, Math.max(size, 1));
    }

    static synchronized void untrack(long p) {
        if (CHECK) BLOCKS.remove(p);
    }

    private static synchronized void check(long a, long n) {
        var e = BLOCKS.floorEntry(a);
        if (e == null || a + n > e.getKey() + e.getValue()) {
            throw new IllegalStateException("compiled code accessed " + n + " bytes at 0x" + Long.toHexString(a)
                    + (e == null ? "" : " (nearest block 0x" + Long.toHexString(e.getKey()) + "+" + e.getValue() + ")"));
        }
    }

    /**
     * Loads and stores go through {@code sun.misc.Unsafe}: HotSpot compiles each to one machine
     * instruction, where a {@code MemorySegment} access over the whole address space keeps a
     * bounds check that C2 cannot remove (11% of matmul's time). The launcher passes
     * {@code --sun-misc-unsafe-memory-access=allow}, which JDK 24+ needs to not warn.
     */
    @SuppressWarnings("removal")
    /** Package-private: generated code calls it directly ({@link DirectMemory}). */
    static final sun.misc.Unsafe U = unsafe();

    @SuppressWarnings("removal")
    private static sun.misc.Unsafe unsafe() {
        try {
            var f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ValueLayout.OfByte B = ValueLayout.JAVA_BYTE;

    public static int i8(long a) {
        if (CHECK) check(a, 1);
        return U.getByte(a);
    }

    public static int u8(long a) {
        if (CHECK) check(a, 1);
        return U.getByte(a) & 0xff;
    }

    public static int i16(long a) {
        if (CHECK) check(a, 2);
        return U.getShort(a);
    }

    public static int u16(long a) {
        if (CHECK) check(a, 2);
        return U.getShort(a) & 0xffff;
    }

    public static int i32(long a) {
        if (CHECK) check(a, 4);
        return U.getInt(a);
    }

    public static long i64(long a) {
        if (CHECK) check(a, 8);
        return U.getLong(a);
    }

    public static float f32(long a) {
        if (CHECK) check(a, 4);
        return U.getFloat(a);
    }

    public static double f64(long a) {
        if (CHECK) check(a, 8);
        return U.getDouble(a);
    }

    public static void put8(long a, int v) {
        if (CHECK) check(a, 1);
        U.putByte(a, (byte) v);
    }

    public static void put16(long a, int v) {
        if (CHECK) check(a, 2);
        U.putShort(a, (short) v);
    }

    public static void put32(long a, int v) {
        if (CHECK) check(a, 4);
        U.putInt(a, v);
    }

    public static void put64(long a, long v) {
        if (CHECK) check(a, 8);
        U.putLong(a, v);
    }

    public static void putF32(long a, float v) {
        if (CHECK) check(a, 4);
        U.putFloat(a, v);
    }

    public static void putF64(long a, double v) {
        if (CHECK) check(a, 8);
        U.putDouble(a, v);
    }

    /** Copies {@code n} bytes; the ranges may overlap. */
    public static void copy(long dst, long src, long n) {
        if (CHECK && n != 0) {
            check(dst, n);
            check(src, n);
        }
        if (n != 0) U.copyMemory(src, dst, n);
    }

    public static void fill(long dst, int value, long n) {
        if (CHECK && n != 0) check(dst, n);
        if (n != 0) U.setMemory(dst, n, (byte) value);
    }

    /** Writes {@code bytes} at {@code dst}. */
    static void write(long dst, byte[] bytes) {
        MemorySegment.copy(bytes, 0, ALL, B, dst, bytes.length);
    }

    static byte[] read(long src, int n) {
        byte[] out = new byte[n];
        MemorySegment.copy(ALL, B, src, out, 0, n);
        return out;
    }

    // ------------------------------------------------------------------ the C allocator

    private static final Linker C = Linker.nativeLinker();
    private static final MethodHandle MALLOC = c("malloc", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    private static final MethodHandle ALIGNED_ALLOC = c("aligned_alloc",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    private static final MethodHandle REALLOC = c("realloc",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    private static final MethodHandle FREE = c("free", FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG));
    /** What the C allocator guarantees without asking (glibc on 64-bit targets). */
    private static final long MALLOC_ALIGN = 16;

    private static MethodHandle c(String name, FunctionDescriptor d) {
        return C.downcallHandle(C.defaultLookup().find(name).orElseThrow(), d);
    }

    /** A block of {@code size} bytes aligned to {@code align}; 0 when out of memory. */
    public static long alloc(long size, long align) {
        try {
            long p;
            if (align <= MALLOC_ALIGN) {
                p = (long) MALLOC.invokeExact(Math.max(size, 1));
            } else {
                long rounded = (Math.max(size, 1) + align - 1) / align * align;
                p = (long) ALIGNED_ALLOC.invokeExact(align, rounded);
            }
            track(p, size);
            return p;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static long allocZeroed(long size, long align) {
        long p = alloc(size, align);
        if (p != 0) fill(p, 0, size);
        return p;
    }

    public static void free(long p) {
        untrack(p);
        try {
            FREE.invokeExact(p);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Resizes a block, keeping its contents up to the smaller size; 0 when out of memory (the old block stays). */
    public static long realloc(long p, long oldSize, long align, long newSize) {
        try {
            if (align <= MALLOC_ALIGN) {
                untrack(p);
                long q = (long) REALLOC.invokeExact(p, Math.max(newSize, 1));
                track(q == 0 ? p : q, q == 0 ? oldSize : newSize);
                return q;
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        long q = alloc(newSize, align);
        if (q == 0) return 0;
        copy(q, p, Math.min(oldSize, newSize));
        free(p);
        return q;
    }
}
