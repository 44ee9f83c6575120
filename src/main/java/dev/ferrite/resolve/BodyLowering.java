package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Lit;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.LitDecoder;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Mutability;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Lowers one body (a function's, a constant's, an anonymous constant's) to HIR: resolves names
 * through ribs (locals of blocks, patterns, closures and match arms, then items in scope), and
 * desugars as rustc does — {@code while} and {@code for} into {@code loop}s, {@code ?} into a
 * {@code match} on {@code Try::branch}, ranges into the range structs — reaching the library's
 * definitions through lang items. An identifier pattern is a binding unless it names a unit
 * struct, unit variant or constant in scope.
 */
final class BodyLowering {
    private static final DiagnosticSink QUIET = d -> { };

    private final ItemLowering il;
    private final Module module;
    private final DefId owner;
    private final Deque<Rib> ribs;
    private final List<dev.ferrite.hir.Expr> exprs = new ArrayList<>();
    private final List<dev.ferrite.hir.Pat> pats = new ArrayList<>();
    /** Enclosing loops and labelled blocks, innermost last. */
    private final Deque<Target> targets = new ArrayDeque<>();

    private record Target(Symbol label, ExprId id, boolean loop) {
    }

    BodyLowering(ItemLowering il, Module module, DefId owner, Deque<Rib> itemRibs) {
        this.il = il;
        this.module = module;
        this.owner = owner;
        this.ribs = new ArrayDeque<>(itemRibs);
    }

    /** A function body: {@code inputs} are the parameter types (self first). */
    Body fnBody(Item.FnDecl decl, List<HirTy> inputs, Expr.Block body) {
        Rib params = push();
        List<dev.ferrite.hir.Expr.Param> ps = new ArrayList<>();
        int i = 0;
        if (decl.selfParam() != null) {
            Item.SelfParam sp = decl.selfParam();
            PatId self = reserve();
            setPat(self, new dev.ferrite.hir.Pat.Binding(null, sp.mutable(), Symbol.SELF_LOWER, sp.span(), null, sp.span()));
            params.values.put(Symbol.SELF_LOWER, new Res.Local(self));
            ps.add(new dev.ferrite.hir.Expr.Param(self, inputs.get(i++), sp.span()));
        }
        for (Item.Param p : decl.params()) {
            PatId pid = pat(p.pat(), params);
            ps.add(new dev.ferrite.hir.Expr.Param(pid, inputs.get(i++), p.span()));
        }
        ExprId value = blockExpr(body, null, false, body.span());
        ribs.removeLast();
        return new Body(owner, exprs, pats, ps, value);
    }

    /** The body of a constant, static or anonymous constant. */
    Body exprBody(Expr e) {
        ExprId value = expr(e);
        return new Body(owner, exprs, pats, List.of(), value);
    }

    // ---- arenas ----

    private ExprId add(dev.ferrite.hir.Expr e) {
        exprs.add(e);
        return new ExprId(exprs.size() - 1);
    }

    private ExprId reserveExpr() {
        exprs.add(null);
        return new ExprId(exprs.size() - 1);
    }

    private ExprId set(ExprId id, dev.ferrite.hir.Expr e) {
        exprs.set(id.index(), e);
        return id;
    }

    private PatId addPat(dev.ferrite.hir.Pat p) {
        pats.add(p);
        return new PatId(pats.size() - 1);
    }

    private PatId reserve() {
        pats.add(null);
        return new PatId(pats.size() - 1);
    }

    private void setPat(PatId id, dev.ferrite.hir.Pat p) {
        pats.set(id.index(), p);
    }

    private Rib push() {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        ribs.addLast(r);
        return r;
    }

    // ---- blocks and statements ----

    private dev.ferrite.hir.Expr.Block block(Expr.Block b, boolean unsafe) {
        int depth = ribs.size();
        // a block that declares items has an anonymous module (collected by DefCollector): its names
        // are in scope in the whole block, also before their declaration
        Module blockModule = il.dc.blockModule(b);
        ribs.addLast(new Rib(Rib.Kind.NORMAL, blockModule));
        List<dev.ferrite.hir.Expr.Stmt> stmts = new ArrayList<>();
        ExprId tail = null;
        List<Expr.Stmt> list = b.stmts();
        for (int i = 0; i < list.size(); i++) {
            Expr.Stmt s = list.get(i);
            switch (s) {
                case Expr.Local l -> {
                    HirTy ty = l.ty() == null ? null : il.ty(module, l.ty(), ribs);
                    ExprId init = l.init() == null ? null : expr(l.init());
                    dev.ferrite.hir.Expr.Block els = l.els() == null ? null : block(l.els(), false);
                    Rib r = push();
                    PatId p = pat(l.pat(), r);
                    stmts.add(new dev.ferrite.hir.Expr.LetStmt(p, ty, init, els, l.span()));
                }
                case Expr.ExprStmt es -> {
                    ExprId e = expr(es.expr());
                    if (i == list.size() - 1 && !es.semi()) tail = e;
                    else stmts.add(new dev.ferrite.hir.Expr.ExprStmt(e, es.semi(), es.span()));
                }
                case Expr.ItemStmt is -> {
                    if (blockModule != null) il.lowerBlockItem(blockModule, is.item(), ribs);
                }
                case Expr.MacStmt ms -> {
                }
                case Expr.Empty e -> {
                }
            }
        }
        while (ribs.size() > depth) ribs.removeLast();
        return new dev.ferrite.hir.Expr.Block(stmts, tail, unsafe, b.span());
    }

    private ExprId blockExpr(Expr.Block b, Symbol label, boolean unsafe, Span span) {
        if (label == null) return add(new dev.ferrite.hir.Expr.BlockExpr(block(b, unsafe), null, span));
        ExprId id = reserveExpr();
        targets.addLast(new Target(label, id, false));
        dev.ferrite.hir.Expr.Block blk = block(b, unsafe);
        targets.removeLast();
        return set(id, new dev.ferrite.hir.Expr.BlockExpr(blk, label, span));
    }

    // ---- expressions ----

    private List<ExprId> exprs(List<Expr> es) {
        List<ExprId> out = new ArrayList<>();
        for (Expr e : es) out.add(expr(e));
        return out;
    }

    private static dev.ferrite.hir.Expr.BinOp binOp(Expr.BinOp op) {
        return dev.ferrite.hir.Expr.BinOp.valueOf(op.name());
    }

    ExprId expr(Expr e) {
        return switch (e) {
            case Expr.Lit l -> add(new dev.ferrite.hir.Expr.Literal(lit(l.token()), l.span()));
            case Expr.PathExpr p -> add(new dev.ferrite.hir.Expr.Path(valuePath(p.qself(), p.path(), false), p.span()));
            case Expr.Call c -> {
                ExprId callee = c.callee() instanceof Expr.PathExpr p
                        ? add(new dev.ferrite.hir.Expr.Path(valuePath(p.qself(), p.path(), true), p.span()))
                        : expr(c.callee());
                yield add(new dev.ferrite.hir.Expr.Call(callee, exprs(c.args()), c.span()));
            }
            case Expr.MethodCall m -> {
                ExprId recv = expr(m.receiver());
                List<ExprId> args = exprs(m.args());
                Path.Segment s = m.segment();
                HirPath.Segment seg = new HirPath.Segment(s.ident().name(), s.ident().span(), null,
                        il.genericArgs(module, s.args(), ribs));
                yield add(new dev.ferrite.hir.Expr.MethodCall(seg, recv, args, m.span()));
            }
            case Expr.Binary b -> {
                ExprId lhs = expr(b.lhs());
                ExprId rhs = expr(b.rhs());
                yield add(new dev.ferrite.hir.Expr.Binary(binOp(b.op()), b.opSpan(), lhs, rhs, b.span()));
            }
            case Expr.Unary u -> add(new dev.ferrite.hir.Expr.Unary(dev.ferrite.hir.Expr.UnOp.valueOf(u.op().name()),
                    expr(u.operand()), u.span()));
            case Expr.Cast c -> {
                ExprId inner = expr(c.expr());
                yield add(new dev.ferrite.hir.Expr.Cast(inner, il.ty(module, c.ty(), ribs), c.span()));
            }
            case Expr.AddrOf a -> add(new dev.ferrite.hir.Expr.AddrOf(a.raw(), a.mutable() ? Mutability.MUT : Mutability.NOT,
                    expr(a.expr()), a.span()));
            case Expr.Field f -> add(new dev.ferrite.hir.Expr.Field(expr(f.base()), f.name().name(), f.name().span(), f.span()));
            case Expr.Index i -> {
                ExprId base = expr(i.base());
                yield add(new dev.ferrite.hir.Expr.Index(base, expr(i.index()), i.span(), i.bracket()));
            }
            case Expr.Assign a when isDestructuring(a.lhs()) -> destructuringAssign(a);
            case Expr.Assign a -> {
                ExprId lhs = expr(a.lhs());
                yield add(new dev.ferrite.hir.Expr.Assign(lhs, expr(a.rhs()), a.span()));
            }
            case Expr.AssignOp a -> {
                ExprId lhs = expr(a.lhs());
                yield add(new dev.ferrite.hir.Expr.AssignOp(binOp(a.op()), lhs, expr(a.rhs()), a.span()));
            }
            case Expr.BlockExpr b -> switch (b.kind()) {
                case NORMAL, UNSAFE -> blockExpr(b.block(), labelOf(b.label()), b.kind() == Expr.BlockKind.UNSAFE, b.span());
                case CONST -> {
                    ExprId inner = blockExpr(b.block(), null, false, b.span());
                    yield add(new dev.ferrite.hir.Expr.ConstBlock(inner, b.span()));
                }
                case ASYNC -> unsupported(b.span(), "`async` blocks");
                case TRY -> unsupported(b.span(), "`try` blocks");
                case GEN, ASYNC_GEN -> unsupported(b.span(), "`gen` blocks");
            };
            case Expr.If i -> ifExpr(i);
            case Expr.While w -> whileLoop(w);
            case Expr.ForLoop f -> forLoop(f);
            case Expr.Loop l -> {
                ExprId id = reserveExpr();
                targets.addLast(new Target(labelOf(l.label()), id, true));
                dev.ferrite.hir.Expr.Block body = block(l.body(), false);
                targets.removeLast();
                yield set(id, new dev.ferrite.hir.Expr.Loop(body, labelOf(l.label()), dev.ferrite.hir.Expr.LoopSource.LOOP,
                        l.span()));
            }
            case Expr.Match m -> {
                ExprId scrut = expr(m.scrutinee());
                List<dev.ferrite.hir.Expr.Arm> arms = new ArrayList<>();
                for (Expr.Arm a : m.arms()) {
                    Rib r = push();
                    PatId p = pat(a.pat(), r);
                    ExprId guard = a.guard() == null ? null : guard(a.guard());
                    ExprId body = expr(a.body());
                    ribs.removeLast();
                    arms.add(new dev.ferrite.hir.Expr.Arm(p, guard, body, a.span()));
                }
                yield add(new dev.ferrite.hir.Expr.Match(scrut, arms, dev.ferrite.hir.Expr.MatchSource.NORMAL, m.span()));
            }
            case Expr.Closure c -> closure(c);
            case Expr.Break b -> {
                Target t = target(b.label(), false, b.span());
                ExprId value = b.value() == null ? null : expr(b.value());
                yield add(new dev.ferrite.hir.Expr.Break(t == null ? null : t.id(), value, b.span()));
            }
            case Expr.Continue c -> {
                Target t = target(c.label(), true, c.span());
                yield add(new dev.ferrite.hir.Expr.Continue(t == null ? null : t.id(), c.span()));
            }
            case Expr.Return r -> add(new dev.ferrite.hir.Expr.Return(r.value() == null ? null : expr(r.value()), r.span()));
            case Expr.Struct s -> {
                HirPath.QPath path = structPath(s.qself(), s.path());
                List<dev.ferrite.hir.Expr.FieldInit> fields = new ArrayList<>();
                for (Expr.FieldInit f : s.fields()) {
                    fields.add(new dev.ferrite.hir.Expr.FieldInit(f.name().name(), f.name().span(), expr(f.expr()),
                            f.shorthand(), f.span()));
                }
                ExprId base = s.base() == null ? null : expr(s.base());
                yield add(new dev.ferrite.hir.Expr.Struct(path, fields, base, s.span()));
            }
            case Expr.Tuple t -> add(new dev.ferrite.hir.Expr.Tuple(exprs(t.elems()), t.span()));
            case Expr.Array a -> add(new dev.ferrite.hir.Expr.Array(exprs(a.elems()), a.span()));
            case Expr.Repeat r -> {
                ExprId elem = expr(r.elem());
                // `[x; _]`: the length is inferred (no anonymous constant)
                dev.ferrite.hir.Ids.BodyId count = r.count() instanceof Expr.Underscore ? null : il.anonConst(module, owner, r.count(), ribs);
                yield add(new dev.ferrite.hir.Expr.Repeat(elem, count, r.span()));
            }
            case Expr.Range r -> range(r);
            case Expr.Try t -> tryExpr(t);
            case Expr.Await a -> unsupported(a.span(), "`.await`");
            case Expr.Let l -> {
                ExprId init = expr(l.init());
                Rib r = push(); // popped by the enclosing `if`/`while`/guard
                PatId p = pat(l.pat(), r);
                yield add(new dev.ferrite.hir.Expr.Let(p, null, init, l.span()));
            }
            case Expr.Paren p -> expr(p.inner());
            case Expr.MacCallExpr m -> add(new dev.ferrite.hir.Expr.Err(m.span()));
            case Expr.Underscore u -> add(new dev.ferrite.hir.Expr.Err(u.span()));
            case Expr.Attributed a -> expr(a.expr());
            case Expr.Yield y -> unsupported(y.span(), "`yield` expressions");
            case Expr.Become b -> unsupported(b.span(), "`become` expressions");
            case Expr.Err err -> add(new dev.ferrite.hir.Expr.Err(err.span()));
        };
    }

    private ExprId unsupported(Span span, String what) {
        il.diag.emit(Diagnostic.error(what + " are not supported by Ferrite yet").primary(span));
        return add(new dev.ferrite.hir.Expr.Err(span));
    }

    private static Symbol labelOf(Expr.Label l) {
        return l == null ? null : l.name().name();
    }

    private ExprId guard(Expr g) {
        int depth = ribs.size();
        ExprId id = expr(g); // `if let` guards keep their bindings for the arm
        // the arm's rib is popped by the caller; bindings of let-guards stay until then
        assert ribs.size() >= depth;
        return id;
    }

    private ExprId ifExpr(Expr.If i) {
        int depth = ribs.size();
        ExprId cond = expr(i.cond()); // `let` conditions push ribs that stay for the then-branch
        ExprId then = add(new dev.ferrite.hir.Expr.BlockExpr(block(i.then(), false), null, i.then().span()));
        while (ribs.size() > depth) ribs.removeLast();
        ExprId els = i.els() == null ? null : expr(i.els());
        return add(new dev.ferrite.hir.Expr.If(cond, then, els, i.span()));
    }

    /** {@code while c { body }} is {@code loop { if c { body } else { break } }}. */
    private ExprId whileLoop(Expr.While w) {
        ExprId loop = reserveExpr();
        Symbol label = labelOf(w.label());
        targets.addLast(new Target(label, loop, true));
        int depth = ribs.size();
        ExprId cond = expr(w.cond());
        ExprId then = add(new dev.ferrite.hir.Expr.BlockExpr(block(w.body(), false), null, w.body().span()));
        while (ribs.size() > depth) ribs.removeLast();
        targets.removeLast();
        ExprId brk = add(new dev.ferrite.hir.Expr.Break(loop, null, w.cond().span()));
        ExprId els = add(new dev.ferrite.hir.Expr.BlockExpr(new dev.ferrite.hir.Expr.Block(List.of(), brk, false,
                w.cond().span()), null, w.cond().span()));
        ExprId iff = add(new dev.ferrite.hir.Expr.If(cond, then, els, w.span()));
        var body = new dev.ferrite.hir.Expr.Block(List.of(), iff, false, w.span());
        return set(loop, new dev.ferrite.hir.Expr.Loop(body, label, dev.ferrite.hir.Expr.LoopSource.WHILE, w.span()));
    }

    /**
     * {@code for pat in head { body }} is
     * {@code match IntoIterator::into_iter(head) { mut iter => loop { match Iterator::next(&mut iter) {
     * None => break, Some(pat) => { body } } } }}.
     */
    private ExprId forLoop(Expr.ForLoop f) {
        Span sp = f.span();
        Span head = f.iter().span();
        DefId intoIter = il.langItem("into_iter");
        DefId next = il.langItem("next");
        DefId none = variantCtor("None");
        DefId some = variantCtor("Some");
        ExprId headExpr = expr(f.iter());
        if (intoIter == null || next == null || none == null || some == null) {
            il.diag.emit(Diagnostic.error("`for` loops need the `IntoIterator` and `Iterator` lang items, which the library "
                    + "does not define yet").primary(sp));
            return add(new dev.ferrite.hir.Expr.Err(sp));
        }
        ExprId intoCall = add(new dev.ferrite.hir.Expr.Call(defPath(DefKind.ASSOC_FN, intoIter, head), List.of(headExpr), head));
        PatId iterPat = addPat(new dev.ferrite.hir.Pat.Binding(null, true, Symbol.intern("iter"), head, null, head));
        ExprId loop = reserveExpr();
        Symbol label = labelOf(f.label());
        ExprId iterRef = add(new dev.ferrite.hir.Expr.AddrOf(false, Mutability.MUT,
                add(new dev.ferrite.hir.Expr.Path(localPath(iterPat, Symbol.intern("iter"), head), head)), head));
        ExprId nextCall = add(new dev.ferrite.hir.Expr.Call(defPath(DefKind.ASSOC_FN, next, head), List.of(iterRef), head));
        PatId nonePat = addPat(new dev.ferrite.hir.Pat.Path(qpathOf(DefKind.CTOR, none, sp), sp));
        ExprId brk = add(new dev.ferrite.hir.Expr.Break(loop, null, sp));
        Rib r = push();
        PatId userPat = pat(f.pat(), r);
        PatId somePat = addPat(new dev.ferrite.hir.Pat.TupleStruct(qpathOf(DefKind.CTOR, some, f.pat().span()),
                List.of(userPat), -1, f.pat().span()));
        targets.addLast(new Target(label, loop, true));
        ExprId body = add(new dev.ferrite.hir.Expr.BlockExpr(block(f.body(), false), null, f.body().span()));
        targets.removeLast();
        ribs.removeLast();
        ExprId inner = add(new dev.ferrite.hir.Expr.Match(nextCall, List.of(
                new dev.ferrite.hir.Expr.Arm(nonePat, null, brk, sp),
                new dev.ferrite.hir.Expr.Arm(somePat, null, body, sp)), dev.ferrite.hir.Expr.MatchSource.FOR_LOOP, head));
        var loopBody = new dev.ferrite.hir.Expr.Block(List.of(new dev.ferrite.hir.Expr.ExprStmt(inner, true, sp)), null, false, sp);
        set(loop, new dev.ferrite.hir.Expr.Loop(loopBody, label, dev.ferrite.hir.Expr.LoopSource.FOR, sp));
        return add(new dev.ferrite.hir.Expr.Match(intoCall, List.of(new dev.ferrite.hir.Expr.Arm(iterPat, null, loop, sp)),
                dev.ferrite.hir.Expr.MatchSource.FOR_LOOP, sp));
    }

    /**
     * {@code e?} is {@code match Try::branch(e) { Continue(v) => v, Break(r) => return
     * FromResidual::from_residual(r) }}.
     */
    private ExprId tryExpr(Expr.Try t) {
        Span sp = t.span();
        ExprId inner = expr(t.expr());
        DefId branch = il.langItem("branch");
        DefId fromResidual = il.langItem("from_residual");
        DefId cont = variantCtor("Continue");
        DefId brk = variantCtor("Break");
        if (branch == null || fromResidual == null || cont == null || brk == null) {
            il.diag.emit(Diagnostic.error("the `?` operator needs the `Try` lang items").primary(sp));
            return add(new dev.ferrite.hir.Expr.Err(sp));
        }
        ExprId call = add(new dev.ferrite.hir.Expr.Call(defPath(DefKind.ASSOC_FN, branch, sp), List.of(inner), sp));
        Symbol val = Symbol.intern("val");
        Symbol residual = Symbol.intern("residual");
        PatId v = addPat(new dev.ferrite.hir.Pat.Binding(null, false, val, sp, null, sp));
        PatId contPat = addPat(new dev.ferrite.hir.Pat.TupleStruct(qpathOf(DefKind.CTOR, cont, sp), List.of(v), -1, sp));
        ExprId vUse = add(new dev.ferrite.hir.Expr.Path(localPath(v, val, sp), sp));
        PatId r = addPat(new dev.ferrite.hir.Pat.Binding(null, false, residual, sp, null, sp));
        PatId brkPat = addPat(new dev.ferrite.hir.Pat.TupleStruct(qpathOf(DefKind.CTOR, brk, sp), List.of(r), -1, sp));
        ExprId rUse = add(new dev.ferrite.hir.Expr.Path(localPath(r, residual, sp), sp));
        ExprId from = add(new dev.ferrite.hir.Expr.Call(defPath(DefKind.ASSOC_FN, fromResidual, sp), List.of(rUse), sp));
        ExprId ret = add(new dev.ferrite.hir.Expr.Return(from, sp));
        return add(new dev.ferrite.hir.Expr.Match(call, List.of(new dev.ferrite.hir.Expr.Arm(contPat, null, vUse, sp),
                new dev.ferrite.hir.Expr.Arm(brkPat, null, ret, sp)), dev.ferrite.hir.Expr.MatchSource.TRY, sp));
    }

    /** Ranges are values of the library's range structs. */
    private ExprId range(Expr.Range r) {
        Span sp = r.span();
        ExprId lo = r.lo() == null ? null : expr(r.lo());
        ExprId hi = r.hi() == null ? null : expr(r.hi());
        if (r.inclusive() && lo != null) {
            DefId ctor = il.langItem("range_inclusive_new");
            if (ctor == null) return missingLang(sp, "range_inclusive_new");
            return add(new dev.ferrite.hir.Expr.Call(defPath(DefKind.ASSOC_FN, ctor, sp), List.of(lo, hi), sp));
        }
        String lang = r.inclusive() ? "RangeToInclusive" : lo == null ? (hi == null ? "RangeFull" : "RangeTo")
                : (hi == null ? "RangeFrom" : "Range");
        DefId adt = il.langItem(lang);
        if (adt == null) return missingLang(sp, lang);
        if (lo == null && hi == null) {
            DefId ctor = il.ctorOf(adt);
            return add(new dev.ferrite.hir.Expr.Path(qpathOf(DefKind.CTOR, ctor, sp), sp));
        }
        List<dev.ferrite.hir.Expr.FieldInit> fields = new ArrayList<>();
        if (lo != null) fields.add(new dev.ferrite.hir.Expr.FieldInit(Symbol.intern("start"), sp, lo, false, sp));
        if (hi != null) fields.add(new dev.ferrite.hir.Expr.FieldInit(Symbol.intern("end"), sp, hi, false, sp));
        return add(new dev.ferrite.hir.Expr.Struct(qpathOf(DefKind.STRUCT, adt, sp), fields, null, sp));
    }

    private ExprId missingLang(Span sp, String lang) {
        il.diag.emit(Diagnostic.error("requires `" + lang + "` lang_item").primary(sp));
        return add(new dev.ferrite.hir.Expr.Err(sp));
    }

    /** The constructor of the variant that is lang item {@code name} (`Some`, `None`, `Continue`, ...). */
    private DefId variantCtor(String name) {
        DefId v = il.langItem(name);
        return v == null ? null : il.ctorOf(v);
    }

    private ExprId defPath(DefKind kind, DefId def, Span sp) {
        return add(new dev.ferrite.hir.Expr.Path(qpathOf(kind, def, sp), sp));
    }

    private HirPath.QPath qpathOf(DefKind kind, DefId def, Span sp) {
        Res res = new Res.Def(kind, def);
        return new HirPath.Resolved(null, new HirPath.Path(res,
                List.of(new HirPath.Segment(il.defs.name(def), sp, res, null)), sp));
    }

    /**
     * Destructuring assignment, as rustc desugars it: {@code (a, S { x: b[i], .. }, _) = rhs} is
     * {@code { let (lhs0, S { x: lhs1, .. }, _) = rhs; a = lhs0; b[i] = lhs1; }} (tuple, array,
     * struct, tuple-struct and unit-struct patterns, {@code _} and {@code ..}; every other left-hand
     * side is a place assigned from a fresh binding).
     */
    private ExprId destructuringAssign(Expr.Assign a) {
        Span sp = a.span();
        List<PatId> fresh = new ArrayList<>();
        List<Expr> places = new ArrayList<>();
        PatId pat = assigneePattern(a.lhs(), fresh, places);
        ExprId rhs = expr(a.rhs());
        List<dev.ferrite.hir.Expr.Stmt> stmts = new ArrayList<>();
        stmts.add(new dev.ferrite.hir.Expr.LetStmt(pat, null, rhs, null, sp));
        for (int i = 0; i < fresh.size(); i++) {
            Span ps = places.get(i).span();
            ExprId value = add(new dev.ferrite.hir.Expr.Path(localPath(fresh.get(i), Symbol.intern("lhs"), ps), ps));
            ExprId assign = add(new dev.ferrite.hir.Expr.Assign(expr(places.get(i)), value, ps));
            stmts.add(new dev.ferrite.hir.Expr.ExprStmt(assign, true, ps));
        }
        return add(new dev.ferrite.hir.Expr.BlockExpr(new dev.ferrite.hir.Expr.Block(stmts, null, false, sp), null, sp));
    }

    /** Whether the left-hand side of {@code =} is a pattern to destructure rather than a place (rustc's {@code is_ordinary}). */
    private boolean isDestructuring(Expr lhs) {
        return switch (lhs) {
            case Expr.Underscore u -> true;
            case Expr.Tuple t -> true;
            case Expr.Array arr -> true;
            case Expr.Struct st -> true;
            case Expr.Call c -> ctorPath(c.callee());
            case Expr.Paren p -> isRest(p.inner()) || isDestructuring(p.inner());
            default -> false;
        };
    }

    /**
     * Whether an assignee expression is a path to read as a constructor in a pattern: any path that
     * does not resolve in full to something else (a local, a function, a constant), as rustc's
     * {@code extract_tuple_struct_path}; the pattern then reports what it does not accept.
     */
    private boolean ctorPath(Expr e) {
        if (!(e instanceof Expr.PathExpr p)) return false;
        if (p.qself() != null) return true;
        if (il.resolve(module, p.path(), DefKind.Ns.VALUE, ribs) instanceof PathResolver.Partial r
                && r.resolvedSegments() == p.path().segments().size()) {
            return r.res() instanceof Res.SelfCtor || r.res() instanceof Res.Def d && d.kind() == DefKind.CTOR;
        }
        return true;
    }

    private static boolean isRest(Expr e) {
        return e instanceof Expr.Range r && r.lo() == null && r.hi() == null && !r.inclusive();
    }

    private PatId assigneePattern(Expr e, List<PatId> fresh, List<Expr> places) {
        Span sp = e.span();
        switch (e) {
            case Expr.Underscore u -> {
                return addPat(new dev.ferrite.hir.Pat.Wild(sp));
            }
            case Expr.Paren p -> {
                // `(..)` is the tuple pattern of any length, as in patterns
                if (isRest(p.inner())) return addPat(new dev.ferrite.hir.Pat.Tuple(List.of(), 0, sp));
                return assigneePattern(p.inner(), fresh, places);
            }
            case Expr.Tuple t -> {
                int rest = assigneeRestIndex(t.elems());
                return addPat(new dev.ferrite.hir.Pat.Tuple(assigneePatterns(t.elems(), fresh, places), rest, sp));
            }
            case Expr.Array arr -> {
                List<PatId> before = new ArrayList<>(), after = new ArrayList<>();
                PatId slice = null;
                for (Expr x : arr.elems()) {
                    if (isRest(x)) {
                        slice = addPat(new dev.ferrite.hir.Pat.Wild(x.span()));
                    } else if (slice == null) {
                        before.add(assigneePattern(x, fresh, places));
                    } else {
                        after.add(assigneePattern(x, fresh, places));
                    }
                }
                return addPat(new dev.ferrite.hir.Pat.Slice(before, slice, after, sp));
            }
            case Expr.Struct st -> {
                HirPath.QPath q = structPath(st.qself(), st.path());
                List<dev.ferrite.hir.Pat.FieldPat> fields = new ArrayList<>();
                for (Expr.FieldInit f : st.fields()) {
                    fields.add(new dev.ferrite.hir.Pat.FieldPat(f.name().name(), f.name().span(),
                            assigneePattern(f.expr(), fresh, places), false, f.span()));
                }
                if (st.base() != null) {
                    il.diag.emit(Diagnostic.error("functional record updates are not allowed in destructuring assignments")
                            .primary(st.base().span()).suggest("consider removing the trailing pattern", st.base().span(), "",
                                    dev.ferrite.diagnostics.Applicability.MACHINE_APPLICABLE));
                }
                return addPat(new dev.ferrite.hir.Pat.Struct(q, fields, st.rest() || st.base() != null, sp));
            }
            case Expr.Call c when ctorPath(c.callee()) -> {
                Expr.PathExpr p = (Expr.PathExpr) c.callee();
                HirPath.QPath q = valuePath(p.qself(), p.path(), false);
                int rest = assigneeRestIndex(c.args());
                return addPat(new dev.ferrite.hir.Pat.TupleStruct(q, assigneePatterns(c.args(), fresh, places), rest, sp));
            }
            case Expr.PathExpr p when ctorPath(p) -> {
                return addPat(new dev.ferrite.hir.Pat.Path(valuePath(p.qself(), p.path(), false), sp));
            }
            default -> {
                PatId b = addPat(new dev.ferrite.hir.Pat.Binding(null, false, Symbol.intern("lhs"), sp, null, sp));
                fresh.add(b);
                places.add(e);
                return b;
            }
        }
    }

    /** The patterns of a tuple's or tuple struct's elements, without their {@code ..}. */
    private List<PatId> assigneePatterns(List<Expr> elems, List<PatId> fresh, List<Expr> places) {
        List<PatId> out = new ArrayList<>();
        for (Expr x : elems) if (!isRest(x)) out.add(assigneePattern(x, fresh, places));
        return out;
    }

    /** Where {@code ..} is among a tuple's or tuple struct's elements, or -1. */
    private static int assigneeRestIndex(List<Expr> elems) {
        for (int i = 0; i < elems.size(); i++) if (isRest(elems.get(i))) return i;
        return -1;
    }

    private static HirPath.QPath localPath(PatId binding, Symbol name, Span sp) {
        Res res = new Res.Local(binding);
        return new HirPath.Resolved(null, new HirPath.Path(res, List.of(new HirPath.Segment(name, sp, res, null)), sp));
    }

    private ExprId closure(Expr.Closure c) {
        if (c.async()) return unsupported(c.span(), "`async` closures");
        DefId def = il.defs.create(DefKind.CLOSURE, null, owner, c.span());
        Rib r = new Rib(Rib.Kind.CLOSURE, null);
        ribs.addLast(r);
        List<dev.ferrite.hir.Expr.Param> params = new ArrayList<>();
        for (Item.Param p : c.params()) {
            HirTy ty = p.ty() == null ? null : il.ty(module, p.ty(), ribs);
            PatId pid = pat(p.pat(), r);
            params.add(new dev.ferrite.hir.Expr.Param(pid, ty, p.span()));
        }
        HirTy ret = c.ret() == null ? null : il.ty(module, c.ret(), ribs);
        // `break`/`continue` do not cross a closure
        Deque<Target> saved = new ArrayDeque<>(targets);
        targets.clear();
        ExprId body = expr(c.body());
        targets.addAll(saved);
        ribs.removeLast();
        return add(new dev.ferrite.hir.Expr.Closure(def, params, ret, body, c.move(), c.declSpan(), c.span()));
    }

    private Target target(Expr.Label label, boolean isContinue, Span span) {
        if (label != null) {
            for (Iterator<Target> it = targets.descendingIterator(); it.hasNext(); ) {
                Target t = it.next();
                if (label.name().name().equals(t.label())) return t;
            }
            il.diag.emit(Diagnostic.error("use of undeclared label `" + label.name().name() + "`").code("E0426")
                    .primary(label.name().span(), "undeclared label `" + label.name().name() + "`"));
            return null;
        }
        for (Iterator<Target> it = targets.descendingIterator(); it.hasNext(); ) {
            Target t = it.next();
            if (t.loop()) return t;
        }
        String kw = isContinue ? "continue" : "break";
        il.diag.emit(Diagnostic.error("`" + kw + "` outside of a loop" + (isContinue ? "" : " or labeled block"))
                .code("E0268").primary(span, "cannot `" + kw + "` outside of a loop" + (isContinue ? "" : " or labeled block")));
        return null;
    }

    // ---- paths ----

    private HirPath.QPath valuePath(Path.QSelf qself, Path p, boolean called) {
        return il.qpath(module, qself, p, DefKind.Ns.VALUE, ribs, called);
    }

    private HirPath.QPath structPath(Path.QSelf qself, Path p) {
        if (qself != null) return il.qpath(module, qself, p, DefKind.Ns.TYPE, ribs, false);
        Object r = il.resolve(module, p, DefKind.Ns.TYPE, ribs);
        if (r instanceof PathResolver.Failure f && f.message() == null && p.segments().size() == 1) {
            var id = p.segments().getFirst().ident();
            il.diag.emit(Diagnostic.error("cannot find struct, variant or union type `" + id + "` in this scope")
                    .code("E0422").primary(id.span(), "not found in this scope"));
            return new HirPath.Resolved(null, new HirPath.Path(Res.ERR, il.segments(module, p, ribs, Res.ERR, 0, 1), p.span()));
        }
        return il.qpath(module, null, p, DefKind.Ns.TYPE, ribs, false);
    }

    // ---- patterns ----

    /** Lowers a pattern, binding its variables in {@code r}. */
    private PatId pat(Pat p, Rib r) {
        return switch (p) {
            case Pat.Ident i -> {
                Symbol n = i.name().name();
                if (!i.byRef() && !i.mutable() && i.sub() == null) {
                    Res res = paths().resolveIdent(n, DefKind.Ns.VALUE, ribs, module);
                    if (res instanceof Res.Def d && (d.kind() == DefKind.CTOR || d.kind() == DefKind.CONST
                            || d.kind() == DefKind.ASSOC_CONST || d.kind() == DefKind.STATIC)) {
                        HirPath.QPath q = new HirPath.Resolved(null, new HirPath.Path(res,
                                List.of(new HirPath.Segment(n, i.name().span(), res, null)), i.span()));
                        yield addPat(new dev.ferrite.hir.Pat.Path(q, i.span()));
                    }
                }
                PatId id = reserve();
                Res prev = r.values.get(n);
                // In or-patterns, later alternatives bind the same variable as the first.
                if (!(prev instanceof Res.Local && orDepth > 0)) r.values.put(n, new Res.Local(id));
                PatId sub = i.sub() == null ? null : pat(i.sub(), r);
                setPat(id, new dev.ferrite.hir.Pat.Binding(i.byRef() ? (i.mutable() ? Mutability.MUT : Mutability.NOT) : null,
                        !i.byRef() && i.mutable(), n, i.name().span(), sub, i.span()));
                yield id;
            }
            case Pat.Struct s -> {
                HirPath.QPath q = structPath(s.qself(), s.path());
                List<dev.ferrite.hir.Pat.FieldPat> fields = new ArrayList<>();
                for (Pat.FieldPat f : s.fields()) {
                    fields.add(new dev.ferrite.hir.Pat.FieldPat(f.name().name(), f.name().span(), pat(f.pat(), r),
                            f.shorthand(), f.span()));
                }
                yield addPat(new dev.ferrite.hir.Pat.Struct(q, fields, s.rest(), s.span()));
            }
            case Pat.TupleStruct ts -> {
                HirPath.QPath q = valuePath(ts.qself(), ts.path(), false);
                int rest = restIndex(ts.elems());
                yield addPat(new dev.ferrite.hir.Pat.TupleStruct(q, pats(ts.elems(), r), rest, ts.span()));
            }
            case Pat.PathPat pp -> addPat(new dev.ferrite.hir.Pat.Path(valuePath(pp.qself(), pp.path(), false), pp.span()));
            case Pat.Tuple t -> addPat(new dev.ferrite.hir.Pat.Tuple(pats(t.elems(), r), restIndex(t.elems()), t.span()));
            case Pat.Or o -> {
                List<PatId> alts = new ArrayList<>();
                for (int k = 0; k < o.alternatives().size(); k++) {
                    if (k > 0) orDepth++;
                    alts.add(pat(o.alternatives().get(k), r));
                    if (k > 0) orDepth--;
                }
                yield addPat(new dev.ferrite.hir.Pat.Or(alts, o.span()));
            }
            case Pat.Ref rf -> addPat(new dev.ferrite.hir.Pat.Ref(pat(rf.inner(), r), rf.mutable() ? Mutability.MUT
                    : Mutability.NOT, rf.span()));
            case Pat.Box b -> addPat(new dev.ferrite.hir.Pat.Box(pat(b.inner(), r), b.span()));
            case Pat.Lit l -> addPat(new dev.ferrite.hir.Pat.Lit(expr(l.expr()), l.span()));
            case Pat.Range rg -> {
                ExprId lo = rg.lo() == null ? null : expr(rg.lo());
                ExprId hi = rg.hi() == null ? null : expr(rg.hi());
                yield addPat(new dev.ferrite.hir.Pat.Range(lo, hi, rg.inclusive(), rg.span()));
            }
            case Pat.Slice s -> {
                List<PatId> before = new ArrayList<>();
                List<PatId> after = new ArrayList<>();
                PatId slice = null;
                boolean seen = false;
                for (Pat e : s.elems()) {
                    Pat inner = e instanceof Pat.Paren pa ? pa.inner() : e;
                    if (inner instanceof Pat.Rest rs) {
                        slice = addPat(new dev.ferrite.hir.Pat.Wild(rs.span()));
                        seen = true;
                    } else if (inner instanceof Pat.Ident id && id.sub() instanceof Pat.Rest) {
                        PatId b = reserve();
                        r.values.put(id.name().name(), new Res.Local(b));
                        PatId wild = addPat(new dev.ferrite.hir.Pat.Wild(id.sub().span()));
                        setPat(b, new dev.ferrite.hir.Pat.Binding(id.byRef() ? (id.mutable() ? Mutability.MUT : Mutability.NOT)
                                : null, !id.byRef() && id.mutable(), id.name().name(), id.name().span(), wild, id.span()));
                        slice = b;
                        seen = true;
                    } else if (seen) {
                        after.add(pat(e, r));
                    } else {
                        before.add(pat(e, r));
                    }
                }
                yield addPat(new dev.ferrite.hir.Pat.Slice(before, slice, after, s.span()));
            }
            case Pat.Paren pa -> pat(pa.inner(), r);
            case Pat.Wild w -> addPat(new dev.ferrite.hir.Pat.Wild(w.span()));
            case Pat.Rest rs -> addPat(new dev.ferrite.hir.Pat.Wild(rs.span()));
            case Pat.MacCallPat m -> addPat(new dev.ferrite.hir.Pat.Err(m.span()));
            case Pat.Never n -> addPat(new dev.ferrite.hir.Pat.Never(n.span()));
            case Pat.Err err -> addPat(new dev.ferrite.hir.Pat.Err(err.span()));
        };
    }

    private int orDepth;

    private List<PatId> pats(List<Pat> ps, Rib r) {
        List<PatId> out = new ArrayList<>();
        for (Pat p : ps) if (!(p instanceof Pat.Rest)) out.add(pat(p, r));
        return out;
    }

    private static int restIndex(List<Pat> ps) {
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Pat.Rest) return i;
        return -1;
    }

    private PathResolver paths() {
        return il.paths;
    }

    // ---- literals ----

    private static Lit lit(Token t) {
        String text = t.sym().text();
        String suffix = t.suffix() == null ? null : t.suffix().text();
        LitDecoder dec = new LitDecoder(QUIET);
        return switch (t.lit()) {
            case INTEGER -> {
                BigInteger v = LitDecoder.integer(text);
                if (v == null) yield new Lit.Err();
                IntKind ik = suffix == null ? null : IntKind.byName(suffix);
                FloatKind fk = suffix == null ? null : FloatKind.byName(suffix);
                yield new Lit.Int(v, ik, fk);
            }
            case FLOAT -> new Lit.Float(text.replace("_", ""), suffix == null ? null : FloatKind.byName(suffix));
            case BOOL -> new Lit.Bool(text.equals("true"));
            case CHAR -> new Lit.Char(dec.charValue(t));
            case BYTE -> new Lit.Byte(dec.charValue(t));
            case STR, STR_RAW -> new Lit.Str(dec.string(t));
            case BYTE_STR, BYTE_STR_RAW -> new Lit.ByteStr(dec.string(t));
            case C_STR, C_STR_RAW -> new Lit.CStr(dec.string(t));
            case ERR -> new Lit.Err();
        };
    }
}
