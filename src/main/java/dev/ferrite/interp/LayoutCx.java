package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Ty;

/** What layout computation needs to know about the program. */
public interface LayoutCx {
    AdtDef adtDef(DefId def);

    /**
     * Normalises the projections ({@link Ty.Alias}) left in a monomorphic type after substitution
     * (a field declared {@code Option<I::Item>} of a struct instantiated with a concrete {@code I}).
     */
    default Ty normalize(Ty ty) {
        return ty;
    }

    /**
     * True for structs whose single scalar field is never zero (rustc's
     * {@code #[rustc_layout_scalar_valid_range_start(1)]}: {@code NonNull}, {@code NonZero}, and
     * {@code Box} when it wraps a raw pointer).
     */
    default boolean isNonNull(DefId adt) {
        return false;
    }

    /**
     * True for a struct whose last field may be unsized in some instance ({@code struct S<T: ?Sized>
     * { n: u32, tail: T }}): rustc keeps that field last in every instance, sized ones included,
     * so that {@code &S<[u8; 4]>} and {@code &S<[u8]>} find it at the same offset.
     */
    default boolean maybeUnsizedTail(DefId adt) {
        return false;
    }

    /** {@code #[repr(packed(N))]} ({@code packed} is 1): the largest alignment of its fields; 0 if not packed. */
    default int reprPacked(DefId adt) {
        return 0;
    }

    /** {@code #[repr(align(N))]}: the least alignment of the type; 0 if none. */
    default int reprAlign(DefId adt) {
        return 0;
    }
}
