package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;

/** What layout computation needs to know about the program. */
public interface LayoutCx {
    AdtDef adtDef(DefId def);

    /**
     * True for structs whose single scalar field is never zero (rustc's
     * {@code #[rustc_layout_scalar_valid_range_start(1)]}: {@code NonNull}, {@code NonZero}, and
     * {@code Box} when it wraps a raw pointer).
     */
    default boolean isNonNull(DefId adt) {
        return false;
    }

    /** Normalises the projections ({@link dev.ferrite.types.Ty.Alias}) left in a monomorphic type after substitution. */
    default dev.ferrite.types.Ty normalize(dev.ferrite.types.Ty ty) {
        return ty;
    }
}
