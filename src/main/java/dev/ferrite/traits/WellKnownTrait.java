package dev.ferrite.traits;

/** Traits the solver has built-in rules for, found through {@link TraitDatabase#wellKnownTrait}. */
public enum WellKnownTrait {
    SIZED, COPY, CLONE, DROP, FN, FN_MUT, FN_ONCE, TUPLE, UNSIZE, COERCE_UNSIZED, SEND, SYNC,
    /** Every type; {@code <T as Pointee>::Metadata} is {@code ()} or {@code usize} (dyn: not modelled yet). */
    POINTEE,
    /** Every type; {@code <T as DiscriminantKind>::Discriminant} is an enum's repr integer, else {@code u8}. */
    DISCRIMINANT_KIND
}
