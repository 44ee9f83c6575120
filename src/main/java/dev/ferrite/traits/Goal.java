package dev.ferrite.traits;

import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.List;

/**
 * What the solver proves. The leaves ({@link Implemented}, {@link Normalize}, {@link WellFormed})
 * are "domain goals" proved from program clauses and cached; {@link Equate}, {@link All} and
 * {@link ForAll} are handled by the engine directly.
 *
 * <p>Types in goals may contain the caller's inference variables ({@code Ty.Infer}); the solver
 * constrains them through the {@link InferenceTable} it is given. {@code Ty.Bound} with debruijn
 * index 0 is reserved for canonical variables, so {@link ForAll} binds debruijn index 1.
 */
public sealed interface Goal {
    /** {@code T: Trait<..>} holds. */
    record Implemented(TraitRef traitRef) implements Goal {
    }

    /** {@code <T as Trait>::Assoc} normalises to {@code ty} (usually an inference variable). */
    record Normalize(Ty.Alias alias, Ty ty) implements Goal {
    }

    /** The type is well formed: its ADTs' where-clauses hold, array elements are Sized, ... */
    record WellFormed(Ty ty) implements Goal {
    }

    /** The two types are equal (after normalising projections in them). */
    record Equate(Ty a, Ty b) implements Goal {
    }

    /** All of the goals hold. The empty conjunction is trivially true. */
    record All(List<Goal> goals) implements Goal {
        public All {
            goals = List.copyOf(goals);
        }
    }

    /**
     * {@code forall<T0..Tn-1> body}: the body's {@code Ty.Bound(1, i)} are replaced by fresh
     * placeholders of a new universe. Nested ForAll bodies must not mention outer binders.
     */
    record ForAll(int numTypes, Goal body) implements Goal {
    }

    Goal TRUE = new All(List.of());

    static Goal implemented(TraitRef t) {
        return new Implemented(t);
    }

    static Goal implemented(dev.ferrite.hir.DefId trait, Ty self, Ty... more) {
        var l = new java.util.ArrayList<GenericArg>();
        l.add(self);
        l.addAll(List.of(more));
        return new Implemented(new TraitRef(trait, new GenericArgs(l)));
    }

    /** The goal that proves a where-clause; outlives predicates hold trivially (regions are ignored). */
    static Goal of(Predicate p) {
        return switch (p) {
            case Predicate.Trait t -> new Implemented(t.traitRef());
            case Predicate.Projection pr -> new Normalize(pr.alias(), pr.term());
            case Predicate.TypeOutlives o -> TRUE;
            case Predicate.RegionOutlives o -> TRUE;
            case Predicate.WellFormed w -> w.arg() instanceof Ty t ? new WellFormed(t) : TRUE;
        };
    }
}
