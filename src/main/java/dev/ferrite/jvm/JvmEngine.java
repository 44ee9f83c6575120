package dev.ferrite.jvm;

import dev.ferrite.hir.DefId;
import dev.ferrite.interp.Instance;
import dev.ferrite.interp.Layout;
import dev.ferrite.interp.Layouts;
import dev.ferrite.interp.Program;
import dev.ferrite.mir.Allocation;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.GlobalAlloc;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyVisitor;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The compiled engine: monomorphic MIR instances become static methods of hidden classes, one
 * class per instance, generated on first call (a call site is an {@code invokedynamic} whose
 * bootstrap compiles its callee and links it for good, so HotSpot inlines across functions).
 * Values live in native memory ({@link Mem}) in the interpreter's layouts; locals whose address
 * is never taken and whose type is a scalar live in JVM locals.
 *
 * <p>Calling convention of a generated method: {@code (long sp, [long ret,] args..., [long
 * location]) -> R}. {@code sp} is the shadow-stack pointer where the callee puts its frame;
 * {@code ret} is where a callee whose result is not a scalar writes it; scalar arguments are
 * passed as JVM values, zero-sized ones not at all, others as the address of a copy the callee
 * may use as its own; a {@code #[track_caller]} function receives the address of its caller's
 * {@code core::panic::Location} last.
 */
public final class JvmEngine {
    final Program program;
    final Layouts layouts;
    private final dev.ferrite.interp.NeedsDrop needsDrop;
    final SourceMap sourceMap;
    private final int id;

    private static final List<JvmEngine> ENGINES = new CopyOnWriteArrayList<>();

    /** What call sites link to: an {@link Instance}, or a {@link CallShims.Key} of a shim the engine builds. */
    private final List<Object> instances = new ArrayList<>();
    private final Map<Object, Integer> instanceIds = new HashMap<>();
    private final List<MethodHandle> handles = new ArrayList<>();
    private final Map<Instance, IdentityHashMap<Ty, Ty>> substCaches = new HashMap<>();
    private final Map<Object, Long> constants = new HashMap<>();
    private final Map<Span, Long> locations = new HashMap<>();
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    public JvmEngine(Program program, SourceMap sourceMap) {
        this.program = program;
        this.layouts = new Layouts(program);
        this.needsDrop = new dev.ferrite.interp.NeedsDrop(program, layouts);
        this.sourceMap = sourceMap;
        synchronized (ENGINES) {
            this.id = ENGINES.size();
            ENGINES.add(this);
        }
    }

    /** A construct the code generator does not handle (yet). */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what);
        }
    }

    int id() {
        return id;
    }

    // ------------------------------------------------------------------ instances and linking

    synchronized int instanceId(Object inst) {
        Integer i = instanceIds.get(inst);
        if (i != null) return i;
        instances.add(inst);
        handles.add(null);
        instanceIds.put(inst, instances.size() - 1);
        return instances.size() - 1;
    }

    /** The method of an instance (or shim), compiled on first request. */
    public synchronized MethodHandle handle(Object callable) {
        int i = instanceId(callable);
        MethodHandle h = handles.get(i);
        if (h != null) return h;
        if (callable instanceof CallShims.Key k) {
            h = define(k.owner(), CallShims.build(this, k), "Shim" + i);
        } else {
            Instance inst = (Instance) callable;
            long t0 = System.nanoTime();
            Body body = bodyOf(inst);
            STATS[0] += System.nanoTime() - t0;
            h = define(inst, body, "Fn" + i);
        }
        handles.set(i, h);
        return h;
    }

    /** The MIR an instance runs: its own, or a shim the engine builds (drop glue, a constructor called through a fn pointer). */
    Body bodyOf(Instance inst) {
        DefId dip = program.langItem("drop_in_place");
        if (dip != null && dip.equals(inst.def())) return DropShims.build(this, dip, inst.args().ty(0));
        Body body = program.mirOf(inst.def());
        if (body == null && program.ctorOf(inst.def()) instanceof Program.Ctor ctor) return CallShims.constructor(this, inst, ctor);
        if (body == null) throw new Unsupported("no MIR body for `" + program.defPath(inst.def()) + "`");
        return body;
    }

    private final Map<Object, MethodHandle> extraHandles = new HashMap<>();
    private int extraCount;

    /** The method of a body that is not an instance's own (a promoted constant of an instance). */
    synchronized MethodHandle handle(Object key, Instance inst, Body body) {
        MethodHandle h = extraHandles.get(key);
        if (h == null) {
            h = define(inst, body, "Body" + extraCount++);
            extraHandles.put(key, h);
        }
        return h;
    }

    /** {@code FERRITE_JVM_TRACE=1}: which class holds which instance (for reading a JVM crash report). */
    private static final boolean TRACE = System.getenv("FERRITE_JVM_TRACE") != null;
    /** {@code FERRITE_JVM_DUMP=DIR}: the generated classes are written there too (read them with javap -c). */
    private static final String DUMP = System.getenv("FERRITE_JVM_DUMP");
    /**
     * {@code FERRITE_JVM_VISIBLE=1}: the classes are ordinary classes, not hidden ones, so that a
     * profiler (JFR) shows their frames. One engine per JVM then, as their names would clash.
     */
    private static final boolean VISIBLE = System.getenv("FERRITE_JVM_VISIBLE") != null;
    /** With either: line numbers say where in the MIR the code is, as block * 100 + statement (99: the terminator; a line number has 16 bits, so blocks past 654 wrap). */
    static final boolean LINES = VISIBLE || DUMP != null;
    /**
     * {@code FERRITE_JVM_STATS=1}: where compiling the program's functions went, printed at exit:
     * fetching MIR, the frame analysis, emitting the bytecode, defining the classes (seconds).
     */
    private static final long[] STATS = new long[6];

    static {
        if (System.getenv("FERRITE_JVM_STATS") != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
                    "ferrite-jvm: mir %.3f s, analysis %.3f s, codegen %.3f s, define %.3f s; %d classes, %d bytes%n",
                    STATS[0] / 1e9, STATS[1] / 1e9, STATS[2] / 1e9, STATS[3] / 1e9, STATS[4], STATS[5])));
        }
    }

    /**
     * Statements per method of a body split because it is too large for one (well under a
     * method's 64 KiB of code, and under the 8,000 bytes above which HotSpot does not JIT compile
     * a method). Tests lower it, and set {@link #splitEverything} to split every body.
     */
    int chunkStatements = 250;
    boolean splitEverything;

    private MethodHandle define(Instance inst, Body body, String name) {
        if (TRACE) System.err.println("ferrite-jvm: " + name + " = " + program.defPath(inst.def()) + " " + inst.args());
        long t0 = System.nanoTime();
        FnCompiler fc = new FnCompiler(this, inst, body, splitEverything);
        long t1 = System.nanoTime();
        byte[] bytes;
        try {
            bytes = fc.compile(ClassDesc.of("dev.ferrite.jvm." + name));
        } catch (IllegalArgumentException tooLarge) {
            if (tooLarge.getMessage() == null || !tooLarge.getMessage().startsWith("Code length")) throw tooLarge;
            // more than a method may hold: the blocks go into several methods
            fc = new FnCompiler(this, inst, body, true);
            bytes = fc.compile(ClassDesc.of("dev.ferrite.jvm." + name));
        }
        long t2 = System.nanoTime();
        STATS[1] += t1 - t0;
        STATS[2] += t2 - t1;
        STATS[4]++;
        STATS[5] += bytes.length;
        if (DUMP != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(DUMP, name + ".class"), bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try {
            long t3 = System.nanoTime();
            Class<?> c = VISIBLE ? lookup.defineClass(bytes) : lookup.defineHiddenClass(bytes, true).lookupClass();
            var mh = lookup.in(c).findStatic(c, "f", fc.descriptor().resolveConstantDesc(lookup));
            STATS[3] += System.nanoTime() - t3;
            return mh;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defining the code of " + program.defPath(inst.def()), e);
        }
    }

    /** The bootstrap of every call site: links it to its callee's method, compiling the callee now. */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, int engine, int instance) {
        JvmEngine e = ENGINES.get(engine);
        Object inst;
        synchronized (e) {
            inst = e.instances.get(instance);
        }
        MethodHandle h = e.handle(inst);
        if (!h.type().equals(type)) {
            throw new IllegalStateException("linking a call of " + e.describe(inst) + " as " + type + ", but its method is " + h.type());
        }
        return new ConstantCallSite(h);
    }

    String describe(Object callable) {
        return switch (callable) {
            case Instance i -> "`" + program.defPath(i.def()) + "`" + (i.args().isEmpty() ? "" : " " + i.args());
            case CallShims.Key k -> k.kind() + " shim of `" + program.defPath(k.resolved().def()) + "`";
            default -> callable.toString();
        };
    }

    // ------------------------------------------------------------------ running a program

    /**
     * Runs std's {@code lang_start::<T>(main)} (or {@code main} itself without std) on a thread of
     * its own and returns the exit code: lang_start's result, the code given to {@code exit}, 101
     * when a panic ends main (its message printed by the panic hook), 134 for a stack overflow.
     * A construct the code generator does not handle is thrown as {@link Unsupported}.
     */
    public int runMain(Instance start, Instance main) {
        int[] result = new int[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            long sp = Rt.newStack();
            try {
                if (start == null) {
                    handle(main).invoke(sp);
                    result[0] = 0;
                } else {
                    result[0] = (int) (long) handle(start).invoke(sp, fnPointer(main));
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
        ENGINES.set(id, null); // its classes and tables can go once the program has ended
        if (failure[0] != null) throw failure[0];
        return result[0];
    }

    /** The failure under the wrappers of linkage ({@link java.lang.BootstrapMethodError}) and reflection. */
    private static RuntimeException rootCause(Throwable x) {
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
    private final Map<Ty, Long> typeIds = new HashMap<>();

    public JvmEngine withProcess(java.io.InputStream stdin, List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
        this.stdin = stdin;
        this.args = List.copyOf(args);
        this.out = out;
        this.err = err;
        return this;
    }

    public static long write(int engine, int fd, long ptr, long len) {
        JvmEngine e = ENGINES.get(engine);
        byte[] b = Mem.read(ptr, (int) len);
        if (fd == 1) e.out.write(b, 0, b.length);
        else if (fd == 2) {
            e.out.flush();
            e.err.write(b, 0, b.length);
            e.err.flush();
        } else return -1;
        return len;
    }

    public static long read(int engine, int fd, long ptr, long len) {
        if (fd != 0) return -1;
        JvmEngine e = ENGINES.get(engine);
        try {
            e.out.flush();
            byte[] b = new byte[(int) Math.min(len, 1 << 16)];
            int n = e.stdin.read(b);
            if (n <= 0) return 0;
            Mem.write(ptr, java.util.Arrays.copyOf(b, n));
            return n;
        } catch (java.io.IOException x) {
            return -1;
        }
    }

    public static RuntimeException exit(int engine, int code) {
        ENGINES.get(engine).out.flush();
        throw new Rt.Exit(code);
    }

    public static long argsCount(int engine) {
        return ENGINES.get(engine).args.size();
    }

    /** Writes the {@code &'static str} of argument {@code i} at {@code dest}. */
    public static void arg(long dest, int engine, long i) {
        JvmEngine e = ENGINES.get(engine);
        String s = i < e.args.size() ? e.args.get((int) i) : "";
        Mem.put64(dest, e.string(s));
        Mem.put64(dest + 8, s.getBytes(StandardCharsets.UTF_8).length);
    }

    public static long tlsGet(int engine, long key) {
        return ENGINES.get(engine).threads.current().locals.getOrDefault(key, 0L);
    }

    public static void tlsSet(int engine, long key, long value) {
        ENGINES.get(engine).threads.current().locals.put(key, value);
    }

    public static long threadId(int engine) {
        return ENGINES.get(engine).threads.current().id;
    }

    /** Writes the current thread's name (empty if it has none) as a {@code &'static str} at {@code dest}. */
    public static void threadName(long dest, int engine) {
        JvmEngine e = ENGINES.get(engine);
        String n = e.threads.current().name;
        if (n == null) n = "";
        Mem.put64(dest, e.string(n));
        Mem.put64(dest + 8, n.getBytes(StandardCharsets.UTF_8).length);
    }

    /** {@code ferrite_thread_spawn(start, data, name, name_len)}: a thread that calls {@code start(data)}. */
    public static long threadSpawn(int engine, long start, long data, long namePtr, long nameLen) {
        JvmEngine e = ENGINES.get(engine);
        String name = namePtr == 0 ? null : new String(Mem.read(namePtr, (int) nameLen), StandardCharsets.UTF_8);
        return e.threads.spawn(name, t -> {
            long sp = Rt.newStack();
            try {
                fnHandle(engine, start).invoke(sp, data);
            } catch (RuntimeException | Error x) {
                throw x;
            } catch (Throwable x) {
                throw new IllegalStateException(x);
            } finally {
                Rt.freeStack(sp);
            }
        }, code -> {
        }, e::exitCodeOf);
    }

    /** Waits for thread {@code id}; true if it panicked. */
    public static boolean threadJoin(int engine, long id) {
        JvmEngine e = ENGINES.get(engine);
        JvmThreads.RustThread t = e.threads.byId(id);
        if (t == null || t == e.threads.current()) throw new IllegalStateException("joining thread " + id + ", which cannot be joined");
        e.threads.block(new JvmThreads.Join(t));
        return t.panicked;
    }

    public static void threadYield(int engine) {
        ENGINES.get(engine).threads.yieldNow();
    }

    public static void threadSleep(int engine, long nanos) {
        JvmThreads th = ENGINES.get(engine).threads;
        th.block(new JvmThreads.Sleep(th.monotonicNanos() + Math.max(0, nanos)));
    }

    public static void futexWait(int engine, long addr, int expected) {
        ENGINES.get(engine).threads.block(new JvmThreads.Futex(addr, expected));
    }

    public static long monotonicNanos(int engine) {
        return ENGINES.get(engine).threads.monotonicNanos();
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
    public static int catchUnwind(int engine, long sp, long tryFn, long data, long catchFn) throws Throwable {
        try {
            MethodHandle t = fnHandle(engine, tryFn);
            t.invoke(sp, data);
            return 0;
        } catch (Rt.RustPanic p) {
            MethodHandle c = fnHandle(engine, catchFn);
            c.invoke(sp, data, p.payload);
            return 1;
        }
    }

    synchronized long typeId(Ty t) {
        return typeIds.computeIfAbsent(t, k -> 0x5eed_0000_0000_0000L + typeIds.size() * 0x9E37_79B9L);
    }

    // ------------------------------------------------------------------ function pointers and vtables

    /**
     * Function pointers are addresses above the 47-bit user address space, 16 apart, so that they
     * never collide with memory: {@code FN_BASE + 16 * i} stands for callable {@code i}.
     */
    static final long FN_BASE = 0x7fff_0000_0000_0000L;
    private final Map<Object, Long> vtables = new HashMap<>();

    long fnPointer(Object callable) {
        return FN_BASE + 16L * instanceId(callable);
    }

    /** The method a function pointer stands for (called with the fn pointer type's descriptor). */
    public static MethodHandle fnHandle(int engine, long addr) {
        JvmEngine e = ENGINES.get(engine);
        long i = (addr - FN_BASE) >>> 4;
        MethodHandle[] table = e.byPointer;
        if (addr >= FN_BASE && i < table.length && table[(int) i] != null) return table[(int) i];
        return e.fnHandleSlow(addr, i);
    }

    // ------------------------------------------------------------------ calls through pointers

    /**
     * The bootstrap of a call through a function pointer (a vtable slot, a fn pointer): the site's
     * type is the callee's with the pointer in front. The site is an inline cache: it starts
     * unlinked, and each pointer it meets adds a test {@code fp == seen} in front of a direct call
     * of that pointer's method, so HotSpot inlines the few callees a site sees (the shapes of a
     * {@code dyn Shape} loop). A site that meets more than {@link #POLYMORPHIC} pointers looks the
     * method up on each call.
     */
    public static CallSite linkIndirect(MethodHandles.Lookup caller, String name, MethodType type, int engine) {
        return new InlineCache(ENGINES.get(engine), type);
    }

    static final int POLYMORPHIC = 4;

    private static final MethodHandle RELINK;
    private static final MethodHandle SAME_POINTER;
    private static final MethodHandle FN_HANDLE;

    static {
        try {
            var l = MethodHandles.lookup();
            RELINK = l.findVirtual(InlineCache.class, "relink", MethodType.methodType(Object.class, Object[].class));
            SAME_POINTER = l.findStatic(JvmEngine.class, "samePointer", MethodType.methodType(boolean.class, long.class, long.class));
            FN_HANDLE = l.findStatic(JvmEngine.class, "fnHandle", MethodType.methodType(MethodHandle.class, int.class, long.class));
        } catch (ReflectiveOperationException x) {
            throw new ExceptionInInitializerError(x);
        }
    }

    private static boolean samePointer(long expected, long fp) {
        return fp == expected;
    }

    static final class InlineCache extends java.lang.invoke.MutableCallSite {
        private final JvmEngine engine;
        private final MethodHandle relink;
        private int seen;

        InlineCache(JvmEngine engine, MethodType type) {
            super(type);
            this.engine = engine;
            this.relink = RELINK.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type);
            setTarget(relink);
        }

        /** The slow path: links the pointer met (or goes megamorphic), then makes this call. */
        Object relink(Object[] args) throws Throwable {
            long fp = (Long) args[0];
            MethodHandle h = fnHandle(engine.id, fp);
            MethodType callee = type().dropParameterTypes(0, 1);
            if (!h.type().equals(callee)) {
                throw new IllegalStateException("calling " + engine.describe(engine.callableAt(fp)) + " as " + callee + ", but its method is " + h.type());
            }
            synchronized (this) {
                if (seen < POLYMORPHIC) {
                    seen++;
                    MethodHandle test = MethodHandles.insertArguments(SAME_POINTER, 0, fp);
                    setTarget(MethodHandles.guardWithTest(test, MethodHandles.dropArguments(h, 0, long.class), getTarget()));
                } else if (seen == POLYMORPHIC) {
                    seen++;
                    MethodHandle lookup = MethodHandles.insertArguments(FN_HANDLE, 0, engine.id);
                    setTarget(MethodHandles.filterArguments(MethodHandles.exactInvoker(callee), 0, lookup));
                }
            }
            return h.invokeWithArguments(java.util.Arrays.asList(args).subList(1, args.length));
        }
    }

    synchronized Object callableAt(long fp) {
        return instances.get((int) ((fp - FN_BASE) >>> 4));
    }

    /** The methods of function pointers by index, filled as they are first called (read without locking). */
    private volatile MethodHandle[] byPointer = new MethodHandle[0];

    private synchronized MethodHandle fnHandleSlow(long addr, long i) {
        if (addr < FN_BASE || i >= instances.size() || ((addr - FN_BASE) & 15) != 0) {
            throw new IllegalStateException("calling 0x" + Long.toHexString(addr) + ", which is not a function pointer");
        }
        MethodHandle h = handle(instances.get((int) i));
        MethodHandle[] table = byPointer;
        if (i >= table.length) table = java.util.Arrays.copyOf(table, Math.max((int) i + 1, table.length * 2));
        else table = table.clone();
        table[(int) i] = h;
        byPointer = table;
        return h;
    }

    /** The concrete type each vtable was made for (for upcasts to a supertrait). */
    private final Map<Long, Ty> vtableTypes = new HashMap<>();
    private final List<Ty.Dynamic> upcastTargets = new ArrayList<>();

    /** The principal trait of {@code d} with {@code self} as its Self type; null for auto traits only. */
    static dev.ferrite.types.TraitRef principal(Ty.Dynamic d, Ty self) {
        for (var p : d.preds()) {
            if (p instanceof dev.ferrite.types.ExistentialPredicate.Trait tr) {
                return new dev.ferrite.types.TraitRef(tr.traitId(), dev.ferrite.types.GenericArgs.of(self).concat(tr.args()));
            }
        }
        return null;
    }

    synchronized int upcastTarget(Ty.Dynamic d) {
        int i = upcastTargets.indexOf(d);
        if (i >= 0) return i;
        upcastTargets.add(d);
        return upcastTargets.size() - 1;
    }

    /** The vtable of {@code dyn Target} (upcast target {@code target}) for the type vtable {@code vt} was made for. */
    public static long upcastVtable(int engine, long vt, int target) {
        JvmEngine e = ENGINES.get(engine);
        synchronized (e) {
            Ty concrete = e.vtableTypes.get(vt);
            if (concrete == null) throw new IllegalStateException("upcasting with 0x" + Long.toHexString(vt) + ", which is not a vtable");
            return e.vtable(concrete, principal(e.upcastTargets.get(target), concrete));
        }
    }

    /** The vtable of {@code concrete} as {@code dyn principal}: drop glue (0 if none), size, align, then the methods. */
    synchronized long vtable(Ty concrete, dev.ferrite.types.TraitRef principal) {
        List<Object> key = List.of(concrete, principal == null ? "auto" : principal);
        Long known = vtables.get(key);
        if (known != null) return known;
        List<dev.ferrite.typeck.InstanceResolver.Resolved> methods = principal == null ? List.of()
                : program.vtableMethods(concrete, principal);
        long p = Mem.allocZeroed(8L * (3 + methods.size()), 8);
        vtables.put(key, p);
        vtableTypes.put(p, concrete);
        Layout l = layouts.of(concrete);
        DefId dip = program.langItem("drop_in_place");
        if (needsDrop(concrete) && dip != null) {
            Mem.put64(p, fnPointer(new Instance(dip, dev.ferrite.types.GenericArgs.of(concrete))));
        }
        Mem.put64(p + 8, l.size());
        Mem.put64(p + 16, l.align());
        for (int i = 0; i < methods.size(); i++) {
            dev.ferrite.typeck.InstanceResolver.Resolved r = methods.get(i);
            if (r == null) continue;
            // a closure's (or fn pointer's) Fn::call takes its arguments as the tuple the trait's Args names
            var kind = r.kind();
            List<Ty> tupleArg = (kind == dev.ferrite.typeck.InstanceResolver.Resolved.Kind.CLOSURE
                    || kind == dev.ferrite.typeck.InstanceResolver.Resolved.Kind.FN_PTR_SHIM) && principal.args().size() > 1
                    ? List.of(TyFolder.eraseRegions(principal.args().ty(1))) : List.of();
            Mem.put64(p + 24 + 8L * i, fnPointer(new CallShims.Key(CallShims.Kind.VIRTUAL_METHOD, r, concrete, tupleArg, null)));
        }
        return p;
    }

    // ------------------------------------------------------------------ types

    Ty substTy(Instance inst, Ty ty) {
        IdentityHashMap<Ty, Ty> cache = substCaches.computeIfAbsent(inst, k -> new IdentityHashMap<>());
        Ty r = cache.get(ty);
        if (r == null) {
            r = inst.args().isEmpty() ? TyFolder.eraseRegions(ty) : TyFolder.eraseRegions(TyFolder.subst(ty, inst.args()));
            if (TyVisitor.any(r, t -> t instanceof Ty.Alias || t instanceof Ty.Opaque)) r = program.normalize(r);
            cache.put(ty, r);
        }
        return r;
    }

    /** How a value of a type is held and passed: not at all, as a JVM value, or in memory. */
    sealed interface Abi {
    }

    record Void() implements Abi {
    }

    record Reg(TypeKind kind) implements Abi {
    }

    record InMemory() implements Abi {
    }

    static final Abi VOID = new Void();
    static final Abi MEM = new InMemory();
    static final Reg INT = new Reg(TypeKind.INT);
    static final Reg LONG = new Reg(TypeKind.LONG);
    static final Reg FLOAT = new Reg(TypeKind.FLOAT);
    static final Reg DOUBLE = new Reg(TypeKind.DOUBLE);

    Abi abi(Ty t) {
        Reg r = scalarKind(t);
        if (r != null) return r;
        Layout l = layouts.of(t);
        if (l.sized() && l.size() == 0) return VOID;
        return MEM;
    }

    /** The JVM kind of a scalar type (bool, char, integers up to 64 bits, floats, thin pointers); null for others. */
    Reg scalarKind(Ty t) {
        return switch (t) {
            case Ty.Bool b -> INT;
            case Ty.Char c -> INT;
            case Ty.Int i -> i.kind().bytes() <= 4 ? INT : i.kind().bytes() == 8 ? LONG : null;
            case Ty.Float f -> f.kind() == dev.ferrite.types.FloatKind.F32 ? FLOAT : DOUBLE;
            case Ty.RawPtr p -> layouts.isWide(p.pointee()) ? null : LONG;
            case Ty.Ref r -> layouts.isWide(r.pointee()) ? null : LONG;
            case Ty.FnPtr f -> LONG;
            default -> null;
        };
    }

    static ClassDesc desc(TypeKind k) {
        return switch (k) {
            case INT -> ConstantDescs.CD_int;
            case LONG -> ConstantDescs.CD_long;
            case FLOAT -> ConstantDescs.CD_float;
            case DOUBLE -> ConstantDescs.CD_double;
            default -> ConstantDescs.CD_void;
        };
    }

    /** The descriptor of the method of a function with these (monomorphic) parameter and return types. */
    MethodTypeDesc descriptor(List<Ty> params, Ty ret, boolean trackCaller) {
        List<ClassDesc> ps = new ArrayList<>();
        ps.add(ConstantDescs.CD_long);
        Abi ra = abi(ret);
        if (ra == MEM) ps.add(ConstantDescs.CD_long);
        for (Ty p : params) {
            switch (abi(p)) {
                case Reg r -> ps.add(desc(r.kind()));
                case InMemory m -> ps.add(ConstantDescs.CD_long);
                case Void v -> {
                }
            }
        }
        if (trackCaller) ps.add(ConstantDescs.CD_long);
        ClassDesc r = ra instanceof Reg reg ? desc(reg.kind()) : ConstantDescs.CD_void;
        return MethodTypeDesc.of(r, ps);
    }

    boolean needsDrop(Ty ty) {
        return needsDrop.of(ty);
    }

    // ------------------------------------------------------------------ constants in memory

    /** The address of a constant's bytes in native memory, written once (pointers inside relocated). */
    synchronized long constant(Allocation a) {
        Long known = constants.get(a);
        if (known != null) return known;
        long p = Mem.alloc(Math.max(a.size(), 1), Math.max(a.align(), 1));
        constants.put(a, p);
        Mem.write(p, a.bytes());
        for (Map.Entry<Integer, GlobalAlloc> e : a.provenance().entrySet()) {
            long off = Mem.i64(p + e.getKey());
            Mem.put64(p + e.getKey(), globalAddress(e.getValue()) + off);
        }
        return p;
    }

    long globalAddress(GlobalAlloc g) {
        return switch (g) {
            case GlobalAlloc.Memory m -> constant(m.alloc());
            case GlobalAlloc.Static st -> staticAddress(st.def());
            case GlobalAlloc.Function f -> fnPointer(new Instance(f.def(), TyFolder.eraseRegions(f.args())));
            case GlobalAlloc.VTable v -> vtable(v.ty(), v.principal());
        };
    }

    /** The memory of a static, its initialiser run on first use. */
    long staticAddress(DefId def) {
        Instance inst = Instance.mono(def);
        return evaluate(inst, inst, bodyOf(inst));
    }

    private final Map<Object, Long> evaluated = new HashMap<>();
    private final IdentityHashMap<Body, Integer> bodyIds = new IdentityHashMap<>();
    private long evalStack;
    private int evalDepth;

    /** Whether one of the 8-byte words of {@code [p, p + size)} holds an address in {@code [base, base + length)}. */
    private static boolean pointsInto(long p, long size, long base, long length) {
        for (long i = 0; i + 8 <= size; i += 8) {
            long v = Mem.i64(p + i);
            if (v >= base && v < base + length) return true;
        }
        return false;
    }

    /** Identifies a promoted constant of an instance's body. */
    record PromotedKey(Instance inst, int body, int index) {
    }

    synchronized PromotedKey promotedKey(Instance inst, Body parent, int index) {
        return new PromotedKey(inst, bodyIds.computeIfAbsent(parent, b -> bodyIds.size()), index);
    }

    /**
     * Runs a body without arguments (a const, static or promoted initialiser) once and returns the
     * address of its value, kept for the rest of the run.
     */
    synchronized long evaluate(Object key, Instance inst, Body body) {
        Long known = evaluated.get(key);
        if (known != null) return known;
        Ty t = substTy(inst, body.locals().get(0).ty());
        Layout l = layouts.of(t);
        long out = Mem.allocZeroed(Math.max(l.size(), 1), l.align());
        // known before its initialiser runs: statics may point at each other (S1 = S(&S2), S2 = S(&S1))
        evaluated.put(key, out);
        MethodHandle h = handle(key, inst, body);
        // A nested evaluation (a static first used while another initialiser runs) gets a stack of
        // its own, not the bottom of the one in use.
        long stack = evalDepth == 0 && evalStack != 0 ? evalStack : Rt.newStack();
        if (evalDepth == 0) evalStack = stack;
        evalDepth++;
        try {
            switch (abi(t)) {
                case Reg r -> {
                    switch (r.kind()) {
                        case INT -> {
                            int v = (int) h.invoke(stack);
                            switch ((int) l.size()) {
                                case 1 -> Mem.put8(out, v);
                                case 2 -> Mem.put16(out, v);
                                default -> Mem.put32(out, v);
                            }
                        }
                        case LONG -> Mem.put64(out, (long) h.invoke(stack));
                        case FLOAT -> Mem.putF32(out, (float) h.invoke(stack));
                        case DOUBLE -> Mem.putF64(out, (double) h.invoke(stack));
                        default -> throw new IllegalStateException();
                    }
                }
                case InMemory m -> h.invoke(stack, out);
                case Void v -> h.invoke(stack);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            evalDepth--;
        }
        // `&local` in an initialiser lives as long as the value (rustc interns it): if the value
        // points into the frame, the stack is kept for good and the next evaluation gets another
        if (pointsInto(out, l.size(), stack & -Rt.STACK_SIZE, Rt.STACK_SIZE)) {
            if (stack == evalStack) evalStack = 0;
        } else if (stack != evalStack) {
            Rt.freeStack(stack);
        }
        return out;
    }

    private final Map<Object, Long> constValues = new HashMap<>();

    /** The address of memory holding a constant of type {@code t} (for constants used in place of values held in memory). */
    synchronized long valueInMemory(dev.ferrite.mir.ConstValue v, Ty t) {
        List<Object> key = List.of(v, t);
        Long known = constValues.get(key);
        if (known != null) return known;
        Layout l = layouts.of(t);
        long p = Mem.allocZeroed(Math.max(l.size(), 1), l.align());
        switch (v) {
            case dev.ferrite.mir.ConstValue.Slice s -> {
                Mem.put64(p, constant(s.data()));
                Mem.put64(p + 8, s.data().size());
            }
            case dev.ferrite.mir.ConstValue.Pointer ptr -> Mem.put64(p, globalAddress(ptr.target()) + ptr.offset());
            case dev.ferrite.mir.ConstValue.Scalar sc -> Mem.write(p, java.util.Arrays.copyOf(littleEndian(sc.bits(), sc.size()), sc.size()));
            case dev.ferrite.mir.ConstValue.ZeroSized z -> {
            }
            default -> throw new Unsupported("a constant " + v.getClass().getSimpleName() + " in memory");
        }
        constValues.put(key, p);
        return p;
    }

    private static byte[] littleEndian(java.math.BigInteger v, int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) out[i] = v.shiftRight(8 * i).byteValue();
        return out;
    }

    /** The address of the UTF-8 bytes of a string (for {@code &'static str} values made by the engine). */
    long string(String s) {
        return constant(Allocation.ofBytes(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The address of a {@code core::panic::Location} for {@code span} (what {@code caller_location} returns). */
    synchronized long location(Span span, Ty locTy) {
        Long known = locations.get(span);
        if (known != null) return known;
        Layout l = layouts.of(locTy);
        long p = Mem.allocZeroed(l.size(), l.align());
        String file = "<unknown>";
        long line = 0, col = 0;
        SourceMap.Loc loc = sourceMap == null || span == null || span.isDummy() ? null : sourceMap.lookup(span.lo());
        if (loc != null) {
            String s = loc.toString();
            int c2 = s.lastIndexOf(':');
            int c1 = s.lastIndexOf(':', c2 - 1);
            file = s.substring(0, c1);
            line = Long.parseLong(s.substring(c1 + 1, c2));
            col = Long.parseLong(s.substring(c2 + 1));
        }
        if (locTy instanceof Ty.Adt adt) {
            List<AdtDef.FieldDef> fields = program.adtDef(adt.def()).nonEnumVariant().fields();
            for (int i = 0; i < fields.size(); i++) {
                long off = l.offset(i);
                switch (fields.get(i).name().text()) {
                    case "file" -> {
                        byte[] b = file.getBytes(StandardCharsets.UTF_8);
                        Mem.put64(p + off, string(file));
                        Mem.put64(p + off + 8, b.length);
                    }
                    case "line" -> Mem.put32(p + off, (int) line);
                    case "col" -> Mem.put32(p + off, (int) col);
                    default -> {
                    }
                }
            }
        }
        locations.put(span, p);
        return p;
    }
}
