package dev.ferrite.types;

import dev.ferrite.hir.DefId;

/** A bound of a {@code dyn} type, with {@code Self} erased (the arguments exclude it). */
public sealed interface ExistentialPredicate {
    /** The principal trait: {@code dyn Trait<Args>}. */
    record Trait(DefId traitId, GenericArgs args) implements ExistentialPredicate {
    }

    /** {@code dyn Trait<Assoc = T>}: {@code args} are the trait's (without Self) and the item's own. */
    record Projection(DefId assocItem, GenericArgs args, Ty term) implements ExistentialPredicate {
    }

    /** An auto trait such as {@code Send}. */
    record AutoTrait(DefId traitId) implements ExistentialPredicate {
    }
}
