package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.AggregateKind;
import dev.ferrite.mir.Allocation;
import dev.ferrite.mir.AssertMessage;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.ConstValue;
import dev.ferrite.mir.GlobalAlloc;
import dev.ferrite.mir.LocalDecl;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs monomorphic MIR on a byte-level {@link Memory} (Miri's approach): every local lives in its
 * own allocation, places are pointers with metadata, values in flight are {@link Bytes} with
 * initialisation and provenance. Calls push {@link Frame}s on an explicit stack; drop glue and the
 * evaluation of constants and statics run nested. Undefined behaviour stops the program with
 * {@code error: Undefined Behavior: ...} at the span of the statement that caused it.
 *
 * <p>Entry point: {@link #run(Instance, PrintStream, PrintStream)}.
 */
public final class Interpreter {
    /**
     * The main thread's stack, as a native program has (8 MiB): frames use the sizes of their
     * locals plus a fixed overhead, and overflowing it ends the program as a native stack overflow.
     */
    public static final long STACK_BYTES = 8L << 20;
    static final int FRAME_OVERHEAD = 48;
    long stackUsed;

    final Program program;
    final Layouts layouts;
    private final NeedsDrop needsDrop;
    final Memory mem = new Memory();
    private final SourceMap sourceMap;
    PrintStream out = System.out;
    PrintStream err = System.err;
    /** The program's standard input and command line (its name first), as {@code std::io} and {@code std::env} see them. */
    java.io.InputStream stdin = java.io.InputStream.nullInputStream();
    List<String> args = List.of("main");

    /** Gives the program a standard input and a command line (the program's name first). */
    public Interpreter withProcess(java.io.InputStream stdin, List<String> args) {
        this.stdin = stdin;
        this.args = List.copyOf(args);
        return this;
    }
    /** The running thread's frames (each interpreted thread has its own; {@link Threads} swaps them). */
    List<Frame> stack = new ArrayList<>();
    Span currentSpan = Span.DUMMY;
    private final Intrinsics intrinsics;
    final Threads threads;
    private final dev.ferrite.mir.MirPrinter typeNamer;

    /** Per instance: the MIR's types (by identity) to their substituted, normalised forms. */
    private final Map<Instance, IdentityHashMap<Ty, Ty>> substCaches = new HashMap<>();
    private final IdentityHashMap<Allocation, Memory.Alloc> constAllocs = new IdentityHashMap<>();
    private final Map<DefId, Memory.Alloc> statics = new HashMap<>();
    private final Map<Instance, Bytes> consts = new HashMap<>();
    private final Map<Object, Bytes> promoted = new HashMap<>();
    private final Map<Object, Pointer> fnPointers = new HashMap<>();
    private final Map<List<Object>, Pointer> vtables = new HashMap<>();
    /** The concrete type each vtable allocation was made for (for upcasts to supertraits). */
    private final Map<Integer, Ty> vtableTypes = new HashMap<>();
    private final Map<Ty, java.util.Optional<Instance>> dropMethods = new HashMap<>();
    private final Map<String, Pointer> strings = new HashMap<>();

    /** Targets of function-pointer allocations besides plain {@link Instance}s. */
    record DropGlue(Ty ty) {
    }

    record ClosureAsFn(Instance closure) {
    }

    record VirtualTarget(InstanceResolver.Resolved resolved) {
    }

    public Interpreter(Program program, SourceMap sourceMap) {
        this.program = program;
        this.layouts = new Layouts(program);
        this.needsDrop = new NeedsDrop(program, layouts);
        this.sourceMap = sourceMap;
        this.intrinsics = new Intrinsics(this);
        this.threads = new Threads(this);
        this.typeNamer = new dev.ferrite.mir.MirPrinter(program::defPath);
    }

    public Memory memory() {
        return mem;
    }

    public Layouts layouts() {
        return layouts;
    }

    // ================================================================ entry

    /**
     * Runs {@code main} to completion and returns the process exit code: 0, the code given to
     * {@code exit}, 101 for a panic, 1 for undefined behaviour (reported on {@code err}), 101 for an
     * internal error.
     */
    public int run(Instance main, PrintStream out, PrintStream err) {
        return run(main, null, out, err);
    }

    /**
     * Runs the runtime's entry {@code start} (std's {@code #[lang = "start"]} function, an
     * {@code fn(fn() -> T) -> isize}) with a pointer to {@code main}; its result is the exit code.
     */
    public int runStart(Instance start, Instance main, PrintStream out, PrintStream err) {
        return run(start, main, out, err);
    }

    /**
     * Evaluates a monomorphic integer, bool or char constant at compile time (the type system's
     * array lengths and const arguments): its value, or null if it is of another type or its
     * evaluation failed (a panic, UB, or something the interpreter does not support).
     */
    public java.math.BigInteger evalConstInt(Instance inst) {
        PrintStream savedOut = out, savedErr = err;
        out = new PrintStream(java.io.OutputStream.nullOutputStream());
        err = out;
        try {
            Body body = bodyOf(inst.def());
            Ty ty = substTy(inst, body.returnTy());
            if (!(ty instanceof Ty.Int || ty instanceof Ty.Bool || ty instanceof Ty.Char)) return null;
            return Casts.scalarInt(this, callNested(inst, body, List.of(), ty, null), ty);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        } finally {
            out = savedOut;
            err = savedErr;
        }
    }

    private int run(Instance entry, Instance main, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        int[] result = new int[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = runHere(entry, main);
            } catch (RuntimeException e) {
                failure[0] = e; // an internal error: the driver reports it as an ICE
            }
        }, "ferrite-interp", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 101;
        }
        if (failure[0] != null) throw failure[0];
        out.flush();
        err.flush();
        return result[0];
    }

    private int runHere(Instance entry, Instance main) {
        int code;
        try {
            Body body = bodyOf(entry.def());
            Ty ret = substTy(entry, body.returnTy());
            if (main == null) {
                callNested(entry, body, List.of(), ret, null);
                code = 0;
            } else {
                // std's `lang_start(main)`: its result is the exit code
                Bytes result = callNested(entry, body, List.of(Bytes.ofPointer(fnPointer(main))), ret, null);
                code = (int) result.readLong(0, 8);
            }
        } catch (Threads.Shutdown e) {
            code = threads.fatalCode(); // another thread ended the program
        } catch (RuntimeException | StackOverflowError e) {
            code = exitCodeOf(e);
        } finally {
            out.flush();
            err.flush();
        }
        threads.shutdown();
        return code;
    }

    /** The exit code of a thread's failure, after reporting it (panics were reported when they began). */
    int exitCodeOf(Throwable t) {
        try {
            switch (t) {
                case InterpException.Exit e -> {
                    return e.code;
                }
                case InterpException.Unwinding e -> {
                    return 101;
                }
                case InterpException.Panic e -> {
                    return 101;
                }
                case InterpException.UndefinedBehavior e -> {
                    report("Undefined Behavior: " + e.getMessage(), e.span != null ? e.span : currentSpan, true);
                    return 1;
                }
                case InterpException.Unsupported e -> {
                    report("internal compiler error: interpreter: " + e.getMessage(), e.span != null ? e.span : currentSpan, false);
                    return 101;
                }
                case Threads.Deadlock e -> {
                    report("deadlock: the evaluated program deadlocked", currentSpan, false);
                    return 1;
                }
                case StackOverflowError e -> {
                    out.flush();
                    err.print("\nthread '" + threads.current().displayName() + "' (" + threads.current().id
                            + ") has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
                    return 134;
                }
                case Layouts.LayoutError e -> {
                    report("internal compiler error: interpreter: " + e.getMessage(), currentSpan, false);
                    return 101;
                }
                case RuntimeException e -> throw e;
                default -> throw new IllegalStateException(t);
            }
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints an error in rustc's layout with Miri's help lines and a backtrace of the interpreted frames. */
    private void report(String msg, Span span, boolean ub) {
        out.flush();
        if (sourceMap == null || span == null || span.isDummy()) {
            err.print("error: " + msg + "\n");
            err.flush();
            return;
        }
        dev.ferrite.diagnostics.Diagnostic d = dev.ferrite.diagnostics.Diagnostic.error(msg)
                .primary(span, ub ? "Undefined Behavior occurred here" : "");
        if (ub) {
            d.help("this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior");
            d.help("see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html for further information");
        }
        if (!stack.isEmpty()) {
            d.note("BACKTRACE:");
            Span at = span;
            for (int i = stack.size() - 1; i >= 0; i--) {
                Frame f = stack.get(i);
                String loc = location(at);
                d.note("inside `" + program.defPath(f.instance.def()) + "`" + (loc != null ? " at " + loc : ""));
                if (i > 0) {
                    Frame caller = stack.get(i - 1);
                    at = caller.body.blocks().get(caller.block).terminator().sourceInfo().span();
                }
            }
        }
        err.print(new dev.ferrite.diagnostics.HumanEmitter(sourceMap).render(d));
        err.print("error: aborting due to 1 previous error\n\n");
        err.flush();
    }

    /** {@code file:line:col} of a span, or null without a source map. */
    String location(Span span) {
        if (sourceMap == null || span == null || span.isDummy()) return null;
        SourceMap.Loc l = sourceMap.lookup(span.lo());
        return l == null ? null : l.toString();
    }

    // ================================================================ frames

    /** One activation of a body. */
    static final class Frame {
        final Instance instance;
        final Body body;
        final Memory.Alloc[] locals;
        final Ty[] localTys;
        /** Each local's place, made on first use ({@link #place}). */
        final MPlace[] localPlaces;
        int block;
        int stmt;
        /** Where {@code _0} goes on return, in the caller. */
        MPlace dest;
        /** The caller's block after return; null for diverging calls. */
        BasicBlock target;
        /** The call's span (for {@code #[track_caller]}). */
        Span callSpan;
        /** Nested frames return control to Java instead of a caller block. */
        boolean nested;
        /** Consts, statics and promoteds keep their locals alive (references into them escape). */
        boolean keepLocals;
        /** What the frame counts against {@link #STACK_BYTES}. */
        long stackBytes;
        /** The instance's substitution cache. */
        IdentityHashMap<Ty, Ty> tyCache;
        /**
         * A closure environment passed by reference to a by-value ({@code call_once}) call of an
         * Fn/FnMut closure: dropped and freed when the frame returns, as rustc's shim does.
         */
        MPlace envToDrop;

        Frame(Instance instance, Body body) {
            this.instance = instance;
            this.body = body;
            this.locals = new Memory.Alloc[body.locals().size()];
            this.localTys = new Ty[body.locals().size()];
            this.localPlaces = new MPlace[body.locals().size()];
        }
    }

    /**
     * A place in memory: address, metadata of unsized places (slice length or vtable), type,
     * variant after a downcast, and the alignment the place is known to have when less than its
     * type's (a field of a {@code #[repr(packed)]} struct; 0: the type's own).
     */
    record MPlace(Pointer ptr, long len, Pointer vtable, Ty ty, int variant, int packedAlign) {
        MPlace(Pointer ptr, long len, Pointer vtable, Ty ty, int variant) {
            this(ptr, len, vtable, ty, variant, 0);
        }

        static MPlace sized(Pointer ptr, Ty ty) {
            return new MPlace(ptr, -1, null, ty, -1);
        }

        MPlace withTy(Ty t) {
            return new MPlace(ptr, len, vtable, t, -1, packedAlign);
        }

        /** The alignment accesses to this place require. */
        int align(Layout l) {
            return packedAlign > 0 ? Math.min(packedAlign, l.align()) : l.align();
        }
    }

    Body bodyOf(DefId def) {
        Body b = program.mirOf(def);
        if (b == null) throw InterpException.unsupported("no MIR body for `" + program.defPath(def) + "`");
        return b;
    }

    Ty substTy(Instance inst, Ty ty) {
        return substTy(inst, substCaches.computeIfAbsent(inst, k -> new IdentityHashMap<>()), ty);
    }

    private Ty substTy(Instance inst, IdentityHashMap<Ty, Ty> cache, Ty ty) {
        Ty r = cache.get(ty);
        if (r == null) {
            r = inst.args().isEmpty() ? ty : TyFolder.eraseRegions(TyFolder.subst(ty, inst.args()));
            if (dev.ferrite.types.TyVisitor.any(r, t -> t instanceof Ty.Alias || t instanceof Ty.Opaque)) r = program.normalize(r);
            cache.put(ty, r);
        }
        return r;
    }

    Ty subst(Frame f, Ty ty) {
        return substTy(f.instance, f.tyCache, ty);
    }

    GenericArgs subst(Frame f, GenericArgs args) {
        if (f.instance.args().isEmpty()) return TyFolder.eraseRegions(args);
        return TyFolder.eraseRegions(TyFolder.subst(args, f.instance.args()));
    }

    Frame top() {
        return stack.getLast();
    }

    /** Creates a frame, allocates its locals and writes the arguments. */
    private record FrameShape(Ty[] tys, Layout[] layouts) {
    }

    private final IdentityHashMap<Body, Map<Instance, FrameShape>> frameShapes = new IdentityHashMap<>();

    /** What a frame of an (instance, body) needs before it runs: the instance's substitution cache, the locals' types and layouts. */
    private record Prepared(IdentityHashMap<Ty, Ty> tyCache, FrameShape shape) {
    }

    private Prepared prepare(Instance inst, Body body) {
        IdentityHashMap<Ty, Ty> tyCache = substCaches.computeIfAbsent(inst, k -> new IdentityHashMap<>());
        // The locals' monomorphic types and layouts are computed once per (instance, body).
        FrameShape shape = frameShapes.get(body) instanceof Map<?, ?> m ? (FrameShape) m.get(inst) : null;
        if (shape == null) {
            int n = body.locals().size();
            Ty[] tys = new Ty[n];
            Layout[] ls = new Layout[n];
            for (int i = 0; i < n; i++) {
                tys[i] = substTy(inst, tyCache, body.locals().get(i).ty());
                ls[i] = layouts.of(tys[i]);
            }
            shape = new FrameShape(tys, ls);
            frameShapes.computeIfAbsent(body, k -> new HashMap<>()).put(inst, shape);
        }
        return new Prepared(tyCache, shape);
    }

    private Frame pushFrame(Instance inst, Body body, List<Bytes> args, MPlace dest, BasicBlock target, Span callSpan) {
        return pushFrame(inst, body, prepare(inst, body), args, dest, target, callSpan);
    }

    private Frame pushFrame(Instance inst, Body body, Prepared prepared, List<Bytes> args, MPlace dest, BasicBlock target, Span callSpan) {
        Frame f = new Frame(inst, body);
        f.tyCache = prepared.tyCache();
        long bytes = FRAME_OVERHEAD;
        FrameShape shape = prepared.shape();
        for (int i = 0; i < shape.tys.length; i++) {
            f.localTys[i] = shape.tys[i];
            Layout l = shape.layouts[i];
            if (!l.sized()) continue;
            f.locals[i] = mem.allocate(l.size(), l.align(), Memory.Kind.STACK, true);
            bytes += l.size();
        }
        f.stackBytes = bytes;
        if (stackUsed + bytes > STACK_BYTES) throw new StackOverflowError();
        stackUsed += bytes;
        List<Bytes> actual = args;
        if (body.spreadArg() != null && args.size() > body.argCount()) {
            // rust-call: the trailing arguments form the spread tuple
            int spread = body.spreadArg().index();
            actual = new ArrayList<>(args.subList(0, spread - 1));
            Ty tupTy = f.localTys[spread];
            Layout tl = layouts.of(tupTy);
            Bytes tup = new Bytes((int) tl.size());
            for (int i = spread - 1; i < args.size(); i++) {
                tup.copyFrom(args.get(i), 0, (int) tl.offset(i - spread + 1), args.get(i).size());
            }
            actual.add(tup);
        }
        if (actual.size() != body.argCount()) {
            throw InterpException.unsupported("calling `" + program.defPath(inst.def()) + "` with " + actual.size()
                    + " arguments, but its body takes " + body.argCount());
        }
        for (int i = 0; i < actual.size(); i++) {
            Memory.Alloc a = f.locals[i + 1];
            Bytes v = actual.get(i);
            if (a == null) throw InterpException.unsupported("unsized argument");
            if (v.size() != a.size) {
                throw InterpException.unsupported("argument " + (i + 1) + " of `" + program.defPath(inst.def()) + "` has "
                        + v.size() + " bytes, but its local has " + a.size);
            }
            mem.bytesOf(a).copyFrom(v, 0, 0, v.size());
        }
        f.dest = dest;
        f.target = target;
        f.callSpan = callSpan;
        stack.add(f);
        return f;
    }

    /** Runs a body to completion from Java (const evaluation, drop glue, main) and returns its result. */
    Bytes callNested(Instance inst, Body body, List<Bytes> args, Ty retTy, Span callSpan) {
        Layout rl = layouts.of(retTy);
        Memory.Alloc ret = mem.allocate(rl.size(), rl.align(), Memory.Kind.STACK, true);
        MPlace dest = MPlace.sized(mem.pointerTo(ret), retTy);
        int depth = stack.size();
        Frame f = pushFrame(inst, body, args, dest, null, callSpan);
        f.nested = true;
        f.keepLocals = body.kind() == BodyKind.CONST || body.kind() == BodyKind.STATIC
                || body.kind() == BodyKind.STATIC_MUT || body.kind() == BodyKind.PROMOTED;
        try {
            runUntil(depth);
        } catch (InterpException.Unwinding u) {
            mem.kill(ret);
            throw u;
        }
        Bytes v = mem.bytesOf(ret).slice(0, (int) rl.size());
        mem.kill(ret);
        return v;
    }

    private void runUntil(int depth) {
        while (stack.size() > depth) {
            Frame f = top();
            BasicBlockData bb = f.body.blocks().get(f.block);
            if (f.stmt < bb.statements().size()) {
                Statement s = bb.statements().get(f.stmt++);
                currentSpan = s.sourceInfo().span();
                statement(f, s);
            } else {
                Terminator t = bb.terminator();
                currentSpan = t.sourceInfo().span();
                try {
                    terminator(f, t);
                } catch (InterpException.Panic p) {
                    unwindFrom(f, unwindAction(f));
                }
            }
        }
    }

    private void goTo(Frame f, BasicBlock bb) {
        f.block = bb.index();
        f.stmt = 0;
    }

    // ================================================================ statements

    private void statement(Frame f, Statement s) {
        switch (s.kind()) {
            case StatementKind.Assign a -> {
                MPlace dest = place(f, a.place());
                rvalue(f, a.rvalue(), dest);
            }
            case StatementKind.StorageLive l -> {
                int i = l.local().index();
                Memory.Alloc a = f.locals[i];
                if (a != null && a.live) {
                    mem.bytesOf(a).deinit(0, (int) a.size);
                } else {
                    Layout lay = layouts.of(f.localTys[i]);
                    f.locals[i] = mem.allocate(lay.size(), lay.align(), Memory.Kind.STACK, true);
                }
            }
            case StatementKind.StorageDead l -> {
                Memory.Alloc a = f.locals[l.local().index()];
                if (a != null && !f.keepLocals) mem.kill(a);
            }
            case StatementKind.SetDiscriminant d -> setDiscriminant(place(f, d.place()), d.variant());
            case StatementKind.Deinit d -> {
                MPlace p = place(f, d.place());
                mem.deinit(p.ptr(), layouts.of(p.ty()).size());
            }
            case StatementKind.FakeRead r -> {
            }
            case StatementKind.PlaceMention p -> place(f, p.place());
            case StatementKind.CopyNonOverlapping c -> {
                Ty pt = operandTy(f, c.src());
                Pointer src = readPointer(operand(f, c.src()));
                Pointer dst = readPointer(operand(f, c.dst()));
                long n = uint(operand(f, c.count()));
                intrinsics.copy(src, dst, n, ((Ty.RawPtr) pt).pointee(), false);
            }
            case StatementKind.Assume a -> {
                if (!bool(operand(f, a.cond()))) throw InterpException.ub("`assume` called with `false`");
            }
            case StatementKind.Nop n -> {
            }
        }
    }

    // ================================================================ places

    MPlace place(Frame f, Place p) {
        int li = p.local().index();
        Memory.Alloc a = f.locals[li];
        if (a == null || !a.live) throw InterpException.ub("accessing a dead local variable `" + p.local() + "`");
        // a local's place is made once per allocation of it (StorageLive after StorageDead makes another)
        MPlace cur = f.localPlaces[li];
        if (cur == null || cur.ptr().alloc() != a.id) {
            cur = MPlace.sized(mem.pointerTo(a), f.localTys[li]);
            f.localPlaces[li] = cur;
        }
        List<PlaceElem> projection = p.projection();
        for (int i = 0, n = projection.size(); i < n; i++) cur = project(f, cur, projection.get(i));
        return cur;
    }

    private MPlace project(Frame f, MPlace cur, PlaceElem e) {
        return switch (e) {
            case PlaceElem.Deref d -> deref(cur);
            case PlaceElem.Field fe -> field(cur, fe.index(), subst(f, fe.ty()));
            case PlaceElem.Downcast d -> new MPlace(cur.ptr(), cur.len(), cur.vtable(), cur.ty(), d.variant(), cur.packedAlign());
            case PlaceElem.OpaqueCast o -> cur.withTy(subst(f, o.ty()));
            case PlaceElem.Index ix -> {
                Memory.Alloc a = f.locals[ix.index().index()];
                if (a == null || !a.live) throw InterpException.ub("accessing a dead local variable `" + ix.index() + "`");
                Bytes b = mem.read(mem.pointerTo(a), 8, 8);
                yield index(cur, uint(b));
            }
            case PlaceElem.ConstantIndex c -> {
                long len = lengthOf(cur);
                yield index(cur, c.fromEnd() ? len - c.offset() : c.offset());
            }
            case PlaceElem.Subslice s -> {
                long len = lengthOf(cur);
                long to = s.fromEnd() ? len - s.to() : s.to();
                Ty elem = elemTy(cur.ty());
                long stride = layouts.of(elem).size();
                Pointer start = cur.ptr().offset(s.from() * stride);
                if (cur.ty() instanceof Ty.Array) {
                    yield MPlace.sized(start, Ty.array(elem, dev.ferrite.types.Const.usize(to - s.from())));
                }
                yield new MPlace(start, to - s.from(), null, cur.ty(), -1);
            }
        };
    }

    private static Ty elemTy(Ty t) {
        return switch (t) {
            case Ty.Array a -> a.elem();
            case Ty.Slice s -> s.elem();
            case Ty.Str s -> Ty.U8;
            default -> throw InterpException.unsupported("indexing into a value of type " + t);
        };
    }

    long lengthOf(MPlace p) {
        return switch (p.ty()) {
            case Ty.Array a -> Layouts.arrayLen(a.len());
            case Ty.Slice s -> p.len();
            case Ty.Str s -> p.len();
            default -> throw InterpException.unsupported("length of " + p.ty());
        };
    }

    private MPlace index(MPlace cur, long i) {
        long len = lengthOf(cur);
        if (i < 0 || i >= len) throw InterpException.ub("indexing out of bounds: the len is " + len + " but the index is " + i);
        Ty elem = elemTy(cur.ty());
        return MPlace.sized(cur.ptr().offset(i * layouts.of(elem).size()), elem);
    }

    /** The pointee type of a pointer-like type (references, raw pointers, Box). */
    Ty pointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr p -> p.pointee();
            case Ty.Adt a when isBox(a) -> a.args().ty(0);
            default -> throw InterpException.unsupported("dereferencing a value of type " + t);
        };
    }

    boolean isBox(Ty.Adt a) {
        DefId box = program.langItem("owned_box");
        return box != null && box.equals(a.def());
    }

    MPlace deref(MPlace p) {
        Ty pointee = pointee(p.ty());
        boolean wide = layouts.isWide(pointee);
        Bytes v = mem.read(p.ptr(), wide ? 16 : 8, 8);
        requireInit(v, 0, v.size());
        Pointer ptr = v.readPointer(0);
        if (!wide) return MPlace.sized(ptr, pointee);
        Ty tail = layouts.tail(pointee);
        if (tail instanceof Ty.Dynamic) return new MPlace(ptr, -1, v.readPointer(8), pointee, -1);
        return new MPlace(ptr, v.readLong(8, 8), null, pointee, -1);
    }

    MPlace field(MPlace p, int index, Ty fieldTy) {
        Layout l = layouts.of(p.ty());
        if (!l.sized() && !(p.ty() instanceof Ty.Adt) && !(p.ty() instanceof Ty.Tuple)) {
            throw InterpException.unsupported("field of unsized " + p.ty());
        }
        Layout vl = p.variant() >= 0 ? l.variant(p.variant()) : l;
        long off = vl.offset(index);
        Ty ft = fieldTy;
        if (!layouts.of(ft).sized()) {
            if (p.vtable() != null) {
                long align = vtableEntry(p.vtable(), 2);
                off = Layouts.alignTo(off, (int) align);
            }
            return new MPlace(p.ptr().offset(off), p.len(), p.vtable(), ft, -1, p.packedAlign());
        }
        // a field of a packed struct is only as aligned as the packing allows
        int packed = p.ty() instanceof Ty.Adt a ? layouts.packedAlign(a) : 0;
        int known = packed > 0 ? (p.packedAlign() > 0 ? Math.min(packed, p.packedAlign()) : packed) : p.packedAlign();
        return new MPlace(p.ptr().offset(off), -1, null, ft, -1, known);
    }

    /** Size of the value at a place, using its metadata for unsized types. */
    long sizeOf(MPlace p) {
        Layout l = layouts.of(p.ty());
        if (l.sized()) return l.size();
        return dynSize(p.ty(), p.len(), p.vtable())[0];
    }

    /** {size, align} of an unsized type with metadata. */
    long[] dynSize(Ty ty, long len, Pointer vtable) {
        switch (ty) {
            case Ty.Str s -> {
                return new long[]{len, 1};
            }
            case Ty.Slice s -> {
                Layout e = layouts.of(s.elem());
                return new long[]{e.size() * len, e.align()};
            }
            case Ty.Dynamic d -> {
                return new long[]{vtableEntry(vtable, 1), vtableEntry(vtable, 2)};
            }
            default -> {
                Layout l = layouts.of(ty);
                if (l.sized()) return new long[]{l.size(), l.align()};
                // struct or tuple with an unsized tail
                List<Ty> fields = ty instanceof Ty.Tuple t ? t.elems() : layouts.fieldTys((Ty.Adt) ty, 0);
                Ty last = fields.getLast();
                long[] tail = dynSize(last, len, vtable);
                long off = Layouts.alignTo(l.offsets().getLast(), (int) tail[1]);
                long align = Math.max(l.align(), tail[1]);
                return new long[]{Layouts.alignTo(off + tail[0], (int) align), align};
            }
        }
    }

    // ================================================================ operands

    Ty operandTy(Frame f, Operand op) {
        return switch (op) {
            case Operand.Copy c -> placeTy(f, c.place());
            case Operand.Move m -> placeTy(f, m.place());
            case Operand.Constant k -> subst(f, k.ty());
        };
    }

    /** The type of a place, without evaluating it. */
    Ty placeTy(Frame f, Place p) {
        Ty t = f.localTys[p.local().index()];
        List<PlaceElem> projection = p.projection();
        for (int k = 0, n = projection.size(); k < n; k++) {
            t = switch (projection.get(k)) {
                case PlaceElem.Deref d -> pointee(t);
                case PlaceElem.Field fe -> subst(f, fe.ty());
                case PlaceElem.Downcast d -> t;
                case PlaceElem.OpaqueCast o -> subst(f, o.ty());
                case PlaceElem.Index i -> elemTy(t);
                case PlaceElem.ConstantIndex c -> elemTy(t);
                case PlaceElem.Subslice s -> t instanceof Ty.Array a
                        ? Ty.array(a.elem(), dev.ferrite.types.Const.usize(s.to() - s.from())) : t;
            };
        }
        return t;
    }

    Bytes operand(Frame f, Operand op) {
        return switch (op) {
            case Operand.Copy c -> readPlace(place(f, c.place()));
            case Operand.Move m -> readPlace(place(f, m.place()));
            case Operand.Constant k -> constant(f, k.value(), subst(f, k.ty()));
        };
    }

    /** Reads a sized place as a typed copy: scalars must be initialised and valid. */
    Bytes readPlace(MPlace p) {
        Layout l = layouts.of(p.ty());
        if (!l.sized()) throw InterpException.unsupported("reading an unsized place of type " + p.ty());
        Bytes b = mem.read(p.ptr(), l.size(), p.align(l));
        validateScalar(b, p.ty());
        return b;
    }

    void writePlace(MPlace p, Bytes v) {
        Layout l = layouts.of(p.ty());
        if (v.size() != l.size()) {
            throw InterpException.unsupported("writing " + v.size() + " bytes into a place of type " + p.ty() + " (" + l.size() + " bytes)");
        }
        mem.write(p.ptr(), v, p.align(l));
    }

    /** Validity of scalar values: initialised, bools 0/1, chars scalar values. */
    void validateScalar(Bytes b, Ty ty) {
        switch (ty) {
            case Ty.Bool t -> {
                requireInit(b, 0, 1);
                int v = b.data[0] & 0xff;
                if (v > 1) throw InterpException.ub(String.format("constructing invalid value: encountered 0x%02x, but expected a boolean", v));
            }
            case Ty.Char t -> {
                requireInit(b, 0, 4);
                long v = b.readLong(0, 4) & 0xffffffffL;
                if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                    throw InterpException.ub(String.format("constructing invalid value: encountered 0x%08x, but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)", v));
                }
            }
            case Ty.Int t -> requireInit(b, 0, b.size());
            case Ty.Float t -> requireInit(b, 0, b.size());
            case Ty.RawPtr t -> requireInit(b, 0, b.size());
            case Ty.FnPtr t -> {
                requireInit(b, 0, 8);
                if (b.readLong(0, 8) == 0) throw InterpException.ub("constructing invalid value: encountered a null function pointer");
            }
            case Ty.Ref t -> {
                requireInit(b, 0, b.size());
                if (b.readLong(0, 8) == 0) throw InterpException.ub("constructing invalid value: encountered a null reference");
                checkReference(b.readPointer(0), t.pointee());
            }
            default -> {
            }
        }
    }

    /** A (thin) reference must point to live memory big enough for its pointee, aligned (Miri's validity of references). */
    private void checkReference(Pointer p, Ty pointee) {
        Layout l = layouts.of(pointee);
        if (!l.sized() || l.size() == 0) return;
        Memory.Alloc a = mem.allocOf(p, l.size());
        if (a == null) {
            throw InterpException.ub("constructing invalid value: encountered a dangling reference (" + p + " has no provenance)");
        }
        if (!a.live) throw InterpException.ub("constructing invalid value: encountered a dangling reference (use-after-free)");
        if (a.kind == Memory.Kind.FUNCTION || a.kind == Memory.Kind.VTABLE) return;
        long off = p.addr() - a.base;
        if (off < 0 || off + l.size() > a.size) {
            throw InterpException.ub("constructing invalid value: encountered a dangling reference (going beyond the bounds of its allocation)");
        }
        if (p.addr() % l.align() != 0) {
            throw InterpException.ub("constructing invalid value: encountered an unaligned reference (required " + l.align()
                    + " byte alignment but found " + Long.lowestOneBit(p.addr()) + ")");
        }
    }

    static void requireInit(Bytes b, int off, int len) {
        if (!b.isInit(off, len)) throw InterpException.ub("using uninitialized data, but this operation requires initialized memory");
    }

    // ================================================================ constants

    Bytes constant(Frame f, ConstValue v, Ty ty) {
        return switch (v) {
            case ConstValue.Scalar s -> Bytes.ofInt(s.bits(), s.size());
            case ConstValue.ZeroSized z -> new Bytes((int) layouts.of(ty).size());
            case ConstValue.Slice s -> {
                Memory.Alloc a = constAlloc(s.data());
                yield Bytes.ofWide(mem.pointerTo(a), s.data().size());
            }
            case ConstValue.Pointer p -> {
                Pointer base = globalPointer(p.target());
                Layout l = layouts.of(ty);
                Bytes b = new Bytes((int) l.size());
                b.writePointer(0, base.offset(p.offset()));
                yield b;
            }
            case ConstValue.Indirect i -> {
                Memory.Alloc a = constAlloc(i.alloc());
                int size = (int) layouts.of(ty).size();
                yield mem.bytesOf(a).slice((int) i.offset(), size);
            }
            case ConstValue.Unevaluated u -> {
                Instance inst = new Instance(u.def(), subst(f, u.args()));
                Bytes cached = consts.get(inst);
                if (cached == null) {
                    // a trait's associated constant is the impl's, where the impl gives one
                    Instance target = inst;
                    dev.ferrite.typeck.InstanceResolver.Resolved r = program.resolve(u.def(), inst.args());
                    if (r != null && r.kind() == dev.ferrite.typeck.InstanceResolver.Resolved.Kind.ITEM) {
                        target = new Instance(r.def(), r.args());
                    }
                    Body body = bodyOf(target.def());
                    Span saved = currentSpan;
                    cached = callNested(target, body, List.of(), ty, currentSpan);
                    currentSpan = saved;
                    consts.put(inst, cached);
                }
                yield cached;
            }
            case ConstValue.TyConst t -> {
                GenericArgs one = subst(f, GenericArgs.of(t.c()));
                dev.ferrite.types.Const c = (dev.ferrite.types.Const) one.list().getFirst();
                yield Bytes.ofInt(java.math.BigInteger.valueOf(Layouts.arrayLen(c)), (int) layouts.of(ty).size());
            }
            case ConstValue.Promoted p -> {
                List<Object> key = List.of(f.instance, f.body, p.index());
                Bytes cached = promoted.get(key);
                if (cached == null) {
                    Body body = f.body.promoted().get(p.index());
                    Span saved = currentSpan;
                    Ty valueTy = substTy(f.instance, body.returnTy());
                    Bytes value = callNested(f.instance, body, List.of(), valueTy, currentSpan);
                    currentSpan = saved;
                    Layout l = layouts.of(valueTy);
                    Memory.Alloc a = mem.allocate(l.size(), l.align(), Memory.Kind.GLOBAL, true);
                    mem.bytesOf(a).copyFrom(value, 0, 0, (int) l.size());
                    a.mutable = false;
                    cached = Bytes.ofPointer(mem.pointerTo(a));
                    promoted.put(key, cached);
                }
                yield cached;
            }
        };
    }

    /** The interpreter allocation holding a constant allocation's bytes (immutable unless declared mutable). */
    Memory.Alloc constAlloc(Allocation c) {
        Memory.Alloc a = constAllocs.get(c);
        if (a != null) return a;
        a = mem.allocate(c.size(), c.align(), Memory.Kind.GLOBAL, true);
        Bytes b = mem.bytesOf(a);
        byte[] raw = c.bytes();
        for (int i = 0; i < raw.length; i++) b.data[i] = raw[i];
        b.init.set(0, raw.length);
        constAllocs.put(c, a);
        for (Map.Entry<Integer, GlobalAlloc> e : c.provenance().entrySet()) {
            Pointer target = globalPointer(e.getValue());
            long off = b.readLong(e.getKey(), 8);
            b.writePointer(e.getKey(), target.offset(off));
        }
        a.mutable = c.mutable();
        return a;
    }

    Pointer globalPointer(GlobalAlloc g) {
        return switch (g) {
            case GlobalAlloc.Memory m -> mem.pointerTo(constAlloc(m.alloc()));
            case GlobalAlloc.Static s -> mem.pointerTo(staticAlloc(s.def()));
            case GlobalAlloc.Function fn -> fnPointer(new Instance(fn.def(), fn.args()));
            case GlobalAlloc.VTable vt -> vtable(vt.ty(), vt.principal());
        };
    }

    /** A static's memory, evaluating its initialiser on first use. */
    Memory.Alloc staticAlloc(DefId def) {
        Memory.Alloc a = statics.get(def);
        if (a != null) return a;
        Body body = bodyOf(def);
        Instance inst = Instance.mono(def);
        Ty ty = substTy(inst, body.returnTy());
        Layout l = layouts.of(ty);
        // known before its initialiser runs: statics may point at each other (S1 = S(&S2), S2 = S(&S1))
        a = mem.allocate(l.size(), l.align(), Memory.Kind.GLOBAL, true);
        statics.put(def, a);
        Span saved = currentSpan;
        Bytes v = callNested(inst, body, List.of(), ty, currentSpan);
        currentSpan = saved;
        mem.bytesOf(a).copyFrom(v, 0, 0, v.size());
        a.mutable = body.kind() != BodyKind.STATIC || hasInteriorMutability(ty);
        return a;
    }

    /** True if the type contains an {@code UnsafeCell} (statics of such types stay writable). */
    boolean hasInteriorMutability(Ty ty) {
        DefId cell = program.langItem("unsafe_cell");
        if (cell == null) return false;
        return containsCellInFields(ty, cell, new java.util.HashSet<>());
    }

    private boolean containsCellInFields(Ty ty, DefId cell, java.util.Set<Ty> seen) {
        if (!seen.add(ty)) return false;
        return switch (ty) {
            case Ty.Adt a -> {
                if (a.def().equals(cell)) yield true;
                AdtDef def = program.adtDef(a.def());
                for (int v = 0; v < def.variants().size(); v++) {
                    for (Ty f : layouts.fieldTys(a, v)) if (containsCellInFields(f, cell, seen)) yield true;
                }
                yield false;
            }
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> containsCellInFields(e, cell, seen));
            case Ty.Array a -> containsCellInFields(a.elem(), cell, seen);
            default -> false;
        };
    }

    /** A pointer to a function allocation for a call target ({@link Instance}, {@link DropGlue}, ...). */
    Pointer fnPointer(Object target) {
        Pointer p = fnPointers.get(target);
        if (p != null) return p;
        Memory.Alloc a = mem.allocate(1, 1, Memory.Kind.FUNCTION, false);
        a.target = target;
        p = mem.pointerTo(a);
        fnPointers.put(target, p);
        return p;
    }

    /** A {@code &'static str} pointing at interned bytes. */
    Bytes staticStr(String s) {
        Pointer p = strings.get(s);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (p == null) {
            Memory.Alloc a = constAlloc(Allocation.ofBytes(bytes));
            p = mem.pointerTo(a);
            strings.put(s, p);
        }
        return Bytes.ofWide(p, bytes.length);
    }

    /** The vtable of {@code concrete} as {@code dyn principal}: drop glue, size, align, then the methods. */
    Pointer vtable(Ty concrete, TraitRef principal) {
        List<Object> key = new ArrayList<>();
        key.add(concrete);
        key.add(principal == null ? "auto" : principal);
        Pointer p = vtables.get(key);
        if (p != null) return p;
        List<InstanceResolver.Resolved> methods = principal == null ? List.of() : program.vtableMethods(concrete, principal);
        Memory.Alloc a = mem.allocate(8L * (3 + methods.size()), 8, Memory.Kind.VTABLE, true);
        Bytes b = mem.bytesOf(a);
        Layout l = layouts.of(concrete);
        b.writePointer(0, fnPointer(new DropGlue(concrete)));
        b.writeLong(8, 8, l.size());
        b.writeLong(16, 8, l.align());
        for (int i = 0; i < methods.size(); i++) {
            InstanceResolver.Resolved r = methods.get(i);
            if (r == null) {
                b.writeLong(24 + 8 * i, 8, 0);
            } else {
                b.writePointer(24 + 8 * i, fnPointer(new VirtualTarget(r)));
            }
        }
        a.mutable = false;
        p = mem.pointerTo(a);
        vtables.put(key, p);
        vtableTypes.put(a.id, concrete);
        return p;
    }

    /** The concrete type behind a vtable pointer, or null if it is not one of ours. */
    Ty vtableType(Pointer vtable) {
        return vtableTypes.get(vtable.alloc());
    }

    /** Word {@code slot} of a vtable. */
    long vtableEntry(Pointer vtable, int slot) {
        Memory.Alloc a = mem.get(vtable.alloc());
        if (a == null || a.kind != Memory.Kind.VTABLE || !a.live) {
            throw InterpException.ub("using " + vtable + " as vtable pointer but it does not point to a vtable");
        }
        return mem.bytesOf(a).readLong((int) (vtable.addr() - a.base) + 8 * slot, 8);
    }

    Pointer vtablePointerEntry(Pointer vtable, int slot) {
        Memory.Alloc a = mem.get(vtable.alloc());
        if (a == null || a.kind != Memory.Kind.VTABLE || !a.live) {
            throw InterpException.ub("using " + vtable + " as vtable pointer but it does not point to a vtable");
        }
        return mem.bytesOf(a).readPointer((int) (vtable.addr() - a.base) + 8 * slot);
    }

    // ================================================================ rvalues

    private void rvalue(Frame f, Rvalue rv, MPlace dest) {
        switch (rv) {
            case Rvalue.Use u -> writePlace(dest, operand(f, u.operand()));
            case Rvalue.CopyForDeref c -> writePlace(dest, readPlace(place(f, c.place())));
            case Rvalue.Repeat r -> {
                Bytes v = operand(f, r.operand());
                long n = constLen(f, r.count());
                Layout l = layouts.of(dest.ty());
                Bytes out = new Bytes((int) l.size());
                for (long i = 0; i < n; i++) out.copyFrom(v, 0, (int) (i * v.size()), v.size());
                writePlace(dest, out);
            }
            case Rvalue.Ref r -> writePlace(dest, addressOf(place(f, r.place())));
            case Rvalue.RawPtr r -> writePlace(dest, addressOf(place(f, r.place())));
            case Rvalue.ThreadLocalRef t -> writePlace(dest, Bytes.ofPointer(mem.pointerTo(staticAlloc(t.def()))));
            case Rvalue.Len l -> writePlace(dest, Bytes.ofLong(lengthOf(place(f, l.place())), 8));
            case Rvalue.Cast c -> writePlace(dest, Casts.cast(this, c.kind(), operand(f, c.operand()), operandTy(f, c.operand()),
                    subst(f, c.ty())));
            case Rvalue.BinaryOp b -> writePlace(dest, Arith.binary(this, b.op(), operand(f, b.left()), operandTy(f, b.left()),
                    operand(f, b.right()), operandTy(f, b.right()), dest.ty()));
            case Rvalue.UnaryOp u -> writePlace(dest, Arith.unary(this, u.op(), operand(f, u.operand()), operandTy(f, u.operand()),
                    dest.ty()));
            case Rvalue.NullaryOp n -> {
                Ty t = subst(f, n.ty());
                writePlace(dest, switch (n.op()) {
                    case SIZE_OF -> Bytes.ofLong(layouts.of(t).size(), 8);
                    case ALIGN_OF -> Bytes.ofLong(layouts.of(t).align(), 8);
                    case UB_CHECKS -> Bytes.ofLong(0, 1);
                });
            }
            case Rvalue.Discriminant d -> {
                MPlace p = place(f, d.place());
                BigInteger discr = discriminantValue(p);
                writePlace(dest, Bytes.ofInt(discr, (int) layouts.of(dest.ty()).size()));
            }
            case Rvalue.ShallowInitBox s -> {
                Bytes ptr = operand(f, s.operand());
                Layout l = layouts.of(dest.ty());
                Bytes out = new Bytes((int) l.size());
                out.copyFrom(ptr, 0, 0, 8);
                writePlace(dest, out);
            }
            case Rvalue.Aggregate a -> aggregate(f, a, dest);
        }
    }

    long constLen(Frame f, dev.ferrite.types.Const c) {
        if (c instanceof dev.ferrite.types.Const.Value) return Layouts.arrayLen(c);
        Ty t = subst(f, Ty.array(Ty.U8, c));
        return Layouts.arrayLen(((Ty.Array) t).len());
    }

    /** A pointer to a place: thin, or wide with the place's length or vtable. */
    Bytes addressOf(MPlace p) {
        if (p.vtable() != null) return Bytes.ofWide(p.ptr(), p.vtable());
        if (!layouts.of(p.ty()).sized()) return Bytes.ofWide(p.ptr(), p.len());
        return Bytes.ofPointer(p.ptr());
    }

    private void aggregate(Frame f, Rvalue.Aggregate a, MPlace dest) {
        List<Bytes> ops = new ArrayList<>();
        for (Operand o : a.operands()) ops.add(operand(f, o));
        Layout l = layouts.of(dest.ty());
        switch (a.kind()) {
            case AggregateKind.Array arr -> {
                long stride = l.stride();
                Bytes out = new Bytes((int) l.size());
                for (int i = 0; i < ops.size(); i++) out.copyFrom(ops.get(i), 0, (int) (i * stride), ops.get(i).size());
                writePlace(dest, out);
            }
            case AggregateKind.Tuple t -> writeFields(dest, l, ops);
            case AggregateKind.Closure c -> writeFields(dest, l, ops);
            case AggregateKind.RawPtr p -> {
                Bytes out = new Bytes((int) l.size());
                out.copyFrom(ops.get(0), 0, 0, 8);
                if (ops.size() > 1 && l.size() == 16) out.copyFrom(ops.get(1), 0, 8, ops.get(1).size());
                writePlace(dest, out);
            }
            case AggregateKind.Adt adt -> {
                AdtDef def = program.adtDef(adt.adt());
                if (def.isUnion()) {
                    Bytes out = mem.read(dest.ptr(), l.size(), l.align());
                    out.copyFrom(ops.getFirst(), 0, 0, ops.getFirst().size());
                    writePlace(dest, out);
                } else if (def.isEnum()) {
                    Layout vl = l.variant(adt.variant());
                    for (int i = 0; i < ops.size(); i++) {
                        Bytes v = ops.get(i);
                        mem.write(dest.ptr().offset(vl.offset(i)), v, 1);
                    }
                    setDiscriminant(dest, adt.variant());
                } else {
                    writeFields(dest, l, ops);
                }
            }
        }
    }

    private void writeFields(MPlace dest, Layout l, List<Bytes> ops) {
        for (int i = 0; i < ops.size(); i++) mem.write(dest.ptr().offset(l.offset(i)), ops.get(i), 1);
    }

    // ================================================================ enums

    /** The variant index stored in an enum place. */
    int readVariant(MPlace p) {
        Layout l = layouts.of(p.ty());
        if (!(l.variants() instanceof Layout.Multiple m)) {
            if (l.uninhabited()) throw InterpException.ub("enum value has no variants (uninhabited)");
            return l.variants() instanceof Layout.Single s ? s.index() : 0;
        }
        Bytes tagBytes = mem.read(p.ptr().offset(m.tagOffset()), m.tagSize(), 1);
        requireInit(tagBytes, 0, m.tagSize());
        BigInteger tag = tagBytes.readUnsigned(0, m.tagSize());
        AdtDef def = program.adtDef(((Ty.Adt) p.ty()).def());
        switch (m.encoding()) {
            case Layout.Direct d -> {
                BigInteger mask = BigInteger.ONE.shiftLeft(m.tagSize() * 8).subtract(BigInteger.ONE);
                for (int v = 0; v < def.variants().size(); v++) {
                    if (def.variants().get(v).discr().and(mask).equals(tag)) return v;
                }
                throw InterpException.ub("enum value has invalid tag: 0x" + tag.toString(16));
            }
            case Layout.NicheEncoding n -> {
                BigInteger mask = BigInteger.ONE.shiftLeft(m.tagSize() * 8).subtract(BigInteger.ONE);
                BigInteger rel = tag.subtract(n.nicheStart()).and(mask);
                if (rel.compareTo(BigInteger.valueOf(n.nicheVariantsEnd() - n.nicheVariantsStart())) <= 0) {
                    int v = n.nicheVariantsStart() + rel.intValue();
                    if (v != n.untaggedVariant()) return v;
                }
                return n.untaggedVariant();
            }
        }
    }

    BigInteger discriminantValue(MPlace p) {
        if (!(p.ty() instanceof Ty.Adt a)) return BigInteger.ZERO;
        AdtDef def = program.adtDef(a.def());
        if (!def.isEnum()) return BigInteger.ZERO;
        return def.variants().get(readVariant(p)).discr();
    }

    void setDiscriminant(MPlace p, int variant) {
        Layout l = layouts.of(p.ty());
        if (!(l.variants() instanceof Layout.Multiple m)) return;
        AdtDef def = program.adtDef(((Ty.Adt) p.ty()).def());
        switch (m.encoding()) {
            case Layout.Direct d -> mem.write(p.ptr().offset(m.tagOffset()),
                    Bytes.ofInt(def.variants().get(variant).discr(), m.tagSize()), 1);
            case Layout.NicheEncoding n -> {
                if (variant == n.untaggedVariant()) return;
                BigInteger mask = BigInteger.ONE.shiftLeft(m.tagSize() * 8).subtract(BigInteger.ONE);
                BigInteger v = BigInteger.valueOf(variant - n.nicheVariantsStart()).add(n.nicheStart()).and(mask);
                mem.write(p.ptr().offset(m.tagOffset()), Bytes.ofInt(v, m.tagSize()), 1);
            }
        }
    }

    // ================================================================ terminators

    private void terminator(Frame f, Terminator t) {
        switch (t.kind()) {
            case TerminatorKind.Goto g -> goTo(f, g.target());
            case TerminatorKind.FalseEdge e -> goTo(f, e.realTarget());
            case TerminatorKind.FalseUnwind u -> goTo(f, u.realTarget());
            case TerminatorKind.SwitchInt s -> {
                Bytes v = operand(f, s.discr());
                requireInit(v, 0, v.size());
                goTo(f, s.targets().target(v.readUnsigned(0, v.size())));
            }
            case TerminatorKind.Return r -> doReturn(f);
            case TerminatorKind.Unreachable u -> throw InterpException.ub("entering unreachable code");
            case TerminatorKind.UnwindResume u -> unwindFrom(f, UnwindAction.CONTINUE);
            case TerminatorKind.UnwindTerminate u -> throw new InterpException.Exit(134);
            case TerminatorKind.Drop d -> {
                MPlace p = place(f, d.place());
                try {
                    dropInPlace(p);
                } catch (InterpException.Unwinding u) {
                    unwindFrom(f, d.unwind());
                    return;
                }
                goTo(f, d.target());
            }
            case TerminatorKind.Assert a -> {
                boolean c = bool(operand(f, a.cond()));
                if (c == a.expected()) {
                    goTo(f, a.target());
                } else {
                    assertFailed(f, a.msg(), t.sourceInfo().span());
                }
            }
            case TerminatorKind.Call c -> call(f, c, c.fnSpan() != null ? c.fnSpan() : t.sourceInfo().span());
        }
    }

    private void doReturn(Frame f) {
        Bytes ret = null;
        Memory.Alloc r = f.locals[0];
        if (r != null) {
            ret = mem.read(mem.pointerTo(r), r.size, 1);
            validateScalar(ret, f.localTys[0]);
        }
        if (!f.keepLocals) {
            for (Memory.Alloc a : f.locals) if (a != null && a.live) mem.kill(a);
        }
        stack.removeLast();
        stackUsed -= f.stackBytes;
        if (f.dest != null && ret != null) writePlace(f.dest, ret);
        if (f.envToDrop != null) {
            dropNested(f.nested ? null : top(), f.envToDrop, null);
            mem.kill(mem.get(f.envToDrop.ptr().alloc()));
        }
        if (f.nested) return;
        Frame caller = top();
        if (f.target == null) throw InterpException.ub("returning from a function that must not return (its caller has no return block)");
        goTo(caller, f.target);
    }

    private void assertFailed(Frame f, AssertMessage msg, Span span) {
        String first = null, second = null;
        switch (msg) {
            case AssertMessage.BoundsCheck b -> {
                long len = uint(operand(f, b.len()));
                long index = uint(operand(f, b.index()));
                DefId lang = program.langItem("panic_bounds_check");
                if (lang != null) {
                    invokeDiverging(new Instance(lang, GenericArgs.EMPTY), List.of(Bytes.ofLong(index, 8), Bytes.ofLong(len, 8)), span);
                    return;
                }
                first = Long.toUnsignedString(len);
                second = Long.toUnsignedString(index);
            }
            case AssertMessage.MisalignedPointerDereference m -> {
                first = Long.toUnsignedString(uint(operand(f, m.required())));
                second = "0x" + Long.toHexString(uint(operand(f, m.found())));
            }
            default -> {
            }
        }
        String text = msg.runtimeMessage(first, second);
        DefId lang = program.langItem("panic");
        if (lang != null) {
            invokeDiverging(new Instance(lang, GenericArgs.EMPTY), List.of(staticStr(text)), span);
            return;
        }
        fallbackPanic(text, span);
    }

    /** Prints std's panic message directly (no library panic machinery available) and exits with 101. */
    void fallbackPanic(String text, Span span) {
        String loc = location(span);
        out.flush();
        err.print("\nthread '" + threads.current().displayName() + "' (" + threads.current().id + ") panicked at " + (loc == null ? "<unknown>" : loc) + ":\n" + text
                + "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        throw new InterpException.Panic();
    }

    private void invokeDiverging(Instance inst, List<Bytes> args, Span span) {
        Body body = bodyOf(inst.def());
        Ty ret = substTy(inst, body.returnTy());
        Layout rl = layouts.of(ret);
        Memory.Alloc tmp = mem.allocate(rl.size(), rl.align(), Memory.Kind.STACK, true);
        pushFrame(inst, body, args, MPlace.sized(mem.pointerTo(tmp), ret), null, span);
    }

    // ================================================================ calls

    private void call(Frame f, TerminatorKind.Call c, Span span) {
        Ty fty = operandTy(f, c.func());
        List<Bytes> args = new ArrayList<>();
        List<Ty> argTys = new ArrayList<>();
        for (Operand a : c.args()) {
            Ty at = operandTy(f, a);
            if (a.place() != null && !layouts.of(at).sized() && layouts.tail(at) instanceof Ty.Dynamic) {
                // an unsized `dyn` argument (`call_once(*self, ..)` of a Box<dyn FnOnce()>) is passed
                // by reference; the virtual call below reads the concrete value (rustc's vtable shim)
                MPlace mp = place(f, a.place());
                Bytes wide = new Bytes(16);
                wide.writePointer(0, mp.ptr());
                wide.writePointer(8, mp.vtable());
                args.add(wide);
            } else {
                args.add(operand(f, a));
            }
            argTys.add(at);
        }
        MPlace dest = place(f, c.destination());
        switch (fty) {
            case Ty.FnDef fd -> callDirect(directCall(fd), unresolved(fd), args, argTys, dest, c.target(), span);
            case Ty.FnPtr fp -> {
                Pointer p = readPointer(operand(f, c.func()));
                callTarget(fnTarget(p), args, argTys, dest, c.target(), span);
            }
            default -> throw InterpException.unsupported("calling a value of type " + fty);
        }
    }

    /**
     * What a call of an fn item comes to, found once per callee type (the substituted FnDef, by
     * identity: substituted types are cached per instance) or per fn-pointer target instead of
     * on each call: for a plain function or method, its instance, body and frame preparation; for
     * a call that resolves otherwise (a closure, a virtual call, a shim), the resolution;
     * {@link #GENERAL} for the calls {@link #callFnDef} makes from scratch (intrinsics, drop
     * glue, constructors, linked definitions). {@code trackedAt}: for a fn-pointer target that is
     * {@code #[track_caller]}, the location it reports, its definition (rustc's ReifyShim).
     */
    private record DirectCall(Instance target, Body body, Prepared prepared, InstanceResolver.Resolved resolved, Span trackedAt) {
        DirectCall withTrackedAt(Span at) {
            return new DirectCall(target, body, prepared, resolved, at);
        }
    }

    private static final DirectCall GENERAL = new DirectCall(null, null, null, null, null);
    private final IdentityHashMap<Ty, DirectCall> directCalls = new IdentityHashMap<>();
    private final IdentityHashMap<Instance, DirectCall> pointerCalls = new IdentityHashMap<>();
    private final IdentityHashMap<InstanceResolver.Resolved, DirectCall> resolvedCalls = new IdentityHashMap<>();

    private DirectCall directCall(Ty.FnDef fd) {
        DirectCall d = directCalls.get(fd);
        if (d == null) {
            d = directCall(fd.def(), fd.args());
            directCalls.put(fd, d);
        }
        return d;
    }

    private DirectCall directCall(Instance fnPointerTarget) {
        DirectCall d = pointerCalls.get(fnPointerTarget);
        if (d == null) {
            d = directCall(fnPointerTarget.def(), fnPointerTarget.args());
            InstanceResolver.Resolved r = d.resolved();
            if (r != null && r.kind() == InstanceResolver.Resolved.Kind.ITEM && program.isTrackCaller(r.def())) {
                d = d.withTrackedAt(DefSpans.withoutAttributes(sourceMap, d.body().span()));
            }
            pointerCalls.put(fnPointerTarget, d);
        }
        return d;
    }

    private DirectCall directCall(DefId def, GenericArgs args) {
        Instance inst = new Instance(def, TyFolder.eraseRegions(args));
        DefId dip = program.langItem("drop_in_place");
        if (program.isIntrinsic(inst.def()) || program.linkedDefinition(inst.def()) != null || inst.def().equals(dip)
                || program.ctorOf(inst.def()) != null && program.mirOf(inst.def()) == null) {
            return GENERAL;
        }
        InstanceResolver.Resolved r = program.resolve(inst.def(), inst.args());
        if (r == null) return GENERAL;
        DirectCall plain = resolvedCall(r);
        if (plain != null) return plain;
        // an item that is an intrinsic goes the general way; closures' shims, virtual calls and the like are resolved
        return r.kind() == InstanceResolver.Resolved.Kind.ITEM ? GENERAL : new DirectCall(null, null, null, r, null);
    }

    /** The instance, body and frame preparation of a resolution to an item or a closure body; null for others. */
    private DirectCall resolvedCall(InstanceResolver.Resolved r) {
        DirectCall d = resolvedCalls.get(r);
        if (d == null) {
            boolean plain = r.kind() == InstanceResolver.Resolved.Kind.ITEM && !program.isIntrinsic(r.def())
                    || r.kind() == InstanceResolver.Resolved.Kind.CLOSURE;
            if (plain) {
                Instance target = new Instance(r.def(), TyFolder.eraseRegions(r.args()));
                Body body = bodyOf(r.def());
                d = new DirectCall(target, body, prepare(target, body), r, null);
            } else {
                d = GENERAL;
            }
            resolvedCalls.put(r, d);
        }
        return d == GENERAL ? null : d;
    }

    private static Instance unresolved(Ty.FnDef fd) {
        return new Instance(fd.def(), fd.args());
    }

    /** Makes a call as {@code d} says (a {@link #GENERAL} one through {@code callFnDef} of {@code inst}). */
    private void callDirect(DirectCall d, Instance inst, List<Bytes> args, List<Ty> argTys, MPlace dest, BasicBlock next, Span span) {
        if (d.resolved() == null) {
            callFnDef(inst, args, argTys, dest, next, span);
        } else if (d.resolved().kind() == InstanceResolver.Resolved.Kind.ITEM) {
            pushFrame(d.target(), d.body(), d.prepared(), args, dest, next, span);
        } else {
            callResolved(d.resolved(), args, argTys, dest, next, span);
        }
    }

    Object fnTarget(Pointer p) {
        Memory.Alloc a = mem.allocOf(p, 0);
        if (a == null || a.kind != Memory.Kind.FUNCTION || p.addr() != a.base) {
            throw InterpException.ub("using " + p + " as function pointer but it does not point to a function");
        }
        return a.target;
    }

    /** Calls a function-pointer target. */
    private void callTarget(Object target, List<Bytes> args, List<Ty> argTys, MPlace dest, BasicBlock next, Span span) {
        switch (target) {
            case Instance inst -> {
                DirectCall d = directCall(inst);
                callDirect(d, inst, args, argTys, dest, next, d.trackedAt() != null ? d.trackedAt() : span);
            }
            case VirtualTarget vt -> callResolved(vt.resolved(), args, argTys, dest, next, span);
            case ClosureAsFn cf -> {
                Body body = bodyOf(cf.closure().def());
                List<Bytes> all = new ArrayList<>();
                Ty envTy = substTy(cf.closure(), body.locals().get(1).ty());
                all.add(new Bytes((int) layouts.of(envTy).size()));
                if (envTy instanceof Ty.Ref) all.set(0, Bytes.ofPointer(new Pointer(0, 1)));
                all.addAll(args);
                Frame callee = pushFrame(cf.closure(), body, all, dest, next, span);
                if (next == null) callee.target = null;
            }
            case DropGlue dg -> {
                Frame caller = top();
                dropNested(caller, MPlace.sized(readPointer(args.getFirst()), dg.ty()), null);
                if (next != null) goTo(caller, next);
            }
            default -> throw InterpException.unsupported("calling function pointer target " + target);
        }
    }

    /** A call of an fn item: intrinsics, drop_in_place, or resolution to the body to run. */
    void callFnDef(Instance inst, List<Bytes> args, List<Ty> argTys, MPlace dest, BasicBlock next, Span span) {
        inst = new Instance(inst.def(), TyFolder.eraseRegions(inst.args()));
        if (program.isIntrinsic(inst.def())) {
            Frame caller = top();
            if (intrinsics.call(program.name(inst.def()), inst, args, argTys, dest, span)) {
                if (next == null) throw InterpException.ub("entering unreachable code (intrinsic `" + program.name(inst.def()) + "` returned)");
                goTo(caller, next);
                return;
            }
            // not built in: run the intrinsic's fallback body, if the library gives one
            Body fallback = program.mirOf(inst.def());
            if (fallback == null) throw InterpException.unsupported("intrinsic `" + program.name(inst.def()) + "`");
            pushFrame(inst, fallback, args, dest, next, span);
            return;
        }
        DefId linked = program.linkedDefinition(inst.def());
        if (linked != null) inst = new Instance(linked, inst.args());
        DefId dip = program.langItem("drop_in_place");
        if (dip != null && dip.equals(inst.def())) {
            Ty t = inst.args().ty(0);
            Bytes p = args.getFirst();
            Frame caller = top();
            dropNested(caller, null, () -> dropPointee(p, t));
            if (next != null) goTo(caller, next);
            return;
        }
        Program.Ctor ctor = program.ctorOf(inst.def());
        if (ctor != null && program.mirOf(inst.def()) == null) {
            Frame caller = top();
            Layout l = layouts.of(dest.ty());
            AdtDef def = program.adtDef(ctor.adt());
            Layout vl = def.isEnum() ? l.variant(ctor.variant()) : l;
            for (int i = 0; i < args.size(); i++) mem.write(dest.ptr().offset(vl.offset(i)), args.get(i), 1);
            setDiscriminant(dest, ctor.variant());
            if (next == null) throw InterpException.ub("entering unreachable code");
            goTo(caller, next);
            return;
        }
        InstanceResolver.Resolved r = program.resolve(inst.def(), inst.args());
        if (r == null) throw InterpException.unsupported("no implementation of `" + program.defPath(inst.def()) + "` for " + inst.args());
        callResolved(r, args, argTys, dest, next, span);
    }

    private void callResolved(InstanceResolver.Resolved r, List<Bytes> args, List<Ty> argTys, MPlace dest, BasicBlock next,
                              Span span) {
        switch (r.kind()) {
            case ITEM -> {
                if (program.isIntrinsic(r.def())) {
                    callFnDef(new Instance(r.def(), r.args()), args, argTys, dest, next, span);
                    return;
                }
                DirectCall d = resolvedCall(r);
                pushFrame(d.target(), d.body(), d.prepared(), args, dest, next, span);
            }
            case VIRTUAL -> {
                Bytes self = args.getFirst();
                if (self.size() != 16) throw InterpException.unsupported("virtual call with a receiver of " + self.size() + " bytes");
                Pointer data = self.readPointer(0);
                Pointer vt = self.readPointer(8);
                Pointer method = vtablePointerEntry(vt, r.vtableSlot());
                if (method.addr() == 0) throw InterpException.ub("calling a vtable slot without a method");
                List<Bytes> newArgs = new ArrayList<>(args);
                List<Ty> newTys = new ArrayList<>(argTys);
                if (!argTys.isEmpty() && argTys.getFirst() instanceof Ty.Dynamic && vtableType(vt) instanceof Ty concrete) {
                    // a by-value `self` of an unsized receiver: the concrete value moves into the callee
                    newArgs.set(0, readPlace(MPlace.sized(data, concrete)));
                    newTys.set(0, concrete);
                } else {
                    newArgs.set(0, Bytes.ofPointer(data));
                }
                callTarget(fnTarget(method), newArgs, newTys, dest, next, span);
            }
            case CLOSURE -> {
                DirectCall d = resolvedCall(r);
                Instance closure = d.target();
                Body body = d.body();
                Ty envTy = d.prepared().shape().tys()[1];
                List<Bytes> all = new ArrayList<>();
                Bytes self = args.getFirst();
                Ty selfTy = argTys.isEmpty() ? null : argTys.getFirst();
                MPlace envToDrop = null;
                if (envTy instanceof Ty.Ref && selfTy != null && !(selfTy instanceof Ty.Ref)) {
                    // call_once of an Fn/FnMut closure: the body takes its environment by reference
                    Layout cl = layouts.of(selfTy);
                    Memory.Alloc tmp = mem.allocate(cl.size(), cl.align(), Memory.Kind.STACK, true);
                    mem.bytesOf(tmp).copyFrom(self, 0, 0, self.size());
                    self = Bytes.ofPointer(mem.pointerTo(tmp));
                    envToDrop = MPlace.sized(mem.pointerTo(tmp), selfTy);
                } else if (!(envTy instanceof Ty.Ref) && selfTy instanceof Ty.Ref) {
                    self = readPlace(MPlace.sized(self.readPointer(0), envTy));
                }
                all.add(self);
                all.addAll(untuple(args, argTys));
                pushFrame(closure, body, d.prepared(), all, dest, next, span).envToDrop = envToDrop;
            }
            case FN_PTR_SHIM -> {
                Ty fnTy = r.args().ty(0);
                Bytes self = args.getFirst();
                Ty selfTy = argTys.isEmpty() ? fnTy : argTys.getFirst();
                if (selfTy instanceof Ty.Ref) self = readPlace(MPlace.sized(self.readPointer(0), fnTy));
                List<Bytes> rest = untuple(args, argTys);
                List<Ty> restTys = argTys.size() > 1 && argTys.get(1) instanceof Ty.Tuple t ? t.elems() : List.of();
                switch (fnTy) {
                    case Ty.FnDef fd -> callFnDef(new Instance(fd.def(), fd.args()), rest, restTys, dest, next, span);
                    case Ty.FnPtr fp -> callTarget(fnTarget(self.readPointer(0)), rest, restTys, dest, next, span);
                    default -> throw InterpException.unsupported("Fn-trait call of " + fnTy);
                }
            }
            case BUILTIN -> {
                String name = program.name(r.def());
                if (name.equals("clone") && !args.isEmpty()) {
                    Frame caller = top();
                    try {
                        cloneInto(dest, args.getFirst().readPointer(0), dest.ty(), r.def(), span);
                    } catch (InterpException.Unwinding u) {
                        // the step loop unwinds the calling frame with its call's unwind action
                        throw new InterpException.Panic();
                    }
                    if (next != null) goTo(caller, next);
                    return;
                }
                throw InterpException.unsupported("built-in implementation of `" + program.defPath(r.def()) + "`");
            }
        }
    }

    /**
     * The built-in {@code Clone} of tuples, arrays and closures (rustc's clone shim): each
     * element is cloned through its own {@code Clone::clone} ({@code cloneFn} resolved for its
     * type), scalars by copying. If an element's clone panics, the elements cloned so far are
     * dropped and the unwinding goes on ({@code Unwinding}).
     */
    private void cloneInto(MPlace dest, Pointer src, Ty ty, DefId cloneFn, Span span) {
        List<Ty> parts;
        List<Long> offsets = new ArrayList<>();
        switch (ty) {
            case Ty.Tuple t -> {
                parts = t.elems();
                Layout l = layouts.of(ty);
                for (int i = 0; i < parts.size(); i++) offsets.add(l.offset(i));
            }
            case Ty.Array a -> {
                long n = Layouts.arrayLen(a.len());
                long size = layouts.of(a.elem()).size();
                parts = java.util.Collections.nCopies((int) n, a.elem());
                for (long i = 0; i < n; i++) offsets.add(i * size);
            }
            case Ty.Closure c -> {
                parts = Layouts.closureUpvars(c);
                Layout l = layouts.of(ty);
                for (int i = 0; i < parts.size(); i++) offsets.add(l.offset(i));
            }
            default -> {
                writePlace(dest, mem.read(src, layouts.of(ty).size(), 1));
                return;
            }
        }
        List<MPlace> done = new ArrayList<>();
        try {
            for (int i = 0; i < parts.size(); i++) {
                Ty et = parts.get(i);
                MPlace to = MPlace.sized(dest.ptr().offset(offsets.get(i)), et);
                Pointer from = src.offset(offsets.get(i));
                if (isScalarCopy(et)) {
                    long size = layouts.of(et).size();
                    if (size > 0) writePlace(to, mem.read(from, size, 1));
                    continue;
                }
                InstanceResolver.Resolved er = program.resolve(cloneFn, GenericArgs.of(et));
                if (er == null) throw InterpException.unsupported("no implementation of `Clone::clone` for " + et);
                if (er.kind() == InstanceResolver.Resolved.Kind.BUILTIN) {
                    cloneInto(to, from, et, cloneFn, span);
                } else {
                    Instance inst = new Instance(er.def(), TyFolder.eraseRegions(er.args()));
                    writePlace(to, callNested(inst, bodyOf(er.def()), List.of(Bytes.ofPointer(from)), et, span));
                }
                done.add(to);
            }
        } catch (InterpException.Unwinding u) {
            for (int i = done.size() - 1; i >= 0; i--) dropInPlace(done.get(i));
            throw u;
        }
    }

    /** Types whose {@code Clone} is a copy of their bytes (and cannot be overridden). */
    private static boolean isScalarCopy(Ty t) {
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.RawPtr p -> true;
            case Ty.FnPtr f -> true;
            case Ty.FnDef f -> true;
            case Ty.Never n -> true;
            case Ty.Ref r -> r.mutbl() == dev.ferrite.types.Mutability.NOT;
            default -> false;
        };
    }

    /** The fields of the tupled arguments of an Fn-trait call ({@code args[1]}), as separate arguments. */
    private List<Bytes> untuple(List<Bytes> args, List<Ty> argTys) {
        List<Bytes> out = new ArrayList<>();
        if (args.size() < 2) return out;
        Ty tt = argTys.get(1);
        if (!(tt instanceof Ty.Tuple t)) {
            out.addAll(args.subList(1, args.size()));
            return out;
        }
        Layout l = layouts.of(tt);
        Bytes tup = args.get(1);
        for (int i = 0; i < t.elems().size(); i++) {
            out.add(tup.slice((int) l.offset(i), (int) layouts.of(t.elems().get(i)).size()));
        }
        return out;
    }

    // ================================================================ drops

    /** Runs drop glue from a call terminator; a panic inside unwinds the calling frame with the call's unwind action. */
    private void dropNested(Frame caller, MPlace place, Runnable action) {
        try {
            if (action != null) action.run();
            else dropInPlace(place);
        } catch (InterpException.Unwinding u) {
            // the step loop unwinds the calling frame with its call's unwind action
            throw new InterpException.Panic();
        }
    }

    // ================================================================ unwinding

    /** The unwind action of the terminator a frame is executing (its call, drop or assert). */
    UnwindAction unwindAction(Frame f) {
        BasicBlockData bb = f.body.blocks().get(f.block);
        if (f.stmt < bb.statements().size()) return UnwindAction.CONTINUE;
        return switch (bb.terminator().kind()) {
            case TerminatorKind.Call c -> c.unwind();
            case TerminatorKind.Drop d -> d.unwind();
            case TerminatorKind.Assert a -> a.unwind();
            default -> UnwindAction.CONTINUE;
        };
    }

    /**
     * Unwinds from frame {@code f} (the top frame) with action {@code a}: into its cleanup block, or
     * out of it to the caller's unwind action, until a cleanup block runs or main is left (exit 101).
     */
    void unwindFrom(Frame f, UnwindAction a) {
        while (true) {
            switch (a) {
                case UnwindAction.Cleanup c -> {
                    goTo(f, c.block());
                    return;
                }
                case UnwindAction.Continue c -> {
                    stack.removeLast();
                    stackUsed -= f.stackBytes;
                    if (!f.keepLocals) {
                        for (Memory.Alloc al : f.locals) if (al != null && al.live) mem.kill(al);
                    }
                    if (f.envToDrop != null) {
                        // call_once of an Fn/FnMut closure: its environment drops also when the body panics
                        dropNested(f.nested || stack.isEmpty() ? null : top(), f.envToDrop, null);
                        mem.kill(mem.get(f.envToDrop.ptr().alloc()));
                    }
                    if (f.nested || stack.isEmpty()) throw new InterpException.Unwinding();
                    f = top();
                    a = unwindAction(f);
                }
                case UnwindAction.Unreachable u -> throw InterpException.ub("unwinding past a stack frame that does not allow unwinding");
                case UnwindAction.Terminate t -> {
                    out.flush();
                    err.print("\nthread '" + threads.current().displayName() + "' (" + threads.current().id + ") panicked at " + String.valueOf(location(currentSpan)) + ":\npanic in a function that cannot unwind\n"
                            + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nthread caused non-unwinding panic. aborting.\n");
                    throw new InterpException.Exit(134);
                }
            }
        }
    }

    /** The type's {@code Drop::drop} implementation, memoised. */
    Instance dropMethod(Ty ty) {
        return dropMethods.computeIfAbsent(ty, t -> java.util.Optional.ofNullable(program.dropMethod(t))).orElse(null);
    }

    /** Whether dropping a value of this type does anything. */
    boolean needsDrop(Ty ty) {
        return needsDrop.of(ty);
    }

    /** Runs the drop glue of the value a (thin or wide) pointer points at. */
    void dropPointee(Bytes ptr, Ty pointee) {
        Pointer p = ptr.readPointer(0);
        if (ptr.size() == 16) {
            if (layouts.tail(pointee) instanceof Ty.Dynamic) dropInPlace(new MPlace(p, -1, ptr.readPointer(8), pointee, -1));
            else dropInPlace(new MPlace(p, ptr.readLong(8, 8), null, pointee, -1));
        } else {
            dropInPlace(MPlace.sized(p, pointee));
        }
    }

    /** The drop glue of the value at a place: {@code Drop::drop}, then the fields; runs nested. */
    void dropInPlace(MPlace p) {
        Ty ty = p.ty();
        if (!needsDrop(ty)) return;
        switch (ty) {
            case Ty.Adt a -> {
                // a Box drops its contents first; its Drop impl then frees the memory (rustc's drop glue)
                if (isBox(a)) dropInPlace(deref(p));
                Instance dm = dropMethod(ty);
                if (dm != null) {
                    Body body = bodyOf(dm.def());
                    callNested(dm, body, List.of(addressOf(p)), Ty.UNIT, currentSpan);
                }
                AdtDef def = program.adtDef(a.def());
                if (def.isUnion()) return;
                int v = def.isEnum() ? readVariant(p) : 0;
                List<Ty> fts = layouts.fieldTys(a, v);
                MPlace vp = def.isEnum() ? new MPlace(p.ptr(), p.len(), p.vtable(), ty, v) : p;
                for (int i = 0; i < fts.size(); i++) dropInPlace(field(vp, i, fts.get(i)));
            }
            case Ty.Tuple t -> {
                for (int i = 0; i < t.elems().size(); i++) dropInPlace(field(p, i, t.elems().get(i)));
            }
            case Ty.Closure c -> {
                List<Ty> ups = Layouts.closureUpvars(c);
                for (int i = 0; i < ups.size(); i++) dropInPlace(field(p, i, ups.get(i)));
            }
            case Ty.Array a -> {
                long n = Layouts.arrayLen(a.len());
                long stride = layouts.of(a.elem()).size();
                for (long i = 0; i < n; i++) dropInPlace(MPlace.sized(p.ptr().offset(i * stride), a.elem()));
            }
            case Ty.Slice s -> {
                long stride = layouts.of(s.elem()).size();
                for (long i = 0; i < p.len(); i++) dropInPlace(MPlace.sized(p.ptr().offset(i * stride), s.elem()));
            }
            case Ty.Dynamic d -> {
                Pointer glue = vtablePointerEntry(p.vtable(), 0);
                Object target = fnTarget(glue);
                if (target instanceof DropGlue dg) {
                    dropInPlace(MPlace.sized(p.ptr(), dg.ty()));
                } else if (target instanceof Instance inst) {
                    callNested(inst, bodyOf(inst.def()), List.of(Bytes.ofPointer(p.ptr())), Ty.UNIT, currentSpan);
                }
            }
            default -> {
            }
        }
    }

    // ================================================================ scalars

    static boolean bool(Bytes b) {
        requireInit(b, 0, 1);
        int v = b.data[0] & 0xff;
        if (v > 1) throw InterpException.ub(String.format("constructing invalid value: encountered 0x%02x, but expected a boolean", v));
        return v == 1;
    }

    static long uint(Bytes b) {
        requireInit(b, 0, b.size());
        return b.readLong(0, b.size());
    }

    static Pointer readPointer(Bytes b) {
        requireInit(b, 0, 8);
        return b.readPointer(0);
    }

    /**
     * The span {@code caller_location} reports for a call at {@code here}: through
     * {@code #[track_caller]} frames, the span of the call into the outermost of them.
     */
    Span callerSpan(Span here) {
        Span s = here;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame f = stack.get(i);
            if (!program.isTrackCaller(f.instance.def()) || f.callSpan == null) break;
            s = f.callSpan;
        }
        return s.sourceCallSite(); // a call written by a macro is reported at the macro's invocation
    }

    /** The type rustc's {@code type_name} prints. */
    String typeName(Ty ty) {
        return typeNamer.ty(ty);
    }

    /** The principal trait ref of a {@code dyn} type with {@code self} as Self, or null. */
    static TraitRef principal(Ty.Dynamic d, Ty self) {
        for (ExistentialPredicate p : d.preds()) {
            if (p instanceof ExistentialPredicate.Trait t) {
                return new TraitRef(t.traitId(), GenericArgs.of(self).concat(t.args()));
            }
        }
        return null;
    }

    static Ty refTo(Ty t) {
        return Ty.ref(Region.ERASED, t, Mutability.NOT);
    }
}
