package dev.ferrite.traits;

import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.List;
import java.util.function.Function;

/** Small folders the solver needs: region erasure and replacing bound variables. */
final class Folders {
    private Folders() {
    }

    /**
     * Solving is modulo regions: every region becomes {@code 'erased} before canonicalisation, except
     * those bound inside a type ({@code for<'a> fn(&'a T)}), which answers keep.
     */
    static final TyFolder ERASE = new TyFolder() {
        @Override
        public Region foldRegion(Region r) {
            return r instanceof Region.Bound ? r : Region.ERASED;
        }
    };

    static Predicate eraseRegions(Predicate p) {
        return ERASE.foldPredicate(p);
    }

    static TraitRef eraseRegions(TraitRef t) {
        return ERASE.foldTraitRef(t);
    }

    static Ty eraseRegions(Ty t) {
        return ERASE.foldTy(t);
    }

    /** A folder replacing {@code Ty.Bound(debruijn, i)} by {@code values.apply(i)}. */
    static TyFolder replaceBound(int debruijn, Function<Integer, Ty> values) {
        return new TyFolder() {
            @Override
            public Ty foldTy(Ty ty) {
                if (ty instanceof Ty.Bound b && b.debruijn() == debruijn) return values.apply(b.var());
                return superFold(ty);
            }
        };
    }

    /** Applies a type folder to every type in a goal (not entering nested {@code ForAll}s if asked). */
    static Goal foldGoal(Goal g, TyFolder f) {
        return switch (g) {
            case Goal.Implemented i -> new Goal.Implemented(f.foldTraitRef(i.traitRef()));
            case Goal.Normalize n -> new Goal.Normalize(foldAlias(n.alias(), f), f.foldTy(n.ty()));
            case Goal.WellFormed w -> new Goal.WellFormed(f.foldTy(w.ty()));
            case Goal.Equate e -> new Goal.Equate(f.foldTy(e.a()), f.foldTy(e.b()));
            case Goal.All a -> new Goal.All(a.goals().stream().map(x -> foldGoal(x, f)).toList());
            case Goal.ForAll fa -> new Goal.ForAll(fa.numTypes(), foldGoal(fa.body(), f));
        };
    }

    /** Folds the arguments of an alias, keeping it an alias even if the folder would normalise it. */
    static Ty.Alias foldAlias(Ty.Alias a, TyFolder f) {
        GenericArgs args = f.foldArgs(a.args());
        return args == a.args() ? a : (Ty.Alias) Ty.intern(new Ty.Alias(a.def(), args));
    }

    static List<Predicate> foldPredicates(List<Predicate> ps, TyFolder f) {
        return ps.stream().map(f::foldPredicate).toList();
    }
}
