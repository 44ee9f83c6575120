package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.Const;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program clauses that may prove a goal, each rule a method documented with its logical form
 * (chalk's {@code program_clauses.rs}). Built-in rules for well-known traits are in
 * {@link BuiltinRules}. Nothing here decides which clause wins: {@link Prover} tries them all.
 *
 * <p>Clauses are generated for the goal at hand (like chalk's {@code program_clauses_for_goal}), so
 * only impls whose self type could match are instantiated.
 */
final class ProgramClauses {
    private ProgramClauses() {
    }

    /** The bounds of an opaque type at its arguments (elaborated with supertraits). */
    private static List<Predicate> opaqueBounds(TraitDatabase db, Ty.Opaque o) {
        List<Predicate> out = new ArrayList<>();
        for (Predicate p : ParamEnv.elaborate(db, db.opaqueBounds(o.def())).predicates()) {
            out.add(TyFolder.subst(p, o.args()));
        }
        return out;
    }

    /** All clauses whose head may unify with {@code Implemented(traitRef)}; {@code self} is resolved. */
    static List<Clause> forImplemented(TraitDatabase db, ParamEnv env, TraitRef traitRef, Ty self) {
        List<Clause> out = new ArrayList<>();
        fromEnv(env, traitRef.traitId(), out);
        if (self instanceof Ty.Dynamic d) fromObject(db, d, traitRef.traitId(), out);
        if (self instanceof Ty.Opaque o) {
            for (Predicate p : opaqueBounds(db, o)) {
                if (p instanceof Predicate.Trait t && t.traitRef().traitId().equals(traitRef.traitId())) {
                    out.add(Clause.fact("opaque type bound", new Goal.Implemented(t.traitRef()), new ImplSource.Param(p),
                            Clause.Precedence.ENV));
                }
            }
        }
        TraitDatum trait = db.traitDatum(traitRef.traitId());
        if (trait.isAuto()) {
            autoTrait(db, trait, self, out);
        } else {
            for (DefId implId : db.implsFor(traitRef.traitId())) {
                if (!mayMatch(db.implSelfTy(implId), self)) continue;
                ImplDatum impl = db.implDatum(implId);
                if (impl.polarity() == Polarity.POSITIVE) {
                    out.add(fromImpl(impl));
                }
            }
        }
        Optional<WellKnownTrait> role = db.wellKnownRole(traitRef.traitId());
        role.ifPresent(r -> BuiltinRules.forImplemented(db, r, traitRef, self, out));
        return out;
    }

    /**
     * An impl {@code impl<P0..Pn> Trait<A..> for T where WC} gives
     * <pre>forall&lt;P0..Pn&gt; { Implemented(T: Trait&lt;A..&gt;) :- WC }</pre>
     * with source {@code Impl(impl, [P0..Pn])}.
     */
    static Clause fromImpl(ImplDatum impl) {
        List<Goal> conds = impl.whereClauses().stream().map(Goal::of).toList();
        return new Clause("impl " + impl.id(), impl.params(), new Goal.Implemented(impl.traitRef()), conds,
                new ImplSource.Impl(impl.id(), identityArgs(impl.params())), Clause.Precedence.IMPL, false);
    }

    /**
     * A where-clause {@code T: Trait<A..>} in scope (elaborated, see {@link ParamEnv}) is a fact:
     * <pre>Implemented(T: Trait&lt;A..&gt;)</pre>
     * with source {@code Param}. Where-clauses take precedence over impls, as in rustc.
     */
    static void fromEnv(ParamEnv env, DefId trait, List<Clause> out) {
        for (Predicate p : env.predicates()) {
            if (p instanceof Predicate.Trait t && t.traitRef().traitId().equals(trait)) {
                out.add(Clause.fact("where-clause", new Goal.Implemented(t.traitRef()), new ImplSource.Param(p),
                        Clause.Precedence.ENV));
            }
        }
    }

    /**
     * A trait object implements its principal trait and all of that trait's supertraits, and the
     * auto traits it lists:
     * <pre>Implemented(dyn P&lt;A..&gt; + Auto..: P&lt;A..&gt;)
     * Implemented(dyn P&lt;A..&gt; + Auto..: Super&lt;..&gt;)   for every elaborated supertrait of P
     * Implemented(dyn P&lt;A..&gt; + Auto..: Auto)</pre>
     * with source {@code Object(vtable base of that trait)} (see {@link Vtables}).
     */
    static void fromObject(TraitDatabase db, Ty.Dynamic d, DefId trait, List<Clause> out) {
        TraitRef principal = principal(d);
        if (principal != null) {
            for (TraitRef tr : elaborateSupertraits(db, principal)) {
                if (!tr.traitId().equals(trait)) continue;
                int base = Vtables.base(db, principal, tr.traitId());
                out.add(Clause.fact("dyn object", new Goal.Implemented(tr), new ImplSource.Object(d, base),
                        Clause.Precedence.OBJECT));
            }
        }
        for (ExistentialPredicate p : d.preds()) {
            if (p instanceof ExistentialPredicate.AutoTrait a && a.traitId().equals(trait)) {
                out.add(Clause.fact("dyn auto trait", new Goal.Implemented(new TraitRef(trait, GenericArgs.of(d))),
                        new ImplSource.Builtin(db.wellKnownRole(trait).orElse(null), "dyn auto trait"),
                        Clause.Precedence.OBJECT));
            }
        }
    }

    /** {@code dyn P<A..>} as the trait ref {@code dyn..: P<A..>}, or null for {@code dyn Auto}. */
    static TraitRef principal(Ty.Dynamic d) {
        for (ExistentialPredicate p : d.preds()) {
            if (p instanceof ExistentialPredicate.Trait t) {
                return new TraitRef(t.traitId(), GenericArgs.of(d).concat(t.args()));
            }
        }
        return null;
    }

    /** {@code tr} and its supertraits, transitively (Self stays {@code tr}'s self). */
    static List<TraitRef> elaborateSupertraits(TraitDatabase db, TraitRef tr) {
        List<TraitRef> out = new ArrayList<>();
        List<TraitRef> work = new ArrayList<>(List.of(tr));
        while (!work.isEmpty()) {
            TraitRef t = work.removeLast();
            if (out.contains(t)) continue;
            out.add(t);
            for (Predicate.Trait sup : db.traitDatum(t.traitId()).superTraits()) {
                work.add(TyFolder.subst(sup.traitRef(), t.args()));
            }
        }
        return out;
    }

    /**
     * Auto traits ({@code Send}, {@code Sync}): if the library has impls (positive or negative) for
     * the self type's constructor, those decide alone:
     * <pre>forall&lt;P..&gt; { Implemented(T: Auto) :- WC }      for each positive impl</pre>
     * (a negative impl gives no clause, hence no solution). Otherwise the type implements the trait if
     * all its constituent types do (fields of ADTs, elements, pointees, captures):
     * <pre>Implemented(T: Auto) :- Implemented(C1: Auto), .., Implemented(Cn: Auto)</pre>
     * These goals are coinductive: a cycle ({@code struct List { next: Option<Box<List>> }}) holds.
     */
    static void autoTrait(TraitDatabase db, TraitDatum trait, Ty self, List<Clause> out) {
        boolean explicit = false;
        for (DefId implId : db.implsFor(trait.id())) {
            ImplDatum impl = db.implDatum(implId);
            if (!mayMatch(impl.traitRef().self(), self) || impl.traitRef().self() instanceof Ty.Param) continue;
            explicit = true;
            if (impl.polarity() == Polarity.POSITIVE) out.add(fromImpl(impl));
        }
        if (explicit) return;
        TraitRef goal = new TraitRef(trait.id(), GenericArgs.of(self));
        ImplSource src = new ImplSource.Builtin(db.wellKnownRole(trait.id()).orElse(null), "auto trait");
        if (self instanceof Ty.Closure c && !(ClosureArgs.of(c).upvarsTy() instanceof Ty.Tuple)) {
            out.add(BuiltinRules.unknownCaptures(goal, src));
            return;
        }
        List<Ty> parts = BuiltinRules.constituentTypes(db, self);
        if (parts == null) return;
        List<Goal> conds = parts.stream()
                .map(t -> (Goal) new Goal.Implemented(new TraitRef(trait.id(), GenericArgs.of(t)))).toList();
        out.add(Clause.builtin("auto trait (structural)", new Goal.Implemented(goal), conds, src));
    }

    // ---- normalisation ----

    /**
     * A projection where-clause in scope is a fact:
     * <pre>Normalize(&lt;T as Trait&gt;::Assoc -&gt; U)      from  T: Trait&lt;Assoc = U&gt;</pre>
     * and so is a projection bound of a trait object:
     * <pre>Normalize(&lt;dyn Trait&lt;Assoc = U&gt; as Trait&gt;::Assoc -&gt; U)</pre>
     */
    static List<Clause> normalizeFromEnv(TraitDatabase db, ParamEnv env, Ty.Alias alias, Ty self) {
        List<Clause> out = new ArrayList<>();
        for (Predicate p : env.predicates()) {
            if (p instanceof Predicate.Projection pr && pr.alias().def().equals(alias.def())) {
                out.add(Clause.fact("projection where-clause", new Goal.Normalize(pr.alias(), pr.term()),
                        new ImplSource.Param(p), Clause.Precedence.ENV));
            }
        }
        if (self instanceof Ty.Opaque o) {
            for (Predicate p : opaqueBounds(db, o)) {
                if (p instanceof Predicate.Projection pr && pr.alias().def().equals(alias.def())) {
                    out.add(Clause.fact("opaque type projection bound", new Goal.Normalize(pr.alias(), pr.term()),
                            new ImplSource.Param(p), Clause.Precedence.ENV));
                }
            }
        }
        if (self instanceof Ty.Dynamic d) {
            TraitRef principal = principal(d);
            if (principal != null) {
                // Projection bounds implied by the principal's supertraits (`trait Sub: Iterator<Item = u8>`).
                for (Predicate p : ParamEnv.elaborate(db, List.of(new Predicate.Trait(principal))).predicates()) {
                    if (p instanceof Predicate.Projection pr && pr.alias().def().equals(alias.def())) {
                        DefId trait = db.assocTypeDatum(alias.def()).traitId();
                        out.add(Clause.fact("dyn supertrait projection bound", new Goal.Normalize(pr.alias(), pr.term()),
                                new ImplSource.Object(d, Vtables.base(db, principal, trait)), Clause.Precedence.OBJECT));
                    }
                }
            }
            for (ExistentialPredicate p : d.preds()) {
                if (p instanceof ExistentialPredicate.Projection pr && pr.assocItem().equals(alias.def())) {
                    Ty.Alias a = (Ty.Alias) Ty.intern(new Ty.Alias(pr.assocItem(), GenericArgs.of(d).concat(pr.args())));
                    DefId trait = db.assocTypeDatum(alias.def()).traitId();
                    int base = principal == null ? -1 : Vtables.base(db, principal, trait);
                    out.add(Clause.fact("dyn projection bound", new Goal.Normalize(a, pr.term()),
                            new ImplSource.Object(d, base), Clause.Precedence.OBJECT));
                }
            }
        }
        return out;
    }

    /**
     * Once {@code Implemented(T: Trait)} is proved, the rule that proved it decides the value of
     * {@code <T as Trait>::Assoc}:
     * <pre>Impl:    Normalize(&lt;T as Trait&gt;::Assoc -&gt; U) :- U == value in the impl (or the trait's default)
     * Param:   Normalize(&lt;T as Trait&gt;::Assoc -&gt; &lt;T as Trait&gt;::Assoc)   (rigid: T is a parameter)
     * Closure, FnPointer: Normalize(&lt;F as FnOnce&lt;A&gt;&gt;::Output -&gt; U) :- U == the signature's output</pre>
     * Returns null if the source gives no value (e.g. an impl with neither value nor default).
     */
    static Clause normalizeFrom(TraitDatabase db, ParamEnv env, Goal.Normalize goal, ImplSource source) {
        Ty.Alias alias = goal.alias();
        AssocTypeDatum assoc = db.assocTypeDatum(alias.def());
        int traitParams = db.traitDatum(assoc.traitId()).params().size();
        return switch (source) {
            case ImplSource.Impl i -> {
                Optional<Ty> v = db.implAssocTy(i.impl(), alias.def());
                Ty value;
                if (v.isPresent()) {
                    GenericArgs own = new GenericArgs(alias.args().list().subList(traitParams, alias.args().size()));
                    value = TyFolder.subst(v.get(), i.implArgs().concat(own));
                } else if (assoc.defaultTy().isPresent()) {
                    value = TyFolder.subst(assoc.defaultTy().get(), alias.args());
                } else {
                    yield null;
                }
                yield Clause.builtin("normalize from impl", goal, List.of(new Goal.Equate(goal.ty(), value)), source)
                        .withPrecedence(Clause.Precedence.IMPL);
            }
            case ImplSource.Param p -> Clause.fact("rigid projection", new Goal.Normalize(alias, alias), source,
                    Clause.Precedence.ENV);
            case ImplSource.Closure c -> isFnOutput(db, alias) ? BuiltinRules.fnOutput(db, goal, source) : null;
            case ImplSource.FnPointer f -> isFnOutput(db, alias) ? BuiltinRules.fnOutput(db, goal, source) : null;
            case ImplSource.Object o -> null; // projection bounds of the object were tried already
            case ImplSource.Builtin b -> {
                if (b.trait() != WellKnownTrait.POINTEE && b.trait() != WellKnownTrait.DISCRIMINANT_KIND) yield null;
                Ty value = BuiltinRules.builtinAssocValue(db, env, b.trait(), alias.args().ty(0));
                yield value == null
                        ? Clause.fact("rigid projection", new Goal.Normalize(alias, alias), source, Clause.Precedence.BUILTIN)
                        : Clause.fact(b.trait().name().toLowerCase(), new Goal.Normalize(alias, value), source,
                                Clause.Precedence.BUILTIN);
            }
        };
    }

    // ---- helpers ----

    private static boolean isFnOutput(TraitDatabase db, Ty.Alias alias) {
        return db.fnOnceOutput().filter(alias.def()::equals).isPresent();
    }

    /** {@code [P0, .., Pn]}: the parameters themselves, to be replaced when a clause is instantiated. */
    static GenericArgs identityArgs(List<GenericParamKind> params) {
        List<GenericArg> out = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Symbol name = Symbol.intern("P" + i);
            out.add(switch (params.get(i)) {
                case TYPE -> Ty.param(i, name);
                case REGION -> new Region.EarlyParam(i, name);
                case CONST -> new Const.Param(i, name);
            });
        }
        return new GenericArgs(out);
    }

    /**
     * A cheap pre-filter (rustc's "simplified types"): false if an impl for {@code implSelf} cannot
     * possibly apply to {@code goalSelf} because their outermost type constructors differ.
     */
    static boolean mayMatch(Ty implSelf, Ty goalSelf) {
        if (implSelf instanceof Ty.Param || implSelf instanceof Ty.Error || implSelf instanceof Ty.Alias) return true;
        if (goalSelf instanceof Ty.Error || goalSelf instanceof Ty.Alias) return true;
        if (goalSelf instanceof Ty.Infer i) {
            return switch (i.kind()) {
                case TY -> true;
                case INT -> implSelf instanceof Ty.Int;
                case FLOAT -> implSelf instanceof Ty.Float;
            };
        }
        if (implSelf.getClass() != goalSelf.getClass()) return false;
        return switch (implSelf) {
            case Ty.Adt a -> a.def().equals(((Ty.Adt) goalSelf).def());
            case Ty.FnDef a -> a.def().equals(((Ty.FnDef) goalSelf).def());
            case Ty.Closure a -> a.def().equals(((Ty.Closure) goalSelf).def());
            case Ty.Foreign a -> a.def().equals(((Ty.Foreign) goalSelf).def());
            case Ty.Opaque a -> a.def().equals(((Ty.Opaque) goalSelf).def());
            case Ty.Int a -> a.equals(goalSelf);
            case Ty.Float a -> a.equals(goalSelf);
            case Ty.Ref a -> a.mutbl() == ((Ty.Ref) goalSelf).mutbl();
            case Ty.RawPtr a -> a.mutbl() == ((Ty.RawPtr) goalSelf).mutbl();
            case Ty.Tuple a -> a.elems().size() == ((Ty.Tuple) goalSelf).elems().size();
            default -> true;
        };
    }
}
