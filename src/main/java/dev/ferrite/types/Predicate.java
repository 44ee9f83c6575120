package dev.ferrite.types;

/** What where-clauses and bounds state, and what the trait solver proves. */
public sealed interface Predicate {
    /** {@code T: Trait<..>} */
    record Trait(TraitRef traitRef) implements Predicate {
    }

    /** {@code <T as Trait>::Assoc == U} */
    record Projection(Ty.Alias alias, Ty term) implements Predicate {
    }

    /** {@code T: 'a} */
    record TypeOutlives(Ty ty, Region region) implements Predicate {
    }

    /** {@code 'a: 'b} */
    record RegionOutlives(Region longer, Region shorter) implements Predicate {
    }

    /** The type is well formed. */
    record WellFormed(GenericArg arg) implements Predicate {
    }
}
