package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Res;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closures: their signature (from annotations, or deduced from the expected type and the
 * obligations on it), their body, and after the enclosing body is checked, what they capture
 * and how (rustc's {@code closure.rs} and {@code upvar.rs}). The closure kind follows from the
 * captures: moving a captured value out makes it {@code FnOnce}, mutating makes it {@code FnMut}.
 */
final class ClosureTypeck {
    private final FnCtxt fcx;
    /** Closure DefId → closure expression, in the order they were checked. */
    private final Map<DefId, ExprId> closureExprs = new LinkedHashMap<>();

    ClosureTypeck(FnCtxt fcx) {
        this.fcx = fcx;
    }

    /** The closure kind as the synthetic type in {@link Ty.Closure}'s arguments. */
    static Ty kindTy(TypeckResults.ClosureKind k) {
        return switch (k) {
            case FN -> Ty.I8;
            case FN_MUT -> Ty.I16;
            case FN_ONCE -> Ty.I32;
        };
    }

    Ty check(ExprId id, Expr.Closure c, Ty expected) {
        FnSig expectedSig = expected == null ? null : deduceSig(fcx.shallow(expected), c.params().size(), c.span());
        List<Ty> inputs = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.Param p = c.params().get(i);
            if (p.ty() != null) inputs.add(fcx.lowering.lower(p.ty()));
            else if (expectedSig != null) inputs.add(expectedSig.inputs().get(i));
            else inputs.add(fcx.infcx.newVar());
        }
        Ty output = c.ret() != null ? fcx.lowering.lower(c.ret())
                : expectedSig != null ? expectedSig.output() : fcx.infcx.newVar();
        List<GenericArg> args = new ArrayList<>(fcx.tcx.identityArgs(fcx.owner).list());
        Ty kindVar = fcx.infcx.newVar();
        Ty upvarsVar = fcx.infcx.newVar();
        args.add(kindVar);
        args.add(Ty.intern(new Ty.FnPtr(FnSig.of(inputs, output))));
        args.add(upvarsVar);
        Ty closureTy = Ty.intern(new Ty.Closure(c.def(), new GenericArgs(args)));
        FnCtxt.ClosureState st = new FnCtxt.ClosureState();
        st.closureTy = closureTy;
        st.inputs = inputs;
        st.output = output;
        fcx.closures.put(c.def(), st);
        closureExprs.put(c.def(), id);

        for (int i = 0; i < c.params().size(); i++) fcx.pats.check(c.params().get(i).pat(), inputs.get(i), false);
        Ty oldRet = fcx.retTy;
        boolean oldDiverges = fcx.diverges;
        var oldBreakables = new ArrayDeque<>(fcx.breakables);
        fcx.breakables.clear();
        fcx.retTy = output;
        fcx.closureStack.addLast(c.def());
        fcx.exprs.checkCoercible(c.body(), output);
        fcx.closureStack.removeLast();
        fcx.retTy = oldRet;
        fcx.breakables.addAll(oldBreakables);
        fcx.diverges = oldDiverges;
        return closureTy;
    }

    /** A signature for a closure passed where {@code expected} is wanted: a fn pointer or a type with Fn bounds. */
    private FnSig deduceSig(Ty expected, int arity, dev.ferrite.span.Span span) {
        if (expected instanceof Ty.FnPtr fp && fp.sig().inputs().size() == arity) return fp.sig();
        if (expected instanceof Ty.Dynamic d) return deduceSigFromDyn(d, arity);
        if (!(expected instanceof Ty.Infer)) return null;
        DefId fnOnce = fcx.tcx.langItem("fn_once");
        List<DefId> fnTraits = new ArrayList<>();
        for (String l : List.of("fn", "fn_mut", "fn_once")) {
            DefId d = fcx.tcx.langItem(l);
            if (d != null) fnTraits.add(d);
        }
        List<Ty> inputs = null;
        Ty output = null;
        for (Predicate p : fcx.infcx.pendingObligations()) {
            switch (p) {
                case Predicate.Trait t when fnTraits.contains(t.traitRef().traitId())
                        && fcx.shallow(t.traitRef().self()).equals(expected) -> {
                    if (t.traitRef().args().size() > 1 && fcx.shallow(t.traitRef().args().ty(1)) instanceof Ty.Tuple tup
                            && tup.elems().size() == arity) {
                        inputs = tup.elems();
                    }
                }
                case Predicate.Projection pr when fnOnce != null && fcx.tcx.parent(pr.alias().def()).equals(fnOnce)
                        && fcx.shallow(pr.alias().args().ty(0)).equals(expected) -> output = pr.term();
                default -> {
                }
            }
        }
        if (inputs == null) return null;
        // the bound's arguments are as written (`FnMut(Self::Item)`): normalize them as rustc does
        List<Ty> normalized = new ArrayList<>();
        for (Ty t : inputs) normalized.add(fcx.infcx.normalize(t, span));
        return FnSig.of(normalized, output != null ? fcx.infcx.normalize(output, span) : fcx.infcx.newVar());
    }

    /** The signature a {@code dyn Fn(A..) -> R} (or FnMut/FnOnce) object type gives a closure. */
    private FnSig deduceSigFromDyn(Ty.Dynamic d, int arity) {
        DefId fnOnce = fcx.tcx.langItem("fn_once");
        List<DefId> fnTraits = new ArrayList<>();
        for (String l : List.of("fn", "fn_mut", "fn_once")) {
            DefId t = fcx.tcx.langItem(l);
            if (t != null) fnTraits.add(t);
        }
        List<Ty> inputs = null;
        Ty output = null;
        for (ExistentialPredicate p : d.preds()) {
            switch (p) {
                case ExistentialPredicate.Trait t when fnTraits.contains(t.traitId()) && t.args().size() > 0
                        && fcx.shallow(t.args().ty(0)) instanceof Ty.Tuple tup && tup.elems().size() == arity -> inputs = tup.elems();
                case ExistentialPredicate.Projection pr when fnOnce != null
                        && fcx.tcx.parent(pr.assocItem()).equals(fnOnce) -> output = pr.term();
                default -> {
                }
            }
        }
        if (inputs == null) return null;
        return FnSig.of(inputs, output != null ? output : fcx.infcx.newVar());
    }

    boolean hasNoCaptures(DefId closure) {
        ExprId id = closureExprs.get(closure);
        return id == null || findCaptures(id).isEmpty();
    }

    /** The locals of the enclosing body a closure names, in order of first use. */
    private Map<PatId, List<ExprId>> findCaptures(ExprId closureExpr) {
        Expr.Closure c = (Expr.Closure) fcx.body.expr(closureExpr);
        Set<PatId> inside = new HashSet<>();
        Map<PatId, List<ExprId>> uses = new LinkedHashMap<>();
        List<ExprId> paths = new ArrayList<>();
        new HirWalk(fcx.body, (e, parent) -> {
            if (fcx.body.expr(e) instanceof Expr.Path p && p.path() instanceof HirPath.Resolved r
                    && r.path().res() instanceof Res.Local) {
                paths.add(e);
            }
        }, inside::add).expr(closureExpr, null);
        for (Expr.Param p : c.params()) inside.add(p.pat());
        for (ExprId e : paths) {
            Res.Local l = (Res.Local) ((HirPath.Resolved) ((Expr.Path) fcx.body.expr(e)).path()).path().res();
            if (!inside.contains(l.binding())) uses.computeIfAbsent(l.binding(), k -> new ArrayList<>()).add(e);
        }
        return uses;
    }

    /** After the body is checked: decide each closure's captures and kind (innermost closures first). */
    void analyzeCaptures() {
        List<DefId> order = new ArrayList<>(closureExprs.keySet());
        java.util.Collections.reverse(order);
        Map<ExprId, ExprId> parents = new HashMap<>();
        new HirWalk(fcx.body, (e, parent) -> {
            if (parent != null) parents.put(e, parent);
        }, p -> {
        }).expr(fcx.body.value(), null);
        this.parents = parents;
        for (Expr e : fcx.body.exprs()) {
            Expr.Block b = e instanceof Expr.BlockExpr be ? be.block() : e instanceof Expr.Loop l ? l.body() : null;
            if (b == null) continue;
            for (Expr.Stmt s : b.stmts()) {
                if (s instanceof Expr.LetStmt ls && ls.init() != null) letInits.put(ls.init(), ls.pat());
            }
        }
        for (DefId def : order) analyzeCapturesOf(def);
    }

    /** The pattern of each `let` by its initialiser. */
    private final Map<ExprId, PatId> letInits = new HashMap<>();

    /** Whether matching against {@code pat} moves out of the scrutinee (a by-value binding of a non-Copy type). */
    private boolean patternMoves(PatId pat) {
        boolean[] moves = {false};
        new HirWalk(fcx.body, (e, parent) -> {
        }, p -> {
            if (fcx.body.pat(p) instanceof dev.ferrite.hir.Pat.Binding && fcx.bindingModes.get(p) instanceof TypeckResults.BindingMode m
                    && m.byRef() == null && fcx.patTys[p.index()] instanceof Ty t && !isCopy(fcx.resolve(t))) {
                moves[0] = true;
            }
        }).pat(pat);
        return moves[0];
    }

    private Map<ExprId, ExprId> parents;
    private final java.util.Set<DefId> analyzed = new java.util.HashSet<>();

    /** One closure's captures and kind; a closure it calls is analyzed first (its kind decides the call's use). */
    private void analyzeCapturesOf(DefId def) {
        if (!analyzed.add(def)) return;
        ExprId id = closureExprs.get(def);
        Expr.Closure c = (Expr.Closure) fcx.body.expr(id);
        FnCtxt.ClosureState st = fcx.closures.get(def);
        List<TypeckResults.Capture> captures = new ArrayList<>();
        List<Ty> upvarTys = new ArrayList<>();
        TypeckResults.ClosureKind kind = TypeckResults.ClosureKind.FN;
        for (var entry : findCaptures(id).entrySet()) {
            PatId var = entry.getKey();
            Ty varTy = fcx.resolve(fcx.patTys[var.index()]);
            TypeckResults.CaptureKind ck = TypeckResults.CaptureKind.BY_REF;
            for (ExprId use : entry.getValue()) {
                // a nested `move` closure takes the variable by value, whatever it does with it
                Use u = insideMoveClosure(use, id) ? (isCopy(varTy) ? Use.READ : Use.MOVE) : classify(use, parents, varTy);
                if (u == Use.MOVE) {
                    ck = TypeckResults.CaptureKind.BY_VALUE;
                    kind = TypeckResults.ClosureKind.FN_ONCE;
                } else if (u == Use.MUT && ck != TypeckResults.CaptureKind.BY_VALUE) {
                    ck = TypeckResults.CaptureKind.BY_MUT_REF;
                    if (kind == TypeckResults.ClosureKind.FN) kind = TypeckResults.ClosureKind.FN_MUT;
                }
            }
            if (c.move()) ck = TypeckResults.CaptureKind.BY_VALUE;
            Ty captured = switch (ck) {
                case BY_VALUE -> varTy;
                case BY_REF -> Ty.ref(Region.ERASED, varTy, Mutability.NOT);
                case BY_MUT_REF -> Ty.ref(Region.ERASED, varTy, Mutability.MUT);
            };
            captures.add(new TypeckResults.Capture(var, ck, captured));
            upvarTys.add(captured);
        }
        st.captures = captures;
        st.kind = kind;
        Ty.Closure ct = (Ty.Closure) st.closureTy;
        int n = ct.args().size();
        fcx.infcx.unify(ct.args().ty(n - 3), kindTy(kind));
        fcx.infcx.unify(ct.args().ty(n - 1), Ty.tuple(upvarTys));
    }

    /** Whether {@code use} lies in a `move` closure nested in closure {@code outer}. */
    private boolean insideMoveClosure(ExprId use, ExprId outer) {
        for (ExprId e = parents.get(use); e != null && !e.equals(outer); e = parents.get(e)) {
            if (fcx.body.expr(e) instanceof Expr.Closure c && c.move()) return true;
        }
        return false;
    }

    private enum Use { READ, MUT, MOVE }

    /** How a use of a captured variable uses it: read (shared borrow), mutate, or move out. */
    private Use classify(ExprId use, Map<ExprId, ExprId> parents, Ty varTy) {
        ExprId parent = parents.get(use);
        Expr p = parent == null ? null : fcx.body.expr(parent);
        List<Adjustment> adj = fcx.adjustments.getOrDefault(use, List.of());
        for (Adjustment a : adj) {
            if (a.kind() instanceof Adjustment.Borrow b) return b.mutbl() == Mutability.MUT ? Use.MUT : Use.READ;
        }
        if (p instanceof Expr.AddrOf a && a.expr().equals(use)) return a.mutbl() == Mutability.MUT ? Use.MUT : Use.READ;
        if (p instanceof Expr.Assign a && a.lhs().equals(use)) return Use.MUT;
        if (p instanceof Expr.AssignOp a && a.lhs().equals(use)) return Use.MUT;
        if (p instanceof Expr.Field || p instanceof Expr.Index) {
            // A place projection: how the projection is used decides; approximate by its parent.
            Use outer = classify(parent, parents, fcx.resolve(fcx.exprTys[parent.index()]));
            return outer == Use.MOVE && isCopy(fcx.resolve(fcx.exprTys[parent.index()])) ? Use.READ : outer;
        }
        if (p instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) return Use.READ;
        // a scrutinee is moved only by the bindings that move out of it (`let Foo::One = foo` reads)
        if (adj.isEmpty() && !isCopy(varTy)) {
            List<PatId> pats = new ArrayList<>();
            if (p instanceof Expr.Match m && m.scrutinee().equals(use)) m.arms().forEach(a -> pats.add(a.pat()));
            else if (p instanceof Expr.Let l && l.init().equals(use)) pats.add(l.pat());
            else if (letInits.get(use) instanceof PatId lp) pats.add(lp);
            if (!pats.isEmpty()) return pats.stream().anyMatch(this::patternMoves) ? Use.MOVE : Use.READ;
        }
        // calling a captured closure uses it as its kind says (analyzed first if need be)
        if (p instanceof Expr.Call call && call.callee().equals(use) && varTy instanceof Ty.Closure inner
                && closureExprs.containsKey(inner.def()) && fcx.closures.get(inner.def()) instanceof FnCtxt.ClosureState ist) {
            analyzeCapturesOf(inner.def());
            if (ist.kind != null) {
                return switch (ist.kind) {
                    case FN -> Use.READ;
                    case FN_MUT -> Use.MUT;
                    case FN_ONCE -> isCopy(varTy) ? Use.READ : Use.MOVE;
                };
            }
        }
        // a `&mut` passed on (a method's receiver, a call's argument) is reborrowed, not moved
        if (varTy instanceof Ty.Ref vr && vr.mutbl() == Mutability.MUT && adj.isEmpty()
                && (p instanceof Expr.MethodCall m && (m.receiver().equals(use) || m.args().contains(use))
                || p instanceof Expr.Call call && call.args().contains(use))) {
            return Use.MUT;
        }
        // calling a captured callable borrows it as its Fn trait's method takes self
        if (p instanceof Expr.Call call && call.callee().equals(use) && fcx.resolutions.get(parent) instanceof TypeckResults.Resolution r) {
            DefId trait = fcx.tcx.parent(r.def());
            if (trait.equals(fcx.tcx.langItem("fn"))) return Use.READ;
            if (trait.equals(fcx.tcx.langItem("fn_mut"))) return Use.MUT;
        }
        // comparison operators take both operands by reference (PartialEq::eq(&a, &b))
        if (p instanceof Expr.Binary b && isComparison(b.op())) return Use.READ;
        if (p instanceof Expr.MethodCall m && m.receiver().equals(use) && adj.isEmpty()) {
            return isCopy(varTy) ? Use.READ : Use.MOVE;
        }
        return isCopy(varTy) ? Use.READ : Use.MOVE;
    }

    private static boolean isComparison(Expr.BinOp op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    private boolean isCopy(Ty ty) {
        DefId copy = fcx.tcx.langItem("copy");
        if (copy == null) return true;
        if (ty instanceof Ty.Ref r && r.mutbl() == Mutability.NOT) return true;
        return fcx.infcx.holds(new TraitRef(copy, GenericArgs.of(ty)));
    }
}
