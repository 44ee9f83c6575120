package dev.ferrite.typeck;

import java.util.List;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Expr;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Ty;

/**
 * Validity of {@code as} casts, checked after inference settled the types (rustc's
 * {@code cast.rs}): numeric casts, {@code bool}/{@code char} to integers, {@code u8} to
 * {@code char}, field-less enums to integers, pointer casts, pointer↔address, fn items and
 * pointers to pointers and addresses, and anything a coercion can do.
 */
final class CastCheck {
    /** A cast waiting for its operand's type. */
    record Pending(Expr.Cast cast, Ty from, Ty to) {
    }

    private CastCheck() {
    }

    static void check(FnCtxt fcx, Pending p) {
        Ty from = fcx.resolve(p.from());
        Ty to = fcx.resolve(p.to());
        if (from.hasError() || to.hasError()) return;
        if (valid(fcx, from, to)) return;
        List<Adjustment> coercion = fcx.coercion.tryCoerce(from, to, p.cast().span());
        if (coercion != null) {
            // a cast that is a coercion (`Box::new(s) as Box<dyn Trait>`) is made by the coercion's adjustments
            fcx.addAdjustments(p.cast().expr(), coercion);
            return;
        }
        boolean primitive = isPrim(from) && isPrim(to);
        fcx.error(Diagnostic.error((primitive ? "casting" : "non-primitive cast:") + " `" + fcx.tcx.show(from) + "` as `"
                + fcx.tcx.show(to) + "`" + (primitive ? " is invalid" : "")).code(primitive ? "E0606" : "E0605")
                .primary(p.cast().span(), primitive ? "" : "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object"));
    }

    private static boolean isPrim(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t instanceof Ty.RawPtr;
    }

    private static boolean valid(FnCtxt fcx, Ty from, Ty to) {
        boolean toNum = to instanceof Ty.Int || to instanceof Ty.Float;
        return switch (from) {
            case Ty.Int i -> toNum || to instanceof Ty.Char && i.kind() == dev.ferrite.types.IntKind.U8
                    || to instanceof Ty.RawPtr;
            case Ty.Float f -> toNum;
            case Ty.Bool b -> to instanceof Ty.Int;
            case Ty.Char c -> to instanceof Ty.Int;
            case Ty.Adt a -> to instanceof Ty.Int && fieldless(fcx, a);
            case Ty.RawPtr p -> to instanceof Ty.RawPtr || to instanceof Ty.Int;
            case Ty.Ref r -> to instanceof Ty.RawPtr rp && (r.pointee().equals(rp.pointee())
                    || r.pointee() instanceof Ty.Array arr && arr.elem().equals(rp.pointee()));
            case Ty.FnDef f -> to instanceof Ty.RawPtr || to instanceof Ty.Int || to instanceof Ty.FnPtr;
            case Ty.FnPtr f -> to instanceof Ty.RawPtr || to instanceof Ty.Int;
            default -> from.equals(to);
        };
    }

    private static boolean fieldless(FnCtxt fcx, Ty.Adt a) {
        AdtDef d = fcx.tcx.adtDef(a.def());
        if (!d.isEnum()) return false;
        for (AdtDef.VariantDef v : d.variants()) if (!v.fields().isEmpty()) return false;
        return true;
    }
}
