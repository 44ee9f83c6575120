package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Ty;
import java.util.List;

/**
 * A trait as the solver sees it.
 *
 * @param params       the trait's generic parameters, {@code Self} first (index 0)
 * @param whereClauses predicates on the trait, in terms of its parameters; those whose subject is
 *                     {@code Self} ({@code Ty.Param(0)}) are the supertraits, which are implied by
 *                     (elaborated from) every {@code T: Trait} bound
 * @param assocTypes   the trait's associated types ({@link AssocTypeDatum})
 * @param methods      the trait's methods in declaration order: the vtable slots of the trait
 * @param isAuto       {@code auto trait} (Send, Sync, ...): implemented structurally, coinductive
 * @param isMarker     {@code #[marker]}: overlapping impls allowed, the solver picks any
 */
public record TraitDatum(DefId id, List<GenericParamKind> params, List<Predicate> whereClauses,
                         List<DefId> assocTypes, List<DefId> methods, boolean isAuto, boolean isMarker) {
    public TraitDatum {
        params = List.copyOf(params);
        whereClauses = List.copyOf(whereClauses);
        assocTypes = List.copyOf(assocTypes);
        methods = List.copyOf(methods);
    }

    /** The {@code Self: Super<..>} where-clauses. */
    public List<Predicate.Trait> superTraits() {
        return whereClauses.stream()
                .filter(p -> p instanceof Predicate.Trait t && t.traitRef().self() instanceof Ty.Param sp
                        && sp.index() == 0)
                .map(p -> (Predicate.Trait) p)
                .toList();
    }
}
