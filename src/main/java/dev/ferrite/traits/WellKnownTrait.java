package dev.ferrite.traits;

/** Traits the solver has built-in rules for, found through {@link TraitDatabase#wellKnownTrait}. */
public enum WellKnownTrait {
    SIZED, COPY, CLONE, DROP, FN, FN_MUT, FN_ONCE, TUPLE, UNSIZE, COERCE_UNSIZED, SEND, SYNC,
    /** Later: {@code <T as Pointee>::Metadata}. */
    POINTEE,
    /** Later: {@code <T as DiscriminantKind>::Discriminant}. */
    DISCRIMINANT_KIND
}
