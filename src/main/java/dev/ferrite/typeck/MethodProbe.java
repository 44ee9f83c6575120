package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Item;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.SimplifiedType;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * Method lookup (rustc's {@code method/probe.rs} and {@code confirm.rs}). For each type the
 * receiver autoderefs to (and finally an array unsized to a slice), try the receiver by value,
 * then autoref'd {@code &}, then {@code &mut}; at each, inherent methods win over trait methods.
 * A candidate fits when its {@code self} parameter type unifies with the adjusted receiver and
 * (for trait methods) the trait may be implemented.
 */
final class MethodProbe {
    private final FnCtxt fcx;

    MethodProbe(FnCtxt fcx) {
        this.fcx = fcx;
    }

    /** A chosen method with its generic arguments and instantiated signature. */
    record MethodPick(DefId method, GenericArgs args, FnSig sig) {
    }

    /** A chosen associated fn or const for a path {@code Type::name}, with its container's arguments. */
    record AssocPick(DefId item, GenericArgs parentArgs) {
    }

    /** A candidate method: where it comes from (impl or trait) and the method. */
    private record Candidate(DefId container, DefId method, boolean inherent) {
    }

    private record Probe(int step, Mutability autoref, boolean unsize, Candidate cand) {
    }

    boolean hasMethodNamed(Ty ty, Symbol name) {
        SimplifiedType key = SimplifiedType.of(ty);
        if (key == null) return false;
        for (DefId impl : fcx.tcx.inherentImpls(key)) {
            DefId m = fcx.tcx.assocItem(impl, name, DefKind.Ns.VALUE);
            if (m != null && fcx.tcx.kind(m) == DefKind.ASSOC_FN) return true;
        }
        return false;
    }

    private List<Candidate> inherentCandidates(Ty ty, Symbol name) {
        List<Candidate> out = new ArrayList<>();
        SimplifiedType key = SimplifiedType.of(ty);
        if (key == null) return out;
        for (DefId impl : fcx.tcx.inherentImpls(key)) {
            DefId m = fcx.tcx.assocItem(impl, name, DefKind.Ns.VALUE);
            if (m != null) out.add(new Candidate(impl, m, true));
        }
        return out;
    }

    private List<Candidate> traitCandidates(Symbol name, boolean fnsOnly) {
        List<Candidate> out = new ArrayList<>();
        for (DefId item : fcx.tcx.traitItemsNamed(name)) {
            DefKind k = fcx.tcx.kind(item);
            if (k == DefKind.ASSOC_FN || !fnsOnly && k == DefKind.ASSOC_CONST) {
                out.add(new Candidate(fcx.tcx.parent(item), item, false));
            }
        }
        return out;
    }

    private static boolean hasSelfParam(FnCtxt fcx, DefId method) {
        return fcx.tcx.item(method) instanceof Item.Fn f && f.decl().hasSelf();
    }

    /** Instantiates a candidate: its container's fresh arguments and the method's own. */
    private GenericArgs freshMethodArgs(Candidate c) {
        return fcx.freshArgs(c.method());
    }

    MethodPick lookupMethod(ExprId call, ExprId receiver, Ty recvTy, HirPath.Segment seg, Span span) {
        Symbol name = seg.name();
        List<Ty> steps = new ArrayList<>();
        List<List<Adjustment>> derefs = Autoderef.chain(fcx, recvTy, span, steps);
        Ty last = steps.getLast();
        if (last instanceof Ty.Infer inf && inf.kind() == Ty.InferKind.TY) {
            fcx.error(Diagnostic.error("type annotations needed").code("E0282").primary(fcx.body.expr(receiver).span(),
                    "type must be known at this point"));
            return null;
        }
        boolean unsizeStep = last instanceof Ty.Array;
        if (unsizeStep) steps.add(Ty.slice(((Ty.Array) last).elem()));
        for (Ty stepTy : steps) if (stepTy instanceof Ty.Error) return null;
        // As in rustc, the inherent methods of every type the receiver derefs to are candidates at
        // each step (`&RefCell<T>` by value takes `RefCell::borrow(&self)`).
        List<Candidate> inherent = new ArrayList<>();
        for (Ty stepTy : steps) {
            for (Candidate c : inherentCandidates(stepTy, name)) if (!inherent.contains(c)) inherent.add(c);
        }
        List<Candidate> traitCands = traitCandidates(name, true);
        // Traits in scope first; the others only if nothing in scope fits.
        // FIXME: rustc never considers traits out of scope (except the bounds of type parameters).
        java.util.Set<DefId> scope = fcx.tcx.traitsInScope(fcx.owner);
        List<Candidate> inScope = traitCands;
        if (scope != null) {
            inScope = new ArrayList<>();
            for (Candidate c : traitCands) if (scope.contains(c.container())) inScope.add(c);
        }
        Probe found = search(steps, unsizeStep, inherent, inScope);
        if (found == null && inScope.size() != traitCands.size()) found = search(steps, unsizeStep, List.of(), traitCands);
        if (found == null) {
            reportNoMethod(recvTy, seg, span);
            return null;
        }
        // Confirm: adjust the receiver and instantiate the method for real.
        List<Adjustment> adj = new ArrayList<>(derefs.get(Math.min(found.step(), derefs.size() - 1)));
        Ty stepTy = steps.get(found.step());
        Ty adjusted = stepTy;
        if (found.autoref() != null) {
            Ty borrowedOf = found.unsize() ? steps.get(found.step() - 1) : stepTy;
            adj.add(new Adjustment(new Adjustment.Borrow(found.autoref(), false), Ty.ref(Region.ERASED, borrowedOf, found.autoref())));
            adjusted = Ty.ref(Region.ERASED, stepTy, found.autoref());
            if (found.unsize()) {
                adj.add(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.UNSIZE), adjusted));
            }
        } else if (fcx.shallow(stepTy) instanceof Ty.Ref r && r.mutbl() == Mutability.MUT) {
            // a `&mut` receiver taken by value is reborrowed (`&mut *r`), as rustc's by-value pick
            // does: the reference stays usable after the call
            adj.add(new Adjustment(new Adjustment.Deref(null, null, Mutability.MUT), r.pointee()));
            adj.add(new Adjustment(new Adjustment.Borrow(Mutability.MUT, false), Ty.ref(Region.ERASED, r.pointee(), Mutability.MUT)));
        }
        fcx.addAdjustments(receiver, adj);
        Candidate c = found.cand();
        GenericArgs args = freshMethodArgs(c);
        if (seg.args() != null) {
            int parentCount = fcx.tcx.generics(c.method()).parentCount();
            args = fcx.lowering.argsFor(c.method(), seg, args.prefix(parentCount), true);
        }
        FnSig sig = fcx.instantiateSig(c.method(), args, span);
        fcx.infcx.unify(adjusted, sig.inputs().getFirst());
        fcx.registerPredicates(c.method(), args, span);
        fcx.resolutions.put(call, new TypeckResults.Resolution(DefKind.ASSOC_FN, c.method(), args));
        return new MethodPick(c.method(), args, sig);
    }

    /** The first step, autoref and candidate that fits, inherent candidates before trait ones at each. */
    private Probe search(List<Ty> steps, boolean unsizeStep, List<Candidate> inherent, List<Candidate> traitCands) {
        for (int i = 0; i < steps.size(); i++) {
            boolean unsize = unsizeStep && i == steps.size() - 1;
            Ty stepTy = steps.get(i);
            Mutability[] autorefs = unsize ? new Mutability[]{Mutability.NOT, Mutability.MUT}
                    : new Mutability[]{null, Mutability.NOT, Mutability.MUT};
            for (Mutability autoref : autorefs) {
                Ty adjusted = autoref == null ? stepTy : Ty.ref(Region.ERASED, stepTy, autoref);
                for (List<Candidate> group : List.of(inherent, traitCands)) {
                    for (Candidate c : group) {
                        if (!hasSelfParam(fcx, c.method())) continue;
                        if (fits(c, adjusted)) return new Probe(i, autoref, unsize, c);
                    }
                }
            }
        }
        return null;
    }

    /** Whether candidate {@code c}'s self type can take {@code adjusted}; leaves no trace. */
    private boolean fits(Candidate c, Ty adjusted) {
        Object snap = fcx.infcx.snapshot();
        try {
            GenericArgs args = freshMethodArgs(c);
            FnSig sig = TyFolder.subst(fcx.tcx.fnSig(c.method()), args);
            if (sig.inputs().isEmpty()) return false;
            Ty xformSelf = fcx.infcx.normalize(sig.inputs().getFirst(), dev.ferrite.span.Span.DUMMY);
            if (!fcx.infcx.unify(adjusted, xformSelf)) return false;
            if (c.inherent()) {
                for (Predicate p : fcx.tcx.predicates(c.container())) {
                    if (!fcx.infcx.mayHold(TyFolder.subst(p, args))) return false;
                }
                return true;
            }
            int traitCount = fcx.tcx.generics(c.container()).count();
            TraitRef tr = new TraitRef(c.container(), args.prefix(traitCount));
            return fcx.infcx.mayHold(new Predicate.Trait(tr));
        } finally {
            fcx.infcx.rollback(snap);
        }
    }

    private void reportNoMethod(Ty recvTy, HirPath.Segment seg, Span span) {
        Ty r = fcx.resolve(recvTy);
        if (r.hasError()) return;
        String shown = fcx.tcx.show(r);
        fcx.error(Diagnostic.error("no method named `" + seg.name() + "` found for " + kindOf(r) + " `" + shown
                + "` in the current scope").code("E0599").primary(seg.span(), "method not found in `" + shown + "`"));
    }

    private String kindOf(Ty t) {
        return switch (t) {
            case Ty.Adt a -> {
                AdtDef d = fcx.tcx.adtDef(a.def());
                yield d.isEnum() ? "enum" : d.isUnion() ? "union" : "struct";
            }
            case Ty.Ref r -> "reference";
            case Ty.Param p -> "type parameter";
            case Ty.RawPtr p -> "raw pointer";
            case Ty.Closure c -> "closure";
            case Ty.Array a -> "array";
            case Ty.Slice s -> "slice";
            case Ty.Tuple tu -> tu.elems().isEmpty() ? "unit type" : "tuple";
            default -> "type";
        };
    }

    /** Resolves {@code Type::name} in value position to an associated fn or const. */
    AssocPick resolveAssocValue(Ty base, HirPath.Segment seg, Span span) {
        Ty b = fcx.structurallyResolve(base, span);
        if (b instanceof Ty.Error) return null;
        for (Candidate c : inherentCandidates(b, seg.name())) {
            Object snap = fcx.infcx.snapshot();
            GenericArgs implArgs = fcx.freshArgs(c.container());
            Ty implSelf = TyFolder.subst(fcx.tcx.typeOf(c.container()), implArgs);
            if (fcx.infcx.unify(b, implSelf)) {
                fcx.infcx.commit(snap);
                fcx.registerPredicates(c.container(), implArgs, span);
                return new AssocPick(c.method(), implArgs);
            }
            fcx.infcx.rollback(snap);
        }
        for (Candidate c : traitCandidates(seg.name(), false)) {
            GenericArgs traitArgs = fcx.freshArgs(c.container());
            List<dev.ferrite.types.GenericArg> withSelf = new ArrayList<>(traitArgs.list());
            withSelf.set(0, b);
            GenericArgs targs = new GenericArgs(withSelf);
            if (fcx.infcx.mayHold(new Predicate.Trait(new TraitRef(c.container(), targs)))) {
                return new AssocPick(c.method(), targs);
            }
        }
        String shown = fcx.tcx.show(fcx.resolve(b));
        fcx.error(Diagnostic.error("no function or associated item named `" + seg.name() + "` found for " + kindOf(b)
                + " `" + shown + "` in the current scope").code("E0599")
                .primary(seg.span(), "function or associated item not found in `" + shown + "`"));
        return null;
    }
}
