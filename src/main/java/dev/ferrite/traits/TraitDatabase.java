package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * Everything the solver knows about the program (chalk's {@code RustIrDatabase}). The compiler's
 * query database implements it; tests use an in-memory program.
 *
 * <p><b>Architecture invariant:</b> the solver sees the compiler only through this interface. It
 * knows nothing of HIR, spans or names; it never walks the crate. Answers must be stable (the
 * solver caches results derived from them for the lifetime of a {@link Solver}), and safe to ask
 * from several threads if the Solver is shared by threads.
 */
public interface TraitDatabase {
    /** All impls (positive and negative) of {@code trait}, of every crate. Order is irrelevant. */
    List<DefId> implsFor(DefId trait);

    /** The header of an impl. */
    ImplDatum implDatum(DefId impl);

    /**
     * The Self type of an impl's trait reference: what the solver compares with a goal before it
     * asks for the whole header (its where-clauses cost more to lower, and most impls of a trait
     * such as {@code Add} or {@code Iterator} are for other types).
     */
    default Ty implSelfTy(DefId impl) {
        return implDatum(impl).traitRef().self();
    }

    /**
     * The value an impl gives to associated type {@code assocItem}, in terms of the impl's parameters
     * followed by the associated type's own parameters (GATs); empty if the impl does not define it
     * (the solver then uses the trait's default, {@link AssocTypeDatum#defaultTy()}).
     */
    Optional<Ty> implAssocTy(DefId impl, DefId assocItem);

    TraitDatum traitDatum(DefId trait);

    AssocTypeDatum assocTypeDatum(DefId assocType);

    /** The definition of a struct/enum/union: auto traits and {@code Sized} look at its fields. */
    AdtDef adtDef(DefId adt);

    /** The where-clauses of an ADT, in terms of its parameters: what {@code WellFormed(Adt<..>)} needs. */
    default List<Predicate> adtWhereClauses(DefId adt) {
        return List.of();
    }

    /** The trait playing {@code role}, if the library defines it (lang items). */
    Optional<DefId> wellKnownTrait(WellKnownTrait role);

    /** The role of {@code trait}, if it is well known. */
    default Optional<WellKnownTrait> wellKnownRole(DefId trait) {
        for (WellKnownTrait w : WellKnownTrait.values()) {
            if (wellKnownTrait(w).filter(trait::equals).isPresent()) return Optional.of(w);
        }
        return Optional.empty();
    }

    /**
     * The bounds of an opaque type ({@code impl Trait} in a return type), in terms of its generic
     * parameters, with the opaque type at its identity arguments as Self.
     */
    default List<Predicate> opaqueBounds(DefId opaque) {
        return List.of();
    }

    /** The associated type {@code FnOnce::Output}, if the library defines it. */
    Optional<DefId> fnOnceOutput();

    /**
     * The signature of a function item, in terms of its generic parameters (parent's first);
     * substitute the arguments of a {@code Ty.FnDef} to get the signature of that instance.
     */
    FnSig fnSig(DefId fn);
}
