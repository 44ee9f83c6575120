package dev.ferrite.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a type bottom-up, letting subclasses replace parts ({@link #foldTy}, {@link #foldRegion},
 * {@link #foldConst}). Unchanged parts keep their identity, so folding a type without anything to
 * replace allocates nothing. {@link #subst} is the folder everyone needs.
 */
public abstract class TyFolder {
    /** Called for every type; the default folds the children. */
    public Ty foldTy(Ty ty) {
        return superFold(ty);
    }

    public Region foldRegion(Region r) {
        return r;
    }

    public Const foldConst(Const c) {
        return switch (c) {
            case Const.Unevaluated u -> {
                GenericArgs a = foldArgs(u.args());
                yield a == u.args() ? u : new Const.Unevaluated(u.def(), a);
            }
            case Const.Value v -> v;
            case Const.Param p -> p;
            case Const.Infer i -> i;
            case Const.Error e -> e;
        };
    }

    public final GenericArg foldArg(GenericArg a) {
        return switch (a) {
            case Ty t -> foldTy(t);
            case Region r -> foldRegion(r);
            case Const c -> foldConst(c);
        };
    }

    public final GenericArgs foldArgs(GenericArgs args) {
        List<GenericArg> out = null;
        for (int i = 0; i < args.size(); i++) {
            GenericArg a = args.get(i);
            GenericArg f = foldArg(a);
            if (f != a && out == null) {
                out = new ArrayList<>(args.list().subList(0, i));
            }
            if (out != null) out.add(f);
        }
        return out == null ? args : new GenericArgs(out);
    }

    public final List<Ty> foldTys(List<Ty> tys) {
        List<Ty> out = null;
        for (int i = 0; i < tys.size(); i++) {
            Ty t = tys.get(i);
            Ty f = foldTy(t);
            if (f != t && out == null) out = new ArrayList<>(tys.subList(0, i));
            if (out != null) out.add(f);
        }
        return out == null ? tys : out;
    }

    public final FnSig foldSig(FnSig s) {
        List<Ty> in = foldTys(s.inputs());
        Ty out = foldTy(s.output());
        if (in == s.inputs() && out == s.output()) return s;
        return new FnSig(in, out, s.cVariadic(), s.unsafe(), s.abi(), s.boundRegions());
    }

    public final TraitRef foldTraitRef(TraitRef t) {
        GenericArgs a = foldArgs(t.args());
        return a == t.args() ? t : new TraitRef(t.traitId(), a);
    }

    public final Predicate foldPredicate(Predicate p) {
        return switch (p) {
            case Predicate.Trait t -> {
                TraitRef r = foldTraitRef(t.traitRef());
                yield r == t.traitRef() ? t : new Predicate.Trait(r);
            }
            case Predicate.Projection pr -> {
                Ty alias = foldTy(pr.alias());
                Ty term = foldTy(pr.term());
                if (alias == pr.alias() && term == pr.term()) yield pr;
                if (alias instanceof Ty.Alias al) yield new Predicate.Projection(al, term);
                // The alias itself got replaced (e.g. normalised): keep the projection shape.
                yield new Predicate.Projection(new Ty.Alias(pr.alias().def(), foldArgs(pr.alias().args())), term);
            }
            case Predicate.TypeOutlives o -> new Predicate.TypeOutlives(foldTy(o.ty()), foldRegion(o.region()));
            case Predicate.RegionOutlives o -> new Predicate.RegionOutlives(foldRegion(o.longer()), foldRegion(o.shorter()));
            case Predicate.WellFormed w -> new Predicate.WellFormed(foldArg(w.arg()));
        };
    }

    /** Folds the children of {@code ty} (not {@code ty} itself). */
    public final Ty superFold(Ty ty) {
        return switch (ty) {
            case Ty.Bool t -> t;
            case Ty.Char t -> t;
            case Ty.Int t -> t;
            case Ty.Float t -> t;
            case Ty.Str t -> t;
            case Ty.Never t -> t;
            case Ty.Foreign t -> t;
            case Ty.Param t -> t;
            case Ty.Infer t -> t;
            case Ty.Bound t -> t;
            case Ty.Placeholder t -> t;
            case Ty.Error t -> t;
            case Ty.Adt t -> {
                GenericArgs a = foldArgs(t.args());
                yield a == t.args() ? t : Ty.adt(t.def(), a);
            }
            case Ty.Opaque t -> {
                GenericArgs a = foldArgs(t.args());
                yield a == t.args() ? t : Ty.intern(new Ty.Opaque(t.def(), a));
            }
            case Ty.Ref t -> {
                Region r = foldRegion(t.region());
                Ty p = foldTy(t.pointee());
                yield r == t.region() && p == t.pointee() ? t : Ty.ref(r, p, t.mutbl());
            }
            case Ty.RawPtr t -> {
                Ty p = foldTy(t.pointee());
                yield p == t.pointee() ? t : Ty.ptr(p, t.mutbl());
            }
            case Ty.Array t -> {
                Ty e = foldTy(t.elem());
                Const n = foldConst(t.len());
                yield e == t.elem() && n == t.len() ? t : Ty.array(e, n);
            }
            case Ty.Slice t -> {
                Ty e = foldTy(t.elem());
                yield e == t.elem() ? t : Ty.slice(e);
            }
            case Ty.Tuple t -> {
                List<Ty> es = foldTys(t.elems());
                yield es == t.elems() ? t : Ty.tuple(es);
            }
            case Ty.FnDef t -> {
                GenericArgs a = foldArgs(t.args());
                yield a == t.args() ? t : Ty.fnDef(t.def(), a);
            }
            case Ty.FnPtr t -> {
                FnSig s = foldSig(t.sig());
                yield s == t.sig() ? t : Ty.intern(new Ty.FnPtr(s));
            }
            case Ty.Closure t -> {
                GenericArgs a = foldArgs(t.args());
                yield a == t.args() ? t : Ty.intern(new Ty.Closure(t.def(), a));
            }
            case Ty.Dynamic t -> {
                List<ExistentialPredicate> ps = new ArrayList<>();
                boolean changed = false;
                for (ExistentialPredicate p : t.preds()) {
                    ExistentialPredicate f = switch (p) {
                        case ExistentialPredicate.Trait tr -> {
                            GenericArgs a = foldArgs(tr.args());
                            yield a == tr.args() ? tr : new ExistentialPredicate.Trait(tr.traitId(), a);
                        }
                        case ExistentialPredicate.Projection pr -> {
                            GenericArgs a = foldArgs(pr.args());
                            Ty term = foldTy(pr.term());
                            yield a == pr.args() && term == pr.term() ? pr
                                    : new ExistentialPredicate.Projection(pr.assocItem(), a, term);
                        }
                        case ExistentialPredicate.AutoTrait at -> at;
                    };
                    changed |= f != p;
                    ps.add(f);
                }
                Region r = foldRegion(t.region());
                yield !changed && r == t.region() ? t : Ty.intern(new Ty.Dynamic(ps, r));
            }
            case Ty.Alias t -> {
                GenericArgs a = foldArgs(t.args());
                yield a == t.args() ? t : Ty.intern(new Ty.Alias(t.def(), a));
            }
        };
    }

    /** Replaces generic parameters by {@code args} (types, lifetimes and consts by index). */
    public static Ty subst(Ty ty, GenericArgs args) {
        if (args.isEmpty()) return ty;
        return new Subst(args).foldTy(ty);
    }

    public static GenericArgs subst(GenericArgs a, GenericArgs args) {
        if (args.isEmpty()) return a;
        return new Subst(args).foldArgs(a);
    }

    public static FnSig subst(FnSig sig, GenericArgs args) {
        if (args.isEmpty()) return sig;
        return new Subst(args).foldSig(sig);
    }

    public static TraitRef subst(TraitRef t, GenericArgs args) {
        if (args.isEmpty()) return t;
        return new Subst(args).foldTraitRef(t);
    }

    public static Predicate subst(Predicate p, GenericArgs args) {
        if (args.isEmpty()) return p;
        return new Subst(args).foldPredicate(p);
    }

    /**
     * Replaces every region by {@code 'erased}, except those bound inside the type ({@code for<'a>
     * fn(&'a T)}): what the interpreter and layouts see (rustc's {@code erase_regions}).
     */
    public static Ty eraseRegions(Ty ty) {
        return ERASER.foldTy(ty);
    }

    public static GenericArgs eraseRegions(GenericArgs args) {
        return ERASER.foldArgs(args);
    }

    private static final TyFolder ERASER = new TyFolder() {
        @Override
        public Region foldRegion(Region r) {
            return r instanceof Region.Bound ? r : Region.ERASED;
        }
    };

    private static final class Subst extends TyFolder {
        private final GenericArgs args;

        Subst(GenericArgs args) {
            this.args = args;
        }

        @Override
        public Ty foldTy(Ty ty) {
            if (ty instanceof Ty.Param p) {
                if (p.index() < args.size() && args.get(p.index()) instanceof Ty t) return t;
                return ty; // out of range: a parameter of an enclosing scope not being substituted
            }
            return superFold(ty);
        }

        @Override
        public Region foldRegion(Region r) {
            if (r instanceof Region.EarlyParam p && p.index() < args.size() && args.get(p.index()) instanceof Region a) {
                return a;
            }
            return r;
        }

        @Override
        public Const foldConst(Const c) {
            if (c instanceof Const.Param p && p.index() < args.size() && args.get(p.index()) instanceof Const a) {
                return a;
            }
            return super.foldConst(c);
        }
    }
}
