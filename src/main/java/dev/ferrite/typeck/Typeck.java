package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Item;
import dev.ferrite.query.Memo;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Type checking of bodies, one query per body owner (a function with its closures, a constant,
 * a static): {@link #typeck(DefId)} gives the {@link TypeckResults} MIR building reads.
 *
 * <p>A tour: {@link FnCtxt} holds the state of one body; {@link ExprTypeck} checks expressions
 * with an expected type flowing down; {@link PatTypeck} checks patterns with match ergonomics;
 * {@link Coercion} and {@link CoerceMany} apply coercions at coercion sites; {@link MethodProbe}
 * finds methods through autoderef and autoref; {@link ClosureTypeck} infers closure signatures
 * and captures. Trait obligations go to the solver through {@link InferCtxt}; what is left at
 * the end is reported (E0277, E0282). Finally everything is resolved ({@code writeback}).
 */
public final class Typeck {
    private final Tcx tcx;
    private final Function<DefId, InferCtxt> inferCtxts;
    private final Memo<DefId, TypeckResults> results;

    /** {@code inferCtxts} makes a fresh inference context for checking the body of the given owner. */
    public Typeck(Tcx tcx, Function<DefId, InferCtxt> inferCtxts) {
        this.tcx = tcx;
        this.inferCtxts = inferCtxts;
        this.results = new Memo<>("typeck", this::check);
    }

    /** A fresh inference context in the where-clauses of {@code owner}'s body (for a closure: its enclosing item's). */
    public InferCtxt inferCtxt(DefId owner) {
        return inferCtxts.apply(typeckRoot(owner));
    }

    /** The results of type checking the body owned by {@code owner} (for a closure: its enclosing body's). */
    public TypeckResults typeck(DefId owner) {
        return results.get(typeckRoot(owner));
    }

    /** Whether a body owner is checked on its own (closures are checked with the body they appear in). */
    public static boolean isTypeckRoot(dev.ferrite.hir.Definitions defs, DefId def) {
        return defs.kind(def) != dev.ferrite.hir.DefKind.CLOSURE;
    }

    /** Closures are checked with the body they appear in. */
    public DefId typeckRoot(DefId def) {
        DefId d = def;
        while (tcx.kind(d) == dev.ferrite.hir.DefKind.CLOSURE) d = tcx.parent(d);
        return d;
    }

    public Body bodyOf(DefId owner) {
        return tcx.hir.bodyOwnedBy(owner);
    }

    private TypeckResults check(DefId owner) {
        Body body = bodyOf(owner);
        if (body == null) throw new IllegalStateException("no body for " + tcx.defPath(owner));
        InferCtxt infcx = inferCtxts.apply(owner);
        FnCtxt fcx = new FnCtxt(tcx, body, infcx);
        Map<DefId, Ty> opaqueVars = new java.util.LinkedHashMap<>();
        Item item = tcx.item(owner);
        if (item instanceof Item.Fn) {
            FnSig sig = tcx.fnSig(owner);
            List<Ty> inputs = sig.inputs().stream().map(t -> infcx.normalize(t, body.expr(body.value()).span())).toList();
            Ty output = infcx.normalize(sig.output(), body.expr(body.value()).span());
            output = defineOpaques(owner, output, infcx, opaqueVars, body.expr(body.value()).span());
            for (int i = 0; i < body.params().size() && i < inputs.size(); i++) {
                fcx.pats.check(body.params().get(i).pat(), inputs.get(i), false);
            }
            fcx.retTy = output;
            fcx.exprs.checkCoercible(body.value(), output);
        } else {
            Ty ty = switch (tcx.kind(owner)) {
                case CONST, ASSOC_CONST, STATIC -> tcx.typeOf(owner);
                // an explicit discriminant has the enum's repr type (isize without one)
                default -> {
                    DefId parent = tcx.parent(owner);
                    yield parent != null && tcx.kind(parent) == dev.ferrite.hir.DefKind.VARIANT
                            ? Ty.of(tcx.adtDef(tcx.parent(parent)).discrKind())
                            : Ty.USIZE; // array lengths and other anonymous constants
                }
            };
            fcx.retTy = ty;
            fcx.exprs.checkCoercible(body.value(), ty);
        }
        infcx.selectWherePossible();
        fcx.closuresTypeck().analyzeCaptures();
        infcx.selectWherePossible();
        if (infcx.fallback()) infcx.selectWherePossible();
        for (CastCheck.Pending p : fcx.casts()) CastCheck.check(fcx, p);
        reportFailures(fcx, infcx.selectAllOrError());
        for (var e : opaqueVars.entrySet()) hiddenTypes.put(e.getKey(), infcx.resolve(e.getValue()));
        TypeckResults results = fcx.writeback();
        if (!results.tainted()) new Exhaustiveness(tcx, body, results, tcx.diag).check();
        return results;
    }

    private final Map<DefId, Ty> hiddenTypes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The type an opaque type ({@code impl Trait} returned by a function) stands for: what the
     * function's body returns, in terms of the function's generic parameters.
     */
    public Ty hiddenType(DefId opaque) {
        typeck(tcx.parent(opaque));
        Ty t = hiddenTypes.get(opaque);
        return t == null ? Ty.ERROR : t;
    }

    /**
     * In the function defining them, its opaque return types are inference variables: the body
     * decides them, constrained by the opaque types' bounds (which also guide closure signatures).
     */
    private Ty defineOpaques(DefId owner, Ty output, InferCtxt infcx, Map<DefId, Ty> vars, dev.ferrite.span.Span span) {
        if (!dev.ferrite.types.TyVisitor.any(output, t -> t instanceof Ty.Opaque o && owner.equals(tcx.parent(o.def())))) {
            return output;
        }
        dev.ferrite.types.TyFolder replace = new dev.ferrite.types.TyFolder() {
            @Override
            public Ty foldTy(Ty ty) {
                if (ty instanceof Ty.Opaque o && owner.equals(tcx.parent(o.def()))) {
                    return vars.computeIfAbsent(o.def(), d -> infcx.newVar());
                }
                return superFold(ty);
            }
        };
        Ty out = replace.foldTy(output);
        for (DefId opaque : List.copyOf(vars.keySet())) {
            for (Predicate p : tcx.opaqueBounds(opaque)) infcx.register(replace.foldPredicate(p), span);
        }
        return out;
    }

    private void reportFailures(FnCtxt fcx, List<InferCtxt.Failure> failures) {
        boolean ambiguityReported = false;
        for (InferCtxt.Failure f : failures) {
            Predicate p = f.predicate();
            if (f.ambiguous()) {
                if (ambiguityReported || fcx.tainted) continue;
                ambiguityReported = true;
                fcx.error(Diagnostic.error("type annotations needed").code("E0283").primary(f.span(), "cannot infer type"));
                continue;
            }
            if (p instanceof Predicate.Trait t) {
                TraitRef tr = new TraitRef(t.traitRef().traitId(), fcx.infcx.resolve(t.traitRef().args()));
                if (tr.args().list().stream().anyMatch(a -> a instanceof Ty ty && ty.hasError())) continue;
                String traitPath = new dev.ferrite.types.TyPrinter(tcx).printTraitPath(tr);
                String self = tcx.show(tr.self());
                fcx.error(Diagnostic.error("the trait bound `" + self + ": " + traitPath + "` is not satisfied").code("E0277")
                        .primary(f.span(), "the trait `" + traitPath + "` is not implemented for `" + self + "`"));
            } else if (p instanceof Predicate.Projection pr) {
                Ty found = fcx.infcx.resolve(pr.term());
                Ty alias = fcx.infcx.resolve(pr.alias());
                if (found.hasError() || alias.hasError()) continue;
                fcx.error(Diagnostic.error("type mismatch resolving `" + tcx.show(alias) + " == " + tcx.show(found) + "`")
                        .code("E0271").primary(f.span(), ""));
            }
        }
    }
}
