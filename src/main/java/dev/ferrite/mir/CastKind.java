package dev.ferrite.mir;

/** How an {@link Rvalue.Cast} converts (rustc's {@code CastKind}). */
public sealed interface CastKind {
    /** {@code ptr as usize}: exposes the pointer's provenance. */
    record PointerExposeProvenance() implements CastKind {
    }

    /** {@code usize as *const T}: picks up an exposed provenance. */
    record PointerWithExposedProvenance() implements CastKind {
    }

    /** @param implicit true for coercions the type checker inserted, false for {@code as} casts */
    record PointerCoercionCast(PointerCoercion coercion, boolean implicit) implements CastKind {
    }

    record IntToInt() implements CastKind {
    }

    /** Saturating, NaN to 0. */
    record FloatToInt() implements CastKind {
    }

    record FloatToFloat() implements CastKind {
    }

    record IntToFloat() implements CastKind {
    }

    /** Raw pointer to raw pointer (thin to thin, wide to wide of the same metadata, wide to thin). */
    record PtrToPtr() implements CastKind {
    }

    record FnPtrToPtr() implements CastKind {
    }

    /** Reinterprets the bytes (same size). */
    record Transmute() implements CastKind {
    }

    CastKind INT_TO_INT = new IntToInt();
    CastKind FLOAT_TO_INT = new FloatToInt();
    CastKind FLOAT_TO_FLOAT = new FloatToFloat();
    CastKind INT_TO_FLOAT = new IntToFloat();
    CastKind PTR_TO_PTR = new PtrToPtr();
    CastKind FN_PTR_TO_PTR = new FnPtrToPtr();
    CastKind TRANSMUTE = new Transmute();
    CastKind EXPOSE_PROVENANCE = new PointerExposeProvenance();
    CastKind WITH_EXPOSED_PROVENANCE = new PointerWithExposedProvenance();

    static CastKind coercion(PointerCoercion c) {
        return new PointerCoercionCast(c, true);
    }

    /** As rustc prints it in {@code (...)} after the cast. */
    default String mirName() {
        return switch (this) {
            case PointerExposeProvenance p -> "PointerExposeProvenance";
            case PointerWithExposedProvenance p -> "PointerWithExposedProvenance";
            case PointerCoercionCast c -> "PointerCoercion(" + c.coercion().mirName() + ", "
                    + (c.implicit() ? "Implicit" : "AsCast") + ")";
            case IntToInt i -> "IntToInt";
            case FloatToInt f -> "FloatToInt";
            case FloatToFloat f -> "FloatToFloat";
            case IntToFloat f -> "IntToFloat";
            case PtrToPtr p -> "PtrToPtr";
            case FnPtrToPtr p -> "FnPtrToPtr";
            case Transmute t -> "Transmute";
        };
    }
}
