package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * An associated type declared in a trait: {@code type Item: Bound = Default;}.
 *
 * @param ownParams  the associated type's own generic parameters (GATs), which follow the trait's
 *                   parameters in {@code Ty.Alias#args()}
 * @param bounds     bounds on the projection, written in terms of the trait's parameters and the own
 *                   parameters, with the projection itself spelled as an {@code Alias} whose args are
 *                   the parameters: {@code <Self as Iterator>::Item: Debug}; including the implied
 *                   {@code Sized} bound unless declared {@code ?Sized}
 * @param defaultTy  the default value, in terms of the same parameters, if any
 */
public record AssocTypeDatum(DefId id, DefId traitId, List<GenericParamKind> ownParams, List<Predicate> bounds,
                             Optional<Ty> defaultTy) {
    public AssocTypeDatum {
        ownParams = List.copyOf(ownParams);
        bounds = List.copyOf(bounds);
    }
}
