package dev.ferrite.typeck;

import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.span.Span;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Coercions at coercion sites (rustc's {@code coercion.rs}): never to anything, reborrows and
 * deref coercions of references, unsizing ({@code &[T; N]} to {@code &[T]}, to {@code dyn Trait}),
 * fn items and non-capturing closures to fn pointers, {@code *mut T} to {@code *const T}. Records
 * the adjustments on the expression; falls back to type equality.
 */
final class Coercion {
    private final FnCtxt fcx;

    Coercion(FnCtxt fcx) {
        this.fcx = fcx;
    }

    /** Coerces expression {@code e} of type {@code source} to {@code target}; false if impossible. */
    boolean coerce(ExprId e, Ty source, Ty target) {
        Span span = fcx.body.expr(e).span();
        List<Adjustment> adj = tryCoerce(source, target, span);
        if (adj == null) return false;
        fcx.addAdjustments(e, adj);
        return true;
    }

    /** The adjustments of a successful coercion (possibly none), or null; nothing changes on failure. */
    List<Adjustment> tryCoerce(Ty source, Ty target, Span span) {
        Object snap = fcx.infcx.snapshot();
        List<Adjustment> r = coerceInner(source, target, span);
        if (r == null) fcx.infcx.rollback(snap);
        else fcx.infcx.commit(snap);
        return r;
    }

    private List<Adjustment> coerceInner(Ty source0, Ty target0, Span span) {
        Ty source = fcx.shallow(source0);
        Ty target = fcx.shallow(target0);
        if (source instanceof Ty.Never) {
            if (target instanceof Ty.Infer v) fcx.infcx.markDiverging(v);
            return List.of(new Adjustment(new Adjustment.NeverToAny(), target));
        }
        if (source instanceof Ty.Infer || target instanceof Ty.Infer) {
            return fcx.infcx.unify(source, target) ? List.of() : null;
        }
        List<Adjustment> unsize = coerceUnsized(source, target, span);
        if (unsize != null) return unsize;
        if (target instanceof Ty.Ref tr && source instanceof Ty.Ref sr) {
            return coerceBorrowedPointer(sr, tr, span);
        }
        if (target instanceof Ty.RawPtr tp && (source instanceof Ty.RawPtr || source instanceof Ty.Ref)) {
            Ty pointee;
            Mutability sm;
            List<Adjustment> adj = new ArrayList<>();
            if (source instanceof Ty.Ref sr) {
                pointee = sr.pointee();
                sm = sr.mutbl();
                adj.add(new Adjustment(new Adjustment.Deref(null, null, sm), pointee));
                adj.add(new Adjustment(new Adjustment.Borrow(tp.mutbl(), true), Ty.ptr(pointee, tp.mutbl())));
            } else {
                Ty.RawPtr sp = (Ty.RawPtr) source;
                pointee = sp.pointee();
                sm = sp.mutbl();
                if (sm != tp.mutbl()) {
                    adj.add(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.MUT_TO_CONST_POINTER),
                            Ty.ptr(pointee, tp.mutbl())));
                }
            }
            if (sm == Mutability.NOT && tp.mutbl() == Mutability.MUT) return null;
            if (!fcx.infcx.unify(pointee, tp.pointee())) return null;
            return adj;
        }
        if (target instanceof Ty.FnPtr fp) {
            if (source instanceof Ty.FnDef fd) {
                FnSig sig = fcx.instantiateSig(fd.def(), fd.args(), span);
                if (!unifySigs(sig, fp.sig())) return null;
                return List.of(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.REIFY_FN_POINTER), target));
            }
            if (source instanceof Ty.Closure cl) {
                FnCtxt.ClosureState st = fcx.closures.get(cl.def());
                if (st != null && fcx.closuresTypeck().hasNoCaptures(cl.def())) {
                    if (!unifySigs(FnSig.of(st.inputs, st.output), fp.sig())) return null;
                    return List.of(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.CLOSURE_FN_POINTER), target));
                }
            }
            if (source instanceof Ty.FnPtr sp && !sp.sig().unsafe() && fp.sig().unsafe()) {
                // `fn(A) -> R` to `unsafe fn(A) -> R`
                if (sp.sig().cVariadic() != fp.sig().cVariadic() || !sp.sig().abi().equals(fp.sig().abi())
                        || !unifySigs(sp.sig(), fp.sig())) {
                    return null;
                }
                return List.of(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.UNSAFE_FN_POINTER), target));
            }
        }
        return fcx.infcx.unify(source, target) ? List.of() : null;
    }

    /**
     * The signature a fn item, a non-capturing closure or a fn pointer has as a fn pointer, or null
     * for any other type (what rustc's least-upper-bound coercion of fn-like types starts from).
     */
    FnSig fnPointerSig(Ty t, Span span) {
        return switch (fcx.shallow(t)) {
            case Ty.FnDef fd -> fcx.instantiateSig(fd.def(), fd.args(), span);
            case Ty.FnPtr fp -> fp.sig();
            case Ty.Closure cl -> {
                FnCtxt.ClosureState st = fcx.closures.get(cl.def());
                yield st != null && fcx.closuresTypeck().hasNoCaptures(cl.def()) ? FnSig.of(st.inputs, st.output) : null;
            }
            default -> null;
        };
    }

    /**
     * rustc's least upper bound of two fn-like types of different identity (two fn items, a fn
     * item and a closure, ..): the fn pointer both coerce to, unsafe if either is; null if their
     * signatures differ. Unifies the signatures on success.
     */
    Ty fnPointerLub(Ty a, Ty b, Span span) {
        FnSig sa = fnPointerSig(a, span), sb = fnPointerSig(b, span);
        if (sa == null || sb == null || sa.cVariadic() || sb.cVariadic() || !sa.abi().equals(sb.abi())) return null;
        if (fcx.shallow(a) instanceof Ty.FnPtr && fcx.shallow(b) instanceof Ty.FnPtr) return null; // plain equality
        Object snap = fcx.infcx.snapshot();
        if (!unifySigs(sa, sb)) {
            fcx.infcx.rollback(snap);
            return null;
        }
        fcx.infcx.commit(snap);
        boolean unsafe = sa.unsafe() || sb.unsafe();
        return new Ty.FnPtr(new FnSig(sa.inputs(), sa.output(), false, unsafe, sa.abi(), Math.max(sa.boundRegions(), sb.boundRegions())));
    }

    private boolean unifySigs(FnSig a, FnSig b) {
        if (a.inputs().size() != b.inputs().size()) return false;
        for (int i = 0; i < a.inputs().size(); i++) {
            if (!fcx.infcx.unify(a.inputs().get(i), b.inputs().get(i))) return false;
        }
        return fcx.infcx.unify(a.output(), b.output());
    }

    /** {@code &mut T} to {@code &U} or {@code &mut U}: autoderef the source until a step unifies with U. */
    private List<Adjustment> coerceBorrowedPointer(Ty.Ref source, Ty.Ref target, Span span) {
        if (source.mutbl() == Mutability.NOT && target.mutbl() == Mutability.MUT) return null;
        List<Ty> types = new ArrayList<>();
        List<List<Adjustment>> chain = Autoderef.chain(fcx, source, span, types);
        // Step 0 is the reference itself; start from its pointee (index 1).
        for (int i = 1; i < types.size(); i++) {
            Object snap = fcx.infcx.snapshot();
            if (fcx.infcx.unify(types.get(i), target.pointee())) {
                fcx.infcx.commit(snap);
                if (i == 1 && source.mutbl() == Mutability.NOT && target.mutbl() == Mutability.NOT) {
                    // `&T` to `&T`: rustc records a reborrow; a copy of the reference is the same
                    return List.of();
                }
                List<Adjustment> adj = new ArrayList<>(chain.get(i));
                adj.add(new Adjustment(new Adjustment.Borrow(target.mutbl(), false),
                        Ty.ref(Region.ERASED, types.get(i), target.mutbl())));
                return adj;
            }
            fcx.infcx.rollback(snap);
        }
        return null;
    }

    /** Unsizing coercions of references and raw pointers (and, through CoerceUnsized, smart pointers). */
    private List<Adjustment> coerceUnsized(Ty source, Ty target, Span span) {
        if (source instanceof Ty.Adt sa && target instanceof Ty.Adt ta && sa.def().equals(ta.def())) {
            return coerceUnsizedAdt(sa, ta, span);
        }
        PointerParts src = PointerParts.of(source);
        PointerParts dst = PointerParts.of(target);
        // &T -> &U, *T -> *U and &T -> *U; never a raw pointer to a reference
        if (src == null || dst == null || src.raw() && !dst.raw()) return null;
        Ty sp = src.pointee(), tp = dst.pointee();
        Mutability sm = src.mutbl(), tm = dst.mutbl();
        boolean raw = dst.raw();
        if (sm == Mutability.NOT && tm == Mutability.MUT) return null;
        Ty spR = fcx.shallow(sp);
        Ty tpR = fcx.shallow(tp);
        boolean ok = false;
        if (spR instanceof Ty.Array arr && tpR instanceof Ty.Slice sl) {
            ok = fcx.infcx.unify(arr.elem(), sl.elem());
        } else if (tpR instanceof Ty.Dynamic dyn && !(spR instanceof Ty.Dynamic)
                && !(spR instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY)) {
            // an integer or float variable is some sized number: `&1` coerces to `&dyn Display`
            ok = registerDynObligations(spR, dyn, span);
        } else if (spR instanceof Ty.Dynamic && tpR instanceof Ty.Dynamic && !fcx.infcx.resolve(spR).equals(fcx.infcx.resolve(tpR))) {
            // trait object upcasting: `&(dyn Any + Send)` to `&dyn Any`, `&dyn Sub` to `&dyn Super`
            dev.ferrite.hir.DefId unsize = fcx.tcx.langItem("unsize");
            Predicate p = unsize == null ? null : new Predicate.Trait(new TraitRef(unsize, GenericArgs.of(spR, tpR)));
            if (p != null && fcx.infcx.mayHold(p)) {
                fcx.infcx.register(p, span);
                ok = true;
            }
        } else if (spR instanceof Ty.Adt sa && tpR instanceof Ty.Adt ta && sa.def().equals(ta.def()) && unsizesAnArgument(sa, ta)) {
            // a struct whose last field unsizes: `&Fat<[T; 3]>` to `&Fat<[T]>`, `&W<S>` to `&W<dyn Tr>`
            dev.ferrite.hir.DefId unsize = fcx.tcx.langItem("unsize");
            Predicate p = unsize == null ? null : new Predicate.Trait(new TraitRef(unsize, GenericArgs.of(spR, tpR)));
            if (p != null && fcx.infcx.mayHold(p)) {
                fcx.infcx.register(p, span);
                ok = true;
            }
        }
        if (!ok) return null;
        List<Adjustment> adj = new ArrayList<>();
        adj.add(new Adjustment(new Adjustment.Deref(null, null, sm), sp));
        Ty reborrowed = raw ? Ty.ptr(sp, tm) : Ty.ref(Region.ERASED, sp, tm);
        adj.add(new Adjustment(new Adjustment.Borrow(tm, raw), reborrowed));
        adj.add(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.UNSIZE),
                raw ? Ty.ptr(tp, tm) : Ty.ref(Region.ERASED, tp, tm)));
        return adj;
    }

    /**
     * {@code Ptr<T>} to {@code Ptr<U>} for a smart pointer with {@code Ptr<T>: CoerceUnsized<Ptr<U>>}
     * ({@code Box<S>} to {@code Box<dyn Trait>}, {@code Box<[T; N]>} to {@code Box<[T]>}). Tried
     * only when some type argument of the target is already known to be unsized and the
     * source's differs, so that an unknown target is inferred by equality instead.
     */
    private List<Adjustment> coerceUnsizedAdt(Ty.Adt source, Ty.Adt target, Span span) {
        dev.ferrite.hir.DefId coerceUnsized = fcx.tcx.langItem("coerce_unsized");
        if (coerceUnsized == null) return null;
        if (!unsizesAnArgument(source, target)) return null;
        Predicate p = new Predicate.Trait(new TraitRef(coerceUnsized, GenericArgs.of(source, target)));
        if (!fcx.infcx.mayHold(p)) return null;
        fcx.infcx.register(p, span);
        return List.of(new Adjustment(new Adjustment.Pointer(Adjustment.PointerCoercion.UNSIZE), target));
    }

    /**
     * Whether some type argument of {@code target} is, or ends in, an unsized type ({@code dyn},
     * a slice, {@code str}) where {@code source}'s differs: the case to try an unsizing coercion
     * rather than equality. False while a source argument is still unknown.
     */
    private boolean unsizesAnArgument(Ty.Adt source, Ty.Adt target) {
        boolean unsizes = false;
        for (int i = 0; i < source.args().size() && i < target.args().size(); i++) {
            if (!(source.args().get(i) instanceof Ty s) || !(target.args().get(i) instanceof Ty t)) continue;
            Ty sr = fcx.shallow(s), tr = fcx.infcx.resolve(t);
            if (sr instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) return false;
            if (dev.ferrite.types.TyVisitor.any(tr, x -> x instanceof Ty.Dynamic || x instanceof Ty.Slice || x instanceof Ty.Str)
                    && !fcx.infcx.resolve(sr).equals(tr)) {
                unsizes = true;
            }
        }
        return unsizes;
    }

    /** The pointee and mutability of a reference or raw pointer type. */
    private record PointerParts(Ty pointee, Mutability mutbl, boolean raw) {
        static PointerParts of(Ty t) {
            return switch (t) {
                case Ty.Ref r -> new PointerParts(r.pointee(), r.mutbl(), false);
                case Ty.RawPtr p -> new PointerParts(p.pointee(), p.mutbl(), true);
                default -> null;
            };
        }
    }

    /** {@code T: Trait} for the principal and each auto trait, and the projection bounds. */
    private boolean registerDynObligations(Ty concrete, Ty.Dynamic dyn, Span span) {
        List<Predicate> preds = new ArrayList<>();
        for (ExistentialPredicate p : dyn.preds()) {
            switch (p) {
                case ExistentialPredicate.Trait t ->
                        preds.add(new Predicate.Trait(new TraitRef(t.traitId(), GenericArgs.of(concrete).concat(t.args()))));
                case ExistentialPredicate.AutoTrait a ->
                        preds.add(new Predicate.Trait(new TraitRef(a.traitId(), GenericArgs.of(concrete))));
                case ExistentialPredicate.Projection pr -> preds.add(new Predicate.Projection(
                        (Ty.Alias) Ty.intern(new Ty.Alias(pr.assocItem(), GenericArgs.of(concrete).concat(pr.args()))), pr.term()));
            }
        }
        // as rustc: the coercion is made and the object's bounds become obligations, so a missing
        // impl is reported as such (E0277 at the coercion), not as mismatched types
        for (Predicate p : preds) fcx.infcx.register(p, span);
        return true;
    }
}
