package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * One dereference step as method lookup, field access and coercions take them: built-in through
 * references and Box, overloaded through {@code Deref}. Raw pointers are never dereferenced
 * implicitly.
 */
final class Autoderef {
    private Autoderef() {
    }

    /** A step: the type reached and the adjustment that reaches it. */
    record Step(Ty target, Adjustment adjustment) {
    }

    /** The next step from {@code ty}, or null when it cannot be dereferenced. */
    static Step step(FnCtxt fcx, Ty ty, Span span) {
        Ty t = fcx.structurallyResolve(ty, span);
        if (t instanceof Ty.Ref r) {
            return new Step(r.pointee(), new Adjustment(new Adjustment.Deref(null, null, r.mutbl()), r.pointee()));
        }
        if (t instanceof Ty.Infer || t instanceof Ty.Error || t instanceof Ty.RawPtr) return null;
        Ty boxed = fcx.tcx.boxedTy(t);
        if (boxed != null) return new Step(boxed, new Adjustment(new Adjustment.Deref(null, null, Mutability.MUT), boxed));
        DefId deref = fcx.tcx.langItem("deref");
        if (deref == null) return null;
        if (!fcx.infcx.mayHold(new Predicate.Trait(new TraitRef(deref, GenericArgs.of(t))))) return null;
        DefId targetItem = fcx.tcx.assocItem(deref, Symbol.intern("Target"), DefKind.Ns.TYPE);
        Ty target = fcx.infcx.normalize(Ty.intern(new Ty.Alias(targetItem, GenericArgs.of(t))), span);
        DefId method = fcx.tcx.assocItem(deref, Symbol.intern("deref"), DefKind.Ns.VALUE);
        return new Step(target, new Adjustment(new Adjustment.Deref(method, GenericArgs.of(t), Mutability.NOT), target));
    }

    /** All types reachable from {@code ty} by dereferencing, {@code ty} first, with the adjustments to each. */
    static List<List<Adjustment>> chain(FnCtxt fcx, Ty ty, Span span, List<Ty> typesOut) {
        List<List<Adjustment>> out = new ArrayList<>();
        List<Adjustment> adj = new ArrayList<>();
        Ty cur = ty;
        for (int i = 0; i < 10; i++) {
            cur = fcx.structurallyResolve(cur, span);
            typesOut.add(cur);
            out.add(List.copyOf(adj));
            Step s = step(fcx, cur, span);
            if (s == null) break;
            adj.add(s.adjustment());
            cur = s.target();
        }
        return out;
    }
}
