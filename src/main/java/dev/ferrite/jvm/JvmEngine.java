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
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled engine: monomorphic MIR instances become static methods of hidden classes, one
 * class per instance, generated on first call (a call site is an {@code invokedynamic} whose
 * bootstrap compiles its callee and links it for good, so HotSpot inlines across functions).
 * Values live in native memory ({@link Mem}) in the interpreter's layouts; locals whose address
 * is never taken and whose type is a scalar live in JVM locals. What the code calls at run time
 * (linking, I/O, threads) is its {@link JvmRuntime}, to which the engine is the {@link
 * JvmRuntime.Linker}.
 *
 * <p>{@link #build} compiles a program whole instead, for a jar ({@code ferrite build}, and
 * {@code ferrite run} through the daemon): every callable it can reach, with its data (constants,
 * vtables, statics) in an {@link Image} at a fixed address, so that the code's constants hold in
 * the JVM that runs it ({@link Launch}).
 *
 * <p>Calling convention of a generated method: {@code (long sp, [long ret,] args..., [long
 * location]) -> R}. {@code sp} is the shadow-stack pointer where the callee puts its frame;
 * {@code ret} is where a callee whose result is not a scalar writes it; scalar arguments are
 * passed as JVM values, zero-sized ones not at all, others as the address of a copy the callee
 * may use as its own; a {@code #[track_caller]} function receives the address of its caller's
 * {@code core::panic::Location} last.
 */
public final class JvmEngine implements JvmRuntime.Linker {
    final Program program;
    final Layouts layouts;
    private final dev.ferrite.interp.NeedsDrop needsDrop;
    final SourceMap sourceMap;
    /** The runtime of the program this engine compiles: what its code calls, and its process. */
    final JvmRuntime runtime;

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
        this.runtime = JvmRuntime.register(this);
    }

    /** A construct the code generator does not handle (yet). */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what);
        }
    }

    /** The index of the program's runtime, as its code names it. */
    int id() {
        return runtime.id();
    }

    /**
     * Runs std's {@code lang_start::<T>(main)} (or {@code main} itself without std) and returns
     * the exit code ({@link JvmRuntime#runMain}). A construct the code generator does not handle
     * is thrown as {@link Unsupported}.
     */
    public int runMain(Instance start, Instance main) {
        return runtime.runMain(start == null ? -1 : instanceId(start), instanceId(main));
    }

    public JvmEngine withProcess(java.io.InputStream stdin, List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
        runtime.withProcess(stdin, args, out, err);
        return this;
    }

    @Override
    public MethodHandle handle(int id) {
        Object callable;
        synchronized (this) {
            if (id >= instances.size()) throw new IllegalStateException("calling callable " + id + ", which does not exist");
            callable = instances.get(id);
        }
        return handle(callable);
    }

    @Override
    public String describe(int id) {
        synchronized (this) {
            return id < instances.size() ? describe(instances.get(id)) : "callable " + id;
        }
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
        if (built != null) built.callables().put(i, (callable instanceof CallShims.Key ? "Shim" : "Fn") + i + " " + h.type().toMethodDescriptorString());
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
            if (!codeTooLarge(tooLarge)) throw tooLarge;
            // more than a method may hold: the blocks go into several methods
            fc = new FnCompiler(this, inst, body, true);
            try {
                bytes = fc.compile(ClassDesc.of("dev.ferrite.jvm." + name));
            } catch (IllegalArgumentException stillTooLarge) {
                if (!codeTooLarge(stillTooLarge)) throw stillTooLarge;
                // a chunk of statements that each write much (an array of 2,000 elements) still
                // is: the smaller code of memory accesses through Mem's methods
                fc = new FnCompiler(this, inst, body, true);
                fc.direct = false;
                bytes = fc.compile(ClassDesc.of("dev.ferrite.jvm." + name));
            }
        }
        long t2 = System.nanoTime();
        STATS[1] += t1 - t0;
        STATS[2] += t2 - t1;
        STATS[4]++;
        STATS[5] += bytes.length;
        if (built != null && !name.startsWith("Body")) built.classes().put(name, bytes);
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

    private static boolean codeTooLarge(IllegalArgumentException x) {
        return x.getMessage() != null && x.getMessage().startsWith("Code length");
    }

    // ------------------------------------------------------------------ building a jar

    /**
     * What a build collects: each callable's class name and descriptor ("Fn12 (JJ)V", or "! why"
     * for one that could not be compiled), and the classes' bytes by name.
     */
    private record Built(Map<Integer, String> callables, Map<String, byte[]> classes) {
    }

    private Built built;

    /**
     * Compiles the whole program for a jar ({@code ferrite build}): every function it may call,
     * starting from {@code start} and {@code main} (a call site, a vtable slot or a function
     * pointer in code or data names its callee as it is compiled, so compiling each callable until
     * none is left reaches them all). Statics are evaluated now, as rustc does; the data goes into
     * an {@link Image} whose pages the jar holds. Writes the classes and {@code ferrite/program}
     * ({@link Launch} reads it) into {@code jar}.
     */
    public void build(Instance start, Instance main, java.util.zip.ZipOutputStream jar) throws java.io.IOException {
        image = Image.reserve();
        built = new Built(new java.util.TreeMap<>(), new java.util.LinkedHashMap<>());
        try {
            int startId = start == null ? -1 : instanceId(start);
            int mainId = instanceId(main);
            // an upcast needs the vtable of a supertrait for a type known at run time: made now,
            // for every vtable of a trait that code upcasts from
            Map<List<Long>, Long> upcasts = new java.util.LinkedHashMap<>();
            int done = 0;
            while (true) {
                Object next;
                synchronized (this) {
                    next = done < instances.size() ? instances.get(done) : null;
                }
                if (next != null) {
                    try {
                        handle(next);
                    } catch (Unsupported | dev.ferrite.interp.Layouts.LayoutError x) {
                        // as when the program runs here: a failure only if the program calls it
                        String why = "! " + describe(next) + ": " + x.getMessage();
                        built.callables().put(done, why.length() > 4000 ? why.substring(0, 4000) + "..." : why);
                    }
                    done++;
                    continue;
                }
                boolean more = false;
                List<List<Long>> pairs = new ArrayList<>();
                synchronized (this) {
                    for (Map.Entry<Long, DefId> vt : vtableTraits.entrySet()) {
                        for (Map.Entry<Integer, java.util.Set<DefId>> t : upcastSources.entrySet()) {
                            if (t.getValue().contains(vt.getValue())) pairs.add(List.of(vt.getKey(), (long) t.getKey()));
                        }
                    }
                }
                for (List<Long> key : pairs) {
                    if (upcasts.containsKey(key)) continue;
                    upcasts.put(key, upcastVtable(key.get(0), (int) (long) key.get(1)));
                    more = true;
                }
                if (!more) break;
            }
            for (Map.Entry<String, byte[]> c : built.classes().entrySet()) {
                jar.putNextEntry(new java.util.zip.ZipEntry("dev/ferrite/jvm/" + c.getKey() + ".class"));
                jar.write(c.getValue());
                jar.closeEntry();
            }
            jar.putNextEntry(new java.util.zip.ZipEntry(Launch.PROGRAM));
            var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(jar));
            out.writeInt(Launch.MAGIC);
            out.writeInt(id());
            out.writeInt(startId);
            out.writeInt(mainId);
            out.writeInt(built.callables().size());
            for (Map.Entry<Integer, String> c : built.callables().entrySet()) {
                out.writeInt(c.getKey());
                out.writeUTF(c.getValue());
            }
            out.writeInt(upcasts.size());
            for (Map.Entry<List<Long>, Long> u : upcasts.entrySet()) {
                out.writeLong(u.getKey().get(0));
                out.writeInt((int) (long) u.getKey().get(1));
                out.writeLong(u.getValue());
            }
            image.write(out);
            out.flush();
            jar.closeEntry();
        } finally {
            image.release();
            image = null;
            built = null;
            JvmRuntime.unregister(id());
        }
    }

    String describe(Object callable) {
        return switch (callable) {
            case Instance i -> "`" + program.defPath(i.def()) + "`" + (i.args().isEmpty() ? "" : " " + i.args());
            case CallShims.Key k -> k.kind() + " shim of `" + program.defPath(k.resolved().def()) + "`";
            default -> callable.toString();
        };
    }

    private final Map<Ty, Long> typeIds = new HashMap<>();

    synchronized long typeId(Ty t) {
        return typeIds.computeIfAbsent(t, k -> 0x5eed_0000_0000_0000L + typeIds.size() * 0x9E37_79B9L);
    }

    // ------------------------------------------------------------------ function pointers and vtables

    private final Map<Object, Long> vtables = new HashMap<>();

    long fnPointer(Object callable) {
        return JvmRuntime.FN_BASE + 16L * instanceId(callable);
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

    @Override
    public synchronized long upcastVtable(long vt, int target) {
        Ty concrete = vtableTypes.get(vt);
        if (concrete == null) throw new IllegalStateException("upcasting with 0x" + Long.toHexString(vt) + ", which is not a vtable");
        return vtable(concrete, principal(upcastTargets.get(target), concrete));
    }

    /** The principal trait of each vtable (absent for auto traits only), and for each upcast target the traits code upcasts to it from. */
    private final Map<Long, DefId> vtableTraits = new HashMap<>();
    private final Map<Integer, java.util.Set<DefId>> upcastSources = new HashMap<>();

    /** The index of upcast target {@code d}, which code upcasts to from {@code dyn source}. */
    synchronized int upcastTarget(Ty.Dynamic d, DefId source) {
        int i = upcastTargets.indexOf(d);
        if (i < 0) {
            upcastTargets.add(d);
            i = upcastTargets.size() - 1;
        }
        upcastSources.computeIfAbsent(i, k -> new java.util.HashSet<>()).add(source);
        return i;
    }

    /** The vtable of {@code concrete} as {@code dyn principal}: drop glue (0 if none), size, align, then the methods. */
    synchronized long vtable(Ty concrete, dev.ferrite.types.TraitRef principal) {
        List<Object> key = List.of(concrete, principal == null ? "auto" : principal);
        Long known = vtables.get(key);
        if (known != null) return known;
        List<dev.ferrite.typeck.InstanceResolver.Resolved> methods = principal == null ? List.of()
                : program.vtableMethods(concrete, principal);
        long p = dataAlloc(8L * (3 + methods.size()), 8);
        vtables.put(key, p);
        vtableTypes.put(p, concrete);
        if (principal != null) vtableTraits.put(p, principal.traitId());
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

    /** The image the engine's data goes to when it builds a program into a jar; null when it runs the program itself. */
    private Image image;

    /** Zeroed memory for the engine's own data (constants, vtables, statics): the C heap, or the image of a program being built. */
    private long dataAlloc(long size, long align) {
        return image != null ? image.alloc(size, align) : Mem.allocZeroed(size, align);
    }

    /** A shadow stack for evaluating initialisers (in the image when building: a static may point into it). */
    private long newEvalStack() {
        return image != null ? image.alloc(Rt.STACK_SIZE, Rt.STACK_SIZE) + 16 : Rt.newStack();
    }

    /** The address of a constant's bytes in native memory, written once (pointers inside relocated). */
    synchronized long constant(Allocation a) {
        Long known = constants.get(a);
        if (known != null) return known;
        long p = dataAlloc(Math.max(a.size(), 1), Math.max(a.align(), 1));
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
        long out = dataAlloc(Math.max(l.size(), 1), l.align());
        // known before its initialiser runs: statics may point at each other (S1 = S(&S2), S2 = S(&S1))
        evaluated.put(key, out);
        MethodHandle h = handle(key, inst, body);
        // A nested evaluation (a static first used while another initialiser runs) gets a stack of
        // its own, not the bottom of the one in use.
        long stack = evalDepth == 0 && evalStack != 0 ? evalStack : newEvalStack();
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
        } else if (stack != evalStack && image == null) {
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
        long p = dataAlloc(Math.max(l.size(), 1), l.align());
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
        long p = dataAlloc(l.size(), l.align());
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
