package dev.ferrite.mir.build;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Lit;
import dev.ferrite.hir.Pat;
import dev.ferrite.hir.Res;
import dev.ferrite.mir.AggregateKind;
import dev.ferrite.mir.Allocation;
import dev.ferrite.mir.AssertMessage;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.BinOp;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.CastKind;
import dev.ferrite.mir.ConstValue;
import dev.ferrite.mir.GlobalAlloc;
import dev.ferrite.mir.Local;
import dev.ferrite.mir.LocalDecl;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.mir.PointerCoercion;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.SourceInfo;
import dev.ferrite.mir.SourceScopeData;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.SwitchTargets;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnOp;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.mir.VarDebugInfo;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.typeck.Adjustment;
import dev.ferrite.typeck.TypeckResults;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.Const;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the MIR of one body from its HIR and type-check results (rustc's {@code mir_build},
 * without the THIR step): expressions are lowered as places, operands or into a destination
 * place, with the adjustments typeck recorded applied on top; overloaded operators, indexing and
 * dereference become calls of the trait methods; integer arithmetic gets rustc's overflow, division
 * and bounds {@code Assert}s; patterns are tested one arm after the other, each test branching to
 * the next arm on failure.
 *
 * <p>Not yet: drops of locals that need dropping (FIXME(issue 3): values are leaked), storage
 * markers, unwinding edges into a cleanup path that runs the drops.
 */
final class MirBuilder {
    private final Tcx tcx;
    private final dev.ferrite.hir.Body hir;
    private final TypeckResults tr;
    private final DefId owner;

    private final List<LocalDecl> locals = new ArrayList<>();
    private final List<BlockBuilder> blocks = new ArrayList<>();
    private final List<VarDebugInfo> debugInfo = new ArrayList<>();
    private int cur;
    /** The MIR local of each binding pattern. */
    private final Map<PatId, Local> bindings = new HashMap<>();
    /** Loops and labelled blocks: where {@code break} and {@code continue} go. */
    private final Map<ExprId, Scope> scopes = new HashMap<>();
    /** For a closure body: how each captured variable is reached from {@code _1}. */
    private final Map<PatId, Place> upvars = new HashMap<>();

    private record Scope(Place dest, BasicBlock breakBlock, BasicBlock continueBlock, int dropDepth) {
    }

    private static final class BlockBuilder {
        final List<Statement> stmts = new ArrayList<>();
        Terminator term;
        boolean cleanup;
    }

    /** The constants promoted out of this body (rustc's {@code promoted[i]}). */
    private final List<Body> promoted = new ArrayList<>();

    MirBuilder(Tcx tcx, dev.ferrite.hir.Body hir, TypeckResults tr, DefId owner) {
        this.tcx = tcx;
        this.hir = hir;
        this.tr = tr;
        this.owner = owner;
        for (int i = 0; i < hir.exprs().size(); i++) exprIds.put(hir.exprs().get(i), new ExprId(i));
        this.dropCheck = new DropCheck(tcx);
        this.copyAdts = DropCheck.adtsImplementing(tcx, "copy");
    }

    // ---- entry points ----

    /** A function: {@code _0} the return place, then the parameters. */
    Body buildFn(List<Ty> inputs, Ty output, Span span) {
        newLocal(output, span, Mutability.MUT);
        cur = newBlock().index();
        pushDropScope();
        List<Local> args = new ArrayList<>();
        for (Ty t : inputs) args.add(newLocal(t, span, Mutability.NOT));
        for (Local a : args) {
            scheduleDrop(a);
            markInit(Place.of(a));
        }
        for (int i = 0; i < hir.params().size() && i < args.size(); i++) {
            bindParam(hir.params().get(i).pat(), args.get(i), i + 1);
        }
        into(Place.RETURN, hir.value());
        popDropScope(span);
        terminate(TerminatorKind.RETURN, span);
        return finish(BodyKind.FN, inputs.size(), span);
    }

    /** A constant or static: the value into {@code _0}. */
    Body buildConst(Ty ty, BodyKind kind, Span span) {
        newLocal(ty, span, Mutability.MUT);
        cur = newBlock().index();
        pushDropScope();
        into(Place.RETURN, hir.value());
        popDropScope(span);
        terminate(TerminatorKind.RETURN, span);
        return finish(kind, 0, span);
    }

    /** A closure's own body: {@code _1} is the environment (by reference, mutable reference or value). */
    Body buildClosure(Expr.Closure c, TypeckResults.ClosureInfo info) {
        Span span = c.span();
        newLocal(info.output(), span, Mutability.MUT);
        cur = newBlock().index();
        Ty closureTy = info.closureTy();
        Ty envTy = switch (info.kind()) {
            case FN -> Ty.ref(Region.ERASED, closureTy, Mutability.NOT);
            case FN_MUT -> Ty.ref(Region.ERASED, closureTy, Mutability.MUT);
            case FN_ONCE -> closureTy;
        };
        Local env = newLocal(envTy, span, Mutability.NOT);
        Place envPlace = info.kind() == TypeckResults.ClosureKind.FN_ONCE ? Place.of(env) : Place.of(env).deref();
        for (int i = 0; i < info.captures().size(); i++) {
            TypeckResults.Capture cap = info.captures().get(i);
            Place field = envPlace.field(i, cap.capturedTy());
            upvars.put(cap.var(), cap.kind() == TypeckResults.CaptureKind.BY_VALUE ? field : field.deref());
        }
        pushDropScope();
        // the arguments are the locals right after `_1`, before any local of the body
        List<Local> args = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Ty t = i < info.inputs().size() ? info.inputs().get(i) : Ty.ERROR;
            args.add(newLocal(t, span, Mutability.NOT));
        }
        if (info.kind() == TypeckResults.ClosureKind.FN_ONCE) {
            // Each by-value capture that needs dropping moves into a local of its own with its own
            // drop flag, so moving one capture out of the closure does not leak the others (a
            // partial move of `_1` would clear the whole environment's flag). Scheduled last to
            // first, so the leftovers drop in field order, as the environment's drop glue would.
            for (int i = info.captures().size() - 1; i >= 0; i--) {
                TypeckResults.Capture cap = info.captures().get(i);
                if (cap.kind() != TypeckResults.CaptureKind.BY_VALUE || !dropCheck.needsDrop(cap.capturedTy())) continue;
                Local own = newLocal(cap.capturedTy(), span, Mutability.MUT);
                push(span, new StatementKind.Assign(Place.of(own), new Rvalue.Use(Operand.move(envPlace.field(i, cap.capturedTy())))));
                upvars.put(cap.var(), Place.of(own));
                scheduleDrop(own);
                markInit(Place.of(own));
            }
        }
        for (Local a : args) {
            scheduleDrop(a);
            markInit(Place.of(a));
        }
        for (int i = 0; i < c.params().size(); i++) bindParam(c.params().get(i).pat(), args.get(i), i + 2);
        into(Place.RETURN, c.body());
        popDropScope(span);
        terminate(TerminatorKind.RETURN, span);
        return finish(BodyKind.CLOSURE, 1 + c.params().size(), span);
    }

    private void bindParam(PatId pat, Local arg, int argIndex) {
        if (hir.pat(pat) instanceof Pat.Binding b && b.sub() == null && mode(pat).byRef() == null) {
            bindings.put(pat, arg);
            debugInfo.add(new VarDebugInfo(b.name(), SourceInfo.outermost(b.span()), new VarDebugInfo.PlaceContents(Place.of(arg)),
                    argIndex));
            // the argument is the user's variable: declared where its binding is
            locals.set(arg.index(), new LocalDecl(b.mutable() ? Mutability.MUT : Mutability.NOT, locals.get(arg.index()).ty(),
                    SourceInfo.outermost(b.span()), true));
            return;
        }
        BasicBlock unreachable = newBlock();
        block(unreachable).term = new Terminator(SourceInfo.outermost(hir.pat(pat).span()), TerminatorKind.UNREACHABLE);
        testThenBind(pat, Place.of(arg), unreachable);
    }

    private Body finish(BodyKind kind, int argCount, Span span) {
        // Drop flags start cleared (arguments' flags are set right after).
        List<Statement> init = new ArrayList<>();
        List<Local> flags = new ArrayList<>(dropFlags.values());
        flags.addAll(boxMovedFlags.values());
        for (Local flag : flags) {
            init.add(new Statement(SourceInfo.outermost(span), new StatementKind.Assign(Place.of(flag),
                    new Rvalue.Use(new Operand.Constant(ConstValue.FALSE, Ty.BOOL)))));
        }
        init.sort(java.util.Comparator.comparingInt(st -> ((StatementKind.Assign) st.kind()).place().local().index()));
        blocks.getFirst().stmts.addAll(0, init);
        // Blocks left open (after diverging code) are unreachable.
        for (BlockBuilder b : blocks) {
            if (b.term == null) b.term = new Terminator(SourceInfo.outermost(span), TerminatorKind.UNREACHABLE);
        }
        addUnwindCleanup(span);
        List<BasicBlockData> data = CfgCleanup.reachable(blocks.stream()
                .map(b -> new BasicBlockData(b.stmts, b.term, b.cleanup)).toList());
        return new Body(owner, kind, data, locals, argCount, List.of(SourceScopeData.OUTERMOST), debugInfo, span, null,
                promoted);
    }

    /**
     * Unwinding runs the drops too: one cleanup path per body drops, last declared first, every
     * local whose drop flag is set (a flag is set exactly while its local holds a value to drop, so
     * the same path is right wherever the panic happens), then resumes unwinding; every call, drop
     * and assert of the body unwinds into it. FIXME: a box whose contents were moved out is not
     * freed on this path (it leaks).
     */
    private void addUnwindCleanup(Span span) {
        if (dropFlags.isEmpty()) return;
        int normalBlocks = blocks.size();
        List<Local> owned = new ArrayList<>(dropFlags.keySet());
        owned.sort(java.util.Comparator.comparingInt(Local::index).reversed());
        SourceInfo si = SourceInfo.outermost(span);
        BasicBlock first = cleanupBlock();
        cur = first.index();
        for (Local l : owned) {
            BasicBlock drop = cleanupBlock();
            BasicBlock next = cleanupBlock();
            block(BasicBlock.of(cur)).term = new Terminator(si, new TerminatorKind.SwitchInt(
                    Operand.copy(Place.of(dropFlags.get(l))), SwitchTargets.ifThenElse(drop, next)));
            block(drop).term = new Terminator(si, new TerminatorKind.Drop(Place.of(l), next, UnwindAction.TERMINATE));
            cur = next.index();
        }
        block(BasicBlock.of(cur)).term = new Terminator(si, TerminatorKind.UNWIND_RESUME);
        UnwindAction cleanup = new UnwindAction.Cleanup(first);
        for (int i = 0; i < normalBlocks; i++) {
            BlockBuilder b = blocks.get(i);
            b.term = new Terminator(b.term.sourceInfo(), switch (b.term.kind()) {
                case TerminatorKind.Call c when c.unwind() instanceof UnwindAction.Continue -> new TerminatorKind.Call(c.func(),
                        c.args(), c.destination(), c.target(), cleanup, c.fromHirCall(), c.fnSpan(), c.argSpans());
                case TerminatorKind.Drop d when d.unwind() instanceof UnwindAction.Continue -> new TerminatorKind.Drop(d.place(),
                        d.target(), cleanup, d.replace());
                case TerminatorKind.Assert a when a.unwind() instanceof UnwindAction.Continue -> new TerminatorKind.Assert(a.cond(),
                        a.expected(), a.msg(), a.target(), cleanup);
                default -> b.term.kind();
            });
        }
    }

    private BasicBlock cleanupBlock() {
        BasicBlock b = newBlock();
        block(b).cleanup = true;
        return b;
    }

    // ---- locals and blocks ----

    private Local newLocal(Ty ty, Span span, Mutability m) {
        locals.add(new LocalDecl(m, ty, SourceInfo.outermost(span), false));
        return Local.of(locals.size() - 1);
    }

    private Local temp(Ty ty, Span span) {
        Local t = newLocal(ty, span, Mutability.MUT);
        scheduleDrop(t);
        return t;
    }

    private BasicBlock newBlock() {
        blocks.add(new BlockBuilder());
        return BasicBlock.of(blocks.size() - 1);
    }

    private BlockBuilder block(BasicBlock bb) {
        return blocks.get(bb.index());
    }

    private void push(Span span, StatementKind kind) {
        blocks.get(cur).stmts.add(new Statement(SourceInfo.outermost(span), kind));
    }

    private void assign(Place p, Rvalue rv, Span span) {
        push(span, new StatementKind.Assign(p, rv));
        markInit(p);
    }

    /**
     * An assignment in the source, {@code place = value}: the value the place holds is dropped
     * first (rustc's drop-and-replace). A local, a field of one and the contents of a boxed local
     * hold a value while the local's drop flag is set (moving a box's contents out clears it);
     * other places behind a dereference always hold one.
     */
    private void assignReplacing(Place p, Operand v, Span span, Span lhsSpan) {
        if (v instanceof Operand.Move m && m.place().local().equals(p.local())) {
            // `x = x`: the value is taken out before the old one is dropped, as rustc's temporary
            Local t = temp(placeTy(m.place()), span);
            assign(Place.of(t), new Rvalue.Use(v), span);
            v = moveOut(Place.of(t));
        }
        Ty t = placeTy(p);
        // as rustc's drop-and-replace: a value that needs dropping is replaced at the place's span
        if (t != null && dropCheck.needsDrop(t)) span = lhsSpan;
        Local flag = dropFlags.get(p.local());
        Local boxMoved = boxMovedFlags.get(p.local());
        boolean inBox = boxMoved != null && !p.projection().isEmpty() && p.projection().getFirst() instanceof PlaceElem.Deref;
        boolean flagged = !p.hasDeref() || inBox;
        if (t != null && dropCheck.needsDrop(t) && (!flagged || flag != null)) {
            BasicBlock next = newBlock();
            if (flagged) {
                BasicBlock drop = newBlock();
                terminate(new TerminatorKind.SwitchInt(Operand.copy(Place.of(flag)), SwitchTargets.ifThenElse(drop, next)), span);
                cur = drop.index();
            }
            terminate(new TerminatorKind.Drop(p, next, UnwindAction.CONTINUE, true), span);
            cur = next.index();
        }
        assign(p, new Rvalue.Use(v), span);
        if (inBox && p.projection().size() == 1) {
            // the box's whole contents are back: it is dropped as a whole again
            setFlag(flag, true);
            setFlag(boxMoved, false);
        }
    }

    private void terminate(TerminatorKind k, Span span) {
        BlockBuilder b = blocks.get(cur);
        if (b.term == null) b.term = new Terminator(SourceInfo.outermost(span), k);
    }

    private void gotoBlock(BasicBlock target, Span span) {
        terminate(new TerminatorKind.Goto(target), span);
    }

    /** After a diverging terminator: code that follows goes to a fresh (unreachable) block. */
    private void diverged() {
        cur = newBlock().index();
    }

    // ---- types ----

    private Ty ty(ExprId e) {
        return tr.exprType(e);
    }

    private Ty adjustedTy(ExprId e) {
        return tr.exprTypeAdjusted(e);
    }

    private Expr expr(ExprId e) {
        return hir.expr(e);
    }

    private TypeckResults.BindingMode mode(PatId p) {
        TypeckResults.BindingMode m = tr.bindingModes().get(p);
        return m == null ? new TypeckResults.BindingMode(null, false) : m;
    }

    /**
     * Whether values of {@code t} are copied, not moved (an operand of a `Copy` type is
     * {@code copy}: a backend may hand a {@code move}d place itself to the callee). Structural for
     * the built-in types; an ADT is `Copy` when it has a `Copy` impl (derive's: every type argument
     * `Copy`) and needs no drop. Conservative for the rest (a type parameter is moved).
     */
    private boolean isCopy(Ty t) {
        return switch (t) {
            case Ty.Adt a -> copyAdts.contains(a.def()) && !dropCheck.needsDrop(t)
                    && a.args().list().stream().allMatch(g -> !(g instanceof Ty at) || isCopy(at));
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Never n -> true;
            case Ty.RawPtr p -> true;
            case Ty.Ref r -> r.mutbl() == Mutability.NOT;
            case Ty.FnDef f -> true;
            case Ty.FnPtr f -> true;
            case Ty.Tuple tu -> tu.elems().stream().allMatch(this::isCopy);
            case Ty.Array a -> isCopy(a.elem());
            default -> false;
        };
    }

    private Operand use(Place p) {
        Ty t = placeTy(p);
        return t != null && isCopy(t) ? Operand.copy(p) : moveOut(p);
    }

    // ---- drops ----
    //
    // Values that need dropping are dropped where their scope ends (in reverse order of
    // declaration), unless they were moved out: each such local has a boolean drop flag, set when
    // the local is written and cleared when it is moved from (a partial move clears it too, which
    // leaks the rest: FIXME). Temporaries are dropped at the end of their statement (those of a
    // `let` initialiser at the end of the block). Unwinding drops through one cleanup path per body
    // (addUnwindCleanup).

    /** The drop flag of each local that needs dropping. */
    private final Map<Local, Local> dropFlags = new HashMap<>();
    /**
     * For each local of type {@code Box<T>}: a flag set when its contents are moved out
     * ({@code let x = *b;}); such a box is not dropped but freed where its scope ends (through
     * the {@code box_free} lang item), as rustc's drop elaboration does.
     */
    private final Map<Local, Local> boxMovedFlags = new HashMap<>();
    /** Scopes of droppable locals, innermost last. */
    private final List<List<Local>> dropScopes = new ArrayList<>();
    private final DropCheck dropCheck;
    /** The ADTs with a `Copy` impl. */
    private final java.util.Set<DefId> copyAdts;

    /** A move out of a place: clears the drop flag of its local (unless it goes through a dereference). */
    private Operand moveOut(Place p) {
        Local flag = dropFlags.get(p.local());
        Local moved = boxMovedFlags.get(p.local());
        boolean outOfBox = moved != null && !p.projection().isEmpty() && p.projection().getFirst() instanceof PlaceElem.Deref
                && placeTy(p) instanceof Ty pt && !isCopy(pt);
        if (flag != null && (!p.hasDeref() || outOfBox)) {
            setFlag(flag, false);
            if (outOfBox) setFlag(moved, true);
        }
        // moving the whole box moves its allocation too: nothing is left to free here (after a
        // field read that `isCopy` did not know to be a copy, `Option<NonNull<T>>` say)
        if (moved != null && p.projection().isEmpty()) setFlag(moved, false);
        return Operand.move(p);
    }

    /** Registers a new local for dropping in the innermost scope, if its type needs dropping. */
    private void scheduleDrop(Local l) {
        if (dropScopes.isEmpty() || dropFlags.containsKey(l)) return;
        if (!dropCheck.needsDrop(locals.get(l.index()).ty())) return;
        locals.add(new LocalDecl(Mutability.MUT, Ty.BOOL, SourceInfo.DUMMY, false));
        dropFlags.put(l, Local.of(locals.size() - 1));
        if (tcx.boxedTy(locals.get(l.index()).ty()) != null && tcx.langItem("box_free") != null) {
            locals.add(new LocalDecl(Mutability.MUT, Ty.BOOL, SourceInfo.DUMMY, false));
            boxMovedFlags.put(l, Local.of(locals.size() - 1));
        }
        dropScopes.getLast().add(l);
    }

    /** After a write to a whole local: it holds a value to drop. */
    private void markInit(Place p) {
        if (!p.isLocal()) return;
        Local flag = dropFlags.get(p.local());
        if (flag != null) setFlag(flag, true);
        Local moved = boxMovedFlags.get(p.local());
        if (moved != null) setFlag(moved, false); // FIXME: a box whose contents were moved out leaks when overwritten
    }

    private void setFlag(Local flag, boolean value) {
        blocks.get(cur).stmts.add(new Statement(SourceInfo.DUMMY, new StatementKind.Assign(Place.of(flag),
                new Rvalue.Use(new Operand.Constant(value ? ConstValue.TRUE : ConstValue.FALSE, Ty.BOOL)))));
    }

    private void pushDropScope() {
        dropScopes.add(new ArrayList<>());
    }

    /** Ends the innermost scope: drops what it holds (on the normal path). */
    private void popDropScope(Span span) {
        List<Local> scope = dropScopes.removeLast();
        if (blocks.get(cur).term == null) dropLocals(scope, span);
    }

    /** Drops (conditionally on their flags) the locals of a scope, last declared first. */
    private void dropLocals(List<Local> scope, Span span) {
        for (int i = scope.size() - 1; i >= 0; i--) {
            Local l = scope.get(i);
            Local flag = dropFlags.get(l);
            BasicBlock drop = newBlock();
            BasicBlock next = newBlock();
            terminate(new TerminatorKind.SwitchInt(Operand.copy(Place.of(flag)), SwitchTargets.ifThenElse(drop, next)), span);
            cur = drop.index();
            push(span, new StatementKind.Assign(Place.of(flag), new Rvalue.Use(new Operand.Constant(ConstValue.FALSE, Ty.BOOL))));
            terminate(new TerminatorKind.Drop(Place.of(l), next, UnwindAction.CONTINUE), span);
            cur = next.index();
            Local moved = boxMovedFlags.get(l);
            if (moved != null) freeMovedBox(l, moved, span);
        }
    }

    /** {@code if moved { moved = false; box_free::<T>(l.0) }}: frees a box whose contents were moved out. */
    private void freeMovedBox(Local l, Local moved, Span span) {
        Ty inner = tcx.boxedTy(locals.get(l.index()).ty());
        BasicBlock free = newBlock();
        BasicBlock next = newBlock();
        terminate(new TerminatorKind.SwitchInt(Operand.copy(Place.of(moved)), SwitchTargets.ifThenElse(free, next)), span);
        cur = free.index();
        setFlag(moved, false);
        Local unit = newLocal(Ty.UNIT, span, Mutability.MUT);
        Operand ptr = Operand.copy(Place.of(l).field(0, Ty.ptr(inner, Mutability.MUT)));
        call(Ty.fnDef(tcx.langItem("box_free"), GenericArgs.of(inner)), List.of(ptr), Place.of(unit), span);
        gotoBlock(next, span);
        cur = next.index();
    }

    /** Drops everything in the scopes from {@code depth} outwards to the innermost (for break/continue/return). */
    private void dropScopesFrom(int depth, Span span) {
        for (int d = dropScopes.size() - 1; d >= depth; d--) dropLocals(dropScopes.get(d), span);
    }

    /** The type of a place, from its local and projections. */
    private Ty placeTy(Place p) {
        return p.ty(locals.get(p.local().index()).ty(), tcx::boxedTy);
    }

    // ---- expressions: categories ----

    private enum Category { PLACE, RVALUE, INTO }

    private Category category(Expr e) {
        return switch (e) {
            case Expr.Path p -> {
                if (p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Local) yield Category.PLACE;
                TypeckResults.Resolution res = tr.resolutions().get(idOf(e));
                yield res != null && res.kind() == DefKind.STATIC ? Category.PLACE : Category.RVALUE;
            }
            case Expr.Field f -> Category.PLACE;
            case Expr.Index i -> Category.PLACE;
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> Category.PLACE;
            case Expr.Literal l -> Category.RVALUE;
            case Expr.Binary b -> b.op().isLazy() || tr.resolutions().containsKey(idOf(e)) ? Category.INTO : Category.RVALUE;
            case Expr.Unary u -> tr.resolutions().containsKey(idOf(e)) ? Category.INTO : Category.RVALUE;
            case Expr.Cast c -> Category.RVALUE;
            case Expr.AddrOf a -> Category.RVALUE;
            case Expr.Tuple t -> Category.RVALUE;
            case Expr.Array a -> Category.RVALUE;
            case Expr.Repeat r -> Category.RVALUE;
            case Expr.Struct s -> Category.RVALUE;
            case Expr.Closure c -> Category.RVALUE;
            default -> Category.INTO;
        };
    }

    /** The id of an expression object of this body (expressions are looked up by identity). */
    private ExprId idOf(Expr e) {
        return exprIds.get(e);
    }

    private final Map<Expr, ExprId> exprIds = new java.util.IdentityHashMap<>();

    // ---- with adjustments ----

    /**
     * Whether the place being lowered is used mutably (assigned, borrowed `&mut`): then overloaded
     * indexing and dereference go through IndexMut and DerefMut, as rustc's typeck converts them
     * for mutable places. Operands inside (an index, a dereferenced shared reference) are read.
     */
    private boolean mutablePlace;

    Place asPlace(ExprId e) {
        return asPlace(e, tr.adjustmentsOf(e).size());
    }

    /** {@link #asPlace} for a place that is mutated or borrowed mutably. */
    private Place asPlaceMut(ExprId e) {
        return asPlaceIn(true, e, tr.adjustmentsOf(e).size());
    }

    private Place asPlaceIn(boolean mut, ExprId e, int k) {
        boolean saved = mutablePlace;
        mutablePlace = mut;
        try {
            return asPlace(e, k);
        } finally {
            mutablePlace = saved;
        }
    }

    Operand asOperand(ExprId e) {
        boolean saved = mutablePlace;
        mutablePlace = false;
        try {
            return asOperand(e, tr.adjustmentsOf(e).size());
        } finally {
            mutablePlace = saved;
        }
    }

    void into(Place dest, ExprId e) {
        boolean saved = mutablePlace;
        mutablePlace = false;
        try {
            intoAdjusted(dest, e);
        } finally {
            mutablePlace = saved;
        }
    }

    private void intoAdjusted(Place dest, ExprId e) {
        int k = tr.adjustmentsOf(e).size();
        if (k == 0) {
            intoRaw(dest, e);
            return;
        }
        Rvalue rv = asRvalue(e, k);
        if (rv != null) assign(dest, rv, expr(e).span());
    }

    private Ty tyAfter(ExprId e, int k) {
        return k == 0 ? ty(e) : tr.adjustmentsOf(e).get(k - 1).target();
    }

    private Place asPlace(ExprId e, int k) {
        if (k == 0) return asPlaceRaw(e);
        Adjustment a = tr.adjustmentsOf(e).get(k - 1);
        Span span = expr(e).span();
        if (a.kind() instanceof Adjustment.Deref d) {
            Place base = asPlace(e, k - 1);
            if (d.isBuiltin()) return base.deref();
            Mutability m = mutablePlace ? Mutability.MUT : d.mutbl();
            DefId method = m == Mutability.MUT ? mutVersion(d.overloadedMethod(), "deref_mut", "deref_mut") : d.overloadedMethod();
            return overloadedDeref(base, tyAfter(e, k - 1), method, d.methodArgs(), m, a.target(), span);
        }
        Local t = temp(a.target(), span);
        Rvalue rv = asRvalue(e, k);
        if (rv != null) assign(Place.of(t), rv, span);
        return Place.of(t);
    }

    private Operand asOperand(ExprId e, int k) {
        if (k == 0) return asOperandRaw(e);
        Adjustment a = tr.adjustmentsOf(e).get(k - 1);
        if (a.kind() instanceof Adjustment.Deref) return use(asPlace(e, k));
        Span span = expr(e).span();
        Rvalue rv = asRvalue(e, k);
        if (rv == null) return Operand.unit();
        Local t = temp(a.target(), span);
        assign(Place.of(t), rv, span);
        return moveOut(Place.of(t));
    }

    /** The value of {@code e} after {@code k} adjustments as an rvalue; null if it diverges. */
    private Rvalue asRvalue(ExprId e, int k) {
        if (k == 0) return asRvalueRaw(e);
        Adjustment a = tr.adjustmentsOf(e).get(k - 1);
        return switch (a.kind()) {
            case Adjustment.Deref d -> new Rvalue.Use(use(asPlace(e, k)));
            case Adjustment.Borrow b -> {
                if (k == 1 && !b.raw() && b.mutbl() == Mutability.NOT) {
                    Place promotedPlace = promotedPlaceUnadjusted(e, expr(e).span());
                    if (promotedPlace != null) yield new Rvalue.Ref(BorrowKind.SHARED, promotedPlace);
                }
                Place p = asPlaceIn(b.mutbl() == Mutability.MUT, e, k - 1);
                if (b.raw()) yield new Rvalue.RawPtr(b.mutbl(), p);
                yield new Rvalue.Ref(b.mutbl() == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, p);
            }
            case Adjustment.Pointer p -> {
                Operand op = asOperand(e, k - 1);
                PointerCoercion pc = switch (p.coercion()) {
                    case UNSIZE -> PointerCoercion.UNSIZE;
                    case REIFY_FN_POINTER -> PointerCoercion.REIFY_FN_POINTER;
                    case CLOSURE_FN_POINTER -> PointerCoercion.CLOSURE_FN_POINTER;
                    case MUT_TO_CONST_POINTER -> PointerCoercion.MUT_TO_CONST_POINTER;
                    case UNSAFE_FN_POINTER -> PointerCoercion.UNSAFE_FN_POINTER;
                };
                yield new Rvalue.Cast(CastKind.coercion(pc), op, a.target());
            }
            case Adjustment.NeverToAny n -> {
                Operand op = asOperand(e, k - 1);
                diverged();
                yield null;
            }
        };
    }

    /** {@code *Deref::deref(&base)} (or {@code deref_mut} with {@code &mut}). */
    /**
     * The mutable counterpart of an Index/Deref method ({@code index} to IndexMut's
     * {@code index_mut}, {@code deref} to DerefMut's {@code deref_mut}); the method itself if the
     * lang item is missing.
     */
    private DefId mutVersion(DefId method, String traitLangItem, String name) {
        DefId trait = tcx.langItem(traitLangItem);
        DefId m = trait == null ? null : tcx.assocItem(trait, Symbol.intern(name), DefKind.Ns.VALUE);
        return m != null ? m : method;
    }

    private Place overloadedDeref(Place base, Ty baseTy, DefId method, GenericArgs args, Mutability m, Ty target, Span span) {
        Ty refBase = Ty.ref(Region.ERASED, baseTy, m);
        Local r = temp(refBase, span);
        assign(Place.of(r), new Rvalue.Ref(m == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, base), span);
        Local out = temp(Ty.ref(Region.ERASED, target, m), span);
        call(Ty.fnDef(method, args), List.of(moveOut(Place.of(r))), Place.of(out), span);
        return Place.of(out).deref();
    }

    // ---- raw expressions ----

    private Place asPlaceRaw(ExprId id) {
        Expr e = expr(id);
        Span span = e.span();
        switch (e) {
            case Expr.Path p when p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Local l -> {
                Place up = upvars.get(l.binding());
                if (up != null) return up;
                Local loc = bindings.get(l.binding());
                if (loc != null) return Place.of(loc);
                return Place.of(temp(ty(id), span)); // an unbound local: an error was reported
            }
            case Expr.Path p when tr.resolutions().get(id) instanceof TypeckResults.Resolution res
                    && res.kind() == DefKind.STATIC -> {
                Ty t = ty(id);
                boolean mut = tcx.item(res.def()) instanceof dev.ferrite.hir.Item.Static s && s.mutbl() == Mutability.MUT;
                Ty ptr = mut ? Ty.ptr(t, Mutability.MUT) : Ty.ref(Region.STATIC, t, Mutability.NOT);
                Local tmp = temp(ptr, span);
                assign(Place.of(tmp), new Rvalue.Use(new Operand.Constant(new ConstValue.Pointer(new GlobalAlloc.Static(res.def()), 0),
                        ptr, span)), span);
                return Place.of(tmp).deref();
            }
            case Expr.Field f -> {
                Place base = asPlace(f.base());
                Integer idx = tr.fieldIndices().get(id);
                return base.field(idx == null ? 0 : idx, ty(id));
            }
            case Expr.Index ix -> {
                if (tr.resolutions().get(id) instanceof TypeckResults.Resolution res) {
                    boolean mut = mutablePlace;
                    DefId method = mut ? mutVersion(res.def(), "index_mut", "index_mut") : res.def();
                    Mutability m = mut ? Mutability.MUT : Mutability.NOT;
                    Place base = asPlaceIn(mut, ix.base(), tr.adjustmentsOf(ix.base()).size());
                    Ty baseTy = adjustedTy(ix.base());
                    Local r = temp(Ty.ref(Region.ERASED, baseTy, m), span);
                    assign(Place.of(r), new Rvalue.Ref(mut ? BorrowKind.MUT : BorrowKind.SHARED, base), expr(ix.base()).span());
                    Operand idx = asOperand(ix.index());
                    Local out = temp(Ty.ref(Region.ERASED, ty(id), m), span);
                    // rustc reports a failing overloaded index at `[index]`
                    call(Ty.fnDef(method, res.args()), List.of(moveOut(Place.of(r)), idx), Place.of(out), ix.bracket());
                    return Place.of(out).deref();
                }
                return builtinIndex(asPlace(ix.base()), ix, span);
            }
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> {
                return derefPlace(id, u, span);
            }
            default -> {
                Local t = temp(ty(id), span);
                intoRaw(Place.of(t), id);
                return Place.of(t);
            }
        }
    }

    /** {@code base[index]} of an array or slice, after rustc's bounds check. */
    private Place builtinIndex(Place base, Expr.Index ix, Span span) {
        Operand idxOp = asOperand(ix.index());
        Local idx = temp(Ty.USIZE, span);
        assign(Place.of(idx), new Rvalue.Use(idxOp), span);
        Local len = temp(Ty.USIZE, span);
        assign(Place.of(len), new Rvalue.Len(base), span);
        Local ok = temp(Ty.BOOL, span);
        assign(Place.of(ok), new Rvalue.BinaryOp(BinOp.LT, Operand.copy(Place.of(idx)), Operand.copy(Place.of(len))), span);
        assertTrue(moveOut(Place.of(ok)), new AssertMessage.BoundsCheck(moveOut(Place.of(len)),
                Operand.copy(Place.of(idx))), span);
        return base.index(idx);
    }

    private Place derefPlace(ExprId id, Expr.Unary u, Span span) {
        if (tr.resolutions().get(id) instanceof TypeckResults.Resolution res) {
            boolean mut = mutablePlace;
            Place base = asPlace(u.operand());
            DefId method = mut ? mutVersion(res.def(), "deref_mut", "deref_mut") : res.def();
            return overloadedDeref(base, adjustedTy(u.operand()), method, res.args(), mut ? Mutability.MUT : Mutability.NOT,
                    ty(id), span);
        }
        if (tcx.boxedTy(adjustedTy(u.operand())) != null) {
            // `*b` is a projection of the box's place: reading through it must not move the box
            return asPlace(u.operand()).deref();
        }
        if (mutablePlace && adjustedTy(u.operand()) instanceof Ty.Ref r && r.mutbl() == Mutability.MUT) {
            // writing through `&mut`: the reference's own place is used mutably too
            return asPlace(u.operand()).deref();
        }
        Operand ptr = asOperand(u.operand());
        Place p = ptr.place();
        if (p == null) {
            Local t = temp(adjustedTy(u.operand()), span);
            assign(Place.of(t), new Rvalue.Use(ptr), span);
            p = Place.of(t);
        }
        return p.deref();
    }

    // ---- promotion of constant expressions ----

    /**
     * The place a shared borrow {@code &e} borrows when {@code e} (or the base of its field and
     * index projections) is a constant expression: rustc's promotion, which gives
     * {@code fn f() -> &'static [i32] { &[1, 2, 3] }} and {@code &(42,).0} a {@code 'static}
     * value instead of a temporary of the function. Null if {@code e} is not promotable.
     */
    private Place promotedPlace(ExprId e, Span span) {
        if (!tr.adjustmentsOf(e).isEmpty()) return null;
        return promotedPlaceUnadjusted(e, span);
    }

    /** {@link #promotedPlace} of {@code e} before its adjustments (an autoref'd receiver: `CONST.iter()`). */
    private Place promotedPlaceUnadjusted(ExprId e, Span span) {
        Expr x = expr(e);
        if (x instanceof Expr.Field f && tr.resolutions().get(e) == null) {
            Place base = promotedPlace(f.base(), span);
            Integer idx = tr.fieldIndices().get(e);
            return base == null ? null : base.field(idx == null ? 0 : idx, ty(e));
        }
        if (x instanceof Expr.Index ix && tr.resolutions().get(e) == null) {
            Place base = promotedPlace(ix.base(), span);
            return base == null ? null : builtinIndex(base, ix, span);
        }
        Ty t = ty(e);
        if (!promotableShape(e, 0) || valueNeedsDrop(e, 0) || !freeze(t, 0)) return null;
        MirBuilder sub = new MirBuilder(tcx, hir, tr, owner);
        Body body = sub.buildPromoted(e, t, x.span());
        int index = promoted.size();
        promoted.add(body);
        Ty refTy = Ty.ref(Region.STATIC, t, Mutability.NOT);
        Local r = temp(refTy, span);
        assign(Place.of(r), new Rvalue.Use(new Operand.Constant(new ConstValue.Promoted(index), refTy, span)), span);
        return Place.of(r).deref();
    }

    /** A promoted constant's body: {@code _0} is the value of {@code e} before its adjustments; the constant is a reference to it. */
    Body buildPromoted(ExprId e, Ty ty, Span span) {
        newLocal(ty, span, Mutability.MUT);
        cur = newBlock().index();
        pushDropScope();
        intoRaw(Place.RETURN, e);
        popDropScope(span);
        terminate(TerminatorKind.RETURN, span);
        return finish(BodyKind.PROMOTED, 0, span);
    }

    /**
     * rustc's promotability, simplified: literals, constants, unit and tuple constructors, tuples,
     * arrays and struct literals of promotable parts, and arithmetic that cannot fail at run time.
     */
    private boolean promotable(ExprId e, int depth) {
        if (depth > 32 || !tr.adjustmentsOf(e).isEmpty()) return false;
        return promotableShape(e, depth);
    }

    private boolean promotableShape(ExprId e, int depth) {
        return switch (expr(e)) {
            case Expr.Literal l -> true;
            case Expr.Path p -> tr.resolutions().get(e) instanceof TypeckResults.Resolution res
                    && (res.kind() == DefKind.CONST || res.kind() == DefKind.ASSOC_CONST || res.kind() == DefKind.CONST_PARAM
                    || res.kind() == DefKind.CTOR && !(ty(e) instanceof Ty.FnDef));
            case Expr.Tuple t -> t.elems().stream().allMatch(x -> promotable(x, depth + 1));
            case Expr.Array a -> a.elems().stream().allMatch(x -> promotable(x, depth + 1));
            case Expr.Repeat r -> promotable(r.elem(), depth + 1);
            case Expr.Struct s -> s.base() == null && s.fields().stream().allMatch(f -> promotable(f.expr(), depth + 1));
            case Expr.Call c -> expr(c.callee()) instanceof Expr.Path && tr.resolutions().get(c.callee()) instanceof
                    TypeckResults.Resolution res && res.kind() == DefKind.CTOR
                    && c.args().stream().allMatch(x -> promotable(x, depth + 1));
            case Expr.Unary u -> (u.op() == Expr.UnOp.NEG || u.op() == Expr.UnOp.NOT) && tr.resolutions().get(e) == null
                    && promotable(u.operand(), depth + 1);
            case Expr.Binary b -> tr.resolutions().get(e) == null && b.op() != Expr.BinOp.DIV && b.op() != Expr.BinOp.REM
                    && b.op() != Expr.BinOp.AND && b.op() != Expr.BinOp.OR
                    && promotable(b.lhs(), depth + 1) && promotable(b.rhs(), depth + 1);
            case Expr.Cast c -> promotable(c.expr(), depth + 1) && !(ty(e) instanceof Ty.RawPtr);
            default -> false;
        };
    }

    /**
     * Whether the value of a promotable expression needs dropping, judged by the value as rustc's
     * promotion does: {@code None} of an {@code Option<String>} does not.
     */
    private boolean valueNeedsDrop(ExprId e, int depth) {
        if (depth > 32) return true;
        boolean isVariant = tr.resolutions().get(e) instanceof TypeckResults.Resolution res && res.kind() == DefKind.CTOR
                && tcx.kind(tcx.parent(res.def())) == DefKind.VARIANT;
        return switch (expr(e)) {
            case Expr.Path p when isVariant -> false;
            case Expr.Call c when tr.resolutions().get(c.callee()) instanceof TypeckResults.Resolution res
                    && res.kind() == DefKind.CTOR && tcx.kind(tcx.parent(res.def())) == DefKind.VARIANT ->
                    c.args().stream().anyMatch(x -> valueNeedsDrop(x, depth + 1));
            case Expr.Tuple t -> t.elems().stream().anyMatch(x -> valueNeedsDrop(x, depth + 1));
            case Expr.Array a -> a.elems().stream().anyMatch(x -> valueNeedsDrop(x, depth + 1));
            default -> dropCheck.needsDrop(ty(e));
        };
    }

    /** No interior mutability ({@code UnsafeCell}) anywhere inside {@code t} (rustc's {@code Freeze}). */
    private boolean freeze(Ty t, int depth) {
        if (depth > 16) return false;
        return switch (t) {
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Str s -> true;
            case Ty.Never n -> true;
            case Ty.Ref r -> true;
            case Ty.RawPtr p -> true;
            case Ty.FnPtr f -> true;
            case Ty.FnDef f -> true;
            case Ty.Tuple tu -> tu.elems().stream().allMatch(x -> freeze(x, depth + 1));
            case Ty.Array a -> freeze(a.elem(), depth + 1);
            case Ty.Slice s -> freeze(s.elem(), depth + 1);
            case Ty.Adt a -> {
                if (a.def().equals(tcx.langItem("unsafe_cell"))) yield false;
                for (AdtDef.VariantDef v : tcx.adtDef(a.def()).variants()) {
                    for (AdtDef.FieldDef f : v.fields()) {
                        if (!freeze(TyFolder.subst(f.ty(), a.args()), depth + 1)) yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private Operand asOperandRaw(ExprId id) {
        Expr e = expr(id);
        return switch (category(e)) {
            case PLACE -> use(asPlaceRaw(id));
            case RVALUE -> {
                Operand c = constantOperand(id);
                if (c != null) yield c;
                Rvalue rv = asRvalueRaw(id);
                if (rv instanceof Rvalue.Use u) yield u.operand();
                Local t = temp(ty(id), e.span());
                if (rv != null) assign(Place.of(t), rv, e.span());
                yield moveOut(Place.of(t));
            }
            case INTO -> {
                Local t = temp(ty(id), e.span());
                intoRaw(Place.of(t), id);
                yield moveOut(Place.of(t));
            }
        };
    }

    /** Literals and paths to functions, constructors and constants are constants. */
    private Operand constantOperand(ExprId id) {
        Expr e = expr(id);
        Span span = e.span();
        if (e instanceof Expr.Literal l) return literal(l.lit(), ty(id), span);
        // `-1` is a negative constant, as rustc folds it
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && !tr.resolutions().containsKey(id)
                && expr(u.operand()) instanceof Expr.Literal l) {
            if (l.lit() instanceof Lit.Int i && ty(id) instanceof Ty.Int) return intConst(i.value().negate(), ty(id), span);
            if (l.lit() instanceof Lit.Float f && ty(id) instanceof Ty.Float fl) return floatConst("-" + f.text(), fl.kind(), span);
            if (l.lit() instanceof Lit.Int i && ty(id) instanceof Ty.Float fl) {
                return floatConst("-" + i.value(), fl.kind(), span);
            }
        }
        if (e instanceof Expr.Path && tr.resolutions().get(id) instanceof TypeckResults.Resolution res) {
            Ty t = ty(id);
            switch (res.kind()) {
                case FN, ASSOC_FN -> {
                    return new Operand.Constant(ConstValue.ZST, t, span);
                }
                case CTOR -> {
                    if (t instanceof Ty.FnDef) return new Operand.Constant(ConstValue.ZST, t, span);
                    return null; // a unit struct or variant: an aggregate
                }
                case CONST, ASSOC_CONST -> {
                    return new Operand.Constant(new ConstValue.Unevaluated(res.def(), res.args()), t, span);
                }
                case CONST_PARAM -> {
                    for (var gp : tcx.allParams(owner)) {
                        if (res.def().equals(gp.def())) {
                            return new Operand.Constant(new ConstValue.TyConst(new Const.Param(gp.index(), gp.name())), t, span);
                        }
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private Rvalue asRvalueRaw(ExprId id) {
        Expr e = expr(id);
        Span span = e.span();
        switch (category(e)) {
            case PLACE -> {
                return new Rvalue.Use(use(asPlaceRaw(id)));
            }
            case INTO -> {
                Local t = temp(ty(id), span);
                intoRaw(Place.of(t), id);
                return new Rvalue.Use(moveOut(Place.of(t)));
            }
            default -> {
            }
        }
        Operand konst = constantOperand(id);
        if (konst != null) return new Rvalue.Use(konst);
        return switch (e) {
            case Expr.Path p -> {
                // a unit struct or unit variant
                TypeckResults.Resolution res = tr.resolutions().get(id);
                yield ctorAggregate(res, ty(id), List.of());
            }
            case Expr.Binary b -> binary(id, b);
            case Expr.Unary u -> {
                Operand op = asOperand(u.operand());
                if (u.op() == Expr.UnOp.NEG && ty(id) instanceof Ty.Int ik && ik.kind().signed()) {
                    Local isMin = temp(Ty.BOOL, span);
                    assign(Place.of(isMin), new Rvalue.BinaryOp(BinOp.EQ, op, intConst(minValue(ik.kind()), ty(id), span)), span);
                    assertFalse(moveOut(Place.of(isMin)), new AssertMessage.OverflowNeg(op), span);
                }
                yield new Rvalue.UnaryOp(u.op() == Expr.UnOp.NEG ? UnOp.NEG : UnOp.NOT, op);
            }
            case Expr.Cast c -> cast(c, ty(id));
            case Expr.AddrOf a -> {
                if (!a.raw() && a.mutbl() == Mutability.NOT) {
                    Place promotedPlace = promotedPlace(a.expr(), span);
                    if (promotedPlace != null) yield new Rvalue.Ref(BorrowKind.SHARED, promotedPlace);
                }
                Place p = a.mutbl() == Mutability.MUT ? asPlaceMut(a.expr()) : asPlace(a.expr());
                if (a.raw()) yield new Rvalue.RawPtr(a.mutbl(), p);
                yield new Rvalue.Ref(a.mutbl() == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, p);
            }
            case Expr.Tuple t -> new Rvalue.Aggregate(AggregateKind.TUPLE, operands(t.elems()));
            case Expr.Array a -> new Rvalue.Aggregate(new AggregateKind.Array(Place.elemTy(ty(id))), operands(a.elems()));
            case Expr.Repeat r -> {
                Operand elem = asOperand(r.elem());
                Const count = ty(id) instanceof Ty.Array arr ? arr.len() : new Const.Error();
                yield new Rvalue.Repeat(elem, count);
            }
            case Expr.Struct s -> structExpr(id, s);
            case Expr.Closure c -> closureValue(id, c);
            default -> throw new IllegalStateException("not an rvalue: " + e);
        };
    }

    private List<Operand> spannedOperands(List<ExprId> es) {
        List<Operand> out = new ArrayList<>();
        for (ExprId e : es) out.add(spanned(asOperand(e), e));
        return out;
    }

    private List<Operand> operands(List<ExprId> es) {
        List<Operand> out = new ArrayList<>();
        for (ExprId e : es) out.add(asOperand(e));
        return out;
    }

    private Rvalue ctorAggregate(TypeckResults.Resolution res, Ty ty, List<Operand> fields) {
        if (!(ty instanceof Ty.Adt adt)) return new Rvalue.Use(Operand.unit());
        AdtDef def = tcx.adtDef(adt.def());
        int variant = 0;
        if (res != null && def.isEnum()) {
            DefId v = res.kind() == DefKind.CTOR ? tcx.parent(res.def()) : res.def();
            variant = variantIndex(def, v);
        }
        return new Rvalue.Aggregate(new AggregateKind.Adt(adt.def(), variant, adt.args()), fields);
    }

    private static int variantIndex(AdtDef def, DefId variant) {
        for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).def().equals(variant)) return i;
        return 0;
    }

    private Rvalue structExpr(ExprId id, Expr.Struct s) {
        Ty t = ty(id);
        if (!(t instanceof Ty.Adt adt)) return new Rvalue.Use(Operand.unit());
        AdtDef def = tcx.adtDef(adt.def());
        TypeckResults.Resolution res = tr.resolutions().get(id);
        int variant = 0;
        if (def.isEnum() && res != null) variant = variantIndex(def, res.def());
        AdtDef.VariantDef v = def.variants().get(variant);
        Operand[] ops = new Operand[v.fields().size()];
        int active = -1;
        for (Expr.FieldInit f : s.fields()) {
            Integer idx = tr.initFieldIndices().get(f.expr());
            if (idx == null || idx >= ops.length) continue;
            ops[idx] = spanned(asOperand(f.expr()), f.expr());
            active = idx;
        }
        if (def.isUnion()) {
            return new Rvalue.Aggregate(new AggregateKind.Adt(adt.def(), 0, adt.args(), active),
                    active < 0 ? List.of() : List.of(ops[active]));
        }
        if (s.base() != null) {
            Place base = asPlace(s.base());
            for (int i = 0; i < ops.length; i++) {
                if (ops[i] == null) {
                    Ty ft = dev.ferrite.types.TyFolder.subst(v.fields().get(i).ty(), adt.args());
                    ops[i] = isCopy(ft) ? Operand.copy(base.field(i, ft)) : moveOut(base.field(i, ft));
                }
            }
        }
        List<Operand> list = new ArrayList<>();
        for (Operand o : ops) list.add(o == null ? Operand.unit() : o);
        return new Rvalue.Aggregate(new AggregateKind.Adt(adt.def(), variant, adt.args()), list);
    }

    private Rvalue closureValue(ExprId id, Expr.Closure c) {
        TypeckResults.ClosureInfo info = tr.closures().get(c.def());
        List<Operand> caps = new ArrayList<>();
        if (info != null) {
            for (TypeckResults.Capture cap : info.captures()) {
                Place p = upvars.containsKey(cap.var()) ? upvars.get(cap.var()) : bindings.containsKey(cap.var())
                        ? Place.of(bindings.get(cap.var())) : null;
                if (p == null) {
                    caps.add(Operand.unit());
                    continue;
                }
                switch (cap.kind()) {
                    case BY_VALUE -> caps.add(use(p));
                    case BY_REF, BY_MUT_REF -> {
                        Local t = temp(cap.capturedTy(), c.span());
                        // a variable that is not `mut` (a `&mut` reference used mutably in the
                        // closure) is captured by unique borrow, as rustc's `&uniq`
                        BorrowKind k = cap.kind() == TypeckResults.CaptureKind.BY_REF ? BorrowKind.SHARED
                                : p.isLocal() && locals.get(p.local().index()).mutability() == Mutability.NOT
                                ? BorrowKind.MUT_CLOSURE_CAPTURE : BorrowKind.MUT;
                        assign(Place.of(t), new Rvalue.Ref(k, p), c.span());
                        caps.add(moveOut(Place.of(t)));
                    }
                }
            }
        }
        Ty t = ty(id);
        GenericArgs args = t instanceof Ty.Closure cl ? cl.args() : GenericArgs.EMPTY;
        return new Rvalue.Aggregate(new AggregateKind.Closure(c.def(), args), caps);
    }

    private Rvalue cast(Expr.Cast c, Ty target) {
        Operand op = asOperand(c.expr());
        Ty from = adjustedTy(c.expr());
        CastKind kind;
        if (from.equals(target)) return new Rvalue.Use(op);
        boolean fromInt = from instanceof Ty.Int || from instanceof Ty.Bool || from instanceof Ty.Char
                || from instanceof Ty.Adt; // C-like enums cast by their discriminant
        if (from instanceof Ty.Adt) {
            Local d = temp(target, c.span());
            Place p = op.place();
            if (p != null) {
                Ty discrTy = Ty.of(tcx.adtDef(((Ty.Adt) from).def()).discrKind());
                Local discr = temp(discrTy, c.span());
                assign(Place.of(discr), new Rvalue.Discriminant(p), c.span());
                return new Rvalue.Cast(CastKind.INT_TO_INT, moveOut(Place.of(discr)), target);
            }
            return new Rvalue.Use(moveOut(Place.of(d)));
        }
        if (fromInt && target instanceof Ty.Int) kind = CastKind.INT_TO_INT;
        else if (fromInt && target instanceof Ty.Float) kind = CastKind.INT_TO_FLOAT;
        else if (from instanceof Ty.Float && target instanceof Ty.Int) kind = CastKind.FLOAT_TO_INT;
        else if (from instanceof Ty.Float && target instanceof Ty.Float) kind = CastKind.FLOAT_TO_FLOAT;
        else if (from instanceof Ty.Int && target instanceof Ty.Char) kind = CastKind.INT_TO_INT;
        else if ((from instanceof Ty.RawPtr || from instanceof Ty.Ref || from instanceof Ty.FnPtr) && target instanceof Ty.Int) kind = CastKind.EXPOSE_PROVENANCE;
        else if (from instanceof Ty.Int && target instanceof Ty.RawPtr) kind = CastKind.WITH_EXPOSED_PROVENANCE;
        else if (from instanceof Ty.FnDef && target instanceof Ty.FnPtr) kind = CastKind.coercion(PointerCoercion.REIFY_FN_POINTER);
        else if (from instanceof Ty.FnPtr && target instanceof Ty.RawPtr) kind = CastKind.FN_PTR_TO_PTR;
        else if (from instanceof Ty.Ref r && target instanceof Ty.RawPtr p && r.pointee() instanceof Ty.Array
                && !(p.pointee() instanceof Ty.Array)) kind = CastKind.coercion(PointerCoercion.ARRAY_TO_POINTER);
        else kind = CastKind.PTR_TO_PTR;
        return new Rvalue.Cast(kind, op, target);
    }

    // ---- arithmetic ----

    private static BinOp binOp(Expr.BinOp op) {
        return switch (op) {
            case ADD -> BinOp.ADD;
            case SUB -> BinOp.SUB;
            case MUL -> BinOp.MUL;
            case DIV -> BinOp.DIV;
            case REM -> BinOp.REM;
            case BIT_XOR -> BinOp.BIT_XOR;
            case BIT_AND -> BinOp.BIT_AND;
            case BIT_OR -> BinOp.BIT_OR;
            case SHL -> BinOp.SHL;
            case SHR -> BinOp.SHR;
            case EQ -> BinOp.EQ;
            case LT -> BinOp.LT;
            case LE -> BinOp.LE;
            case NE -> BinOp.NE;
            case GE -> BinOp.GE;
            case GT -> BinOp.GT;
            case AND, OR -> throw new IllegalStateException("lazy operator");
        };
    }

    private Rvalue binary(ExprId id, Expr.Binary b) {
        Operand l = asOperand(b.lhs());
        if (l instanceof Operand.Copy c && (!(expr(b.rhs()) instanceof Expr.Literal) && !(expr(b.rhs()) instanceof Expr.Path)
                || readsUserVariable(c))) {
            // the left operand is read before the right one runs (`*x + { *x = 2; 1 }` adds the old
            // value), as rustc's operands are temporaries; a variable's read keeps its own span
            // (what the borrow checker points at)
            l = spannedTemp(l, b.lhs());
        }
        Operand r = asOperand(b.rhs());
        if (r instanceof Operand.Copy c && readsUserVariable(c)) r = spannedTemp(r, b.rhs());
        return checkedBinary(binOp(b.op()), l, r, adjustedTy(b.lhs()), b.span());
    }

    /**
     * An operand that moves or copies a variable (or a part of it), put in a temporary of its own
     * span, so that the borrow checker can point at it inside an aggregate; others as they are.
     */
    private Operand spanned(Operand o, ExprId e) {
        Place p = o.place();
        if (p == null || !locals.get(p.local().index()).userVariable() || p.hasDeref()) return o;
        return spannedTemp(o, e);
    }

    private boolean readsUserVariable(Operand.Copy c) {
        return locals.get(c.place().local().index()).userVariable() && !c.place().hasDeref();
    }

    private Operand spannedTemp(Operand o, ExprId e) {
        Local t = temp(adjustedTy(e), expr(e).span());
        assign(Place.of(t), new Rvalue.Use(o), expr(e).span());
        return moveOut(Place.of(t));
    }

    /** A built-in binary operation with rustc's overflow, division and shift checks. */
    private Rvalue checkedBinary(BinOp op, Operand l, Operand r, Ty ty, Span span) {
        if (ty instanceof Ty.Int ik) {
            IntKind k = ik.kind();
            switch (op) {
                case ADD, SUB, MUL -> {
                    Ty pair = Ty.tuple(List.of(ty, Ty.BOOL));
                    Local t = temp(pair, span);
                    assign(Place.of(t), new Rvalue.BinaryOp(op.withOverflow(), l, r), span);
                    assertFalse(moveOut(Place.of(t).field(1, Ty.BOOL)), new AssertMessage.Overflow(op, l, r), span);
                    return new Rvalue.Use(moveOut(Place.of(t).field(0, ty)));
                }
                case DIV, REM -> {
                    Local zero = temp(Ty.BOOL, span);
                    assign(Place.of(zero), new Rvalue.BinaryOp(BinOp.EQ, r, intConst(BigInteger.ZERO, ty, span)), span);
                    assertFalse(moveOut(Place.of(zero)), op == BinOp.DIV ? new AssertMessage.DivisionByZero(l)
                            : new AssertMessage.RemainderByZero(l), span);
                    if (k.signed()) {
                        Local minusOne = temp(Ty.BOOL, span);
                        assign(Place.of(minusOne), new Rvalue.BinaryOp(BinOp.EQ, r, intConst(BigInteger.ONE.negate(), ty, span)), span);
                        Local isMin = temp(Ty.BOOL, span);
                        assign(Place.of(isMin), new Rvalue.BinaryOp(BinOp.EQ, l, intConst(minValue(k), ty, span)), span);
                        Local both = temp(Ty.BOOL, span);
                        assign(Place.of(both), new Rvalue.BinaryOp(BinOp.BIT_AND, moveOut(Place.of(minusOne)),
                                moveOut(Place.of(isMin))), span);
                        assertFalse(moveOut(Place.of(both)), new AssertMessage.Overflow(op, l, r), span);
                    }
                    return new Rvalue.BinaryOp(op, l, r);
                }
                case SHL, SHR -> {
                    Local ok = temp(Ty.BOOL, span);
                    Ty rty = r instanceof Operand.Constant c ? c.ty() : operandTy(r);
                    Operand bits = rty instanceof Ty.Int rk ? intConst(BigInteger.valueOf(k.bits()), rty, span)
                            : intConst(BigInteger.valueOf(k.bits()), Ty.of(IntKind.U32), span);
                    assign(Place.of(ok), new Rvalue.BinaryOp(BinOp.LT, r, bits), span);
                    assertTrue(moveOut(Place.of(ok)), new AssertMessage.Overflow(op, l, r), span);
                    return new Rvalue.BinaryOp(op, l, r);
                }
                default -> {
                }
            }
        }
        return new Rvalue.BinaryOp(op, l, r);
    }

    private Ty operandTy(Operand o) {
        return switch (o) {
            case Operand.Constant c -> c.ty();
            case Operand.Copy c -> placeTy(c.place());
            case Operand.Move m -> placeTy(m.place());
        };
    }

    private static BigInteger minValue(IntKind k) {
        return BigInteger.ONE.shiftLeft(k.bits() - 1).negate();
    }

    private Operand intConst(BigInteger v, Ty ty, Span span) {
        int size = ty instanceof Ty.Int ik ? ik.kind().bytes() : 8;
        BigInteger bits = v.and(BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE));
        return new Operand.Constant(new ConstValue.Scalar(bits, size), ty, span);
    }

    private void assertFalse(Operand cond, AssertMessage msg, Span span) {
        BasicBlock next = newBlock();
        terminate(new TerminatorKind.Assert(cond, false, msg, next, UnwindAction.CONTINUE), span);
        cur = next.index();
    }

    private void assertTrue(Operand cond, AssertMessage msg, Span span) {
        BasicBlock next = newBlock();
        terminate(new TerminatorKind.Assert(cond, true, msg, next, UnwindAction.CONTINUE), span);
        cur = next.index();
    }

    // ---- literals ----

    private Operand literal(Lit lit, Ty ty, Span span) {
        return switch (lit) {
            case Lit.Int i -> {
                if (ty instanceof Ty.Float f) yield floatConst(i.value().toString(), f.kind(), span);
                yield intConst(i.value(), ty instanceof Ty.Int ? ty : Ty.of(IntKind.I32), span);
            }
            case Lit.Float f -> floatConst(f.text(), ty instanceof Ty.Float fl ? fl.kind() : FloatKind.F64, span);
            case Lit.Bool b -> new Operand.Constant(ConstValue.bool(b.value()), Ty.BOOL, span);
            case Lit.Char c -> new Operand.Constant(ConstValue.Scalar.of(c.codePoint(), 4), Ty.CHAR, span);
            case Lit.Byte b -> new Operand.Constant(ConstValue.Scalar.of(b.value(), 1), Ty.of(IntKind.U8), span);
            case Lit.Str s -> new Operand.Constant(new ConstValue.Slice(Allocation.ofBytes(s.bytes())), ty, span);
            case Lit.ByteStr s -> new Operand.Constant(new ConstValue.Pointer(new GlobalAlloc.Memory(Allocation.ofBytes(s.bytes())), 0),
                    ty, span);
            case Lit.CStr s -> {
                byte[] withNul = java.util.Arrays.copyOf(s.bytes(), s.bytes().length + 1);
                yield new Operand.Constant(new ConstValue.Slice(Allocation.ofBytes(withNul)), ty, span);
            }
            case Lit.Err e -> new Operand.Constant(ConstValue.ZST, ty, span);
        };
    }

    private static Operand floatConst(String text, FloatKind k, Span span) {
        String t = text.replace("_", "");
        if (k == FloatKind.F32) {
            int bits = Float.floatToRawIntBits(Float.parseFloat(t));
            return new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(bits & 0xFFFFFFFFL), 4), Ty.of(k), span);
        }
        long bits = Double.doubleToRawLongBits(Double.parseDouble(t));
        return new Operand.Constant(new ConstValue.Scalar(new BigInteger(Long.toUnsignedString(bits)), 8), Ty.of(k), span);
    }

    // ---- calls ----

    private void call(Ty fnTy, List<Operand> args, Place dest, Span span) {
        call(new Operand.Constant(ConstValue.ZST, fnTy, span), args, dest, span);
    }

    private void call(Operand func, List<Operand> args, Place dest, Span span) {
        call(func, args, dest, span, span);
    }

    private void call(Operand func, List<Operand> args, Place dest, Span span, Span fnSpan) {
        call(func, args, List.of(), dest, span, fnSpan);
    }

    private void call(Operand func, List<Operand> args, List<Span> argSpans, Place dest, Span span, Span fnSpan) {
        BasicBlock next = newBlock();
        Ty out = placeTy(dest);
        boolean diverges = out instanceof Ty.Never;
        terminate(new TerminatorKind.Call(func, args, dest, diverges ? null : next, UnwindAction.CONTINUE, true, fnSpan,
                argSpans), span);
        cur = next.index();
        markInit(dest);
    }

    // ---- expressions written into a destination ----

    private void intoRaw(Place dest, ExprId id) {
        Expr e = expr(id);
        Span span = e.span();
        switch (e) {
            case Expr.ConstBlock c -> intoRaw(dest, c.block());
            case Expr.BlockExpr b -> {
                if (b.label() != null) {
                    BasicBlock exit = newBlock();
                    scopes.put(id, new Scope(dest, exit, null, dropScopes.size()));
                    block(dest, b.block());
                    gotoBlock(exit, span);
                    cur = exit.index();
                } else {
                    block(dest, b.block());
                }
            }
            case Expr.If i -> {
                BasicBlock elseBlock = newBlock();
                BasicBlock join = newBlock();
                condition(i.cond(), elseBlock);
                into(dest, i.then());
                gotoBlock(join, span);
                cur = elseBlock.index();
                if (i.els() != null) into(dest, i.els());
                else assign(dest, new Rvalue.Use(Operand.unit()), span);
                gotoBlock(join, span);
                cur = join.index();
            }
            case Expr.Loop l -> {
                BasicBlock head = newBlock();
                BasicBlock exit = newBlock();
                gotoBlock(head, span);
                cur = head.index();
                scopes.put(id, new Scope(dest, exit, head, dropScopes.size()));
                Local scratch = temp(Ty.UNIT, span);
                block(Place.of(scratch), l.body());
                gotoBlock(head, span);
                cur = exit.index();
            }
            case Expr.Match m -> match(dest, m, span);
            case Expr.Break b -> {
                Scope s = b.target() == null ? null : scopes.get(b.target());
                if (s != null) {
                    if (b.value() != null) into(s.dest(), b.value());
                    else if (expr(b.target()) instanceof Expr.BlockExpr || expr(b.target()) instanceof Expr.Loop l
                            && l.source() == Expr.LoopSource.LOOP) {
                        assign(s.dest(), new Rvalue.Use(Operand.unit()), span);
                    }
                    dropScopesFrom(s.dropDepth(), span);
                    gotoBlock(s.breakBlock(), span);
                }
                diverged();
            }
            case Expr.Continue c -> {
                Scope s = c.target() == null ? null : scopes.get(c.target());
                if (s != null && s.continueBlock() != null) {
                    dropScopesFrom(s.dropDepth(), span);
                    gotoBlock(s.continueBlock(), span);
                }
                diverged();
            }
            case Expr.Return r -> {
                if (r.value() != null) into(Place.RETURN, r.value());
                else assign(Place.RETURN, new Rvalue.Use(Operand.unit()), span);
                dropScopesFrom(0, span);
                terminate(TerminatorKind.RETURN, span);
                diverged();
            }
            case Expr.Call c -> callExpr(dest, id, c);
            case Expr.MethodCall mc -> {
                TypeckResults.Resolution res = tr.resolutions().get(id);
                List<Operand> args = new ArrayList<>();
                args.add(asOperand(mc.receiver()));
                args.addAll(operands(mc.args()));
                if (res == null) {
                    diverged();
                    return;
                }
                // rustc's fn_span: from the method name to the closing parenthesis (what
                // #[track_caller] reports)
                Span seg = mc.segment().span();
                Span fnSpan = seg.ctxt() == span.ctxt() && !seg.isDummy() ? seg.to(span.shrinkToHi()) : span;
                List<Span> argSpans = new ArrayList<>();
                argSpans.add(expr(mc.receiver()).span());
                for (ExprId a : mc.args()) argSpans.add(expr(a).span());
                call(new Operand.Constant(ConstValue.ZST, Ty.fnDef(res.def(), res.args()), span), args, argSpans, dest, span,
                        fnSpan);
            }
            case Expr.Assign a -> {
                Operand v = asOperand(a.rhs());
                Place p = asPlaceMut(a.lhs());
                assignReplacing(p, v, span, expr(a.lhs()).span());
                assign(dest, new Rvalue.Use(Operand.unit()), span);
            }
            case Expr.AssignOp a -> {
                TypeckResults.Resolution res = tr.resolutions().get(id);
                if (res != null) {
                    Place p = asPlaceMut(a.lhs());
                    Local r = temp(Ty.ref(Region.ERASED, adjustedTy(a.lhs()), Mutability.MUT), span);
                    assign(Place.of(r), new Rvalue.Ref(BorrowKind.MUT, p), span);
                    Operand rhs = asOperand(a.rhs());
                    call(Ty.fnDef(res.def(), res.args()), List.of(moveOut(Place.of(r)), rhs), dest, span);
                    return;
                }
                Operand rhs = asOperand(a.rhs());
                Place p = asPlaceMut(a.lhs());
                Rvalue rv = checkedBinary(binOp(a.op()), Operand.copy(p), rhs, adjustedTy(a.lhs()), span);
                assign(p, rv, span);
                assign(dest, new Rvalue.Use(Operand.unit()), span);
            }
            case Expr.Binary b when b.op().isLazy() -> {
                // a && b: if a { b } else { false };  a || b: if a { true } else { b }
                Operand l = asOperand(b.lhs());
                BasicBlock rhsBlock = newBlock();
                BasicBlock shortBlock = newBlock();
                BasicBlock join = newBlock();
                if (b.op() == Expr.BinOp.AND) {
                    terminate(new TerminatorKind.SwitchInt(l, SwitchTargets.ifThenElse(rhsBlock, shortBlock)), span);
                } else {
                    terminate(new TerminatorKind.SwitchInt(l, SwitchTargets.ifThenElse(shortBlock, rhsBlock)), span);
                }
                cur = shortBlock.index();
                assign(dest, new Rvalue.Use(new Operand.Constant(ConstValue.bool(b.op() == Expr.BinOp.OR), Ty.BOOL, span)), span);
                gotoBlock(join, span);
                cur = rhsBlock.index();
                into(dest, b.rhs());
                gotoBlock(join, span);
                cur = join.index();
            }
            case Expr.Binary b -> {
                TypeckResults.Resolution res = tr.resolutions().get(id);
                if (res == null) {
                    assign(dest, binary(id, b), span);
                    return;
                }
                Operand l;
                Operand r;
                if (b.op().isComparison()) {
                    l = refOf(b.lhs(), span);
                    r = refOf(b.rhs(), span);
                } else {
                    l = asOperand(b.lhs());
                    r = asOperand(b.rhs());
                }
                if (b.op() == Expr.BinOp.NE || b.op() == Expr.BinOp.GT || b.op() == Expr.BinOp.GE || b.op() == Expr.BinOp.LT
                        || b.op() == Expr.BinOp.LE || b.op() == Expr.BinOp.EQ) {
                    call(Ty.fnDef(res.def(), res.args()), List.of(l, r), dest, span);
                } else {
                    call(Ty.fnDef(res.def(), res.args()), List.of(l, r), dest, span);
                }
            }
            case Expr.Unary u -> {
                TypeckResults.Resolution res = tr.resolutions().get(id);
                if (res != null && u.op() != Expr.UnOp.DEREF) {
                    call(Ty.fnDef(res.def(), res.args()), List.of(asOperand(u.operand())), dest, span);
                } else if (u.op() == Expr.UnOp.DEREF) {
                    assign(dest, new Rvalue.Use(use(asPlaceRaw(id))), span);
                } else {
                    assign(dest, asRvalueRaw(id), span);
                }
            }
            case Expr.Let l -> {
                BasicBlock no = newBlock();
                BasicBlock join = newBlock();
                condition(id, no);
                assign(dest, new Rvalue.Use(new Operand.Constant(ConstValue.TRUE, Ty.BOOL, span)), span);
                gotoBlock(join, span);
                cur = no.index();
                assign(dest, new Rvalue.Use(new Operand.Constant(ConstValue.FALSE, Ty.BOOL, span)), span);
                gotoBlock(join, span);
                cur = join.index();
            }
            case Expr.Err err -> {
            }
            default -> {
                switch (category(e)) {
                    case PLACE -> assign(dest, new Rvalue.Use(use(asPlaceRaw(id))), span);
                    case RVALUE -> {
                        Rvalue rv = asRvalueRaw(id);
                        if (rv != null) assign(dest, rv, span);
                    }
                    case INTO -> throw new IllegalStateException("unhandled expression " + e);
                }
            }
        }
    }

    /** {@code &expr} as an operand (the operands of overloaded comparisons). */
    private Operand refOf(ExprId e, Span span) {
        Place p = asPlace(e);
        Local t = temp(Ty.ref(Region.ERASED, adjustedTy(e), Mutability.NOT), span);
        assign(Place.of(t), new Rvalue.Ref(BorrowKind.SHARED, p), span);
        return moveOut(Place.of(t));
    }

    private void callExpr(Place dest, ExprId id, Expr.Call c) {
        Span span = c.span();
        TypeckResults.Resolution overloaded = tr.resolutions().get(id);
        if (overloaded != null && overloaded.kind() == DefKind.ASSOC_FN) {
            // f(a, b) through Fn/FnMut/FnOnce: call(&f, (a, b))
            DefId method = overloaded.def();
            String name = tcx.name(method).text();
            Operand callee;
            if (name.equals("call_once")) {
                callee = asOperand(c.callee());
            } else {
                Mutability m = name.equals("call_mut") ? Mutability.MUT : Mutability.NOT;
                Place p = m == Mutability.MUT ? asPlaceMut(c.callee()) : asPlace(c.callee());
                Local r = temp(Ty.ref(Region.ERASED, adjustedTy(c.callee()), m), span);
                assign(Place.of(r), new Rvalue.Ref(m == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, p),
                        expr(c.callee()).span());
                callee = moveOut(Place.of(r));
            }
            List<Operand> args = spannedOperands(c.args());
            List<Ty> argTys = new ArrayList<>();
            for (ExprId a : c.args()) argTys.add(adjustedTy(a));
            Local tuple = temp(Ty.tuple(argTys), span);
            assign(Place.of(tuple), new Rvalue.Aggregate(AggregateKind.TUPLE, args), span);
            call(Ty.fnDef(method, overloaded.args()), List.of(callee, moveOut(Place.of(tuple))), dest, span);
            return;
        }
        Ty calleeTy = adjustedTy(c.callee());
        if (calleeTy instanceof Ty.Closure cl) {
            // A closure called directly: through the Fn trait its kind allows, with the arguments tupled.
            var kind = dev.ferrite.traits.ClosureArgs.of(cl).kind().orElse(dev.ferrite.traits.WellKnownTrait.FN_ONCE);
            String[] lang = switch (kind) {
                case FN -> new String[]{"fn", "call"};
                case FN_MUT -> new String[]{"fn_mut", "call_mut"};
                default -> new String[]{"fn_once", "call_once"};
            };
            DefId trait = tcx.langItem(lang[0]);
            DefId method = trait == null ? null : tcx.assocItem(trait, Symbol.intern(lang[1]), DefKind.Ns.VALUE);
            if (method != null) {
                List<Ty> argTys = new ArrayList<>();
                for (ExprId a : c.args()) argTys.add(adjustedTy(a));
                Ty tupleTy = Ty.tuple(argTys);
                Operand callee;
                if (lang[1].equals("call_once")) {
                    callee = asOperand(c.callee());
                } else {
                    Mutability m = lang[1].equals("call_mut") ? Mutability.MUT : Mutability.NOT;
                    Place p = m == Mutability.MUT ? asPlaceMut(c.callee()) : asPlace(c.callee());
                    Local r = temp(Ty.ref(Region.ERASED, calleeTy, m), span);
                    assign(Place.of(r), new Rvalue.Ref(m == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, p),
                            expr(c.callee()).span());
                    callee = moveOut(Place.of(r));
                }
                List<Operand> args = spannedOperands(c.args());
                Local tuple = temp(tupleTy, span);
                assign(Place.of(tuple), new Rvalue.Aggregate(AggregateKind.TUPLE, args), span);
                call(Ty.fnDef(method, GenericArgs.of(calleeTy, tupleTy)), List.of(callee, moveOut(Place.of(tuple))), dest, span);
                return;
            }
        }
        if (calleeTy instanceof Ty.FnDef fd && tcx.kind(fd.def()) == DefKind.CTOR) {
            List<Operand> args = operands(c.args());
            // the constructor is the callee's type, whatever names it (`Some(1)`, or `f(1)` after `let f = Some;`)
            TypeckResults.Resolution res = new TypeckResults.Resolution(DefKind.CTOR, fd.def(), fd.args());
            assign(dest, ctorAggregate(res, ty(id), args), span);
            return;
        }
        Operand func = asOperand(c.callee());
        List<Operand> args = operands(c.args());
        call(func, args, c.args().stream().map(a -> expr(a).span()).toList(), dest, span, span);
    }

    private void block(Place dest, Expr.Block b) {
        pushDropScope();
        for (Expr.Stmt s : b.stmts()) {
            switch (s) {
                case Expr.LetStmt l -> {
                    // The initialiser's temporaries die at the end of the statement unless borrowed by
                    // the binding (`let r = &make();` extends them to the block); the bindings live on.
                    pushDropScope();
                    letStmt(l);
                    List<Local> stmtScope = dropScopes.removeLast();
                    boolean extended = l.init() != null && (extendsTemporaries(l.init())
                            || tr.adjustmentsOf(l.init()).stream().anyMatch(a -> a.kind() instanceof Adjustment.Borrow));
                    List<Local> dropNow = new ArrayList<>();
                    // extended temporaries are dropped after the bindings (rustc's order)
                    List<Local> kept = new ArrayList<>();
                    for (Local x : stmtScope) {
                        if (bindings.containsValue(x)) kept.add(x);
                        else if (extended) dropScopes.getLast().add(x);
                        else dropNow.add(x);
                    }
                    dropScopes.getLast().addAll(kept);
                    if (blocks.get(cur).term == null) dropLocals(dropNow, l.span());
                }
                case Expr.ExprStmt es -> {
                    pushDropScope(); // the statement's temporaries
                    statementExpr(es.expr(), es.span());
                    popDropScope(es.span());
                }
                case Expr.ItemStmt is -> {
                }
            }
        }
        if (b.tail() != null) into(dest, b.tail());
        else if (!(blocks.get(cur).term != null)) assign(dest, new Rvalue.Use(Operand.unit()), b.span());
        popDropScope(b.span());
    }

    /**
     * Whether a `let` initialiser borrows a temporary in an extending position, which makes the
     * temporary live as long as the binding: the initialiser itself, or the operand of a
     * braced struct, tuple, array or cast expression, or a block's tail, in such a position
     * (`let w = W { p: &mut make() };`, `let r = (&a(), &b());`, `pin!`'s expansion).
     */
    private boolean extendsTemporaries(ExprId e) {
        return switch (expr(e)) {
            case Expr.AddrOf a -> true;
            case Expr.Struct st -> st.fields().stream().anyMatch(f -> extendsTemporaries(f.expr()));
            case Expr.Tuple t -> t.elems().stream().anyMatch(this::extendsTemporaries);
            case Expr.Array a -> a.elems().stream().anyMatch(this::extendsTemporaries);
            case Expr.Cast c -> extendsTemporaries(c.expr());
            case Expr.BlockExpr b -> b.block().tail() != null && extendsTemporaries(b.block().tail());
            default -> false;
        };
    }

    /** An expression statement: assignments need no destination; other values go to a scratch local. */
    private void statementExpr(ExprId e, Span span) {
        Expr ex = expr(e);
        if (tr.adjustmentsOf(e).isEmpty() && (ex instanceof Expr.Assign || ex instanceof Expr.AssignOp && !tr.resolutions().containsKey(e))) {
            // the assignment's own span, without the statement's `;` (what errors point at)
            Span at = ex.span();
            switch (ex) {
                case Expr.Assign a -> {
                    Operand v = asOperand(a.rhs());
                    assignReplacing(asPlaceMut(a.lhs()), v, at, expr(a.lhs()).span());
                }
                case Expr.AssignOp a -> {
                    Operand rhs = asOperand(a.rhs());
                    Place p = asPlaceMut(a.lhs());
                    assign(p, checkedBinary(binOp(a.op()), Operand.copy(p), rhs, adjustedTy(a.lhs()), at), at);
                }
                default -> {
                }
            }
            return;
        }
        Local scratch = temp(adjustedTy(e), span);
        into(Place.of(scratch), e);
    }

    private void letStmt(Expr.LetStmt l) {
        Span span = l.span();
        if (l.init() == null) {
            declareBindings(l.pat());
            return;
        }
        if (l.els() == null && hir.pat(l.pat()) instanceof Pat.Binding bnd && bnd.sub() == null
                && mode(l.pat()).byRef() == null) {
            Local local = declareBinding(l.pat(), bnd);
            into(Place.of(local), l.init());
            return;
        }
        Place init = borrowsOnlyShared(l.pat()) ? promotedPlace(l.init(), span) : null;
        if (init == null) init = asPlace(l.init());
        BasicBlock fail = newBlock();
        testThenBind(l.pat(), init, fail);
        BasicBlock after = BasicBlock.of(cur);
        cur = fail.index();
        if (l.els() != null) {
            Local scratch = temp(Ty.NEVER, span);
            block(Place.of(scratch), l.els());
        }
        terminate(TerminatorKind.UNREACHABLE, span);
        cur = after.index();
    }

    /**
     * Whether a pattern has `ref` bindings and no `ref mut` ones: then a constant scrutinee is
     * promoted as a borrow of it would be (`let [_, ref x @ .., _] = [1, 2, 3, 4]; x` is `'static`).
     */
    private boolean borrowsOnlyShared(PatId p) {
        Map<Symbol, PatId> all = new java.util.LinkedHashMap<>();
        bindingsOf(p, all);
        boolean shared = false;
        for (PatId b : all.values()) {
            Mutability m = mode(b).byRef();
            if (m == Mutability.MUT) return false;
            if (m == Mutability.NOT) shared = true;
        }
        return shared;
    }

    /** The bindings of a `let` without initialiser (`let x;`, `let (a, b);`): declared, assigned later. */
    private void declareBindings(PatId p) {
        Map<Symbol, PatId> all = new java.util.LinkedHashMap<>();
        bindingsOf(p, all);
        for (PatId b : all.values()) declareBinding(b, (Pat.Binding) hir.pat(b));
    }

    private Local declareBinding(PatId p, Pat.Binding b) {
        Local existing = bindings.get(p);
        if (existing != null) return existing;
        Local l = newLocal(tr.patType(p), b.span(), b.mutable() ? Mutability.MUT : Mutability.NOT);
        locals.set(l.index(), new LocalDecl(b.mutable() ? Mutability.MUT : Mutability.NOT, tr.patType(p),
                SourceInfo.outermost(b.span()), true));
        bindings.put(p, l);
        debugInfo.add(VarDebugInfo.of(b.name(), SourceInfo.outermost(b.nameSpan()), Place.of(l)));
        // where the binding comes into scope: the borrow checker starts its initialisations here
        // (a `let` in a loop binds anew on each iteration)
        push(b.span(), new StatementKind.StorageLive(l));
        scheduleDrop(l);
        return l;
    }

    // ---- conditions and matches ----

    /** Continues in the current block when {@code cond} holds; jumps to {@code otherwise} when not. */
    private void condition(ExprId cond, BasicBlock otherwise) {
        Expr e = expr(cond);
        Span span = e.span();
        switch (e) {
            case Expr.Let l -> {
                Place p = asPlace(l.init());
                testThenBind(l.pat(), p, otherwise);
            }
            case Expr.Binary b when b.op() == Expr.BinOp.AND && tr.adjustmentsOf(cond).isEmpty() -> {
                condition(b.lhs(), otherwise);
                condition(b.rhs(), otherwise);
            }
            default -> {
                Operand op = asOperand(cond);
                BasicBlock yes = newBlock();
                terminate(new TerminatorKind.SwitchInt(op, SwitchTargets.ifThenElse(yes, otherwise)), span);
                cur = yes.index();
            }
        }
    }

    private void match(Place dest, Expr.Match m, Span span) {
        Place scrut = asPlace(m.scrutinee());
        // as rustc: the scrutinee is mentioned where it is written (what errors about it point at)
        push(expr(m.scrutinee()).span(), new StatementKind.PlaceMention(scrut));
        BasicBlock join = newBlock();
        for (Expr.Arm arm : m.arms()) {
            BasicBlock next = newBlock();
            if (arm.guard() != null) testArmWithGuard(arm.pat(), arm.guard(), scrut, next);
            else testThenBind(arm.pat(), scrut, next);
            into(dest, arm.body());
            gotoBlock(join, arm.span());
            cur = next.index();
        }
        terminate(TerminatorKind.UNREACHABLE, span);
        cur = join.index();
    }

    /**
     * The type of the place a subpattern is matched against: before the references match
     * ergonomics dereferences implicitly ({@code (a, b)} matched against {@code &(i64, i64)} is
     * checked at the tuple type, but the field of {@code Some} it projects holds the reference).
     */
    private Ty placeTy(PatId sub) {
        List<Ty> peeled = tr.patAdjustments().getOrDefault(sub, List.of());
        if (!peeled.isEmpty()) return peeled.getFirst();
        // a by-reference binding (`ref x`, or by default binding mode) has the reference's type;
        // the place it borrows has the referent's (which may be unsized: `Foo { ref tail, .. }`)
        TypeckResults.BindingMode m = tr.bindingModes().get(sub);
        if (m != null && m.byRef() != null && tr.patType(sub) instanceof Ty.Ref r) return r.pointee();
        return tr.patType(sub);
    }

    /**
     * Tests {@code place} against pattern {@code p}: control continues in the current block when it
     * matches (with its bindings set), and goes to {@code fail} when it does not.
     */
    /** The bindings of the pattern being tested, made once all its tests have passed. */
    private List<PendingBinding> pendingBindings;

    /** A variable a pattern binds: local {@code l} gets {@code from} by value or by reference. */
    private record PendingBinding(Local l, TypeckResults.BindingMode mode, Place from, Span span) {
        boolean byValue() {
            return mode.byRef() == null;
        }
    }

    private void bind(PendingBinding b) {
        if (b.byValue()) {
            assign(Place.of(b.l()), new Rvalue.Use(use(b.from())), b.span());
        } else {
            assign(Place.of(b.l()), new Rvalue.Ref(b.mode().byRef() == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED,
                    b.from()), b.span());
        }
    }

    /**
     * Tests an arm's pattern and its guard. While the guard runs, a by-value binding is a copy of
     * the bytes that neither moves the scrutinee nor owns anything (rustc gives the guard a
     * reference instead); only when the guard holds is the value moved into the binding. A failing
     * guard leaves the scrutinee whole for the next arm.
     */
    private void testGuardThenBind(PatId pid, ExprId guard, Place place, BasicBlock fail) {
        List<PendingBinding> saved = pendingBindings;
        pendingBindings = new ArrayList<>();
        List<PendingBinding> mine;
        try {
            testAndBind(pid, place, fail);
            mine = pendingBindings;
        } finally {
            pendingBindings = saved;
        }
        for (PendingBinding b : mine) {
            // each alternative of an or-pattern binds afresh for its guard
            push(b.span(), new StatementKind.StorageLive(b.l()));
            if (b.byValue()) {
                push(b.span(), new StatementKind.Assign(Place.of(b.l()), new Rvalue.Use(Operand.copy(b.from()))));
            } else {
                bind(b);
            }
        }
        condition(guard, fail);
        for (PendingBinding b : mine) {
            if (!b.byValue()) continue;
            // the guard saw a copy; the arm's binding starts afresh (not a second assignment)
            push(b.span(), new StatementKind.StorageLive(b.l()));
            bind(b);
        }
    }

    /**
     * Tests {@code place} against pattern {@code p}, then binds its variables: as rustc, nothing is
     * moved into a binding before the whole pattern matched (`(l, None) => .., (l, _) => ..` must
     * not move `l` out when the `None` test fails).
     */
    private void testThenBind(PatId pid, Place place, BasicBlock fail) {
        List<PendingBinding> saved = pendingBindings;
        pendingBindings = new ArrayList<>();
        List<PendingBinding> mine;
        try {
            testAndBind(pid, place, fail);
            mine = pendingBindings;
        } finally {
            pendingBindings = saved;
        }
        for (PendingBinding b : mine) bind(b);
    }

    /** Every alternative of an or-pattern binds the same variables: later ones write the first one's locals. */
    private void shareOrBindings(Pat.Or o) {
        Map<Symbol, PatId> first = new HashMap<>();
        bindingsOf(o.alternatives().getFirst(), first);
        for (PatId fp : first.values()) declareBinding(fp, (Pat.Binding) hir.pat(fp));
        for (int i = 1; i < o.alternatives().size(); i++) {
            Map<Symbol, PatId> other = new HashMap<>();
            bindingsOf(o.alternatives().get(i), other);
            for (var en : other.entrySet()) {
                PatId fp = first.get(en.getKey());
                if (fp != null) bindings.put(en.getValue(), bindings.get(fp));
            }
        }
    }

    /**
     * An arm with a guard: an or-pattern at its top is tried alternative by alternative, each with
     * the guard (as rustc does), so the values an alternative moves into its bindings are moved
     * only once that alternative and the guard both held.
     */
    private void testArmWithGuard(PatId pid, ExprId guard, Place place, BasicBlock fail) {
        Pat p = hir.pat(pid);
        if (!(p instanceof Pat.Or o) || !tr.patAdjustments().getOrDefault(pid, List.of()).isEmpty()) {
            testGuardThenBind(pid, guard, place, fail);
            return;
        }
        shareOrBindings(o);
        BasicBlock success = newBlock();
        for (int i = 0; i < o.alternatives().size(); i++) {
            BasicBlock next = i == o.alternatives().size() - 1 ? fail : newBlock();
            testGuardThenBind(o.alternatives().get(i), guard, place, next);
            gotoBlock(success, p.span());
            cur = next.index();
            if (next == fail) break;
        }
        cur = success.index();
    }

    private void testAndBind(PatId pid, Place place, BasicBlock fail) {
        Pat p = hir.pat(pid);
        Span span = p.span();
        List<Ty> derefs = tr.patAdjustments().getOrDefault(pid, List.of());
        for (int i = 0; i < derefs.size(); i++) place = place.deref();
        switch (p) {
            case Pat.Wild w -> {
            }
            case Pat.Binding b -> {
                if (b.sub() != null) testAndBind(b.sub(), place, fail);
                Local l = declareBinding(pid, b);
                TypeckResults.BindingMode mode = mode(pid);
                pendingBindings.add(new PendingBinding(l, mode, place, span));
            }
            case Pat.Tuple t -> {
                Ty tt = tr.patType(pid);
                List<Ty> elems = tt instanceof Ty.Tuple tup ? tup.elems() : List.of();
                for (int i = 0; i < t.elems().size(); i++) {
                    int idx = t.restIndex() >= 0 && i >= t.restIndex() ? elems.size() - (t.elems().size() - i) : i;
                    Ty et = idx < elems.size() ? elems.get(idx) : Ty.ERROR;
                    testAndBind(t.elems().get(i), place.field(idx, et), fail);
                }
            }
            case Pat.TupleStruct ts -> {
                Place inner = variantPlace(pid, place, fail, span);
                for (int i = 0; i < ts.elems().size(); i++) {
                    PatId sub = ts.elems().get(i);
                    Integer idx = tr.patFieldIndices().get(sub);
                    testAndBind(sub, inner.field(idx == null ? i : idx, placeTy(sub)), fail);
                }
            }
            case Pat.Struct s -> {
                Place inner = variantPlace(pid, place, fail, span);
                for (Pat.FieldPat f : s.fields()) {
                    Integer idx = tr.patFieldIndices().get(f.pat());
                    testAndBind(f.pat(), inner.field(idx == null ? 0 : idx, placeTy(f.pat())), fail);
                }
            }
            case Pat.Path pp -> {
                TypeckResults.Resolution res = tr.patResolutions().get(pid);
                if (res != null && (res.kind() == DefKind.CONST || res.kind() == DefKind.ASSOC_CONST)) {
                    Operand c = new Operand.Constant(new ConstValue.Unevaluated(res.def(), res.args()), tr.patType(pid), span);
                    compareEq(place, c, tr.patType(pid), fail, span);
                } else {
                    variantPlace(pid, place, fail, span);
                }
            }
            case Pat.Or o -> {
                shareOrBindings(o);
                BasicBlock success = newBlock();
                for (int i = 0; i < o.alternatives().size(); i++) {
                    BasicBlock next = i == o.alternatives().size() - 1 ? fail : newBlock();
                    testThenBind(o.alternatives().get(i), place, next);
                    gotoBlock(success, span);
                    cur = next.index();
                    if (next == fail) break;
                }
                cur = success.index();
                // bindings of later alternatives are copied to the first one's locals
            }
            case Pat.Ref r -> testAndBind(r.inner(), place.deref(), fail);
            case Pat.Box b -> testAndBind(b.inner(), place.deref(), fail);
            case Pat.Lit l -> {
                Ty t = tr.patType(pid);
                Operand c = asOperand(l.expr());
                // a byte string matched against `&[u8]` is that slice, not a pointer to an array
                if (t instanceof Ty.Ref r && r.pointee() instanceof Ty.Slice
                        && hir.expr(l.expr()) instanceof dev.ferrite.hir.Expr.Literal lit && lit.lit() instanceof Lit.ByteStr bs) {
                    c = new Operand.Constant(new ConstValue.Slice(Allocation.ofBytes(bs.bytes())), t, span);
                }
                compareEq(place, c, t, fail, span);
            }
            case Pat.Range rg -> {
                Ty t = tr.patType(pid);
                if (rg.lo() != null) {
                    Local ok = temp(Ty.BOOL, span);
                    assign(Place.of(ok), new Rvalue.BinaryOp(BinOp.LE, asOperand(rg.lo()), Operand.copy(place)), span);
                    branch(moveOut(Place.of(ok)), fail, span);
                }
                if (rg.hi() != null) {
                    Local ok = temp(Ty.BOOL, span);
                    assign(Place.of(ok), new Rvalue.BinaryOp(rg.inclusive() ? BinOp.LE : BinOp.LT, Operand.copy(place),
                            asOperand(rg.hi())), span);
                    branch(moveOut(Place.of(ok)), fail, span);
                }
            }
            case Pat.Slice s -> {
                Ty t = tr.patType(pid);
                Ty elem = Place.elemTy(t);
                int min = s.before().size() + s.after().size();
                if (t instanceof Ty.Slice) {
                    Local len = temp(Ty.USIZE, span);
                    assign(Place.of(len), new Rvalue.Len(place), span);
                    Local ok = temp(Ty.BOOL, span);
                    assign(Place.of(ok), new Rvalue.BinaryOp(s.slice() == null ? BinOp.EQ : BinOp.GE, Operand.copy(Place.of(len)),
                            intConst(BigInteger.valueOf(min), Ty.USIZE, span)), span);
                    branch(moveOut(Place.of(ok)), fail, span);
                }
                for (int i = 0; i < s.before().size(); i++) {
                    testAndBind(s.before().get(i), place.project(new PlaceElem.ConstantIndex(i, min, false)), fail);
                }
                if (s.slice() != null) {
                    // as rustc: a slice's subslice ends `after` elements before its end; an array's at
                    // an absolute index (its length is known, unless it is a const parameter)
                    PlaceElem sub = t instanceof Ty.Array arr && arr.len() instanceof Const.Value n
                            ? new PlaceElem.Subslice(s.before().size(), n.bits().longValueExact() - s.after().size(), false)
                            : new PlaceElem.Subslice(s.before().size(), s.after().size(), true);
                    testAndBind(s.slice(), place.project(sub), fail);
                }
                for (int i = 0; i < s.after().size(); i++) {
                    testAndBind(s.after().get(i), place.project(new PlaceElem.ConstantIndex(s.after().size() - i, min, true)), fail);
                }
                if (elem == null) return;
            }
            case Pat.Never n -> {
            }
            case Pat.Err err -> {
            }
        }
    }

    /** The binding patterns inside a pattern, by name. */
    private void bindingsOf(PatId pid, Map<Symbol, PatId> out) {
        switch (hir.pat(pid)) {
            case Pat.Binding b -> {
                out.putIfAbsent(b.name(), pid);
                if (b.sub() != null) bindingsOf(b.sub(), out);
            }
            case Pat.Tuple t -> t.elems().forEach(e -> bindingsOf(e, out));
            case Pat.TupleStruct t -> t.elems().forEach(e -> bindingsOf(e, out));
            case Pat.Struct s -> s.fields().forEach(f -> bindingsOf(f.pat(), out));
            case Pat.Or o -> bindingsOf(o.alternatives().getFirst(), out);
            case Pat.Ref r -> bindingsOf(r.inner(), out);
            case Pat.Box b -> bindingsOf(b.inner(), out);
            case Pat.Slice s -> {
                s.before().forEach(e -> bindingsOf(e, out));
                if (s.slice() != null) bindingsOf(s.slice(), out);
                s.after().forEach(e -> bindingsOf(e, out));
            }
            default -> {
            }
        }
    }

    /** Continues when {@code cond} is true, else to {@code fail}. */
    private void branch(Operand cond, BasicBlock fail, Span span) {
        BasicBlock yes = newBlock();
        terminate(new TerminatorKind.SwitchInt(cond, SwitchTargets.ifThenElse(yes, fail)), span);
        cur = yes.index();
    }

    private void compareEq(Place place, Operand value, Ty t, BasicBlock fail, Span span) {
        if (t instanceof Ty.Int || t instanceof Ty.Char || t instanceof Ty.Bool || t instanceof Ty.Float) {
            Local ok = temp(Ty.BOOL, span);
            assign(Place.of(ok), new Rvalue.BinaryOp(BinOp.EQ, Operand.copy(place), value), span);
            branch(moveOut(Place.of(ok)), fail, span);
            return;
        }
        // Other constants compare through PartialEq::eq(&place, &value).
        DefId eqTrait = tcx.langItem("eq");
        DefId eq = eqTrait == null ? null : tcx.assocItem(eqTrait, Symbol.intern("eq"), DefKind.Ns.VALUE);
        if (eq == null) return;
        Ty cmpTy = t;
        Operand a;
        Operand b;
        if (t instanceof Ty.Ref r) {
            cmpTy = r.pointee();
            a = Operand.copy(place);
            b = value;
        } else {
            Local ra = temp(Ty.ref(Region.ERASED, t, Mutability.NOT), span);
            assign(Place.of(ra), new Rvalue.Ref(BorrowKind.SHARED, place), span);
            Local vb = temp(t, span);
            assign(Place.of(vb), new Rvalue.Use(value), span);
            Local rb = temp(Ty.ref(Region.ERASED, t, Mutability.NOT), span);
            assign(Place.of(rb), new Rvalue.Ref(BorrowKind.SHARED, Place.of(vb)), span);
            a = moveOut(Place.of(ra));
            b = moveOut(Place.of(rb));
        }
        Local ok = temp(Ty.BOOL, span);
        call(Ty.fnDef(eq, GenericArgs.of(cmpTy, cmpTy)), List.of(a, b), Place.of(ok), span);
        branch(moveOut(Place.of(ok)), fail, span);
    }

    /**
     * For a pattern naming a variant: tests the discriminant (enums) and returns the place
     * downcast to the variant; for structs the place itself.
     */
    private Place variantPlace(PatId pid, Place place, BasicBlock fail, Span span) {
        TypeckResults.Resolution res = tr.patResolutions().get(pid);
        Ty t = tr.patType(pid);
        if (!(t instanceof Ty.Adt adt) || res == null) return place;
        AdtDef def = tcx.adtDef(adt.def());
        if (!def.isEnum()) return place;
        DefId v = res.kind() == DefKind.CTOR ? tcx.parent(res.def()) : res.def();
        int idx = variantIndex(def, v);
        Ty discrTy = Ty.of(def.discrKind());
        Local d = temp(discrTy, span);
        assign(Place.of(d), new Rvalue.Discriminant(place), span);
        BasicBlock yes = newBlock();
        BigInteger discr = def.variants().get(idx).discr();
        int size = def.discrKind().bytes();
        BigInteger bits = discr.and(BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE));
        terminate(new TerminatorKind.SwitchInt(moveOut(Place.of(d)), new SwitchTargets(List.of(bits), List.of(yes), fail)),
                span);
        cur = yes.index();
        return place.downcast(def.variants().get(idx).name(), idx);
    }
}
