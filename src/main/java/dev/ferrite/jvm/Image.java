package dev.ferrite.jvm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The data of a program built into a jar: its constants, vtables, statics and panic locations,
 * in memory mapped at a fixed address. The generated code holds their addresses as constants, so
 * a built program maps its image at the address it had when it was built and needs no
 * relocation: pointers in the data and in the code stay valid as they are. Builds in one process
 * take 1 GiB slots of a region far from where Linux maps a JVM's heap and libraries; the memory is
 * reserved, not committed, and written out by page, leaving out pages never touched.
 */
final class Image {
    /** The first slot: 32 TiB, in the middle of the 47-bit user address space. */
    static final long REGION = 0x2000_0000_0000L;
    static final int SLOT_BITS = 30;
    static final int SLOTS = 1024;
    static final int PAGE = 4096;

    private static final boolean[] USED = new boolean[SLOTS];

    final long base;
    final long capacity;
    private long top;

    private Image(long base, long capacity) {
        this.base = base;
        this.capacity = capacity;
        this.top = base;
    }

    /** An empty image in a free slot. */
    static Image reserve() {
        synchronized (USED) {
            for (int s = 0; s < SLOTS; s++) {
                if (USED[s]) continue;
                long base = REGION + ((long) s << SLOT_BITS);
                if (map(base, 1L << SLOT_BITS)) {
                    USED[s] = true;
                    return new Image(base, 1L << SLOT_BITS);
                }
            }
        }
        throw new IllegalStateException("no free address range for a program's data");
    }

    /** Gives the slot back (the program built, its data written out). */
    void release() {
        unmap(base, capacity);
        synchronized (USED) {
            USED[(int) ((base - REGION) >>> SLOT_BITS)] = false;
        }
    }

    /** Zeroed memory for the engine's data. */
    long alloc(long size, long align) {
        long p = Rt.alignUp(top, Math.max(align, 1));
        if (p + size > base + capacity) throw new IllegalStateException("a program's data is larger than " + (capacity >> 20) + " MiB");
        top = p + Math.max(size, 1);
        return p;
    }

    /** Writes the image: its base, its size, then each page that is not all zeros (index, bytes). */
    void write(DataOutput out) throws IOException {
        long size = Rt.alignUp(top - base, PAGE);
        out.writeLong(base);
        out.writeLong(size);
        for (long off = 0; off < size; off += PAGE) {
            boolean zero = true;
            for (long i = 0; i < PAGE; i += 8) {
                if (Mem.i64(base + off + i) != 0) {
                    zero = false;
                    break;
                }
            }
            if (zero) continue;
            out.writeInt((int) (off / PAGE));
            out.write(Mem.read(base + off, PAGE));
        }
        out.writeInt(-1);
    }

    /** Maps an image written by {@link #write} at its address (in the fresh JVM of a built program). */
    static void load(DataInput in) throws IOException {
        long base = in.readLong();
        long size = in.readLong();
        if (size > 0 && !map(base, size)) {
            throw new IllegalStateException("cannot map the program's data at 0x" + Long.toHexString(base));
        }
        byte[] page = new byte[PAGE];
        for (int i = in.readInt(); i >= 0; i = in.readInt()) {
            in.readFully(page);
            Mem.write(base + (long) i * PAGE, page);
        }
    }

    // ------------------------------------------------------------------ mmap

    private static final int PROT_READ = 1, PROT_WRITE = 2;
    private static final int MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000, MAP_FIXED_NOREPLACE = 0x100000;
    private static MethodHandle mmap, munmap;

    private static synchronized void bind() {
        if (mmap != null) return;
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            throw new UnsupportedOperationException("building programs into jars needs Linux (mmap at a fixed address)");
        }
        Linker c = Linker.nativeLinker();
        mmap = c.downcallHandle(c.defaultLookup().find("mmap").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        munmap = c.downcallHandle(c.defaultLookup().find("munmap").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    }

    /** Maps zeroed memory at exactly {@code [base, base + size)}; false if something is there already. */
    private static boolean map(long base, long size) {
        bind();
        try {
            long p = (long) mmap.invokeExact(base, size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0L);
            if (p == base) return true;
            if (p != -1) unmap(p, size); // a kernel without MAP_FIXED_NOREPLACE took it as a hint
            return false;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void unmap(long base, long size) {
        bind();
        try {
            int r = (int) munmap.invokeExact(base, size);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
