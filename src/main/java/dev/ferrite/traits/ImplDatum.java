package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import java.util.List;

/**
 * The header of an impl as the solver sees it. Everything is written in terms of the impl's own
 * generic parameters ({@code Ty.Param(i)} for {@code params.get(i)}).
 *
 * @param params       the impl's generic parameters, in order
 * @param traitRef     {@code Trait<..> for SelfTy}: the implemented trait with Self first
 * @param whereClauses the impl's where-clauses and inline bounds, including the implied
 *                     {@code T: Sized} of every type parameter not declared {@code ?Sized}
 */
public record ImplDatum(DefId id, List<GenericParamKind> params, TraitRef traitRef, List<Predicate> whereClauses,
                       Polarity polarity) {
    public ImplDatum {
        params = List.copyOf(params);
        whereClauses = List.copyOf(whereClauses);
    }
}
