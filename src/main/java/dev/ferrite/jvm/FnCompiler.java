package dev.ferrite.jvm;

import dev.ferrite.hir.DefId;
import dev.ferrite.interp.Instance;
import dev.ferrite.interp.Layout;
import dev.ferrite.interp.Layouts;
import dev.ferrite.interp.Program;
import dev.ferrite.jvm.JvmEngine.Abi;
import dev.ferrite.jvm.JvmEngine.Reg;
import dev.ferrite.mir.AggregateKind;
import dev.ferrite.mir.AssertMessage;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.BinOp;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.CastKind;
import dev.ferrite.mir.ConstValue;
import dev.ferrite.mir.NullOp;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnOp;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.span.Span;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one monomorphic MIR body to the static method {@code f} of a class (see
 * {@link JvmEngine} for the calling convention). Each local is held as its type asks
 * ({@link JvmEngine#abi}): scalars whose address is never taken in a JVM local, the others in
 * the function's frame on the shadow stack (or, for arguments and results passed in memory, at
 * the address the caller gave). Basic blocks become labelled code; a call with a cleanup block
 * gets an exception handler that runs it.
 */
final class FnCompiler {
    private static final ClassDesc MEM = ClassDesc.of("dev.ferrite.jvm.Mem");
    private static final ClassDesc RT = ClassDesc.of("dev.ferrite.jvm.Rt");
    private static final ClassDesc PANIC = ClassDesc.of("dev.ferrite.jvm.Rt$RustPanic");
    private static final ClassDesc RTE = ClassDesc.of("java.lang.RuntimeException");
    private static final ClassDesc RUNTIME = ClassDesc.of("dev.ferrite.jvm.JvmRuntime");
    private static final DirectMethodHandleDesc LINK_INDIRECT = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
            RUNTIME, "linkIndirect", MethodTypeDesc.of(ConstantDescs.CD_CallSite,
                    ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_MethodType,
                    ConstantDescs.CD_int));
    private static final ClassDesc OVERFLOW = ClassDesc.of("dev.ferrite.jvm.Rt$StackOverflow");
    private static final DirectMethodHandleDesc LINK = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
            RUNTIME, "link", MethodTypeDesc.of(ConstantDescs.CD_CallSite,
                    ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_MethodType,
                    ConstantDescs.CD_int, ConstantDescs.CD_int));

    private final JvmEngine e;
    private final Program program;
    private final Layouts layouts;
    private final Instance inst;
    private final Body body;
    private final int n;
    private final Ty[] tys;
    private final Abi[] abis;
    /** Locals kept in memory: their type says so, or their address is taken. */
    private final boolean[] inMemory;
    /**
     * Scalar-replaced locals: tuples and structs of scalars used only field by field (the
     * {@code (T, bool)} of a checked operation, a pair of indices) live in one JVM local per
     * field, by field index; null for the others.
     */
    private final int[][] fieldSlots;
    /** JVM slot: a register local's value, or a memory local's address. */
    private final int[] slot;
    private final long[] frameOffset;
    private long frameSize;
    /** Frame space for copies of call arguments, by (block, argument). */
    private final Map<Long, Long> argScratch = new HashMap<>();
    private final boolean trackCaller;
    private final MethodTypeDesc descriptor;

    private CodeBuilder code;
    private Label[] blocks;
    private int exceptionSlot = -1;
    private final boolean split;
    /** Split mode: the locals whose memory is in the frame (the others in memory are parameters: arguments, the result). */
    private boolean[] framed;
    /** The JVM slot of each argument local (1..argCount) in {@link #descriptor}, -1 for a zero-sized one; set by the prologue. */
    private int[] param;
    private int locationSlot = -1;
    /** Where {@link #placeAddress} leaves the metadata (length or vtable) of an unsized place. */
    private int metaSlot = -1;

    FnCompiler(JvmEngine e, Instance inst, Body body) {
        this(e, inst, body, false);
    }

    /**
     * {@code split}: the body is too large for one JVM method (64 KiB of code): every local lives
     * in the frame, and the blocks are compiled into several methods ({@link #compileSplit}).
     */
    FnCompiler(JvmEngine e, Instance inst, Body body, boolean split) {
        this.split = split;
        this.e = e;
        this.program = e.program;
        this.layouts = e.layouts;
        this.inst = inst;
        this.body = body;
        this.n = body.locals().size();
        this.tys = new Ty[n];
        this.abis = new Abi[n];
        this.inMemory = new boolean[n];
        this.slot = new int[n];
        this.frameOffset = new long[n];
        for (int i = 0; i < n; i++) {
            tys[i] = e.substTy(inst, body.locals().get(i).ty());
            abis[i] = e.abi(tys[i]);
            inMemory[i] = abis[i] == JvmEngine.MEM || split && abis[i] != JvmEngine.VOID;
        }
        markAddressTaken();
        this.fieldSlots = new int[n][];
        if (!split) findScalarReplaceable();
        // a promoted constant or a shim runs under its owner's instance but takes no caller location
        this.trackCaller = body.kind() != dev.ferrite.mir.BodyKind.PROMOTED && body.kind() != dev.ferrite.mir.BodyKind.SHIM
                && program.isTrackCaller(inst.def());
        List<Ty> params = new ArrayList<>();
        for (int i = 1; i <= body.argCount(); i++) params.add(tys[i]);
        this.descriptor = e.descriptor(params, tys[0], trackCaller);
        layOutFrame();
    }

    MethodTypeDesc descriptor() {
        return descriptor;
    }

    // ------------------------------------------------------------------ analysis

    /** Locals whose address is taken (a borrow, or a projection other than through a pointer they hold) live in memory. */
    private void markAddressTaken() {
        for (BasicBlockData bb : body.blocks()) {
            for (Statement s : bb.statements()) {
                switch (s.kind()) {
                    case StatementKind.Assign a -> {
                        place(a.place());
                        switch (a.rvalue()) {
                            case Rvalue.Ref r -> addressOf(r.place());
                            case Rvalue.RawPtr r -> addressOf(r.place());
                            case Rvalue.Len l -> place(l.place());
                            case Rvalue.Discriminant d -> place(d.place());
                            case Rvalue.CopyForDeref c -> place(c.place());
                            default -> {
                            }
                        }
                        operandsOf(a.rvalue()).forEach(this::operand);
                    }
                    case StatementKind.SetDiscriminant d -> addressOf(d.place());
                    case StatementKind.CopyNonOverlapping c -> {
                        operand(c.src());
                        operand(c.dst());
                        operand(c.count());
                    }
                    default -> {
                    }
                }
            }
            switch (bb.terminator().kind()) {
                case TerminatorKind.Call c -> {
                    place(c.destination());
                    operand(c.func());
                    c.args().forEach(this::operand);
                }
                case TerminatorKind.SwitchInt sw -> operand(sw.discr());
                case TerminatorKind.Assert a -> operand(a.cond());
                case TerminatorKind.Drop d -> addressOf(d.place());
                default -> {
                }
            }
        }
    }

    private void operand(Operand o) {
        if (o.place() != null) place(o.place());
    }

    /** Scalar-replaceable candidates get a non-null {@link #fieldSlots} entry (slots assigned in the prologue). */
    private void findScalarReplaceable() {
        boolean[] cand = new boolean[n];
        boolean any = false;
        for (int l = body.argCount() + 1; l < n; l++) {
            List<Ty> fs = scalarFields(tys[l]);
            cand[l] = fs != null && abis[l] == JvmEngine.MEM;
            any |= cand[l];
        }
        if (!any) return;
        java.util.function.Consumer<Place> use = p -> {
            if (p.projection().size() != 1 || !(p.projection().getFirst() instanceof PlaceElem.Field)) cand[p.local().index()] = false;
        };
        java.util.function.Consumer<Operand> opUse = o -> {
            if (o.place() != null) use.accept(o.place());
        };
        for (BasicBlockData bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                switch (st.kind()) {
                    case StatementKind.Assign a -> {
                        boolean wholeOk = a.place().projection().isEmpty() && (a.rvalue() instanceof Rvalue.Aggregate ag
                                && (ag.kind() instanceof AggregateKind.Tuple || ag.kind() instanceof AggregateKind.Adt)
                                || a.rvalue() instanceof Rvalue.BinaryOp b && b.op().isWithOverflow() && !is128(operandTy(b.left())));
                        if (!wholeOk) use.accept(a.place());
                        switch (a.rvalue()) {
                            case Rvalue.Ref r -> cand[r.place().local().index()] = false;
                            case Rvalue.RawPtr r -> cand[r.place().local().index()] = false;
                            case Rvalue.Len l -> cand[l.place().local().index()] = false;
                            case Rvalue.Discriminant d -> cand[d.place().local().index()] = false;
                            case Rvalue.CopyForDeref c -> cand[c.place().local().index()] = false;
                            default -> {
                            }
                        }
                        operandsOf(a.rvalue()).forEach(opUse);
                    }
                    case StatementKind.SetDiscriminant d -> cand[d.place().local().index()] = false;
                    case StatementKind.Deinit d -> cand[d.place().local().index()] = false;
                    case StatementKind.CopyNonOverlapping c -> {
                        opUse.accept(c.src());
                        opUse.accept(c.dst());
                        opUse.accept(c.count());
                    }
                    default -> {
                    }
                }
            }
            switch (bb.terminator().kind()) {
                case TerminatorKind.Call c -> {
                    use.accept(c.destination());
                    opUse.accept(c.func());
                    c.args().forEach(opUse);
                }
                case TerminatorKind.SwitchInt sw -> opUse.accept(sw.discr());
                case TerminatorKind.Assert a -> {
                    opUse.accept(a.cond());
                    switch (a.msg()) {
                        case AssertMessage.BoundsCheck bc -> {
                            opUse.accept(bc.len());
                            opUse.accept(bc.index());
                        }
                        case AssertMessage.Overflow o -> {
                            opUse.accept(o.left());
                            opUse.accept(o.right());
                        }
                        default -> {
                        }
                    }
                }
                case TerminatorKind.Drop d -> cand[d.place().local().index()] = false;
                default -> {
                }
            }
        }
        for (int l = 0; l < n; l++) {
            if (cand[l]) {
                fieldSlots[l] = new int[scalarFields(tys[l]).size()];
                inMemory[l] = false;
            }
        }
    }

    /** The field types of a tuple or struct whose fields are all scalars or zero-sized; null for other types. */
    private List<Ty> scalarFields(Ty t) {
        List<Ty> fs = switch (t) {
            case Ty.Tuple tu -> tu.elems();
            case Ty.Adt a when program.adtDef(a.def()).isStruct() && layouts.of(t).sized() -> layouts.fieldTys(a, 0);
            default -> null;
        };
        if (fs == null || fs.isEmpty() || fs.size() > 4) return null;
        for (Ty f : fs) if (!(e.abi(f) instanceof Reg) && e.abi(f) != JvmEngine.VOID) return null;
        return fs;
    }

    /** The JVM slot of a register place: a scalar local, or a field of a scalar-replaced one. */
    private int regSlot(Place p) {
        int l = p.local().index();
        if (fieldSlots[l] != null) return fieldSlots[l][((PlaceElem.Field) p.projection().getFirst()).index()];
        return slot[l];
    }

    private void place(Place p) {
        if (!p.projection().isEmpty() && !(p.projection().getFirst() instanceof PlaceElem.Deref)) addressOf(p);
    }

    private void addressOf(Place p) {
        if (p.projection().isEmpty() || !(p.projection().getFirst() instanceof PlaceElem.Deref)) {
            int l = p.local().index();
            if (abis[l] != JvmEngine.VOID) inMemory[l] = true;
        }
    }

    private static List<Operand> operandsOf(Rvalue rv) {
        return switch (rv) {
            case Rvalue.Use u -> List.of(u.operand());
            case Rvalue.Repeat r -> List.of(r.operand());
            case Rvalue.Cast c -> List.of(c.operand());
            case Rvalue.BinaryOp b -> List.of(b.left(), b.right());
            case Rvalue.UnaryOp u -> List.of(u.operand());
            case Rvalue.Aggregate a -> a.operands();
            case Rvalue.ShallowInitBox s -> List.of(s.operand());
            default -> List.of();
        };
    }

    private void layOutFrame() {
        long off = 0;
        for (int i = 0; i < n; i++) {
            boolean passedInMemory = abis[i] == JvmEngine.MEM && i <= body.argCount();
            if (!inMemory[i] || passedInMemory) continue;
            Layout l = layouts.of(tys[i]);
            if (!l.sized()) throw new JvmEngine.Unsupported("an unsized local");
            off = align(off, l.align());
            frameOffset[i] = off;
            off += l.size();
        }
        List<BasicBlockData> bbs = body.blocks();
        for (int b = 0; b < bbs.size(); b++) {
            if (bbs.get(b).terminator().kind() instanceof TerminatorKind.Assert
                    || bbs.get(b).terminator().kind() instanceof TerminatorKind.Drop) {
                // the message of a failed assertion, a `&'static str` passed to `panic`
                off = align(off, 8);
                argScratch.put((long) b << 32, off);
                off += 16;
                continue;
            }
            if (!(bbs.get(b).terminator().kind() instanceof TerminatorKind.Call c)) continue;
            for (int a = 0; a < c.args().size(); a++) {
                Operand o = c.args().get(a);
                if (o instanceof Operand.Move && o.place() != null) continue;
                Ty t = operandTy(o);
                if (e.abi(t) != JvmEngine.MEM) continue;
                Layout l = layouts.of(t);
                off = align(off, l.align());
                argScratch.put(((long) b << 32) | a, off);
                off += l.size();
            }
        }
        frameSize = align(off, 16);
    }

    private static long align(long v, long a) {
        return (v + a - 1) / a * a;
    }

    // ------------------------------------------------------------------ the method

    /** One context for every class: its class hierarchy resolver caches what it learns (the exception types of handlers). */
    private static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(JvmEngine.class.getClassLoader()).cached()));

    byte[] compile(ClassDesc cd) {
        if (split) return compileSplit(cd);
        return CLASS_FILE.build(cd, cb -> cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL)
                .withMethodBody("f", descriptor, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> direct(c, inner -> {
                    code = inner;
                    prologue();
                    for (int b = 0; b < body.blocks().size(); b++) block(b);
                })));
    }

    /** Whether memory accesses call {@code sun.misc.Unsafe} directly ({@link DirectMemory}); their code is larger. */
    boolean direct = DirectMemory.enabled();

    /** Builds a method's code with {@code handler}, its memory accesses direct if {@link #direct}. */
    private void direct(CodeBuilder c, java.util.function.Consumer<CodeBuilder> handler) {
        if (direct) c.transforming(new DirectMemory(), handler);
        else handler.accept(c);
    }

    /** Pushes the address of local {@code l}, which lives in memory. */
    private void localAddress(int l) {
        if (split && framed[l]) code.lload(0).loadConstant(frameOffset[l]).ladd();
        else code.lload(slot[l]);
    }

    /**
     * A body too large for one method: its blocks, in order, are cut into chunks, each a method
     * {@code c<k>} taking the parameters of {@code f} and the block to start at, and returning
     * the next block when it leaves the chunk, or -1 at {@code return}. {@code f} spills its
     * arguments into the frame and calls chunks until one returns -1. Every local lives in the
     * frame, so nothing else crosses a chunk; a panic caught for a cleanup block is kept aside
     * ({@code Rt.stash}) for the {@code resume} that rethrows it, possibly in another chunk.
     */
    private byte[] compileSplit(ClassDesc cd) {
        List<BasicBlockData> bbs = body.blocks();
        List<Integer> starts = new ArrayList<>();
        int limit = e.chunkStatements;
        int count = limit;
        for (int b = 0; b < bbs.size(); b++) {
            if (count >= limit) {
                starts.add(b);
                count = 0;
            }
            count += bbs.get(b).statements().size() + 1;
        }
        starts.add(bbs.size());
        List<ClassDesc> params = descriptor.parameterList();
        MethodTypeDesc chunkDesc = MethodTypeDesc.of(ConstantDescs.CD_int, params).insertParameterTypes(params.size(), ConstantDescs.CD_int);
        int entrySlot = 0;
        for (ClassDesc p : params) entrySlot += TypeKind.from(p).slotSize();
        final int entry = entrySlot;
        return CLASS_FILE.build(cd, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            for (int k = 0; k + 1 < starts.size(); k++) {
                int from = starts.get(k), to = starts.get(k + 1);
                cb.withMethodBody("c" + k, chunkDesc, ClassFile.ACC_STATIC, c0 -> direct(c0, c -> {
                    code = c;
                    chunkPrologue();
                    code.iload(entry).tableswitch(from, to - 1, blocks[from], java.util.stream.IntStream.range(from, to)
                            .mapToObj(b -> java.lang.classfile.instruction.SwitchCase.of(b, blocks[b])).toList());
                    java.util.Set<Integer> exits = new java.util.TreeSet<>();
                    for (int b = from; b < to; b++) {
                        block(b);
                        for (var t : bbs.get(b).terminator().successors()) {
                            if (t.index() < from || t.index() >= to) exits.add(t.index());
                        }
                    }
                    for (int t : exits) {
                        code.labelBinding(blocks[t]);
                        code.loadConstant(t).ireturn();
                    }
                }));
            }
            cb.withMethodBody("f", descriptor, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> {
                code = c;
                chunkPrologue();
                for (int i = 1; i <= body.argCount(); i++) {
                    if (abis[i] instanceof Reg r) {
                        localAddress(i);
                        code.loadLocal(r.kind(), param[i]);
                        store(tys[i]);
                    }
                }
                int b = code.allocateLocal(TypeKind.INT);
                code.iconst_0().istore(b);
                Label loop = code.newLabel(), join = code.newLabel(), done = code.newLabel();
                code.labelBinding(loop);
                for (int k = 0; k + 1 < starts.size(); k++) {
                    Label next = code.newLabel();
                    code.iload(b).loadConstant(starts.get(k + 1)).if_icmpge(next);
                    int slotNo = 0;
                    for (ClassDesc p : params) {
                        TypeKind kind = TypeKind.from(p);
                        code.loadLocal(kind, slotNo);
                        slotNo += kind.slotSize();
                    }
                    code.iload(b).invokestatic(cd, "c" + k, chunkDesc).goto_(join);
                    code.labelBinding(next);
                }
                code.invokestatic(RT, "unreachable", MethodTypeDesc.of(RTE)).athrow();
                code.labelBinding(join);
                code.dup().istore(b).iflt(done).goto_(loop);
                code.labelBinding(done);
                if (abis[0] instanceof Reg r) {
                    localAddress(0);
                    load(tys[0]);
                    code.return_(r.kind());
                } else {
                    code.return_();
                }
            });
        });
    }

    /** The prologue of a method of a split body: labels, the stack check, the parameter slots. */
    private void chunkPrologue() {
        framed = new boolean[n];
        prologue();
    }

    private void prologue() {
        blocks = new Label[body.blocks().size()];
        for (int b = 0; b < blocks.length; b++) blocks[b] = code.newLabel();
        if (frameSize > 0) {
            Label ok = code.newLabel();
            code.lload(0).loadConstant(frameSize).ladd().loadConstant(Rt.STACK_BITS).lushr();
            code.lload(0).loadConstant(Rt.STACK_BITS).lushr().lcmp().ifeq(ok);
            code.invokestatic(RT, "stackOverflow", MethodTypeDesc.of(OVERFLOW)).athrow();
            code.labelBinding(ok);
        }
        // parameters: sp, [ret], args..., [location]
        int next = 2;
        int retParam = -1;
        if (abis[0] == JvmEngine.MEM) {
            retParam = next;
            next += 2;
        }
        param = new int[n];
        for (int i = 1; i <= body.argCount(); i++) {
            param[i] = -1;
            switch (abis[i]) {
                case Reg r -> {
                    param[i] = next;
                    next += r.kind().slotSize();
                }
                case JvmEngine.InMemory m -> {
                    param[i] = next;
                    next += 2;
                }
                case JvmEngine.Void v -> {
                }
            }
        }
        if (trackCaller) locationSlot = next;
        for (int i = 0; i < n; i++) {
            if (fieldSlots[i] == null) continue;
            List<Ty> fs = scalarFields(tys[i]);
            for (int f = 0; f < fs.size(); f++) {
                if (!(e.abi(fs.get(f)) instanceof Reg r)) continue;
                fieldSlots[i][f] = code.allocateLocal(r.kind());
                zero(r.kind());
                code.storeLocal(r.kind(), fieldSlots[i][f]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (fieldSlots[i] != null) continue;
            boolean isArg = i >= 1 && i <= body.argCount();
            if (abis[i] == JvmEngine.VOID) continue;
            if (abis[i] instanceof Reg r && !inMemory[i]) {
                if (isArg) {
                    slot[i] = param[i];
                } else {
                    slot[i] = code.allocateLocal(r.kind());
                    zero(r.kind());
                    code.storeLocal(r.kind(), slot[i]);
                }
                continue;
            }
            if (abis[i] == JvmEngine.MEM && (isArg || i == 0)) {
                slot[i] = isArg ? param[i] : retParam;
                continue;
            }
            if (split) {
                // addressed from sp where used: one local per frame slot would not fit a small method
                framed[i] = true;
                continue;
            }
            slot[i] = code.allocateLocal(TypeKind.LONG);
            code.lload(0).loadConstant(frameOffset[i]).ladd().lstore(slot[i]);
            if (isArg && abis[i] instanceof Reg r) {
                // a scalar argument whose address is taken: spilled into its frame slot
                code.lload(slot[i]);
                code.loadLocal(r.kind(), param[i]);
                store(tys[i]);
            }
        }
        if (hasCleanup() && !split) {
            exceptionSlot = code.allocateLocal(TypeKind.REFERENCE);
            code.aconst_null().astore(exceptionSlot);
        }
        metaSlot = code.allocateLocal(TypeKind.LONG);
        code.lconst_0().lstore(metaSlot);
    }

    private boolean hasCleanup() {
        for (BasicBlockData bb : body.blocks()) {
            if (unwindOf(bb.terminator().kind()) instanceof UnwindAction.Cleanup) return true;
            if (bb.terminator().kind() instanceof TerminatorKind.UnwindResume) return true;
        }
        return false;
    }

    private static UnwindAction unwindOf(TerminatorKind k) {
        return switch (k) {
            case TerminatorKind.Call c -> c.unwind();
            case TerminatorKind.Drop d -> d.unwind();
            case TerminatorKind.Assert a -> a.unwind();
            default -> UnwindAction.CONTINUE;
        };
    }

    private void zero(TypeKind k) {
        switch (k) {
            case INT -> code.iconst_0();
            case LONG -> code.lconst_0();
            case FLOAT -> code.fconst_0();
            case DOUBLE -> code.dconst_0();
            default -> throw new IllegalStateException(k.toString());
        }
    }

    private void block(int b) {
        code.labelBinding(blocks[b]);
        BasicBlockData bb = body.blocks().get(b);
        for (int i = 0; i < bb.statements().size(); i++) {
            if (JvmEngine.LINES) code.lineNumber(b * 100 + Math.min(i, 98));
            statement(bb.statements().get(i));
        }
        if (JvmEngine.LINES) code.lineNumber(b * 100 + 99);
        terminator(b, bb.terminator());
    }

    // ------------------------------------------------------------------ statements

    private void statement(Statement s) {
        switch (s.kind()) {
            case StatementKind.Assign a -> assign(a.place(), a.rvalue());
            case StatementKind.SetDiscriminant d -> setDiscriminant(d.place(), d.variant());
            case StatementKind.StorageLive l -> {
            }
            case StatementKind.StorageDead d -> {
            }
            case StatementKind.Deinit d -> {
            }
            case StatementKind.FakeRead f -> {
            }
            case StatementKind.PlaceMention m -> {
            }
            case StatementKind.Assume a -> {
            }
            case StatementKind.Nop nop -> {
            }
            case StatementKind.CopyNonOverlapping c -> {
                Ty pointee = pointee(operandTy(c.src()));
                long size = layouts.of(pointee).size();
                pushOperand(c.dst());
                pushOperand(c.src());
                pushOperand(c.count());
                code.loadConstant(size).lmul();
                code.invokestatic(MEM, "copy", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                        ConstantDescs.CD_long, ConstantDescs.CD_long));
            }
        }
    }

    private void assign(Place dest, Rvalue rv) {
        Ty t = placeTy(dest);
        Abi abi = e.abi(t);
        if (abi == JvmEngine.VOID) {
            // nothing to store, but a call-free rvalue has no effects either
            return;
        }
        if (abi instanceof Reg r) {
            if (isRegister(dest)) {
                rvalue(rv, t);
                code.storeLocal(r.kind(), regSlot(dest));
            } else {
                placeAddress(dest);
                rvalue(rv, t);
                store(t);
            }
            return;
        }
        if (fieldSlots[dest.local().index()] != null) {
            intoFieldSlots(dest.local().index(), rv);
            return;
        }
        rvalueInto(rv, t, dest);
    }

    /** The whole of a scalar-replaced local from an aggregate or a checked operation: each field into its slot. */
    private void intoFieldSlots(int l, Rvalue rv) {
        List<Ty> fs = scalarFields(tys[l]);
        switch (rv) {
            case Rvalue.Aggregate a -> {
                for (int i = 0; i < a.operands().size(); i++) {
                    if (!(e.abi(fs.get(i)) instanceof Reg r)) continue;
                    pushOperand(a.operands().get(i));
                    code.storeLocal(r.kind(), fieldSlots[l][i]);
                }
            }
            case Rvalue.BinaryOp b -> {
                Ty ot = operandTy(b.left());
                Reg r = (Reg) e.abi(ot);
                binary(b.op().wrapping(), b.left(), b.right(), ot);
                code.storeLocal(r.kind(), fieldSlots[l][0]);
                overflowFlag(b.op().wrapping(), b.left(), b.right(), ot);
                code.istore(fieldSlots[l][1]);
            }
            default -> throw new IllegalStateException("scalar-replaced local assigned " + rv);
        }
    }

    /** An rvalue of a type held in memory, written to {@code dest}. */
    private void rvalueInto(Rvalue rv, Ty t, Place dest) {
        Layout l = layouts.of(t);
        switch (rv) {
            case Rvalue.Use u -> {
                placeAddress(dest);
                copyOperandFrom(u.operand(), t);
            }
            case Rvalue.CopyForDeref c -> {
                placeAddress(dest);
                placeAddress(c.place());
                copyBytes(l.size());
            }
            case Rvalue.Aggregate a when a.kind() instanceof AggregateKind.RawPtr -> {
                // ptr::from_raw_parts: data pointer and metadata
                placeAddress(dest);
                pushOperand(a.operands().get(0));
                code.invokestatic(MEM, "put64", PUT_J);
                placeAddress(dest);
                code.loadConstant(8L).ladd();
                pushOperand(a.operands().get(1));
                if (e.abi(operandTy(a.operands().get(1))) == JvmEngine.INT) code.i2l();
                code.invokestatic(MEM, "put64", PUT_J);
            }
            case Rvalue.Aggregate a -> aggregate(a, t, dest);
            case Rvalue.Ref r -> wideAddressInto(dest, r.place());
            case Rvalue.RawPtr r -> wideAddressInto(dest, r.place());
            case Rvalue.Cast c when !is128(t) -> castInto(c, t, dest);
            case Rvalue.ShallowInitBox sb -> {
                placeAddress(dest);
                pushOperand(sb.operand());
                code.invokestatic(MEM, "put64", PUT_J);
            }
            case Rvalue.BinaryOp b when is128(operandTy(b.left())) -> {
                Ty ot = operandTy(b.left());
                boolean withOverflow = b.op().isWithOverflow();
                placeAddress(dest);
                if (withOverflow) code.dup2().loadConstant(l.offset(0)).ladd();
                op128(b.op().wrapping(), b.left(), b.right(), ot);
                if (withOverflow) {
                    int flag = code.allocateLocal(TypeKind.INT);
                    code.istore(flag);
                    code.loadConstant(l.offset(1)).ladd().iload(flag);
                    store(Ty.BOOL);
                } else {
                    code.pop();
                }
            }
            case Rvalue.UnaryOp u when is128(t) -> {
                placeAddress(dest);
                operandAddress(u.operand(), t);
                code.invokestatic(RT, u.op() == UnOp.NEG ? "neg128" : "not128", PUT_J);
            }
            case Rvalue.Discriminant d when is128(t) -> {
                // the discriminant computed as an i64, then widened
                placeAddress(dest);
                discriminant(d.place(), Ty.I64);
                code.loadConstant(1).invokestatic(RT, "from64", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                        ConstantDescs.CD_long, ConstantDescs.CD_boolean));
            }
            case Rvalue.Cast c when is128(t) -> {
                Ty from = operandTy(c.operand());
                placeAddress(dest);
                switch (from) {
                    case Ty.Int i when i.kind().bytes() == 16 -> copyOperandFrom(c.operand(), from);
                    case Ty.Float f -> {
                        pushOperand(c.operand());
                        if (f.kind() == FloatKind.F32) code.f2d();
                        code.loadConstant(((Ty.Int) t).kind().signed() ? 1 : 0);
                        code.invokestatic(RT, "fromF64", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                                ConstantDescs.CD_double, ConstantDescs.CD_boolean));
                    }
                    default -> {
                        IntKind k = intKind(from);
                        pushOperand(c.operand());
                        widen(k);
                        code.loadConstant(k.signed() ? 1 : 0);
                        code.invokestatic(RT, "from64", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                                ConstantDescs.CD_long, ConstantDescs.CD_boolean));
                    }
                }
            }
            case Rvalue.BinaryOp b when b.op().isWithOverflow() -> {
                Ty operandTy = operandTy(b.left());
                placeAddress(dest);
                code.loadConstant(l.offset(0)).ladd();
                binary(b.op().wrapping(), b.left(), b.right(), operandTy);
                store(operandTy);
                placeAddress(dest);
                code.loadConstant(l.offset(1)).ladd();
                overflowFlag(b.op().wrapping(), b.left(), b.right(), operandTy);
                store(Ty.BOOL);
            }
            case Rvalue.Repeat r -> {
                Ty elem = ((Ty.Array) t).elem();
                long count = Layouts.arrayLen(((Ty.Array) t).len());
                long stride = layouts.of(elem).size();
                if (count == 0 || e.abi(elem) == JvmEngine.VOID) return;
                // for (at = dest; at != dest + count * stride; at += stride) *at = operand
                int at = code.allocateLocal(TypeKind.LONG), end = code.allocateLocal(TypeKind.LONG);
                placeAddress(dest);
                code.dup2().lstore(at).loadConstant(count * stride).ladd().lstore(end);
                Label head = code.newLabel(), done = code.newLabel();
                code.labelBinding(head);
                code.lload(at).lload(end).lcmp().ifeq(done);
                code.lload(at);
                if (e.abi(elem) instanceof Reg) {
                    pushOperand(r.operand());
                    store(elem);
                } else {
                    copyOperandFrom(r.operand(), elem);
                }
                code.lload(at).loadConstant(stride).ladd().lstore(at).goto_(head);
                code.labelBinding(done);
            }
            default -> throw new JvmEngine.Unsupported("rvalue " + rv.getClass().getSimpleName() + " of type " + t);
        }
    }

    private static boolean is128(Ty t) {
        return t instanceof Ty.Int i && i.kind().bytes() == 16;
    }

    /** With a destination address on the stack: {@code *dst = a op b} on 128-bit integers; leaves the overflow flag. */
    private void op128(BinOp op, Operand left, Operand right, Ty t) {
        int code128 = switch (op) {
            case ADD -> 0;
            case SUB -> 1;
            case MUL -> 2;
            case DIV -> 3;
            case REM -> 4;
            case BIT_AND -> 5;
            case BIT_OR -> 6;
            case BIT_XOR -> 7;
            case SHL -> 8;
            case SHR -> 9;
            default -> throw new JvmEngine.Unsupported("128-bit " + op);
        };
        int dst = code.allocateLocal(TypeKind.LONG);
        code.lstore(dst);
        code.loadConstant(code128).loadConstant(((Ty.Int) t).kind().signed() ? 1 : 0).lload(dst);
        operandAddress(left, t);
        if (op == BinOp.SHL || op == BinOp.SHR) {
            Ty at = operandTy(right);
            if (is128(at)) {
                operandAddress(right, at);
                code.invokestatic(MEM, "i64", GET_J);
            } else {
                pushOperand(right);
                widen(intKind(at));
            }
        } else {
            operandAddress(right, t);
        }
        code.invokestatic(RT, "op128", MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_int, ConstantDescs.CD_boolean,
                ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
    }

    /** {@code &place} of an unsized place: its address and metadata. */
    private void wideAddressInto(Place dest, Place place) {
        placeAddress(dest);
        code.dup2();
        placeAddress(place);
        code.invokestatic(MEM, "put64", PUT_J);
        code.loadConstant(8L).ladd().lload(metaSlot).invokestatic(MEM, "put64", PUT_J);
    }

    /** A cast whose result is held in memory: unsizing, wide-to-wide pointer casts, transmutes. */
    private void castInto(Rvalue.Cast c, Ty to, Place dest) {
        Ty from = operandTy(c.operand());
        switch (c.kind()) {
            case CastKind.PointerCoercionCast pc when pc.coercion() == dev.ferrite.mir.PointerCoercion.UNSIZE -> {
                int src = code.allocateLocal(TypeKind.LONG), dst = code.allocateLocal(TypeKind.LONG);
                placeAddress(dest);
                code.lstore(dst);
                if (e.abi(from) instanceof Reg) {
                    // a thin pointer: its value, then the metadata of the unsizing
                    code.lload(dst);
                    pushOperand(c.operand());
                    code.invokestatic(MEM, "put64", PUT_J);
                    code.lload(dst).loadConstant(8L).ladd();
                    unsizeMetadata(pointee(from), pointee(to));
                    code.invokestatic(MEM, "put64", PUT_J);
                    return;
                }
                operandAddress(c.operand(), from);
                code.lstore(src);
                unsizeFields(src, dst, from, to);
            }
            case CastKind.Transmute k -> {
                placeAddress(dest);
                if (e.abi(from) instanceof Reg) {
                    pushOperand(c.operand());
                    store(from);
                } else {
                    copyOperandFrom(c.operand(), from);
                }
            }
            default -> {
                if (e.abi(from) instanceof Reg && (from instanceof Ty.RawPtr || from instanceof Ty.Ref)) {
                    // a thin pointer cast to a wide one (`p as *const [u8]` from `*const [u8; 4]`) unsizes
                    placeAddress(dest);
                    code.dup2();
                    pushOperand(c.operand());
                    code.invokestatic(MEM, "put64", PUT_J);
                    code.loadConstant(8L).ladd();
                    unsizeMetadata(pointee(from), pointee(to));
                    code.invokestatic(MEM, "put64", PUT_J);
                    return;
                }
                // pointer-to-pointer casts between wide pointers and the like: the same bytes
                if (e.abi(from) != JvmEngine.MEM) throw new JvmEngine.Unsupported("cast " + c.kind() + " from " + from + " to " + to);
                placeAddress(dest);
                copyOperandFrom(c.operand(), from);
            }
        }
    }

    /** Pushes the metadata (a long) that unsizing a pointer to {@code from} into a pointer to {@code to} adds. */
    private void unsizeMetadata(Ty from, Ty to) {
        // the struct tails that differ: S<[T; N]> to S<[T]> compares [T; N] with [T]
        Ty tf = from, tt = to;
        while (true) {
            if (tf instanceof Ty.Adt fa && tt instanceof Ty.Adt ta && fa.def().equals(ta.def()) && program.adtDef(fa.def()).isStruct()) {
                List<Ty> ff = layouts.fieldTys(fa, 0), tfs = layouts.fieldTys(ta, 0);
                if (ff.isEmpty()) break;
                tf = ff.getLast();
                tt = tfs.getLast();
            } else if (tf instanceof Ty.Tuple ftu && tt instanceof Ty.Tuple ttu && !ftu.elems().isEmpty()) {
                tf = ftu.elems().getLast();
                tt = ttu.elems().getLast();
            } else {
                break;
            }
        }
        if (tf instanceof Ty.Array a && tt instanceof Ty.Slice) {
            code.loadConstant(Layouts.arrayLen(a.len()));
        } else if (tt instanceof Ty.Dynamic d) {
            if (tf instanceof Ty.Dynamic) throw new JvmEngine.Unsupported("upcasting " + from + " to " + to);
            code.loadConstant(e.vtable(tf, JvmEngine.principal(d, tf)));
        } else {
            throw new JvmEngine.Unsupported("unsizing " + from + " to " + to);
        }
    }

    /**
     * Unsizes a struct of pointers ({@code Box<T>}, {@code Rc<T>}, {@code NonNull<T>}) from the
     * value at {@code src} into {@code dst}: fields that do not change are copied, the one that does
     * is unsized in turn, down to the pointer that gains metadata.
     */
    private void unsizeFields(int src, int dst, Ty from, Ty to) {
        if ((from instanceof Ty.Ref || from instanceof Ty.RawPtr) && (to instanceof Ty.Ref || to instanceof Ty.RawPtr)) {
            if (layouts.isWide(pointee(from))) {
                // dyn A + Send to dyn A and the like: the same principal keeps its vtable
                var fp = layouts.tail(pointee(from)) instanceof Ty.Dynamic fd ? JvmEngine.principal(fd, Ty.UNIT) : null;
                var tp = layouts.tail(pointee(to)) instanceof Ty.Dynamic td ? JvmEngine.principal(td, Ty.UNIT) : null;
                if (fp != null && tp != null && !fp.traitId().equals(tp.traitId())) {
                    // upcasting to a supertrait: the same data pointer, the supertrait's vtable for
                    // the concrete type that the source vtable was made for
                    code.lload(dst).lload(src).invokestatic(MEM, "i64", GET_J).invokestatic(MEM, "put64", PUT_J);
                    code.lload(dst).loadConstant(8L).ladd();
                    code.loadConstant(e.id()).lload(src).loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J);
                    code.loadConstant(e.upcastTarget((Ty.Dynamic) layouts.tail(pointee(to)), fp.traitId()));
                    code.invokestatic(RUNTIME, "upcastVtable", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int,
                            ConstantDescs.CD_long, ConstantDescs.CD_int));
                    code.invokestatic(MEM, "put64", PUT_J);
                    return;
                }
                code.lload(dst).lload(src);
                copyBytes(16);
                return;
            }
            code.lload(dst).lload(src).invokestatic(MEM, "i64", GET_J).invokestatic(MEM, "put64", PUT_J);
            code.lload(dst).loadConstant(8L).ladd();
            unsizeMetadata(pointee(from), pointee(to));
            code.invokestatic(MEM, "put64", PUT_J);
            return;
        }
        if (!(from instanceof Ty.Adt fa) || !(to instanceof Ty.Adt ta)) throw new JvmEngine.Unsupported("unsizing " + from + " to " + to);
        List<Ty> ff = layouts.fieldTys(fa, 0), tf = layouts.fieldTys(ta, 0);
        Layout fl = layouts.of(from), tl = layouts.of(to);
        for (int i = 0; i < ff.size(); i++) {
            if (ff.get(i).equals(tf.get(i))) {
                long size = layouts.of(ff.get(i)).size();
                if (size == 0) continue;
                code.lload(dst).loadConstant(tl.offset(i)).ladd().lload(src).loadConstant(fl.offset(i)).ladd();
                copyBytes(size);
            } else {
                int s2 = code.allocateLocal(TypeKind.LONG), d2 = code.allocateLocal(TypeKind.LONG);
                code.lload(src).loadConstant(fl.offset(i)).ladd().lstore(s2);
                code.lload(dst).loadConstant(tl.offset(i)).ladd().lstore(d2);
                unsizeFields(s2, d2, ff.get(i), tf.get(i));
            }
        }
    }

    /** Pushes the address of an operand held in memory (a constant's is in the engine's constant memory). */
    private void operandAddress(Operand o, Ty t) {
        if (o.place() != null) {
            placeAddress(o.place());
            return;
        }
        Operand.Constant c = (Operand.Constant) o;
        switch (c.value()) {
            case ConstValue.Indirect ind -> code.loadConstant(e.constant(ind.alloc()) + ind.offset());
            default -> code.loadConstant(constAddress(c.value(), t));
        }
    }

    private void aggregate(Rvalue.Aggregate a, Ty t, Place dest) {
        Layout l = layouts.of(t);
        int variant = -1;
        Layout fields = l;
        if (a.kind() instanceof AggregateKind.Adt adt) {
            AdtDef def = program.adtDef(adt.adt());
            if (def.isEnum()) {
                variant = adt.variant();
                fields = l.variant(variant);
            }
        }
        for (int i = 0; i < a.operands().size(); i++) {
            Operand o = a.operands().get(i);
            Ty ft = operandTy(o);
            Abi abi = e.abi(ft);
            if (abi == JvmEngine.VOID) continue;
            long off = a.kind() instanceof AggregateKind.Array ? i * layouts.of(ft).size()
                    : fields.offset(a.kind() instanceof AggregateKind.Adt adt && adt.activeField() >= 0 ? adt.activeField() : i);
            placeAddress(dest);
            code.loadConstant(off).ladd();
            if (abi instanceof Reg) {
                pushOperand(o);
                store(ft);
            } else {
                copyOperandFrom(o, ft);
            }
        }
        if (variant >= 0) setDiscriminant(dest, variant);
    }

    // ------------------------------------------------------------------ rvalues (scalars)

    /** Pushes the value of an rvalue of scalar type {@code t}. */
    private void rvalue(Rvalue rv, Ty t) {
        switch (rv) {
            case Rvalue.Use u -> pushOperand(u.operand());
            case Rvalue.CopyForDeref c -> {
                placeAddress(c.place());
                load(t);
            }
            case Rvalue.BinaryOp b -> {
                Ty lt = operandTy(b.left());
                if (is128(lt) && b.op().isComparison()) {
                    code.loadConstant(((Ty.Int) lt).kind().signed() ? 1 : 0);
                    operandAddress(b.left(), lt);
                    operandAddress(b.right(), lt);
                    code.invokestatic(RT, "cmp128", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_boolean,
                            ConstantDescs.CD_long, ConstantDescs.CD_long));
                    Label yes = code.newLabel(), done = code.newLabel();
                    branchOnCmp(b.op(), yes);
                    code.iconst_0().goto_(done);
                    code.labelBinding(yes);
                    code.iconst_1();
                    code.labelBinding(done);
                } else if (is128(lt) && b.op() == BinOp.CMP) {
                    throw new JvmEngine.Unsupported("128-bit three-way comparison");
                } else if (b.op().isComparison()) compare(b.op(), b.left(), b.right(), lt);
                else if (b.op() == BinOp.OFFSET) {
                    pushOperand(b.left());
                    pushOperand(b.right());
                    code.loadConstant(layouts.of(pointee(lt)).size()).lmul().ladd();
                } else binary(b.op().wrapping(), b.left(), b.right(), lt);
            }
            case Rvalue.UnaryOp u when u.op() == UnOp.PTR_METADATA -> {
                Ty pt = operandTy(u.operand());
                operandAddress(u.operand(), pt);
                code.loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J);
            }
            case Rvalue.UnaryOp u -> unary(u.op(), u.operand(), t);
            case Rvalue.Aggregate a when a.kind() instanceof AggregateKind.RawPtr -> pushOperand(a.operands().getFirst());
            case Rvalue.ThreadLocalRef tl -> code.loadConstant(e.staticAddress(tl.def()));
            case Rvalue.Cast c -> cast(c.kind(), c.operand(), operandTy(c.operand()), t);
            case Rvalue.Ref r -> placeAddress(r.place());
            case Rvalue.RawPtr r -> placeAddress(r.place());
            case Rvalue.Len l -> length(l.place());
            case Rvalue.Discriminant d -> discriminant(d.place(), t);
            case Rvalue.NullaryOp op -> {
                Layout l = layouts.of(e.substTy(inst, op.ty()));
                long v = switch (op.op()) {
                    case SIZE_OF -> l.size();
                    case ALIGN_OF -> l.align();
                    default -> throw new JvmEngine.Unsupported("nullary op " + op.op());
                };
                code.loadConstant(v);
            }
            default -> throw new JvmEngine.Unsupported("rvalue " + rv.getClass().getSimpleName() + " of type " + t);
        }
    }

    private void length(Place p) {
        Ty t = placeTy(p);
        if (t instanceof Ty.Array a) {
            code.loadConstant(Layouts.arrayLen(a.len()));
            return;
        }
        placeAddress(p);
        code.pop2().lload(metaSlot);
    }

    private IntKind intKind(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind();
            case Ty.Bool b -> IntKind.U8;
            case Ty.Char c -> IntKind.U32;
            case Ty.RawPtr p -> IntKind.USIZE;
            case Ty.Ref r -> IntKind.USIZE;
            case Ty.FnPtr f -> IntKind.USIZE;
            default -> throw new JvmEngine.Unsupported("an integer operation on " + t);
        };
    }

    private static boolean isLong(IntKind k) {
        return k.bytes() == 8;
    }

    /** Brings an int holding a value of kind {@code k} back to its canonical form (sign- or zero-extended). */
    private void normalize(IntKind k) {
        switch (k.bytes()) {
            case 1 -> {
                if (k.signed()) code.i2b();
                else code.loadConstant(0xff).iand();
            }
            case 2 -> {
                if (k.signed()) code.i2s();
                else code.loadConstant(0xffff).iand();
            }
            default -> {
            }
        }
    }

    private void binary(BinOp op, Operand left, Operand right, Ty t) {
        if (t instanceof Ty.Float f) {
            pushOperand(left);
            pushOperand(right);
            boolean d = f.kind() == FloatKind.F64;
            switch (op) {
                case ADD -> code.with(d ? op(Opcode.DADD) : op(Opcode.FADD));
                case SUB -> code.with(d ? op(Opcode.DSUB) : op(Opcode.FSUB));
                case MUL -> code.with(d ? op(Opcode.DMUL) : op(Opcode.FMUL));
                case DIV -> code.with(d ? op(Opcode.DDIV) : op(Opcode.FDIV));
                case REM -> code.with(d ? op(Opcode.DREM) : op(Opcode.FREM));
                default -> throw new JvmEngine.Unsupported("float op " + op);
            }
            return;
        }
        IntKind k = intKind(t);
        boolean wide = isLong(k);
        pushOperand(left);
        if (op == BinOp.SHL || op == BinOp.SHR) {
            pushShiftAmount(right);
            switch (op) {
                case SHL -> {
                    if (wide) code.lshl();
                    else {
                        code.ishl();
                        normalize(k);
                    }
                }
                default -> {
                    if (wide) {
                        if (k.signed()) code.lshr();
                        else code.lushr();
                    } else if (k.signed()) code.ishr();
                    else code.iushr();
                }
            }
            return;
        }
        pushOperand(right);
        switch (op) {
            case ADD -> code.with(op(wide ? Opcode.LADD : Opcode.IADD));
            case SUB -> code.with(op(wide ? Opcode.LSUB : Opcode.ISUB));
            case MUL -> code.with(op(wide ? Opcode.LMUL : Opcode.IMUL));
            case DIV -> {
                if (k.signed() || k.bytes() < 4) code.with(op(wide ? Opcode.LDIV : Opcode.IDIV));
                else if (wide) code.invokestatic(ConstantDescs.CD_Long, "divideUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                else code.invokestatic(ConstantDescs.CD_Integer, "divideUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
            }
            case REM -> {
                if (k.signed() || k.bytes() < 4) code.with(op(wide ? Opcode.LREM : Opcode.IREM));
                else if (wide) code.invokestatic(ConstantDescs.CD_Long, "remainderUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                else code.invokestatic(ConstantDescs.CD_Integer, "remainderUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
            }
            case BIT_AND -> code.with(op(wide ? Opcode.LAND : Opcode.IAND));
            case BIT_OR -> code.with(op(wide ? Opcode.LOR : Opcode.IOR));
            case BIT_XOR -> code.with(op(wide ? Opcode.LXOR : Opcode.IXOR));
            default -> throw new JvmEngine.Unsupported("binary op " + op);
        }
        if (!wide && op != BinOp.BIT_AND && op != BinOp.BIT_OR && op != BinOp.BIT_XOR) normalize(k);
    }

    private static java.lang.classfile.Instruction op(Opcode o) {
        return java.lang.classfile.instruction.OperatorInstruction.of(o);
    }

    /** A shift amount as an int (the JVM masks it; MIR has checked its range where Rust does). */
    private void pushShiftAmount(Operand amount) {
        Ty t = operandTy(amount);
        pushOperand(amount);
        if (e.abi(t) instanceof Reg r && r.kind() == TypeKind.LONG) code.l2i();
    }

    /** Pushes whether {@code left op right} overflows type {@code t} (op is ADD, SUB or MUL). */
    private void overflowFlag(BinOp op, Operand left, Operand right, Ty t) {
        IntKind k = intKind(t);
        pushOperand(left);
        pushOperand(right);
        if (k.bytes() < 4) {
            switch (op) {
                case ADD -> code.iadd();
                case SUB -> code.isub();
                default -> code.imul();
            }
            code.dup();
            normalize(k);
            Label differ = code.newLabel(), done = code.newLabel();
            code.if_icmpne(differ).iconst_0().goto_(done);
            code.labelBinding(differ);
            code.iconst_1();
            code.labelBinding(done);
            return;
        }
        String name = (k.signed() ? "" : "u") + switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            default -> "mul";
        } + "Overflows" + (isLong(k) ? "64" : "32");
        ClassDesc a = isLong(k) ? ConstantDescs.CD_long : ConstantDescs.CD_int;
        code.invokestatic(RT, name, MethodTypeDesc.of(ConstantDescs.CD_boolean, a, a));
    }

    private void compare(BinOp op, Operand left, Operand right, Ty t) {
        Label yes = code.newLabel(), done = code.newLabel();
        if (e.abi(t) == JvmEngine.MEM && (t instanceof Ty.RawPtr || t instanceof Ty.Ref)) {
            // wide pointers: address, then metadata, compared as unsigned (rustc's order)
            operandAddress(left, t);
            operandAddress(right, t);
            code.invokestatic(RT, "compareWide", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long));
            branchOnCmp(op, yes);
            code.iconst_0().goto_(done);
            code.labelBinding(yes);
            code.iconst_1();
            code.labelBinding(done);
            return;
        }
        pushOperand(left);
        pushOperand(right);
        if (t instanceof Ty.Float f) {
            boolean d = f.kind() == FloatKind.F64;
            // NaN compares false: *cmpg gives 1 for NaN (false for < and <=), *cmpl gives -1 (false for > and >=)
            boolean g = op == BinOp.LT || op == BinOp.LE;
            code.with(op(d ? (g ? Opcode.DCMPG : Opcode.DCMPL) : (g ? Opcode.FCMPG : Opcode.FCMPL)));
            branchOnCmp(op, yes);
        } else {
            IntKind k = intKind(t);
            if (isLong(k)) {
                if (k.signed()) code.lcmp();
                else code.invokestatic(ConstantDescs.CD_Long, "compareUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long));
                branchOnCmp(op, yes);
            } else if (k.bytes() == 4 && !k.signed()) {
                code.invokestatic(ConstantDescs.CD_Integer, "compareUnsigned", MethodTypeDesc.of(
                        ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
                branchOnCmp(op, yes);
            } else {
                // canonical ints (sign-extended signed kinds, zero-extended small unsigned ones, bool, char) compare as ints
                switch (op) {
                    case EQ -> code.if_icmpeq(yes);
                    case NE -> code.if_icmpne(yes);
                    case LT -> code.if_icmplt(yes);
                    case LE -> code.if_icmple(yes);
                    case GT -> code.if_icmpgt(yes);
                    case GE -> code.if_icmpge(yes);
                    default -> throw new IllegalStateException(op.toString());
                }
            }
        }
        code.iconst_0().goto_(done);
        code.labelBinding(yes);
        code.iconst_1();
        code.labelBinding(done);
    }

    private void branchOnCmp(BinOp op, Label yes) {
        switch (op) {
            case EQ -> code.ifeq(yes);
            case NE -> code.ifne(yes);
            case LT -> code.iflt(yes);
            case LE -> code.ifle(yes);
            case GT -> code.ifgt(yes);
            case GE -> code.ifge(yes);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private void unary(UnOp op, Operand o, Ty t) {
        Ty ot = operandTy(o);
        pushOperand(o);
        switch (op) {
            case NOT -> {
                if (ot instanceof Ty.Bool) {
                    code.iconst_1().ixor();
                } else {
                    IntKind k = intKind(ot);
                    if (isLong(k)) code.loadConstant(-1L).lxor();
                    else {
                        code.iconst_m1().ixor();
                        normalize(k);
                    }
                }
            }
            case NEG -> {
                if (ot instanceof Ty.Float f) code.with(op(f.kind() == FloatKind.F64 ? Opcode.DNEG : Opcode.FNEG));
                else {
                    IntKind k = intKind(ot);
                    if (isLong(k)) code.lneg();
                    else {
                        code.ineg();
                        normalize(k);
                    }
                }
            }
            default -> throw new JvmEngine.Unsupported("unary op " + op);
        }
    }

    /** Pushes the data pointer of a pointer operand, thin or wide (an fn item's is its function pointer). */
    private void thinPointer(Operand o, Ty t) {
        if (t instanceof Ty.FnDef fd) {
            code.loadConstant(reify(fd));
        } else if (e.abi(t) instanceof Reg) {
            pushOperand(o);
        } else {
            operandAddress(o, t);
            code.invokestatic(MEM, "i64", GET_J);
        }
    }

    /** The function pointer of an fn item cast to {@code to}: a shim when the item resolves through a vtable. */
    private long reify(Ty.FnDef fd, Ty.FnPtr to) {
        InstanceResolver.Resolved r = program.resolve(fd.def(), TyFolder.eraseRegions(fd.args()));
        if (r != null && r.kind() == InstanceResolver.Resolved.Kind.VIRTUAL) {
            Ty.FnDef item = (Ty.FnDef) TyFolder.eraseRegions(fd);
            List<Ty> params = to.sig().inputs().stream().map(TyFolder::eraseRegions).toList();
            return e.fnPointer(new CallShims.Key(CallShims.Kind.REIFY, r, item, params, TyFolder.eraseRegions(to.sig().output())));
        }
        return reify(fd);
    }

    /** The function pointer of an fn item. */
    private long reify(Ty.FnDef fd) {
        InstanceResolver.Resolved r = program.resolve(fd.def(), TyFolder.eraseRegions(fd.args()));
        if (r == null || r.kind() != InstanceResolver.Resolved.Kind.ITEM) {
            throw new JvmEngine.Unsupported("a function pointer to a call resolved as " + (r == null ? "nothing" : r.kind()));
        }
        Instance target = new Instance(r.def(), TyFolder.eraseRegions(r.args()));
        if (program.isTrackCaller(r.def())) {
            // called through the pointer without a caller location: a shim supplies its definition's
            Body b = e.bodyOf(target);
            List<Ty> params = new ArrayList<>();
            for (int i = 1; i <= b.argCount(); i++) params.add(e.substTy(target, b.locals().get(i).ty()));
            return e.fnPointer(new CallShims.Key(CallShims.Kind.TRACKED_REIFY, r, TyFolder.eraseRegions(fd), params,
                    e.substTy(target, b.locals().get(0).ty())));
        }
        return e.fnPointer(target);
    }

    private void cast(CastKind kind, Operand o, Ty from, Ty to) {
        if (is128(from)) {
            operandAddress(o, from);
            if (to instanceof Ty.Float f) {
                code.loadConstant(((Ty.Int) from).kind().signed() ? 1 : 0);
                code.invokestatic(RT, "toF64", MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_long, ConstantDescs.CD_boolean));
                if (f.kind() == FloatKind.F32) code.d2f();
            } else {
                // truncation: the low 64 bits, narrowed further
                code.invokestatic(MEM, "i64", GET_J);
                fromLong(intKind(to));
            }
            return;
        }
        switch (kind) {
            case CastKind.IntToInt k -> {
                IntKind f = intKind(from), t = intKind(to);
                pushOperand(o);
                if (isLong(f) && !isLong(t)) {
                    code.l2i();
                    normalize(t);
                } else if (!isLong(f) && isLong(t)) {
                    if (f.signed() || f.bytes() < 4) code.i2l();
                    else code.invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong", MethodTypeDesc.of(
                            ConstantDescs.CD_long, ConstantDescs.CD_int));
                } else if (!isLong(t)) {
                    normalize(t);
                }
            }
            case CastKind.IntToFloat k -> {
                IntKind f = intKind(from);
                boolean d = ((Ty.Float) to).kind() == FloatKind.F64;
                pushOperand(o);
                if (isLong(f)) {
                    if (f.signed()) if (d) code.l2d(); else code.l2f();
                    else code.invokestatic(RT, d ? "u64ToF64" : "u64ToF32", MethodTypeDesc.of(
                            d ? ConstantDescs.CD_double : ConstantDescs.CD_float, ConstantDescs.CD_long));
                } else if (f.bytes() == 4 && !f.signed()) {
                    code.invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
                    if (d) code.l2d(); else code.l2f();
                } else {
                    if (d) code.i2d(); else code.i2f();
                }
            }
            case CastKind.FloatToFloat k -> {
                boolean fd = ((Ty.Float) from).kind() == FloatKind.F64, td = ((Ty.Float) to).kind() == FloatKind.F64;
                pushOperand(o);
                if (fd && !td) code.d2f();
                else if (!fd && td) code.f2d();
            }
            case CastKind.FloatToInt k -> {
                IntKind t = intKind(to);
                pushOperand(o);
                if (((Ty.Float) from).kind() == FloatKind.F32) code.f2d();
                if (isLong(t)) {
                    if (t.signed()) code.d2l();
                    else code.invokestatic(RT, "f64ToU64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_double));
                } else if (t.bytes() == 4) {
                    if (t.signed()) code.d2i();
                    else code.invokestatic(RT, "f64ToU32", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_double));
                } else {
                    BigInteger min = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
                    BigInteger max = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).subtract(BigInteger.ONE)
                            : BigInteger.ONE.shiftLeft(t.bits()).subtract(BigInteger.ONE);
                    code.loadConstant(min.intValue()).loadConstant(max.intValue());
                    code.invokestatic(RT, "f64ToSmall", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_double,
                            ConstantDescs.CD_int, ConstantDescs.CD_int));
                }
            }
            case CastKind.PtrToPtr k -> thinPointer(o, from);
            case CastKind.FnPtrToPtr k -> pushOperand(o);
            case CastKind.PointerExposeProvenance k -> {
                thinPointer(o, from);
                if (e.abi(to) == JvmEngine.INT) code.l2i();
            }
            case CastKind.PointerWithExposedProvenance k -> {
                pushOperand(o);
                if (e.abi(from) == JvmEngine.INT) code.i2l();
            }
            case CastKind.Transmute k -> {
                Abi fa = e.abi(from), ta = e.abi(to);
                if (fa.equals(ta)) pushOperand(o);
                else if (fa == JvmEngine.MEM) {
                    operandAddress(o, from);
                    load(to);
                } else if (fa instanceof Reg fr && ta instanceof Reg tr) {
                    pushOperand(o);
                    switch (fr.kind()) {
                        case INT -> code.invokestatic(ConstantDescs.CD_Float, "intBitsToFloat",
                                MethodTypeDesc.of(ConstantDescs.CD_float, ConstantDescs.CD_int));
                        case FLOAT -> code.invokestatic(ConstantDescs.CD_Float, "floatToRawIntBits",
                                MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_float));
                        case LONG -> code.invokestatic(ConstantDescs.CD_Double, "longBitsToDouble",
                                MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_long));
                        case DOUBLE -> code.invokestatic(ConstantDescs.CD_Double, "doubleToRawLongBits",
                                MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_double));
                        default -> throw new IllegalStateException();
                    }
                    if (!e.abi(to).equals(fr == JvmEngine.INT ? JvmEngine.FLOAT : fr == JvmEngine.FLOAT ? JvmEngine.INT
                            : fr == JvmEngine.LONG ? JvmEngine.DOUBLE : JvmEngine.LONG)) {
                        throw new JvmEngine.Unsupported("transmute from " + from + " to " + to);
                    }
                } else {
                    throw new JvmEngine.Unsupported("transmute from " + from + " to " + to);
                }
            }
            case CastKind.PointerCoercionCast pc -> {
                switch (pc.coercion()) {
                    case REIFY_FN_POINTER -> code.loadConstant(reify((Ty.FnDef) from, (Ty.FnPtr) to));
                    case CLOSURE_FN_POINTER -> {
                        Ty.Closure cl = (Ty.Closure) from;
                        List<Ty> params = ((Ty.FnPtr) to).sig().inputs();
                        code.loadConstant(e.fnPointer(new CallShims.Key(CallShims.Kind.CLOSURE_AS_FN,
                                new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.CLOSURE, cl.def(),
                                        TyFolder.eraseRegions(cl.args()), -1),
                                cl, params.stream().map(x -> e.substTy(inst, x)).toList(),
                                e.substTy(inst, ((Ty.FnPtr) to).sig().output()))));
                    }
                    case UNSIZE -> throw new JvmEngine.Unsupported("unsizing to a thin pointer");
                    default -> thinPointer(o, from);
                }
            }
            default -> throw new JvmEngine.Unsupported("cast " + kind + " from " + from + " to " + to);
        }
    }

    // ------------------------------------------------------------------ enums

    private void discriminant(Place p, Ty discrTy) {
        Ty t = placeTy(p);
        Layout l = layouts.of(t);
        IntKind dk = intKind(discrTy);
        if (!(t instanceof Ty.Adt a) || !program.adtDef(a.def()).isEnum()) {
            pushConstInt(BigInteger.ZERO, dk);
            return;
        }
        AdtDef def = program.adtDef(a.def());
        if (!(l.variants() instanceof Layout.Multiple m)) {
            int v = l.variants() instanceof Layout.Single s ? s.index() : 0;
            pushConstInt(def.variants().get(v).discr(), dk);
            return;
        }
        // the tag as a long, zero-extended
        placeAddress(p);
        code.loadConstant(m.tagOffset()).ladd();
        loadUnsigned(m.tagSize());
        int tag = code.allocateLocal(TypeKind.LONG);
        code.lstore(tag);
        switch (m.encoding()) {
            case Layout.Direct d -> {
                // the tag is the discriminant (truncated to the tag's size): sign-extend for signed tags
                code.lload(tag);
                if (m.tagSigned() && m.tagSize() < 8) {
                    int shift = 64 - 8 * m.tagSize();
                    code.loadConstant(shift).lshl().loadConstant(shift).lshr();
                }
                fromLong(dk);
            }
            case Layout.NicheEncoding ne -> {
                long mask = m.tagSize() >= 8 ? -1L : (1L << (8 * m.tagSize())) - 1;
                long span = ne.nicheVariantsEnd() - ne.nicheVariantsStart();
                // rel = (tag - nicheStart) & mask; variant = rel <= span ? start + rel : untagged
                int rel = code.allocateLocal(TypeKind.LONG);
                code.lload(tag).loadConstant(ne.nicheStart().longValue()).lsub().loadConstant(mask).land().lstore(rel);
                Label untagged = code.newLabel(), done = code.newLabel();
                code.lload(rel).loadConstant(span).invokestatic(ConstantDescs.CD_Long, "compareUnsigned",
                        MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long)).ifgt(untagged);
                // a niche value: the variant's discriminant, by a switch over the relative value
                int count = (int) span + 1;
                Label[] cases = new Label[count];
                List<SwitchCase> sc = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    cases[i] = code.newLabel();
                    sc.add(SwitchCase.of(i, cases[i]));
                }
                code.lload(rel).l2i().tableswitch(0, count - 1, untagged, sc);
                for (int i = 0; i < count; i++) {
                    code.labelBinding(cases[i]);
                    int v = ne.nicheVariantsStart() + i;
                    if (v == ne.untaggedVariant()) code.goto_(untagged);
                    else {
                        pushConstInt(def.variants().get(v).discr(), dk);
                        code.goto_(done);
                    }
                }
                code.labelBinding(untagged);
                pushConstInt(def.variants().get(ne.untaggedVariant()).discr(), dk);
                code.labelBinding(done);
            }
        }
    }

    private void setDiscriminant(Place p, int variant) {
        Ty t = placeTy(p);
        Layout l = layouts.of(t);
        if (!(l.variants() instanceof Layout.Multiple m)) return;
        AdtDef def = program.adtDef(((Ty.Adt) t).def());
        long value;
        switch (m.encoding()) {
            case Layout.Direct d -> value = def.variants().get(variant).discr().longValue();
            case Layout.NicheEncoding ne -> {
                if (variant == ne.untaggedVariant()) return;
                value = BigInteger.valueOf(variant - ne.nicheVariantsStart()).add(ne.nicheStart()).longValue();
            }
        }
        placeAddress(p);
        code.loadConstant(m.tagOffset()).ladd();
        switch (m.tagSize()) {
            case 1 -> code.loadConstant((int) value).invokestatic(MEM, "put8", PUT_I);
            case 2 -> code.loadConstant((int) value).invokestatic(MEM, "put16", PUT_I);
            case 4 -> code.loadConstant((int) value).invokestatic(MEM, "put32", PUT_I);
            case 8 -> code.loadConstant(value).invokestatic(MEM, "put64", PUT_J);
            case 16 -> {
                code.dup2().loadConstant(value).invokestatic(MEM, "put64", PUT_J);
                code.loadConstant(8L).ladd().loadConstant(value < 0 ? -1L : 0L).invokestatic(MEM, "put64", PUT_J);
            }
            default -> throw new JvmEngine.Unsupported("a tag of " + m.tagSize() + " bytes");
        }
    }

    /** Loads the unsigned integer of {@code size} bytes at the address on the stack, as a long. */
    private void loadUnsigned(int size) {
        switch (size) {
            case 1 -> code.invokestatic(MEM, "u8", GET_I).i2l();
            case 2 -> code.invokestatic(MEM, "u16", GET_I).i2l();
            case 4 -> code.invokestatic(MEM, "i32", GET_I).invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong",
                    MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
            case 8, 16 -> code.invokestatic(MEM, "i64", GET_J); // FIXME: tags beyond 64 bits compare by their low half
            default -> throw new JvmEngine.Unsupported("a tag of " + size + " bytes");
        }
    }

    /** Converts the long on the stack to the JVM form of integer kind {@code k}. */
    private void fromLong(IntKind k) {
        if (!isLong(k)) {
            code.l2i();
            normalize(k);
        }
    }

    private void pushConstInt(BigInteger v, IntKind k) {
        if (isLong(k)) code.loadConstant(v.longValue());
        else {
            code.loadConstant(v.intValue());
            normalize(k);
        }
    }

    // ------------------------------------------------------------------ places

    private boolean isRegister(Place p) {
        int l = p.local().index();
        if (fieldSlots[l] != null) {
            // a field of a scalar-replaced local (its zero-sized fields have no slot: not registers)
            return p.projection().size() == 1 && e.abi(placeTy(p)) instanceof Reg;
        }
        return p.projection().isEmpty() && !inMemory[l];
    }

    private Ty placeTy(Place p) {
        Ty t = tys[p.local().index()];
        for (PlaceElem pe : p.projection()) t = projected(t, pe);
        return t;
    }

    private Ty projected(Ty t, PlaceElem pe) {
        return switch (pe) {
            case PlaceElem.Deref d -> pointee(t);
            case PlaceElem.Field f -> e.substTy(inst, f.ty());
            case PlaceElem.Index i -> elem(t);
            case PlaceElem.ConstantIndex c -> elem(t);
            case PlaceElem.Subslice s -> t instanceof Ty.Array a
                    ? Ty.array(a.elem(), dev.ferrite.types.Const.usize(Layouts.arrayLen(a.len()) - s.from() - s.to())) : t;
            case PlaceElem.Downcast d -> t;
            case PlaceElem.OpaqueCast o -> e.substTy(inst, o.ty());
        };
    }

    private static Ty elem(Ty t) {
        return switch (t) {
            case Ty.Array a -> a.elem();
            case Ty.Slice s -> s.elem();
            default -> throw new JvmEngine.Unsupported("indexing " + t);
        };
    }

    private Ty pointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr p -> p.pointee();
            case Ty.Adt a when a.args().size() > 0 && program.langItem("owned_box") != null
                    && program.langItem("owned_box").equals(a.def()) -> a.args().ty(0);
            default -> throw new JvmEngine.Unsupported("dereferencing " + t);
        };
    }

    /** Pushes the address of a place (sized places only, for now). */
    private void placeAddress(Place p) {
        int l = p.local().index();
        List<PlaceElem> proj = p.projection();
        Ty t = tys[l];
        int start = 0;
        if (inMemory[l]) {
            localAddress(l);
        } else if (abis[l] == JvmEngine.VOID) {
            // a zero-sized local has no memory: any well-aligned address will do
            code.loadConstant((long) layouts.of(tys[l]).align());
        } else {
            if (proj.isEmpty() || !(proj.getFirst() instanceof PlaceElem.Deref)) {
                throw new IllegalStateException("the address of register local _" + l);
            }
            code.loadLocal(TypeKind.LONG, slot[l]);
            t = pointee(t);
            start = 1;
        }
        int variant = -1;
        for (int i = start; i < proj.size(); i++) {
            PlaceElem pe = proj.get(i);
            switch (pe) {
                case PlaceElem.Deref d -> {
                    Ty pt = pointee(t);
                    if (layouts.isWide(pt)) {
                        code.dup2().loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J).lstore(metaSlot);
                    }
                    code.invokestatic(MEM, "i64", GET_J);
                    t = pt;
                    variant = -1;
                    continue;
                }
                case PlaceElem.Field f -> {
                    Layout layout = layouts.of(t);
                    if (variant >= 0) layout = layout.variant(variant);
                    long off = layout.offset(f.index());
                    Ty ft = e.substTy(inst, f.ty());
                    if (!layouts.of(ft).sized() && layouts.tail(ft) instanceof Ty.Dynamic) {
                        // a dyn tail sits at its static offset rounded up to the value's alignment (the vtable's)
                        code.loadConstant(off).lload(metaSlot).loadConstant(16L).ladd().invokestatic(MEM, "i64", GET_J);
                        code.invokestatic(RT, "alignUp", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long,
                                ConstantDescs.CD_long)).ladd();
                    } else if (off != 0) code.loadConstant(off).ladd();
                }
                case PlaceElem.Index ix -> {
                    long stride = layouts.of(elem(t)).size();
                    int il = ix.index().index();
                    if (inMemory[il]) {
                        localAddress(il);
                        code.invokestatic(MEM, "i64", GET_J);
                    } else {
                        code.loadLocal(TypeKind.LONG, slot[il]);
                    }
                    code.loadConstant(stride).lmul().ladd();
                }
                case PlaceElem.ConstantIndex c -> {
                    long stride = layouts.of(elem(t)).size();
                    if (c.fromEnd() && t instanceof Ty.Array a) {
                        code.loadConstant((Layouts.arrayLen(a.len()) - c.offset()) * stride).ladd();
                    } else if (c.fromEnd()) {
                        code.lload(metaSlot).loadConstant(c.offset()).lsub().loadConstant(stride).lmul().ladd();
                    } else {
                        code.loadConstant(c.offset() * stride).ladd();
                    }
                }
                case PlaceElem.Subslice s -> {
                    code.loadConstant(s.from() * layouts.of(elem(t)).size()).ladd();
                    if (t instanceof Ty.Slice) {
                        // the new length: len - from - to (to counts from the end)
                        code.lload(metaSlot).loadConstant(s.from() + s.to()).lsub().lstore(metaSlot);
                    }
                }
                case PlaceElem.Downcast d -> {
                    variant = d.variant();
                    continue;
                }
                case PlaceElem.OpaqueCast o -> {
                }
            }
            t = projected(t, pe);
            variant = -1;
        }
    }

    // ------------------------------------------------------------------ values

    private static final MethodTypeDesc GET_I = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long);
    private static final MethodTypeDesc GET_J = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long);
    private static final MethodTypeDesc PUT_I = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, ConstantDescs.CD_int);
    private static final MethodTypeDesc PUT_J = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, ConstantDescs.CD_long);

    /** Replaces the address on the stack by the scalar of type {@code t} stored there. */
    private void load(Ty t) {
        switch (t) {
            case Ty.Bool b -> code.invokestatic(MEM, "u8", GET_I);
            case Ty.Char c -> code.invokestatic(MEM, "i32", GET_I);
            case Ty.Int i -> {
                IntKind k = i.kind();
                switch (k.bytes()) {
                    case 1 -> code.invokestatic(MEM, k.signed() ? "i8" : "u8", GET_I);
                    case 2 -> code.invokestatic(MEM, k.signed() ? "i16" : "u16", GET_I);
                    case 4 -> code.invokestatic(MEM, "i32", GET_I);
                    case 8 -> code.invokestatic(MEM, "i64", GET_J);
                    default -> throw new JvmEngine.Unsupported("a 128-bit integer");
                }
            }
            case Ty.Float f -> {
                if (f.kind() == FloatKind.F64) code.invokestatic(MEM, "f64", MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_long));
                else code.invokestatic(MEM, "f32", MethodTypeDesc.of(ConstantDescs.CD_float, ConstantDescs.CD_long));
            }
            default -> {
                if (e.scalarKind(t) == JvmEngine.LONG) code.invokestatic(MEM, "i64", GET_J);
                else throw new JvmEngine.Unsupported("loading a " + t);
            }
        }
    }

    /** Stores the scalar on the stack (of type {@code t}) at the address below it. */
    private void store(Ty t) {
        switch (t) {
            case Ty.Bool b -> code.invokestatic(MEM, "put8", PUT_I);
            case Ty.Char c -> code.invokestatic(MEM, "put32", PUT_I);
            case Ty.Int i -> {
                switch (i.kind().bytes()) {
                    case 1 -> code.invokestatic(MEM, "put8", PUT_I);
                    case 2 -> code.invokestatic(MEM, "put16", PUT_I);
                    case 4 -> code.invokestatic(MEM, "put32", PUT_I);
                    case 8 -> code.invokestatic(MEM, "put64", PUT_J);
                    default -> throw new JvmEngine.Unsupported("a 128-bit integer");
                }
            }
            case Ty.Float f -> {
                if (f.kind() == FloatKind.F64) code.invokestatic(MEM, "putF64", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, ConstantDescs.CD_double));
                else code.invokestatic(MEM, "putF32", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, ConstantDescs.CD_float));
            }
            default -> {
                if (e.scalarKind(t) == JvmEngine.LONG) code.invokestatic(MEM, "put64", PUT_J);
                else throw new JvmEngine.Unsupported("storing a " + t);
            }
        }
    }

    private Ty operandTy(Operand o) {
        return switch (o) {
            case Operand.Constant c -> e.substTy(inst, c.ty());
            default -> placeTy(o.place());
        };
    }

    /** Pushes the value of an operand of scalar type. */
    private void pushOperand(Operand o) {
        Ty t = operandTy(o);
        if (o instanceof Operand.Constant c) {
            constant(c.value(), t);
            return;
        }
        Place p = o.place();
        if (isRegister(p)) {
            code.loadLocal(((Reg) e.abi(t)).kind(), regSlot(p));
            return;
        }
        placeAddress(p);
        load(t);
    }

    /** The address of memory holding the value of a constant of type {@code t}. */
    private long constAddress(ConstValue v, Ty t) {
        return switch (v) {
            case ConstValue.Indirect ind -> e.constant(ind.alloc()) + ind.offset();
            case ConstValue.Unevaluated u -> {
                Instance c = new Instance(u.def(), TyFolder.eraseRegions(substArgs(u.args())));
                // a trait's associated constant is the impl's, where the impl gives one
                InstanceResolver.Resolved r = program.resolve(u.def(), c.args());
                Instance target = r != null && r.kind() == InstanceResolver.Resolved.Kind.ITEM
                        ? new Instance(r.def(), TyFolder.eraseRegions(r.args())) : c;
                yield e.evaluate(target, target, e.bodyOf(target));
            }
            case ConstValue.Promoted p -> {
                Body pb = body.promoted().get(p.index());
                long value = e.evaluate(e.promotedKey(inst, body, p.index()), inst, pb);
                yield e.valueInMemory(new ConstValue.Scalar(BigInteger.valueOf(value).and(MASK64), 8), Ty.USIZE);
            }
            case ConstValue.TyConst tc -> {
                GenericArgs one = substArgs(GenericArgs.of(tc.c()));
                long n = Layouts.arrayLen((dev.ferrite.types.Const) one.list().getFirst());
                yield e.valueInMemory(new ConstValue.Scalar(BigInteger.valueOf(n).and(MASK64), (int) layouts.of(t).size()), t);
            }
            default -> e.valueInMemory(v, t);
        };
    }

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GenericArgs substArgs(GenericArgs args) {
        return inst.args().isEmpty() ? args : TyFolder.subst(args, inst.args());
    }

    private void constant(ConstValue v, Ty t) {
        switch (v) {
            case ConstValue.Scalar s -> {
                Reg r = e.scalarKind(t);
                if (r == null) throw new JvmEngine.Unsupported("a scalar constant of type " + t);
                long bits = s.bits().longValue();
                switch (r.kind()) {
                    case INT -> {
                        if (t instanceof Ty.Int i) pushConstInt(BigInteger.valueOf(bits), i.kind());
                        else code.loadConstant((int) bits);
                    }
                    case LONG -> code.loadConstant(bits);
                    case FLOAT -> code.loadConstant(Float.intBitsToFloat((int) bits));
                    case DOUBLE -> code.loadConstant(Double.longBitsToDouble(bits));
                    default -> throw new IllegalStateException();
                }
            }
            case ConstValue.Pointer p -> code.loadConstant(e.globalAddress(p.target()) + p.offset());
            case ConstValue.ZeroSized z -> throw new IllegalStateException("a zero-sized constant as a scalar");
            default -> {
                code.loadConstant(constAddress(v, t));
                load(t);
            }
        }
    }

    /** With a destination address on the stack: copies the value of a memory-held operand there. */
    private void copyOperandFrom(Operand o, Ty t) {
        Layout l = layouts.of(t);
        if (o instanceof Operand.Constant c) {
            switch (c.value()) {
                case ConstValue.Indirect ind -> code.loadConstant(e.constant(ind.alloc()) + ind.offset());
                case ConstValue.Slice s -> {
                    // a wide &str / &[u8]: data pointer and length
                    code.dup2().loadConstant(e.constant(s.data())).invokestatic(MEM, "put64", PUT_J);
                    code.loadConstant(8L).ladd().loadConstant((long) s.data().size()).invokestatic(MEM, "put64", PUT_J);
                    return;
                }
                case ConstValue.ZeroSized z -> {
                    code.pop2();
                    return;
                }
                default -> code.loadConstant(constAddress(c.value(), t));
            }
        } else {
            placeAddress(o.place());
        }
        copyBytes(l.size());
    }

    /** With destination and source addresses on the stack: copies {@code size} bytes. */
    private void copyBytes(long size) {
        if (size <= 64) {
            // unrolled here: a call of a copy loop would not always be inlined into a large caller
            int src = code.allocateLocal(TypeKind.LONG), dst = code.allocateLocal(TypeKind.LONG);
            code.lstore(src).lstore(dst);
            long i = 0;
            for (; i + 8 <= size; i += 8) copyChunk(dst, src, i, "i64", "put64", GET_J, PUT_J);
            if (i + 4 <= size) {
                copyChunk(dst, src, i, "i32", "put32", GET_I, PUT_I);
                i += 4;
            }
            if (i + 2 <= size) {
                copyChunk(dst, src, i, "i16", "put16", GET_I, PUT_I);
                i += 2;
            }
            if (i < size) copyChunk(dst, src, i, "i8", "put8", GET_I, PUT_I);
            return;
        }
        code.loadConstant(size);
        code.invokestatic(MEM, "copy", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                ConstantDescs.CD_long, ConstantDescs.CD_long));
    }

    private void copyChunk(int dst, int src, long offset, String get, String put, MethodTypeDesc getType, MethodTypeDesc putType) {
        code.lload(dst);
        if (offset != 0) code.loadConstant(offset).ladd();
        code.lload(src);
        if (offset != 0) code.loadConstant(offset).ladd();
        code.invokestatic(MEM, get, getType).invokestatic(MEM, put, putType);
    }

    // ------------------------------------------------------------------ terminators

    private void terminator(int b, Terminator t) {
        switch (t.kind()) {
            case TerminatorKind.Goto g -> code.goto_(blocks[g.target().index()]);
            case TerminatorKind.FalseEdge fe -> code.goto_(blocks[fe.realTarget().index()]);
            case TerminatorKind.FalseUnwind fu -> code.goto_(blocks[fu.realTarget().index()]);
            case TerminatorKind.SwitchInt s -> switchInt(s);
            case TerminatorKind.Return r -> ret();
            case TerminatorKind.Unreachable u -> unreachable();
            case TerminatorKind.UnwindResume u -> {
                if (split) code.invokestatic(RT, "unstash", MethodTypeDesc.of(ConstantDescs.CD_Throwable)).athrow();
                else code.aload(exceptionSlot).athrow();
            }
            case TerminatorKind.UnwindTerminate u -> code.loadConstant(134).invokestatic(RT, "abort",
                    MethodTypeDesc.of(RTE, ConstantDescs.CD_int)).athrow();
            case TerminatorKind.Assert a -> assertion(b, a, t.sourceInfo().span());
            case TerminatorKind.Drop d -> {
                Ty dt = placeTy(d.place());
                if (e.needsDrop(dt)) drop(b, d.place(), dt, d.unwind());
                code.goto_(blocks[d.target().index()]);
            }
            case TerminatorKind.Call c -> call(b, c, c.fnSpan() != null && !c.fnSpan().isDummy() ? c.fnSpan() : t.sourceInfo().span());
        }
    }

    /** Runs the drop glue of the value at {@code place}: {@code drop_in_place::<T>}, or the vtable's for a {@code dyn}. */
    private void drop(int b, Place place, Ty t, UnwindAction unwind) {
        if (t instanceof Ty.Dynamic) {
            int data = code.allocateLocal(TypeKind.LONG), glue = code.allocateLocal(TypeKind.LONG);
            placeAddress(place);
            code.lstore(data).lload(metaSlot).invokestatic(MEM, "i64", GET_J).lstore(glue);
            Label skip = code.newLabel();
            code.lload(glue).lconst_0().lcmp().ifeq(skip);
            MethodTypeDesc d = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, ConstantDescs.CD_long);
            unwinding(unwind, () -> {
                code.lload(glue).lload(0).loadConstant(frameSize).ladd().lload(data);
                code.invokedynamic(DynamicCallSiteDesc.of(LINK_INDIRECT, "icall", d.insertParameterTypes(0, ConstantDescs.CD_long), e.id()));
            });
            code.labelBinding(skip);
            return;
        }
        DefId dip = program.langItem("drop_in_place");
        if (dip == null) throw new JvmEngine.Unsupported("dropping without the `drop_in_place` lang item");
        Instance glue = new Instance(dip, GenericArgs.of(t));
        Ty ptr = Ty.ptr(t, dev.ferrite.types.Mutability.MUT);
        MethodTypeDesc d = e.descriptor(List.of(ptr), Ty.UNIT, false);
        unwinding(unwind, () -> {
            code.lload(0).loadConstant(frameSize).ladd();
            placeAddress(place);
            if (layouts.isWide(t)) {
                // a wide pointer to the place, in this block's frame space
                int addr = code.allocateLocal(TypeKind.LONG);
                code.lstore(addr);
                long off = argScratch.get((long) b << 32);
                code.lload(0).loadConstant(off).ladd().lload(addr).invokestatic(MEM, "put64", PUT_J);
                code.lload(0).loadConstant(off + 8).ladd().lload(metaSlot).invokestatic(MEM, "put64", PUT_J);
                code.lload(0).loadConstant(off).ladd();
            }
            code.invokedynamic(DynamicCallSiteDesc.of(LINK, "call", d, e.id(), e.instanceId(glue)));
        });
    }

    private void unreachable() {
        code.invokestatic(RT, "unreachable", MethodTypeDesc.of(RTE)).athrow();
    }

    private void ret() {
        if (split) {
            // the result is in memory already; the dispatcher returns it
            code.iconst_m1().ireturn();
            return;
        }
        switch (abis[0]) {
            case Reg r -> {
                if (inMemory[0]) {
                    code.lload(slot[0]);
                    load(tys[0]);
                } else {
                    code.loadLocal(r.kind(), slot[0]);
                }
                code.return_(r.kind());
            }
            default -> code.return_();
        }
    }

    private void switchInt(TerminatorKind.SwitchInt s) {
        Ty t = operandTy(s.discr());
        pushOperand(s.discr());
        Label otherwise = blocks[s.targets().otherwise().index()];
        List<BigInteger> values = s.targets().values();
        if (e.abi(t) instanceof Reg r && r.kind() == TypeKind.LONG) {
            int v = code.allocateLocal(TypeKind.LONG);
            code.lstore(v);
            for (int i = 0; i < values.size(); i++) {
                code.lload(v).loadConstant(values.get(i).longValue()).lcmp().ifeq(blocks[s.targets().targets().get(i).index()]);
            }
            code.goto_(otherwise);
            return;
        }
        IntKind k = t instanceof Ty.Int i ? i.kind() : t instanceof Ty.Char ? IntKind.U32 : IntKind.U8;
        List<SwitchCase> cases = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigInteger v = values.get(i);
            // the canonical JVM form of the value: sign-extended for signed kinds
            int jv = k.signed() ? BigInteger.valueOf(v.longValue()).intValue() : v.intValue();
            if (k.signed() && k.bytes() < 4) jv = k.bytes() == 1 ? (byte) jv : (short) jv;
            cases.add(SwitchCase.of(jv, blocks[s.targets().targets().get(i).index()]));
        }
        if (cases.isEmpty()) {
            // only `otherwise` (the drop glue of a fieldless enum): a lookupswitch without cases
            // sends the JDK's stack map generator into an endless loop
            code.pop().goto_(otherwise);
            return;
        }
        code.lookupswitch(otherwise, cases);
    }

    private void assertion(int b, TerminatorKind.Assert a, Span span) {
        Label ok = blocks[a.target().index()];
        pushOperand(a.cond());
        if (a.expected()) code.ifne(ok);
        else code.ifeq(ok);
        DefId fn;
        List<Operand> args = new ArrayList<>();
        if (a.msg() instanceof AssertMessage.BoundsCheck bc && (fn = program.langItem("panic_bounds_check")) != null) {
            args.add(bc.index());
            args.add(bc.len());
        } else {
            fn = program.langItem("panic");
            if (fn == null) throw new JvmEngine.Unsupported("a failed assertion without the `panic` lang item");
            if (a.msg() instanceof AssertMessage.BoundsCheck || a.msg() instanceof AssertMessage.MisalignedPointerDereference) {
                throw new JvmEngine.Unsupported("assertion message " + a.msg());
            }
            String text = a.msg().runtimeMessage(null, null);
            args.add(new Operand.Constant(new ConstValue.Slice(dev.ferrite.mir.Allocation.ofString(text)),
                    Ty.ref(Region.STATIC, Ty.STR, dev.ferrite.types.Mutability.NOT)));
        }
        Instance callee = new Instance(fn, GenericArgs.EMPTY);
        List<Ty> argTys = new ArrayList<>();
        for (Operand o : args) argTys.add(operandTy(o));
        invoke(b, callee, args, argTys, Ty.NEVER, null, span, a.unwind());
        unreachable();
    }

    private void call(int b, TerminatorKind.Call c, Span span) {
        Ty fty = operandTy(c.func());
        if (fty instanceof Ty.FnPtr) {
            List<Ty> argTys = new ArrayList<>();
            for (Operand o : c.args()) argTys.add(operandTy(o));
            Ty retTy = placeTy(c.destination());
            MethodTypeDesc d = e.descriptor(argTys, retTy, false);
            callThroughPointer(b, () -> pushOperand(c.func()), null, c.args(), argTys, retTy, c.destination(), d, c.unwind());
            if (c.target() != null) code.goto_(blocks[c.target().index()]);
            else unreachable();
            return;
        }
        if (!(fty instanceof Ty.FnDef fd)) throw new JvmEngine.Unsupported("calling a " + fty);
        GenericArgs args = TyFolder.eraseRegions(fd.args());
        if (program.isIntrinsic(fd.def())) {
            intrinsic(program.name(fd.def()), args, c, span);
            return;
        }
        if (program.ctorOf(fd.def()) != null && program.mirOf(fd.def()) == null) {
            Program.Ctor ctor = program.ctorOf(fd.def());
            Ty dt = placeTy(c.destination());
            AdtDef def = program.adtDef(ctor.adt());
            aggregate(new Rvalue.Aggregate(new AggregateKind.Adt(ctor.adt(), def.isEnum() ? ctor.variant() : 0, args, -1),
                    c.args()), dt, c.destination());
            if (c.target() != null) code.goto_(blocks[c.target().index()]);
            else unreachable();
            return;
        }
        DefId dip = program.langItem("drop_in_place");
        InstanceResolver.Resolved r = dip != null && dip.equals(fd.def())
                ? new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.ITEM, fd.def(), args, -1)
                : program.resolve(fd.def(), args);
        if (r == null) throw new JvmEngine.Unsupported("no implementation of `" + program.defPath(fd.def()) + "` for " + args);
        List<Ty> argTys = new ArrayList<>();
        for (Operand o : c.args()) argTys.add(operandTy(o));
        Ty retTy = placeTy(c.destination());
        Object callee = switch (r.kind()) {
            case ITEM -> {
                if (program.isIntrinsic(r.def())) {
                    intrinsic(program.name(r.def()), TyFolder.eraseRegions(r.args()), c, span);
                    yield null;
                }
                DefId def = program.linkedDefinition(r.def()) != null ? program.linkedDefinition(r.def()) : r.def();
                yield new Instance(def, TyFolder.eraseRegions(r.args()));
            }
            case CLOSURE -> new CallShims.Key(CallShims.Kind.CLOSURE, r, argTys.getFirst(), argTys.subList(1, argTys.size()), retTy);
            case FN_PTR_SHIM -> new CallShims.Key(CallShims.Kind.FN_PTR, r, argTys.getFirst(), argTys.subList(1, argTys.size()), retTy);
            case VIRTUAL -> {
                virtualCall(b, r, c, argTys, retTy);
                yield null;
            }
            case BUILTIN -> {
                if (!program.name(r.def()).equals("clone")) {
                    throw new JvmEngine.Unsupported("the built-in `" + program.name(r.def()) + "` of " + args);
                }
                yield new CallShims.Key(CallShims.Kind.CLONE, r, argTys.getFirst(), List.of(), retTy);
            }
        };
        if (callee == null) return;
        invoke(b, callee, c.args(), argTys, retTy, c.destination(), span, c.unwind());
        if (c.target() != null) code.goto_(blocks[c.target().index()]);
        else unreachable();
    }

    /**
     * A call through a function pointer that {@code pushFnPointer} pushes (a long): its method
     * comes from the engine's table and is invoked exactly with descriptor {@code d}.
     * {@code receiver}, if not null, pushes a first argument of its own (a virtual call's data
     * pointer), and {@code args} from index 1 follow it.
     */
    private void callThroughPointer(int b, Runnable pushFnPointer, Runnable receiver, List<Operand> args, List<Ty> argTys,
                                    Ty retTy, Place dest, MethodTypeDesc d, UnwindAction unwind) {
        Abi ra = e.abi(retTy);
        int fp = code.allocateLocal(TypeKind.LONG);
        pushFnPointer.run();
        code.lstore(fp);
        unwinding(unwind, () -> {
            code.lload(fp);
            code.lload(0).loadConstant(frameSize).ladd();
            if (ra == JvmEngine.MEM) placeAddress(dest);
            if (receiver != null) {
                receiver.run();
                pushArgs(b, 1, args, argTys);
            } else {
                pushArgs(b, 0, args, argTys);
            }
            code.invokedynamic(DynamicCallSiteDesc.of(LINK_INDIRECT, "icall", d.insertParameterTypes(0, ConstantDescs.CD_long), e.id()));
        });
        storeResult(ra, retTy, dest);
    }

    /** A call of a trait method on a {@code dyn} receiver: the method in the vtable's slot, given the data pointer. */
    private void virtualCall(int b, InstanceResolver.Resolved r, TerminatorKind.Call c, List<Ty> argTys, Ty retTy) {
        Operand self = c.args().getFirst();
        Ty selfTy = argTys.getFirst();
        int data = code.allocateLocal(TypeKind.LONG), vt = code.allocateLocal(TypeKind.LONG);
        if (selfTy instanceof Ty.Dynamic || !layouts.of(selfTy).sized()) {
            // a by-value unsized receiver (`call_once(*self)` of a Box<dyn FnOnce()>): its place
            placeAddress(self.place());
            code.lstore(data).lload(metaSlot).lstore(vt);
        } else {
            // a wide pointer (&dyn, &mut dyn, Box<dyn>): data pointer and vtable
            operandAddress(self, selfTy);
            code.dup2().invokestatic(MEM, "i64", GET_J).lstore(data);
            code.loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J).lstore(vt);
        }
        List<Ty> tys = new ArrayList<>(argTys);
        tys.set(0, Ty.ptr(Ty.U8, dev.ferrite.types.Mutability.MUT));
        MethodTypeDesc d = e.descriptor(tys, retTy, false);
        callThroughPointer(b, () -> code.lload(vt).loadConstant(8L * r.vtableSlot()).ladd().invokestatic(MEM, "i64", GET_J),
                () -> code.lload(data), c.args(), tys, retTy, c.destination(), d, c.unwind());
        if (c.target() != null) code.goto_(blocks[c.target().index()]);
        else unreachable();
    }

    /** Emits code that may panic; a panic out of it runs the cleanup block of {@code unwind}. */
    private void unwinding(UnwindAction unwind, Runnable emit) {
        Label start = code.newLabel(), end = code.newLabel();
        code.labelBinding(start);
        emit.run();
        code.labelBinding(end);
        if (unwind instanceof UnwindAction.Cleanup cl) {
            Label handler = code.newLabel(), after = code.newLabel();
            code.goto_(after);
            code.labelBinding(handler);
            if (split) code.invokestatic(RT, "stash", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Throwable));
            else code.astore(exceptionSlot);
            code.goto_(blocks[cl.block().index()]);
            code.exceptionCatch(start, end, handler, PANIC);
            code.labelBinding(after);
        }
    }

    /** Stores the scalar that {@code push} pushes (of type {@code t}) into {@code dest}. */
    private void assignScalar(Place dest, Ty t, Runnable push) {
        if (e.abi(t) == JvmEngine.VOID) return;
        Reg r = (Reg) e.abi(t);
        if (isRegister(dest)) {
            push.run();
            code.storeLocal(r.kind(), regSlot(dest));
        } else {
            placeAddress(dest);
            push.run();
            store(t);
        }
    }

    private static final ClassDesc INTEGER = ConstantDescs.CD_Integer, LONG_CD = ConstantDescs.CD_Long;
    private static final MethodTypeDesc II = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int);
    private static final MethodTypeDesc IJ = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long);
    private static final MethodTypeDesc JJ = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long);

    /** A call of an intrinsic: inline code, or a run-time method. {@code targs} are its generic arguments. */
    private void intrinsic(String name, GenericArgs targs, TerminatorKind.Call c, Span span) {
        List<Operand> a = c.args();
        Place dest = c.destination();
        Ty dt = placeTy(dest);
        UnwindAction unwind = c.unwind();
        switch (name) {
            case "size_of", "min_align_of", "align_of", "pref_align_of", "needs_drop", "variant_count" -> {
                Ty t = targs.ty(0);
                Layout l = layouts.of(t);
                long v = switch (name) {
                    case "size_of" -> l.size();
                    case "needs_drop" -> e.needsDrop(t) ? 1 : 0;
                    case "variant_count" -> t instanceof Ty.Adt adt && program.adtDef(adt.def()).isEnum()
                            ? program.adtDef(adt.def()).variants().size() : 0;
                    default -> l.align();
                };
                assignScalar(dest, dt, () -> pushConstInt(BigInteger.valueOf(v), intKind(dt)));
            }
            case "size_of_val", "min_align_of_val", "align_of_val" -> {
                Ty t = targs.ty(0);
                boolean size = name.equals("size_of_val");
                Layout l = layouts.of(t);
                if (l.sized()) {
                    assignScalar(dest, dt, () -> code.loadConstant(size ? l.size() : (long) l.align()));
                } else {
                    int meta = code.allocateLocal(TypeKind.LONG), sz = code.allocateLocal(TypeKind.LONG),
                            al = code.allocateLocal(TypeKind.LONG);
                    operandAddress(a.getFirst(), operandTy(a.getFirst()));
                    code.loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J).lstore(meta);
                    sizeAndAlign(t, meta, sz, al);
                    assignScalar(dest, dt, () -> code.lload(size ? sz : al));
                }
            }
            case "transmute", "transmute_unchecked" -> assign(dest, new Rvalue.Cast(CastKind.TRANSMUTE, a.getFirst(), dt));
            case "read_via_copy" -> assign(dest, new Rvalue.Use(new Operand.Copy(pointerPlace(a.getFirst()))));
            case "write_via_move" -> assign(pointerPlace(a.get(0)), new Rvalue.Use(a.get(1)));
            case "copy_nonoverlapping", "copy" -> {
                long size = layouts.of(targs.ty(0)).size();
                pushOperand(a.get(1));
                pushOperand(a.get(0));
                pushOperand(a.get(2));
                code.loadConstant(size).lmul();
                code.invokestatic(MEM, "copy", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                        ConstantDescs.CD_long, ConstantDescs.CD_long));
            }
            case "write_bytes" -> {
                long size = layouts.of(targs.ty(0)).size();
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                pushOperand(a.get(2));
                code.loadConstant(size).lmul();
                code.invokestatic(MEM, "fill", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                        ConstantDescs.CD_int, ConstantDescs.CD_long));
            }
            case "abort" -> code.loadConstant(134).invokestatic(RT, "abort", MethodTypeDesc.of(RTE, ConstantDescs.CD_int)).athrow();
            case "unreachable" -> unreachable();
            case "assume", "forget" -> {
            }
            case "likely", "unlikely", "black_box", "identity" -> assign(dest, new Rvalue.Use(a.getFirst()));
            case "offset", "arith_offset" -> assignScalar(dest, dt, () -> {
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                if (e.abi(operandTy(a.get(1))) == JvmEngine.INT) code.i2l();
                code.loadConstant(layouts.of(pointee(dt)).size()).lmul().ladd();
            });
            case "ptr_offset_from", "ptr_offset_from_unsigned" -> assignScalar(dest, dt, () -> {
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                code.lsub().loadConstant(Math.max(1, layouts.of(targs.ty(0)).size())).ldiv();
            });
            case "wrapping_add", "wrapping_sub", "wrapping_mul", "unchecked_add", "unchecked_sub", "unchecked_mul",
                 "unchecked_div", "unchecked_rem", "unchecked_shl", "unchecked_shr", "exact_div" -> {
                BinOp op = switch (name.substring(name.indexOf('_') + 1)) {
                    case "add" -> BinOp.ADD;
                    case "sub" -> BinOp.SUB;
                    case "mul" -> BinOp.MUL;
                    case "div" -> BinOp.DIV;
                    case "rem" -> BinOp.REM;
                    case "shl" -> BinOp.SHL;
                    default -> BinOp.SHR;
                };
                assign(dest, new Rvalue.BinaryOp(op, a.get(0), a.get(1)));
            }
            case "add_with_overflow", "sub_with_overflow", "mul_with_overflow" -> {
                BinOp op = name.startsWith("add") ? BinOp.ADD_WITH_OVERFLOW : name.startsWith("sub") ? BinOp.SUB_WITH_OVERFLOW
                        : BinOp.MUL_WITH_OVERFLOW;
                assign(dest, new Rvalue.BinaryOp(op, a.get(0), a.get(1)));
            }
            case "saturating_add", "saturating_sub" -> {
                if (is128(dt)) {
                    placeAddress(dest);
                    int d = code.allocateLocal(TypeKind.LONG);
                    code.lstore(d);
                    code.loadConstant(name.equals("saturating_add") ? 1 : 0).loadConstant(((Ty.Int) dt).kind().signed() ? 1 : 0).lload(d);
                    operandAddress(a.get(0), dt);
                    operandAddress(a.get(1), dt);
                    code.invokestatic(RT, "saturating128", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_boolean,
                            ConstantDescs.CD_boolean, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                    break;
                }
                IntKind k = intKind(dt);
                assignScalar(dest, dt, () -> {
                    pushOperand(a.get(0));
                    widen(k);
                    pushOperand(a.get(1));
                    widen(k);
                    code.loadConstant(k.bits()).loadConstant(k.signed() ? 1 : 0);
                    code.invokestatic(RT, name.equals("saturating_add") ? "saturatingAdd" : "saturatingSub",
                            MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long,
                                    ConstantDescs.CD_int, ConstantDescs.CD_boolean));
                    fromLong(k);
                });
            }
            case "rotate_left", "rotate_right", "ctpop", "ctlz", "ctlz_nonzero", "cttz", "cttz_nonzero", "bswap", "bitreverse" -> {
                Ty t = targs.ty(0);
                String op = name.replace("_nonzero", "");
                if (is128(t)) {
                    if (op.startsWith("ct")) {
                        assignScalar(dest, dt, () -> {
                            code.ldc(op);
                            operandAddress(a.get(0), t);
                            code.invokestatic(RT, "count128", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_String,
                                    ConstantDescs.CD_long));
                            fromLong(intKind(dt));
                        });
                    } else {
                        placeAddress(dest);
                        int d = code.allocateLocal(TypeKind.LONG);
                        code.lstore(d);
                        code.ldc(op).lload(d);
                        operandAddress(a.get(0), t);
                        if (op.startsWith("rotate")) {
                            pushOperand(a.get(1));
                            if (e.abi(operandTy(a.get(1))) == JvmEngine.LONG) code.l2i();
                        } else {
                            code.iconst_0();
                        }
                        code.invokestatic(RT, "bits128", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String,
                                ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_int));
                    }
                    break;
                }
                IntKind k = intKind(t);
                assignScalar(dest, dt, () -> {
                    pushOperand(a.get(0));
                    widen(k);
                    if (name.startsWith("rotate")) {
                        pushOperand(a.get(1));
                        if (e.abi(operandTy(a.get(1))) == JvmEngine.LONG) code.l2i();
                    } else {
                        code.iconst_0();
                    }
                    code.loadConstant(k.bits());
                    code.invokestatic(RT, "bits_" + name.replace("_nonzero", ""), MethodTypeDesc.of(ConstantDescs.CD_long,
                            ConstantDescs.CD_long, ConstantDescs.CD_int, ConstantDescs.CD_int));
                    fromLong(intKind(dt));
                });
            }
            case "discriminant_value" -> assign(dest, new Rvalue.Discriminant(pointerPlace(a.getFirst())));
            case "type_name" -> {
                String n = new dev.ferrite.mir.MirPrinter(program::defPath).ty(targs.ty(0));
                assign(dest, new Rvalue.Use(new Operand.Constant(new ConstValue.Slice(dev.ferrite.mir.Allocation.ofString(n)), dt)));
            }
            case "type_id" -> {
                long id = e.typeId(targs.ty(0));
                placeAddress(dest);
                code.dup2().loadConstant(id).invokestatic(MEM, "put64", PUT_J);
                if (layouts.of(dt).size() > 8) code.loadConstant(8L).ladd().lconst_0().invokestatic(MEM, "put64", PUT_J);
                else code.pop2();
            }
            case "caller_location" -> assignScalar(dest, dt, () -> {
                if (trackCaller) code.lload(locationSlot);
                else code.loadConstant(e.location(span.sourceCallSite(), pointee(dt)));
            });
            case "ptr_guaranteed_cmp" -> assignScalar(dest, dt, () -> {
                Label eq = code.newLabel(), done = code.newLabel();
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                code.lcmp().ifeq(eq).iconst_0().goto_(done);
                code.labelBinding(eq);
                code.iconst_1();
                code.labelBinding(done);
            });
            case "ferrite_begin_panic" -> unwinding(unwind, () -> {
                code.new_(PANIC).dup();
                pushOperand(a.getFirst());
                code.invokespecial(PANIC, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long));
                code.athrow();
            });
            case "ferrite_alloc" -> assignScalar(dest, dt, () -> {
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                code.invokestatic(MEM, "alloc", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
            });
            case "ferrite_dealloc" -> {
                pushOperand(a.get(0));
                code.invokestatic(MEM, "free", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long));
            }
            case "ferrite_realloc" -> assignScalar(dest, dt, () -> {
                for (int i = 0; i < 4; i++) pushOperand(a.get(i));
                code.invokestatic(MEM, "realloc", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long,
                        ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
            });
            case "ferrite_write", "ferrite_read" -> assignScalar(dest, dt, () -> {
                code.loadConstant(e.id());
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                pushOperand(a.get(2));
                code.invokestatic(RUNTIME, name.equals("ferrite_write") ? "write" : "read", MethodTypeDesc.of(ConstantDescs.CD_long,
                        ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long));
            });
            case "ferrite_exit" -> {
                code.loadConstant(e.id());
                pushOperand(a.getFirst());
                code.invokestatic(RUNTIME, "exit", MethodTypeDesc.of(RTE, ConstantDescs.CD_int, ConstantDescs.CD_int)).athrow();
            }
            case "ferrite_args_count" -> assignScalar(dest, dt, () -> code.loadConstant(e.id())
                    .invokestatic(RUNTIME, "argsCount", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int)));
            case "ferrite_arg" -> {
                placeAddress(dest);
                code.loadConstant(e.id());
                pushOperand(a.getFirst());
                code.invokestatic(RUNTIME, "arg", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long,
                        ConstantDescs.CD_int, ConstantDescs.CD_long));
            }
            case "ferrite_tls_get" -> assignScalar(dest, dt, () -> {
                code.loadConstant(e.id());
                pushOperand(a.getFirst());
                code.invokestatic(RUNTIME, "tlsGet", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int, ConstantDescs.CD_long));
            });
            case "ferrite_tls_set" -> {
                code.loadConstant(e.id());
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                code.invokestatic(RUNTIME, "tlsSet", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int,
                        ConstantDescs.CD_long, ConstantDescs.CD_long));
            }
            case "ferrite_thread_id" -> assignScalar(dest, dt, () -> code.loadConstant(e.id())
                    .invokestatic(RUNTIME, "threadId", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int)));
            case "ferrite_thread_name" -> {
                placeAddress(dest);
                code.loadConstant(e.id()).invokestatic(RUNTIME, "threadName", MethodTypeDesc.of(ConstantDescs.CD_void,
                        ConstantDescs.CD_long, ConstantDescs.CD_int));
            }
            case "ferrite_thread_spawn" -> assignScalar(dest, dt, () -> {
                code.loadConstant(e.id());
                for (int i = 0; i < 4; i++) pushOperand(a.get(i));
                code.invokestatic(RUNTIME, "threadSpawn", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int,
                        ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
            });
            case "ferrite_thread_join" -> assignScalar(dest, dt, () -> {
                code.loadConstant(e.id());
                pushOperand(a.getFirst());
                code.invokestatic(RUNTIME, "threadJoin", MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_int,
                        ConstantDescs.CD_long));
            });
            case "ferrite_thread_yield" -> code.loadConstant(e.id()).invokestatic(RUNTIME, "threadYield",
                    MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int));
            case "ferrite_thread_sleep" -> {
                code.loadConstant(e.id());
                pushOperand(a.getFirst());
                code.invokestatic(RUNTIME, "threadSleep", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int,
                        ConstantDescs.CD_long));
            }
            case "ferrite_futex_wait" -> {
                code.loadConstant(e.id());
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                code.invokestatic(RUNTIME, "futexWait", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int,
                        ConstantDescs.CD_long, ConstantDescs.CD_int));
            }
            case "ferrite_clock_monotonic" -> assignScalar(dest, dt, () -> code.loadConstant(e.id())
                    .invokestatic(RUNTIME, "monotonicNanos", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int)));
            case "ferrite_clock_realtime" -> assignScalar(dest, dt, () -> code.invokestatic(RT, "realtimeNanos",
                    MethodTypeDesc.of(ConstantDescs.CD_long)));
            case "catch_unwind" -> assignScalar(dest, dt, () -> {
                code.loadConstant(e.id());
                code.lload(0).loadConstant(frameSize).ladd();
                pushOperand(a.get(0));
                pushOperand(a.get(1));
                pushOperand(a.get(2));
                code.invokestatic(RUNTIME, "catchUnwind", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int,
                        ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
            });
            default -> {
                if (!floatMath(name, a, dest, dt)) throw new JvmEngine.Unsupported("intrinsic `" + name + "`");
            }
        }
        if (c.target() != null) code.goto_(blocks[c.target().index()]);
        else unreachable();
    }

    /**
     * Computes the size and alignment of a value of unsized type {@code t} with metadata in
     * {@code meta} into {@code sz} and {@code al}: a slice's from its length, a dyn's from its
     * vtable, a struct's or tuple's from its unsized tail placed after the static prefix.
     */
    private void sizeAndAlign(Ty t, int meta, int sz, int al) {
        MethodTypeDesc jjj = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long);
        switch (t) {
            case Ty.Dynamic d -> {
                code.lload(meta).loadConstant(8L).ladd().invokestatic(MEM, "i64", GET_J).lstore(sz);
                code.lload(meta).loadConstant(16L).ladd().invokestatic(MEM, "i64", GET_J).lstore(al);
            }
            case Ty.Slice sl -> {
                Layout el = layouts.of(sl.elem());
                code.lload(meta).loadConstant(el.size()).lmul().lstore(sz);
                code.loadConstant((long) el.align()).lstore(al);
            }
            case Ty.Str st -> {
                code.lload(meta).lstore(sz);
                code.lconst_1().lstore(al);
            }
            default -> {
                List<Ty> fields = switch (t) {
                    case Ty.Adt adt -> layouts.fieldTys(adt, 0);
                    case Ty.Tuple tu -> tu.elems();
                    default -> throw new JvmEngine.Unsupported("the size of a value of " + t);
                };
                Layout l = layouts.of(t);
                long off = l.offsets().getLast();
                sizeAndAlign(fields.getLast(), meta, sz, al);
                // the tail at the prefix rounded up to its alignment; the whole rounded up to the larger alignment
                code.loadConstant(off).lload(al).invokestatic(RT, "alignUp", jjj).lload(sz).ladd().lstore(sz);
                code.lload(al).loadConstant((long) l.align()).invokestatic(ClassDesc.of("java.lang.Math"), "max", jjj).lstore(al);
                code.lload(sz).lload(al).invokestatic(RT, "alignUp", jjj).lstore(sz);
            }
        }
    }

    /** The place an operand of pointer type points at. */
    private Place pointerPlace(Operand o) {
        if (o.place() == null) throw new JvmEngine.Unsupported("dereferencing a constant pointer");
        return o.place().deref();
    }

    /** Widens the JVM value of integer kind {@code k} on the stack to a long (sign- or zero-extended as its kind is). */
    private void widen(IntKind k) {
        if (isLong(k)) return;
        if (k.bytes() == 4 && !k.signed()) {
            code.invokestatic(INTEGER, "toUnsignedLong", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
        } else {
            code.i2l();
        }
    }

    private boolean floatMath(String name, List<Operand> a, Place dest, Ty dt) {
        boolean f32;
        if (name.endsWith("f32")) f32 = true;
        else if (name.endsWith("f64")) f32 = false;
        else return false;
        String base = name.substring(0, name.length() - 3);
        if (!dev.ferrite.interp.FloatMath.NAMES.contains(base)) return false;
        String direct = switch (base) {
            case "sqrt", "floor", "ceil", "rint" -> base;
            case "nearbyint", "round_ties_even" -> "rint";
            case "fabs" -> "abs";
            case "copysign" -> "copySign";
            default -> null;
        };
        if (direct != null) {
            // correctly rounded operations HotSpot compiles to one instruction each
            assignScalar(dest, dt, () -> {
                for (Operand o : a) {
                    pushOperand(o);
                    if (f32) code.f2d();
                }
                code.invokestatic(ClassDesc.of("java.lang.Math"), direct, MethodTypeDesc.of(ConstantDescs.CD_double,
                        java.util.Collections.nCopies(a.size(), ConstantDescs.CD_double)));
                if (f32) code.d2f();
            });
            return true;
        }
        assignScalar(dest, dt, () -> {
            code.ldc(base);
            code.loadConstant(f32 ? 1 : 0);
            for (int i = 0; i < 3; i++) {
                if (i < a.size()) {
                    Ty t = operandTy(a.get(i));
                    pushOperand(a.get(i));
                    if (t instanceof Ty.Float f && f.kind() == FloatKind.F32) code.f2d();
                    else if (!(t instanceof Ty.Float)) code.i2d();
                } else {
                    code.dconst_0();
                }
            }
            code.invokestatic(ClassDesc.of("dev.ferrite.interp.FloatMath"), "apply", MethodTypeDesc.of(ConstantDescs.CD_double,
                    ConstantDescs.CD_String, ConstantDescs.CD_boolean, ConstantDescs.CD_double, ConstantDescs.CD_double,
                    ConstantDescs.CD_double));
            if (f32) code.d2f();
        });
        return true;
    }

    /**
     * Calls {@code callee}; its result goes to {@code dest} (null: it returns {@code !}). Block
     * {@code b} (or -1) identifies the frame space reserved for copies of its arguments.
     */
    private void invoke(int b, Object callee, List<Operand> args, List<Ty> argTys, Ty retTy, Place dest, Span span,
                        UnwindAction unwind) {
        boolean calleeTracks = callee instanceof Instance ci && program.isTrackCaller(ci.def());
        if (declaredReturn(callee) instanceof Ty.Never never) {
            // a diverging callee returns nothing, whatever its destination's type
            retTy = never;
            dest = null;
        }
        Abi ra = e.abi(retTy);
        code.lload(0).loadConstant(frameSize).ladd();
        if (ra == JvmEngine.MEM) placeAddress(dest);
        pushArgs(b, 0, args, argTys);
        if (calleeTracks) {
            if (trackCaller) code.lload(locationSlot);
            else {
                DefId loc = program.langItem("panic_location");
                if (loc == null) throw new JvmEngine.Unsupported("#[track_caller] without the `panic_location` lang item");
                code.loadConstant(e.location(span.sourceCallSite(), Ty.adt(loc, GenericArgs.of(Region.ERASED))));
            }
        }
        MethodTypeDesc d = e.descriptor(argTys, retTy, calleeTracks);
        unwinding(unwind, () -> code.invokedynamic(DynamicCallSiteDesc.of(LINK, "call", d, e.id(), e.instanceId(callee))));
        storeResult(ra, retTy, dest);
    }

    /** The return type a callee declares (its MIR's), or null if unknown. */
    private Ty declaredReturn(Object callee) {
        if (!(callee instanceof Instance ci)) return null;
        Body b = program.mirOf(ci.def());
        return b == null ? null : e.substTy(ci, b.locals().get(0).ty());
    }

    /** Pushes the JVM arguments for MIR arguments {@code from..}: scalars, or addresses of values in memory. */
    private void pushArgs(int b, int from, List<Operand> args, List<Ty> argTys) {
        for (int i = from; i < args.size(); i++) {
            Operand o = args.get(i);
            Ty t = argTys.get(i);
            switch (e.abi(t)) {
                case Reg r -> pushOperand(o);
                case JvmEngine.Void v -> {
                }
                case JvmEngine.InMemory m -> {
                    if (o instanceof Operand.Move && o.place() != null) {
                        placeAddress(o.place());
                    } else {
                        Long off = argScratch.get(((long) b << 32) | i);
                        if (off == null) throw new JvmEngine.Unsupported("an argument in memory without frame space");
                        code.lload(0).loadConstant(off).ladd().dup2();
                        copyOperandFrom(o, t);
                    }
                }
            }
        }
    }

    /** Stores the JVM result of a call into its destination. */
    private void storeResult(Abi ra, Ty retTy, Place dest) {
        if (ra instanceof Reg r) {
            if (dest == null) {
                code.with(op(r.kind().slotSize() == 2 ? Opcode.POP2 : Opcode.POP));
            } else if (isRegister(dest)) {
                code.storeLocal(r.kind(), regSlot(dest));
            } else {
                int tmp = code.allocateLocal(r.kind());
                code.storeLocal(r.kind(), tmp);
                placeAddress(dest);
                code.loadLocal(r.kind(), tmp);
                store(retTy);
            }
        }
    }
}
