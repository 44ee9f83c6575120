package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.types.Ty;

/**
 * The common type of several expressions that flow to one place: {@code if}/{@code else} and
 * {@code match} arms, array elements (rustc's {@code CoerceMany}). With a known expected type each
 * expression is coerced to it; otherwise the first non-diverging type leads and the rest coerce
 * to it. Diverging expressions ({@code !}) coerce to anything.
 */
final class CoerceMany {
    private final FnCtxt fcx;
    private final Ty expected;
    private Ty merged;
    private boolean reported;
    /** rustc's message when the expressions have no common type: it names the construct. */
    private final String incompatible;
    /** The expressions merged so far and their types, to coerce again when the merged type becomes a fn pointer. */
    private final java.util.List<ExprId> exprs = new java.util.ArrayList<>();
    private final java.util.List<Ty> types = new java.util.ArrayList<>();
    /** Whether a coercion adjusted an earlier expression (then they cannot be coerced again). */
    private boolean adjusted;

    /** {@code incompatible}: the message when there is no expected type and two expressions disagree. */
    CoerceMany(FnCtxt fcx, Ty expected, String incompatible) {
        this.fcx = fcx;
        this.incompatible = incompatible;
        Ty e = expected == null ? null : fcx.shallow(expected);
        this.expected = e instanceof Ty.Infer ? null : e;
    }

    void add(ExprId e, Ty ty) {
        Ty t = fcx.shallow(ty);
        if (t instanceof Ty.Never) {
            return; // adjusted at the end to the merged type
        }
        Ty target = expected != null ? expected : merged;
        if (target == null) {
            merged = t;
            exprs.add(e);
            types.add(t);
            return;
        }
        java.util.List<Adjustment> adj = fcx.coercion.tryCoerce(t, target, fcx.body.expr(e).span());
        if (adj != null) {
            fcx.addAdjustments(e, adj);
            if (!adj.isEmpty()) adjusted = true;
            if (merged == null) merged = target;
            exprs.add(e);
            types.add(t);
            return;
        }
        if (expected == null && !adjusted && coercePreviousTo(t)) {
            // the earlier expressions coerce to this one's type (`if c { &string } else { "str" }`: `&str`)
            exprs.add(e);
            types.add(t);
            merged = t;
            return;
        }
        Ty lub = expected == null ? fcx.coercion.fnPointerLub(target, t, fcx.body.expr(e).span()) : null;
        if (lub != null) {
            // two fn items (or closures) of different identity meet as a fn pointer: `if c { f } else { g }`
            exprs.add(e);
            types.add(t);
            for (int i = 0; i < exprs.size(); i++) fcx.coercion.coerce(exprs.get(i), types.get(i), lub);
            merged = lub;
            return;
        }
        if (!reported && !fcx.resolve(t).hasError() && !fcx.resolve(target).hasError()) {
            reported = true;
            fcx.error(Diagnostic.error(expected != null ? "mismatched types" : incompatible)
                    .code("E0308").primary(fcx.body.expr(e).span(),
                            "expected `" + fcx.show(target) + "`, found `" + fcx.show(t) + "`"));
        }
    }

    /** rustc's second LUB attempt: every earlier expression (none adjusted) coerced to {@code t}; false if one cannot be. */
    private boolean coercePreviousTo(Ty t) {
        Object snap = fcx.infcx.snapshot();
        java.util.List<java.util.List<Adjustment>> all = new java.util.ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            java.util.List<Adjustment> adj = fcx.coercion.tryCoerce(types.get(i), t, fcx.body.expr(exprs.get(i)).span());
            if (adj == null) {
                fcx.infcx.rollback(snap);
                return false;
            }
            all.add(adj);
        }
        fcx.infcx.commit(snap);
        for (int i = 0; i < exprs.size(); i++) {
            if (!all.get(i).isEmpty()) {
                fcx.addAdjustments(exprs.get(i), all.get(i));
                adjusted = true;
            }
        }
        return true;
    }

    /** The type merged so far, or {@code otherwise} before the first (non-diverging) expression. */
    Ty mergedOr(Ty otherwise) {
        return merged != null ? merged : otherwise;
    }

    /** The merged type: {@code !} if every expression diverged. */
    Ty result() {
        if (merged != null) return merged;
        if (expected != null) return expected;
        return Ty.NEVER;
    }
}
