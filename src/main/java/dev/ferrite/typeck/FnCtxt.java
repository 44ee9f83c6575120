package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.span.Span;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.HirTyLowering;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of type checking one body (rustc's {@code FnCtxt}): the types found so far (with
 * inference variables), adjustments and resolutions, the return type, the enclosing loops and
 * labelled blocks, and whether control flow has diverged. {@link ExprTypeck}, {@link PatTypeck},
 * {@link Coercion} and {@link MethodProbe} do the work; {@link #writeback} resolves everything into
 * {@link TypeckResults}.
 */
final class FnCtxt {
    final Tcx tcx;
    final Body body;
    final DefId owner;
    final InferCtxt infcx;
    final HirTyLowering lowering;

    final Ty[] exprTys;
    final Ty[] patTys;
    final Map<ExprId, List<Adjustment>> adjustments = new HashMap<>();
    final Map<ExprId, TypeckResults.Resolution> resolutions = new HashMap<>();
    final Map<PatId, TypeckResults.Resolution> patResolutions = new HashMap<>();
    final Map<ExprId, Integer> fieldIndices = new HashMap<>();
    final Map<ExprId, Integer> initFieldIndices = new HashMap<>();
    /** Binary operators resolved to trait calls while an operand type was an inference variable. */
    final List<ExprId> deferredBinops = new ArrayList<>();
    final Map<PatId, Integer> patFieldIndices = new HashMap<>();
    final Map<PatId, TypeckResults.BindingMode> bindingModes = new HashMap<>();
    final Map<PatId, List<Ty>> patAdjustments = new HashMap<>();
    final Map<DefId, ClosureState> closures = new HashMap<>();

    /** The type {@code return} coerces to (the closure's return type inside closures). */
    Ty retTy;
    /** Set when the expression just checked never completes normally. */
    boolean diverges;
    boolean tainted;
    /** Loops and labelled blocks that {@code break} may leave, innermost last. */
    final Deque<Breakable> breakables = new ArrayDeque<>();
    /** Closures being checked, innermost last (their bodies see their own return type). */
    final Deque<DefId> closureStack = new ArrayDeque<>();

    final ExprTypeck exprs;
    final PatTypeck pats;
    final Coercion coercion;
    final MethodProbe probe;
    private final ClosureTypeck closureTypeck;
    private final List<CastCheck.Pending> casts = new ArrayList<>();

    /** A loop or labelled block and the coercion of the values {@code break} gives it. */
    static final class Breakable {
        final ExprId target;
        final boolean isLoop;
        Ty ty;
        boolean mayBreak;

        Breakable(ExprId target, boolean isLoop, Ty ty) {
            this.target = target;
            this.isLoop = isLoop;
            this.ty = ty;
        }
    }

    /** What is known of a closure while its enclosing body is checked. */
    static final class ClosureState {
        Ty closureTy;
        List<Ty> inputs;
        Ty output;
        TypeckResults.ClosureKind kind;
        List<TypeckResults.Capture> captures = List.of();
    }

    FnCtxt(Tcx tcx, Body body, InferCtxt infcx) {
        this.tcx = tcx;
        this.body = body;
        this.owner = body.owner();
        this.infcx = infcx;
        this.lowering = new HirTyLowering(tcx, owner, infcx::newVar).withConstInference(infcx::newConstVar);
        this.exprTys = new Ty[body.exprs().size()];
        this.patTys = new Ty[body.pats().size()];
        this.exprs = new ExprTypeck(this);
        this.pats = new PatTypeck(this);
        this.coercion = new Coercion(this);
        this.probe = new MethodProbe(this);
        this.closureTypeck = new ClosureTypeck(this);
    }

    ClosureTypeck closuresTypeck() {
        return closureTypeck;
    }

    List<CastCheck.Pending> casts() {
        return casts;
    }

    void error(Diagnostic d) {
        tainted = true;
        tcx.diag.emit(d);
    }

    Ty resolve(Ty ty) {
        return infcx.resolve(ty);
    }

    Ty shallow(Ty ty) {
        return infcx.shallowResolve(ty);
    }

    /** Shallow resolution that first tries to make progress on pending obligations. */
    Ty structurallyResolve(Ty ty, Span span) {
        Ty t = infcx.shallowResolve(ty);
        if (t instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY) {
            infcx.selectWherePossible();
            t = infcx.shallowResolve(ty);
        }
        if (t instanceof Ty.Alias) {
            t = infcx.shallowResolve(infcx.normalize(t, span));
        }
        return t;
    }

    String show(Ty ty) {
        return tcx.show(resolve(ty));
    }

    /** Instantiates the item's predicates with {@code args} and registers them as obligations. */
    void registerPredicates(DefId def, GenericArgs args, Span span) {
        for (Predicate p : tcx.predicates(def)) {
            infcx.register(TyFolder.subst(p, args), span);
        }
    }

    /** Fresh inference variables for all generic parameters of {@code def} (lifetimes erased). */
    GenericArgs freshArgs(DefId def) {
        List<dev.ferrite.types.GenericArg> out = new ArrayList<>();
        for (var p : tcx.allParams(def)) {
            out.add(switch (p.kind()) {
                case TYPE -> infcx.newVar();
                case LIFETIME -> dev.ferrite.types.Region.ERASED;
                case CONST -> infcx.newConstVar();
            });
        }
        return new GenericArgs(out);
    }

    FnSig instantiateSig(DefId fn, GenericArgs args, Span span) {
        FnSig sig = TyFolder.subst(tcx.fnSig(fn), args);
        List<Ty> inputs = new ArrayList<>();
        for (Ty t : sig.inputs()) inputs.add(infcx.normalize(t, span));
        return new FnSig(inputs, infcx.normalize(sig.output(), span), sig.cVariadic(), sig.unsafe(), sig.abi(),
                sig.boundRegions());
    }

    void recordExprTy(ExprId e, Ty ty) {
        exprTys[e.index()] = ty;
    }

    void recordPatTy(PatId p, Ty ty) {
        patTys[p.index()] = ty;
    }

    void addAdjustments(ExprId e, List<Adjustment> adj) {
        if (adj.isEmpty()) return;
        List<Adjustment> prev = adjustments.get(e);
        if (prev == null) {
            adjustments.put(e, List.copyOf(adj));
        } else {
            List<Adjustment> all = new ArrayList<>(prev);
            all.addAll(adj);
            adjustments.put(e, List.copyOf(all));
        }
    }

    /** Resolves every type recorded, reporting those that stayed unknown (E0282). */
    TypeckResults writeback() {
        List<Ty> eTys = new ArrayList<>(exprTys.length);
        boolean reported = false;
        for (int i = 0; i < exprTys.length; i++) {
            Ty t = exprTys[i] == null ? Ty.ERROR : resolve(exprTys[i]);
            if (t.hasInfer()) {
                if (!reported && !tainted) {
                    reported = true;
                    error(Diagnostic.error("type annotations needed").code("E0282")
                            .primary(body.exprs().get(i).span(), "cannot infer type"));
                }
                t = Eraser.INFER_TO_ERROR.foldTy(t);
            }
            eTys.add(t);
        }
        List<Ty> pTys = new ArrayList<>(patTys.length);
        for (int i = 0; i < patTys.length; i++) {
            Ty t = patTys[i] == null ? Ty.ERROR : resolve(patTys[i]);
            if (t.hasInfer()) {
                if (!reported && !tainted) {
                    reported = true;
                    error(Diagnostic.error("type annotations needed").code("E0282")
                            .primary(body.pats().get(i).span(), "")
                            .spanHelp(body.pats().get(i).span(), "consider giving this pattern a type"));
                }
                t = Eraser.INFER_TO_ERROR.foldTy(t);
            }
            pTys.add(t);
        }
        Map<ExprId, List<Adjustment>> adj = new HashMap<>();
        adjustments.forEach((k, v) -> adj.put(k, v.stream()
                .map(a -> new Adjustment(resolveKind(a.kind()), finish(a.target()))).toList()));
        Map<ExprId, TypeckResults.Resolution> res = new HashMap<>();
        resolutions.forEach((k, v) -> res.put(k, new TypeckResults.Resolution(v.kind(), v.def(), finish(v.args()))));
        // rustc's writeback fix-up: an operator checked as a trait call because its operand types were
        // not known yet is a builtin operation when they turn out to be scalars
        for (ExprId e : deferredBinops) {
            TypeckResults.Resolution r = res.get(e);
            if (r != null && r.args().size() == 2 && r.args().get(0) instanceof Ty l && r.args().get(1) instanceof Ty rt
                    && body.expr(e) instanceof dev.ferrite.hir.Expr.Binary b && ExprTypeck.isBuiltinBinop(l, rt, b.op())) {
                res.remove(e);
            }
        }
        Map<PatId, TypeckResults.Resolution> pres = new HashMap<>();
        patResolutions.forEach((k, v) -> pres.put(k, new TypeckResults.Resolution(v.kind(), v.def(), finish(v.args()))));
        Map<PatId, List<Ty>> padj = new HashMap<>();
        patAdjustments.forEach((k, v) -> padj.put(k, v.stream().map(this::finish).toList()));
        Map<DefId, TypeckResults.ClosureInfo> cl = new HashMap<>();
        closures.forEach((k, v) -> cl.put(k, new TypeckResults.ClosureInfo(
                v.kind == null ? TypeckResults.ClosureKind.FN : v.kind, finish(v.closureTy),
                v.inputs.stream().map(this::finish).toList(), finish(v.output),
                v.captures.stream().map(c -> new TypeckResults.Capture(c.var(), c.kind(), finish(c.capturedTy()))).toList())));
        return new TypeckResults(owner, eTys, pTys, adj, res, pres, Map.copyOf(fieldIndices), Map.copyOf(initFieldIndices),
                Map.copyOf(patFieldIndices),
                Map.copyOf(bindingModes), padj, cl, tainted);
    }

    private Adjustment.Kind resolveKind(Adjustment.Kind k) {
        if (k instanceof Adjustment.Deref d && d.methodArgs() != null) {
            return new Adjustment.Deref(d.overloadedMethod(), finish(d.methodArgs()), d.mutbl());
        }
        return k;
    }

    private Ty finish(Ty t) {
        return Eraser.INFER_TO_ERROR.foldTy(resolve(t));
    }

    private GenericArgs finish(GenericArgs a) {
        return Eraser.INFER_TO_ERROR.foldArgs(infcx.resolve(a));
    }

    /** Replaces inference variables that stayed unresolved by the error type after an error was reported. */
    private static final class Eraser extends TyFolder {
        static final Eraser INFER_TO_ERROR = new Eraser();

        @Override
        public Ty foldTy(Ty ty) {
            if (ty instanceof Ty.Infer) return Ty.ERROR;
            return superFold(ty);
        }
    }
}
