package dev.ferrite.jvm;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run-time side of a compiled program: what its generated code calls (the bootstraps of its
 * call sites, its process: I/O, arguments, threads, exit) and how it starts. It knows nothing of
 * the compiler: the methods of a program's functions come from a {@link Linker}, which is the
 * {@link JvmEngine} compiling them on demand when the compiler runs the program itself, and the
 * classes of a jar when {@code ferrite build} wrote one ({@link Launch}). Generated code names its
 * runtime by index ({@link #RUNTIMES}), as a constant of its bytecode.
 */
public final class JvmRuntime {
    /** Where the methods of a program's functions come from. */
    public interface Linker {
        /** The method of callable {@code id} (the id of a function pointer {@code FN_BASE + 16 * id}). */
        MethodHandle handle(int id);

        /** The vtable of upcast target {@code target} for the type vtable {@code vt} was made for. */
        long upcastVtable(long vt, int target);

        /** The callable {@code id}, for messages. */
        String describe(int id);
    }

    /** The runtimes by index, copied on write (read without locking on every call through a pointer). */
    private static volatile JvmRuntime[] runtimes = new JvmRuntime[0];
    private static final Object LOCK = new Object();

    final Linker linker;
    private final int id;

    private JvmRuntime(Linker linker, int id) {
        this.linker = linker;
        this.id = id;
    }

    /** A runtime with an index of its own (a free one). */
    static JvmRuntime register(Linker linker) {
        synchronized (LOCK) {
            JvmRuntime[] rs = runtimes;
            int i = 0;
            while (i < rs.length && rs[i] != null) i++;
            return registerAt(i, linker);
        }
    }

    /** A runtime at the index the program's code was compiled with (a fresh JVM running a built program). */
    static JvmRuntime registerAt(int id, Linker linker) {
        synchronized (LOCK) {
            JvmRuntime[] rs = runtimes;
            if (id >= rs.length) rs = java.util.Arrays.copyOf(rs, Math.max(id + 1, rs.length * 2));
            else rs = rs.clone();
            if (rs[id] != null) throw new IllegalStateException("runtime " + id + " is in use");
            JvmRuntime r = new JvmRuntime(linker, id);
            rs[id] = r;
            runtimes = rs;
            return r;
        }
    }

    static void unregister(int id) {
        synchronized (LOCK) {
            JvmRuntime[] rs = runtimes.clone();
            rs[id] = null;
            runtimes = rs;
        }
    }

    static JvmRuntime get(int id) {
        return runtimes[id];
    }

    int id() {
        return id;
    }

    // ------------------------------------------------------------------ linking calls

    /** The bootstrap of every direct call site: links it to its callee's method. */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, int runtime, int callable) {
        JvmRuntime r = get(runtime);
        MethodHandle h = r.linker.handle(callable);
        if (!h.type().equals(type)) {
            throw new IllegalStateException("linking a call of " + r.linker.describe(callable) + " as " + type + ", but its method is " + h.type());
        }
        return new ConstantCallSite(h);
    }

    /**
     * Function pointers are addresses above the 47-bit user address space, 16 apart, so that they
     * never collide with memory: {@code FN_BASE + 16 * i} stands for callable {@code i}.
     */
    static final long FN_BASE = 0x7fff_0000_0000_0000L;

    /** The methods of function pointers by index, filled as they are first called (read without locking). */
    private volatile MethodHandle[] byPointer = new MethodHandle[0];

    /** The method a function pointer stands for (called with the fn pointer type's descriptor). */
    public static MethodHandle fnHandle(int runtime, long addr) {
        JvmRuntime r = get(runtime);
        long i = (addr - FN_BASE) >>> 4;
        MethodHandle[] table = r.byPointer;
        if (addr >= FN_BASE && i < table.length && table[(int) i] != null) return table[(int) i];
        return r.fnHandleSlow(addr, i);
    }

    private synchronized MethodHandle fnHandleSlow(long addr, long i) {
        if (addr < FN_BASE || i >= Integer.MAX_VALUE || ((addr - FN_BASE) & 15) != 0) {
            throw new IllegalStateException("calling 0x" + Long.toHexString(addr) + ", which is not a function pointer");
        }
        MethodHandle h = linker.handle((int) i);
        MethodHandle[] table = byPointer;
        if (i >= table.length) table = java.util.Arrays.copyOf(table, Math.max((int) i + 1, table.length * 2));
        else table = table.clone();
        table[(int) i] = h;
        byPointer = table;
        return h;
    }

    /**
     * The bootstrap of a call through a function pointer (a vtable slot, a fn pointer): the site's
     * type is the callee's with the pointer in front. The site is an inline cache: it starts
     * unlinked, and each pointer it meets adds a test {@code fp == seen} in front of a direct call
     * of that pointer's method, so HotSpot inlines the few callees a site sees (the shapes of a
     * {@code dyn Shape} loop). A site that meets more than {@link #POLYMORPHIC} pointers looks the
     * method up on each call.
     */
    public static CallSite linkIndirect(MethodHandles.Lookup caller, String name, MethodType type, int runtime) {
        return new InlineCache(get(runtime), type);
    }

    static final int POLYMORPHIC = 4;

    private static final MethodHandle RELINK;
    private static final MethodHandle SAME_POINTER;
    private static final MethodHandle FN_HANDLE;

    static {
        try {
            var l = MethodHandles.lookup();
            RELINK = l.findVirtual(InlineCache.class, "relink", MethodType.methodType(Object.class, Object[].class));
            SAME_POINTER = l.findStatic(JvmRuntime.class, "samePointer", MethodType.methodType(boolean.class, long.class, long.class));
            FN_HANDLE = l.findStatic(JvmRuntime.class, "fnHandle", MethodType.methodType(MethodHandle.class, int.class, long.class));
        } catch (ReflectiveOperationException x) {
            throw new ExceptionInInitializerError(x);
        }
    }

    private static boolean samePointer(long expected, long fp) {
        return fp == expected;
    }

    static final class InlineCache extends java.lang.invoke.MutableCallSite {
        private final JvmRuntime runtime;
        private final MethodHandle relink;
        private int seen;

        InlineCache(JvmRuntime runtime, MethodType type) {
            super(type);
            this.runtime = runtime;
            this.relink = RELINK.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type);
            setTarget(relink);
        }

        /** The slow path: links the pointer met (or goes megamorphic), then makes this call. */
        Object relink(Object[] args) throws Throwable {
            long fp = (Long) args[0];
            MethodHandle h = fnHandle(runtime.id, fp);
            MethodType callee = type().dropParameterTypes(0, 1);
            if (!h.type().equals(callee)) {
                throw new IllegalStateException("calling " + runtime.linker.describe((int) ((fp - FN_BASE) >>> 4)) + " as " + callee + ", but its method is " + h.type());
            }
            synchronized (this) {
                if (seen < POLYMORPHIC) {
                    seen++;
                    MethodHandle test = MethodHandles.insertArguments(SAME_POINTER, 0, fp);
                    setTarget(MethodHandles.guardWithTest(test, MethodHandles.dropArguments(h, 0, long.class), getTarget()));
                } else if (seen == POLYMORPHIC) {
                    seen++;
                    MethodHandle lookup = MethodHandles.insertArguments(FN_HANDLE, 0, runtime.id);
                    setTarget(MethodHandles.filterArguments(MethodHandles.exactInvoker(callee), 0, lookup));
                }
            }
            return h.invokeWithArguments(java.util.Arrays.asList(args).subList(1, args.length));
        }
    }

    /** The vtable of {@code dyn Target} (upcast target {@code target}) for the type vtable {@code vt} was made for. */
    public static long upcastVtable(int runtime, long vt, int target) {
        return get(runtime).linker.upcastVtable(vt, target);
    }

    // ------------------------------------------------------------------ running a program

    /**
     * Runs std's {@code lang_start::<T>(main)} (callable {@code start}; or {@code main} itself
     * without std, when {@code start} is negative) on a thread of its own and returns the exit
     * code: lang_start's result, the code given to {@code exit}, 101 when a panic ends main (its
     * message printed by the panic hook), 134 for a stack overflow. Another failure (an internal
     * one) is thrown.
     */
    public int runMain(int start, int main) {
        int[] result = new int[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            long sp = Rt.newStack();
            try {
                if (start < 0) {
                    linker.handle(main).invoke(sp);
                    result[0] = 0;
                } else {
                    result[0] = (int) (long) linker.handle(start).invoke(sp, FN_BASE + 16L * main);
                }
            } catch (JvmThreads.Shutdown s) {
                result[0] = threads.fatalCode(); // another thread ended the program
            } catch (Throwable x) {
                try {
                    result[0] = exitCodeOf(x);
                } catch (RuntimeException r) {
                    failure[0] = r;
                }
            } finally {
                threads.shutdown();
                out.flush();
                err.flush();
                Rt.freeStack(sp);
            }
        }, "ferrite-main", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return 101;
        }
        unregister(id); // its classes and tables can go once the program has ended
        if (failure[0] != null) throw failure[0];
        return result[0];
    }

    /** The failure under the wrappers of linkage ({@link java.lang.BootstrapMethodError}) and reflection. */
    static RuntimeException rootCause(Throwable x) {
        Throwable t = x;
        while ((t instanceof BootstrapMethodError || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof IllegalStateException && t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t.toString(), t);
    }

    // ------------------------------------------------------------------ the process: I/O, arguments, exit

    private java.io.InputStream stdin = java.io.InputStream.nullInputStream();
    private java.io.PrintStream out = System.out, err = System.err;
    private List<String> args = List.of();
    final JvmThreads threads = new JvmThreads();
    private final Map<String, Long> strings = new HashMap<>();

    void withProcess(java.io.InputStream stdin, List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
        this.stdin = stdin;
        this.args = List.copyOf(args);
        this.out = out;
        this.err = err;
    }

    public static long write(int runtime, int fd, long ptr, long len) {
        JvmRuntime r = get(runtime);
        byte[] b = Mem.read(ptr, (int) len);
        if (fd == 1) r.out.write(b, 0, b.length);
        else if (fd == 2) {
            r.out.flush();
            r.err.write(b, 0, b.length);
            r.err.flush();
        } else return -1;
        return len;
    }

    public static long read(int runtime, int fd, long ptr, long len) {
        if (fd != 0) return -1;
        JvmRuntime r = get(runtime);
        try {
            r.out.flush();
            byte[] b = new byte[(int) Math.min(len, 1 << 16)];
            int n = r.stdin.read(b);
            if (n <= 0) return 0;
            Mem.write(ptr, java.util.Arrays.copyOf(b, n));
            return n;
        } catch (java.io.IOException x) {
            return -1;
        }
    }

    public static RuntimeException exit(int runtime, int code) {
        get(runtime).out.flush();
        throw new Rt.Exit(code);
    }

    public static long argsCount(int runtime) {
        return get(runtime).args.size();
    }

    /** The address of the UTF-8 bytes of {@code s}, made once and kept for the rest of the run. */
    private synchronized long string(String s) {
        Long known = strings.get(s);
        if (known != null) return known;
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long p = Mem.alloc(Math.max(b.length, 1), 1);
        Mem.write(p, b);
        strings.put(s, p);
        return p;
    }

    /** Writes the {@code &'static str} of argument {@code i} at {@code dest}. */
    public static void arg(long dest, int runtime, long i) {
        JvmRuntime r = get(runtime);
        String s = i < r.args.size() ? r.args.get((int) i) : "";
        Mem.put64(dest, r.string(s));
        Mem.put64(dest + 8, s.getBytes(StandardCharsets.UTF_8).length);
    }

    public static long tlsGet(int runtime, long key) {
        return get(runtime).threads.current().locals.getOrDefault(key, 0L);
    }

    public static void tlsSet(int runtime, long key, long value) {
        get(runtime).threads.current().locals.put(key, value);
    }

    public static long threadId(int runtime) {
        return get(runtime).threads.current().id;
    }

    /** Writes the current thread's name (empty if it has none) as a {@code &'static str} at {@code dest}. */
    public static void threadName(long dest, int runtime) {
        JvmRuntime r = get(runtime);
        String n = r.threads.current().name;
        if (n == null) n = "";
        Mem.put64(dest, r.string(n));
        Mem.put64(dest + 8, n.getBytes(StandardCharsets.UTF_8).length);
    }

    /** {@code ferrite_thread_spawn(start, data, name, name_len)}: a thread that calls {@code start(data)}. */
    public static long threadSpawn(int runtime, long start, long data, long namePtr, long nameLen) {
        JvmRuntime r = get(runtime);
        String name = namePtr == 0 ? null : new String(Mem.read(namePtr, (int) nameLen), StandardCharsets.UTF_8);
        return r.threads.spawn(name, t -> {
            long sp = Rt.newStack();
            try {
                fnHandle(runtime, start).invoke(sp, data);
            } catch (RuntimeException | Error x) {
                throw x;
            } catch (Throwable x) {
                throw new IllegalStateException(x);
            } finally {
                Rt.freeStack(sp);
            }
        }, code -> {
        }, r::exitCodeOf);
    }

    /** Waits for thread {@code id}; true if it panicked. */
    public static boolean threadJoin(int runtime, long id) {
        JvmRuntime r = get(runtime);
        JvmThreads.RustThread t = r.threads.byId(id);
        if (t == null || t == r.threads.current()) throw new IllegalStateException("joining thread " + id + ", which cannot be joined");
        r.threads.block(new JvmThreads.Join(t));
        return t.panicked;
    }

    public static void threadYield(int runtime) {
        get(runtime).threads.yieldNow();
    }

    public static void threadSleep(int runtime, long nanos) {
        JvmThreads th = get(runtime).threads;
        th.block(new JvmThreads.Sleep(th.monotonicNanos() + Math.max(0, nanos)));
    }

    public static void futexWait(int runtime, long addr, int expected) {
        get(runtime).threads.block(new JvmThreads.Futex(addr, expected));
    }

    public static long monotonicNanos(int runtime) {
        return get(runtime).threads.monotonicNanos();
    }

    /** The exit code for a failure that ends the program (reported here when it is not a panic's). */
    int exitCodeOf(Throwable x) {
        Throwable t = rootCause(x);
        return switch (t) {
            case Rt.Exit ex -> ex.code;
            case Rt.RustPanic p -> 101;
            case JvmThreads.Deadlock d -> {
                out.flush();
                err.print("error: deadlock: the evaluated program deadlocked\n");
                yield 1;
            }
            case Rt.StackOverflow so -> overflowed();
            case StackOverflowError so -> overflowed();
            default -> {
                if (t instanceof RuntimeException r) throw r;
                throw new IllegalStateException(t);
            }
        };
    }

    private int overflowed() {
        out.flush();
        JvmThreads.RustThread me = threads.current();
        err.print("\nthread '" + (me.name != null ? me.name : "<unnamed>") + "' (" + me.id
                + ") has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
        return 134;
    }

    /** {@code catch_unwind(try_fn, data, catch_fn)}: 1 if {@code try_fn(data)} panicked (then {@code catch_fn(data, payload)} ran). */
    public static int catchUnwind(int runtime, long sp, long tryFn, long data, long catchFn) throws Throwable {
        try {
            MethodHandle t = fnHandle(runtime, tryFn);
            t.invoke(sp, data);
            return 0;
        } catch (Rt.RustPanic p) {
            MethodHandle c = fnHandle(runtime, catchFn);
            c.invoke(sp, data, p.payload);
            return 1;
        }
    }
}
