package dev.ferrite.types;

import dev.ferrite.hir.DefId;

/** {@code <Self as Trait<A, B>>}: the trait and its arguments, {@code Self} first. */
public record TraitRef(DefId traitId, GenericArgs args) {
    public Ty self() {
        return args.ty(0);
    }
}
