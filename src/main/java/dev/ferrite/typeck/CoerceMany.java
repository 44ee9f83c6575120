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
            return;
        }
        if (fcx.coercion.coerce(e, t, target)) {
            if (merged == null) merged = target;
            return;
        }
        if (!reported && !fcx.resolve(t).hasError() && !fcx.resolve(target).hasError()) {
            reported = true;
            fcx.error(Diagnostic.error(expected != null ? "mismatched types" : incompatible)
                    .code("E0308").primary(fcx.body.expr(e).span(),
                            "expected `" + fcx.show(target) + "`, found `" + fcx.show(t) + "`"));
        }
    }

    /** The merged type: {@code !} if every expression diverged. */
    Ty result() {
        if (merged != null) return merged;
        if (expected != null) return expected;
        return Ty.NEVER;
    }
}
