package dev.ferrite.traits;

import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The where-clauses in scope while checking a generic item (rustc's {@code ParamEnv}), elaborated:
 * with every {@code T: Trait} come the trait's supertraits and the bounds of its associated types,
 * transitively. The generic parameters in them are rigid: {@code T} means "some unknown type with
 * these properties", never an inference variable.
 *
 * <p>Build it with {@link #elaborate}; the caller includes the implied {@code T: Sized} of every
 * type parameter not declared {@code ?Sized} (as rustc's {@code predicates_of} does).
 */
public record ParamEnv(List<Predicate> predicates) {
    public static final ParamEnv EMPTY = new ParamEnv(List.of());

    public ParamEnv {
        predicates = List.copyOf(predicates);
    }

    /** The environment of {@code predicates} plus everything they imply. */
    public static ParamEnv elaborate(TraitDatabase db, List<Predicate> predicates) {
        Set<Predicate> out = new LinkedHashSet<>();
        List<Predicate> work = new ArrayList<>(predicates);
        while (!work.isEmpty()) {
            Predicate p = Folders.eraseRegions(work.removeLast());
            if (!out.add(p)) continue;
            if (p instanceof Predicate.Trait t) work.addAll(implied(db, t.traitRef()));
        }
        return new ParamEnv(List.copyOf(out));
    }

    /** What {@code traitRef} implies: the trait's where-clauses on Self and its associated type bounds. */
    static List<Predicate> implied(TraitDatabase db, TraitRef traitRef) {
        TraitDatum trait = db.traitDatum(traitRef.traitId());
        List<Predicate> out = new ArrayList<>();
        for (Predicate.Trait sup : trait.superTraits()) out.add(TyFolder.subst(sup, traitRef.args()));
        // `trait Sub: Iterator<Item = u8>` also says `<Self as Iterator>::Item == u8`.
        for (Predicate p : trait.whereClauses()) {
            if (p instanceof Predicate.Projection pr && !pr.alias().args().isEmpty()
                    && pr.alias().args().get(0) instanceof Ty.Param sp && sp.index() == 0) {
                out.add(TyFolder.subst(p, traitRef.args()));
            }
        }
        for (var assoc : trait.assocTypes()) {
            AssocTypeDatum at = db.assocTypeDatum(assoc);
            if (!at.ownParams().isEmpty()) continue; // GAT bounds quantify over the own params: not elaborated
            for (Predicate b : at.bounds()) out.add(TyFolder.subst(b, traitRef.args()));
        }
        return out;
    }

    /** This environment with more predicates (elaborated). */
    public ParamEnv with(TraitDatabase db, List<Predicate> more) {
        List<Predicate> all = new ArrayList<>(predicates);
        all.addAll(more);
        return elaborate(db, all);
    }
}
