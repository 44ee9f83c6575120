package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in rules for well-known traits: clauses the compiler knows without an impl in the library
 * (rustc's {@code assemble_builtin_bound_candidates}, chalk's {@code builtin_traits}). Each is
 * generated for the goal's (resolved) self type and has no binders.
 */
final class BuiltinRules {
    private BuiltinRules() {
    }

    static void forImplemented(TraitDatabase db, WellKnownTrait role, TraitRef goal, Ty self, List<Clause> out) {
        switch (role) {
            case SIZED -> sized(db, goal, self, out);
            case COPY, CLONE -> copyClone(db, role, goal, self, out);
            case FN, FN_MUT, FN_ONCE -> fnFamily(db, role, goal, self, out);
            case TUPLE -> tuple(goal, self, out);
            case UNSIZE -> unsize(db, goal, self, out);
            case POINTEE, DISCRIMINANT_KIND -> out.add(Clause.builtin(role.name().toLowerCase(),
                    new Goal.Implemented(goal), List.of(), new ImplSource.Builtin(role, "every type")));
            case DROP, COERCE_UNSIZED, SEND, SYNC -> {
                // Drop and CoerceUnsized come from library impls; Send/Sync are auto traits
                // (ProgramClauses.autoTrait).
            }
        }
    }

    private static Goal.Implemented implemented(DefId trait, Ty self) {
        return new Goal.Implemented(new TraitRef(trait, GenericArgs.of(self)));
    }

    /**
     * {@code Sized}:
     * <pre>Implemented(T: Sized)                  for bool, char, numbers, !, pointers, references,
     *                                        arrays, fn items/pointers, closures
     * Implemented((A.., Z): Sized) :- Implemented(Z: Sized)
     * Implemented(S&lt;..&gt;: Sized) :- Implemented(Last: Sized)  for a struct whose last field has type Last
     * Implemented(E&lt;..&gt;: Sized)                for enums and unions</pre>
     * {@code str}, slices, {@code dyn} and extern types have no rule; parameters only by where-clauses.
     */
    static void sized(TraitDatabase db, TraitRef goal, Ty self, List<Clause> out) {
        DefId sized = goal.traitId();
        ImplSource src = new ImplSource.Builtin(WellKnownTrait.SIZED, "sized");
        List<Goal> conds;
        switch (self) {
            case Ty.Bool t -> conds = List.of();
            case Ty.Char t -> conds = List.of();
            case Ty.Int t -> conds = List.of();
            case Ty.Float t -> conds = List.of();
            case Ty.Never t -> conds = List.of();
            case Ty.Ref t -> conds = List.of();
            case Ty.RawPtr t -> conds = List.of();
            case Ty.Array t -> conds = List.of();
            case Ty.FnDef t -> conds = List.of();
            case Ty.FnPtr t -> conds = List.of();
            case Ty.Closure t -> conds = List.of();
            case Ty.Error t -> conds = List.of();
            case Ty.Infer t -> conds = t.kind() == Ty.InferKind.TY ? null : List.of();
            case Ty.Tuple t -> conds = t.elems().isEmpty() ? List.of() : List.of(implemented(sized, t.elems().getLast()));
            case Ty.Adt t -> {
                AdtDef def = db.adtDef(t.def());
                if (def.isStruct() && !def.nonEnumVariant().fields().isEmpty()) {
                    Ty last = TyFolder.subst(def.nonEnumVariant().fields().getLast().ty(), t.args());
                    conds = List.of(implemented(sized, last));
                } else {
                    conds = List.of();
                }
            }
            case Ty.Str t -> conds = null;
            case Ty.Slice t -> conds = null;
            case Ty.Dynamic t -> conds = null;
            case Ty.Foreign t -> conds = null;
            case Ty.Opaque t -> conds = List.of();
            case Ty.Param t -> conds = null;
            case Ty.Alias t -> conds = null;
            case Ty.Placeholder t -> conds = null;
            case Ty.Bound t -> conds = null;
        }
        if (conds != null) out.add(Clause.builtin("sized", new Goal.Implemented(goal), conds, src));
    }

    /**
     * {@code Copy} and {@code Clone} (same shape, {@code C} standing for either):
     * <pre>Implemented(T: C)                      for bool, char, numbers, !, raw pointers, &amp;T,
     *                                        fn items and fn pointers
     * Implemented((A, B..): C) :- Implemented(A: C), Implemented(B: C), ..
     * Implemented([T; N]: C) :- Implemented(T: C)
     * Implemented(closure: C) :- Implemented(Capture: C) for every captured type</pre>
     * ADTs get Copy/Clone from (derived) impls; {@code &mut T} never is Copy.
     */
    static void copyClone(TraitDatabase db, WellKnownTrait role, TraitRef goal, Ty self, List<Clause> out) {
        DefId trait = goal.traitId();
        List<Goal> conds = switch (self) {
            case Ty.Bool t -> List.of();
            case Ty.Char t -> List.of();
            case Ty.Int t -> List.of();
            case Ty.Float t -> List.of();
            case Ty.Never t -> List.of();
            case Ty.RawPtr t -> List.of();
            case Ty.FnDef t -> List.of();
            case Ty.FnPtr t -> List.of();
            case Ty.Error t -> List.of();
            case Ty.Infer t -> t.kind() == Ty.InferKind.TY ? null : List.of();
            case Ty.Ref t -> t.mutbl() == Mutability.NOT ? List.of() : null;
            case Ty.Tuple t -> t.elems().stream().map(e -> (Goal) implemented(trait, e)).toList();
            case Ty.Array t -> List.of(implemented(trait, t.elem()));
            case Ty.Closure t -> {
                if (ClosureArgs.of(t).upvarsTy() instanceof Ty.Tuple ups) {
                    yield ups.elems().stream().map(e -> (Goal) implemented(trait, e)).toList();
                }
                out.add(unknownCaptures(goal, new ImplSource.Builtin(role, "closure")));
                yield null;
            }
            case Ty.Adt t -> null;
            case Ty.Opaque t -> null;
            case Ty.Str t -> null;
            case Ty.Slice t -> null;
            case Ty.Dynamic t -> null;
            case Ty.Foreign t -> null;
            case Ty.Param t -> null;
            case Ty.Alias t -> null;
            case Ty.Placeholder t -> null;
            case Ty.Bound t -> null;
        };
        if (conds != null) {
            String rule = role == WellKnownTrait.COPY ? "copy" : "clone";
            out.add(Clause.builtin(rule, new Goal.Implemented(goal), conds, new ImplSource.Builtin(role, rule)));
        }
    }

    /** Before capture analysis a closure's captured types are a variable: Copy, Send, .. are "maybe". */
    static Clause unknownCaptures(TraitRef goal, ImplSource src) {
        return new Clause("closure (captures unknown)", List.of(), new Goal.Implemented(goal), List.of(), src,
                Clause.Precedence.BUILTIN, true);
    }

    /**
     * {@code Fn}, {@code FnMut}, {@code FnOnce} ({@code F} standing for the trait asked):
     * <pre>Implemented(fn item/fn pointer with sig (A..) -&gt; R: F&lt;(A..)&gt;)    if safe and "Rust" ABI
     * Implemented(closure of kind K with sig (A..) -&gt; R: F&lt;(A..)&gt;)     if K ⊆ F (Fn ⊂ FnMut ⊂ FnOnce)</pre>
     * A closure whose kind is not inferred yet gives "maybe". The argument tuple is unified with the
     * goal's second argument, which is how calls infer closure parameter types.
     */
    static void fnFamily(TraitDatabase db, WellKnownTrait role, TraitRef goal, Ty self, List<Clause> out) {
        FnSig sig;
        ImplSource src;
        boolean ambiguous = false;
        switch (self) {
            case Ty.FnDef f -> {
                sig = TyFolder.subst(db.fnSig(f.def()), f.args());
                src = new ImplSource.FnPointer(self, role);
            }
            case Ty.FnPtr f -> {
                sig = f.sig();
                src = new ImplSource.FnPointer(self, role);
            }
            case Ty.Closure c -> {
                ClosureArgs ca = ClosureArgs.of(c);
                sig = ca.sig();
                src = new ImplSource.Closure(c.def(), c.args(), role);
                if (sig == null) {
                    // The signature is still being inferred: may hold, cannot tell yet.
                    out.add(new Clause("closure (signature unknown)", List.of(), new Goal.Implemented(goal), List.of(),
                            src, Clause.Precedence.BUILTIN, true));
                    return;
                }
                var kind = ca.kind();
                // Every closure is FnOnce; for Fn and FnMut an unknown kind means "maybe".
                if (kind.isEmpty()) ambiguous = role != WellKnownTrait.FN_ONCE;
                else if (!ClosureArgs.extendsTo(kind.get(), role)) return;
                sig = new FnSig(ClosureArgs.inputs(sig), sig.output(), false, false, "Rust", sig.boundRegions());
            }
            default -> {
                return;
            }
        }
        if (sig.unsafe() || !sig.abi().equals("Rust") || sig.cVariadic()) return;
        sig = Folders.ERASE.foldSig(sig); // late-bound regions: solving is modulo regions
        TraitRef head = new TraitRef(goal.traitId(), GenericArgs.of(self, Ty.tuple(sig.inputs())));
        out.add(new Clause(role.name().toLowerCase() + " (builtin)", List.of(), new Goal.Implemented(head), List.of(),
                src, Clause.Precedence.BUILTIN, ambiguous));
    }

    /**
     * {@code FnOnce::Output}:
     * <pre>Normalize(&lt;F as FnOnce&lt;(A..)&gt;&gt;::Output -&gt; U) :- U == R     where F has signature (A..) -&gt; R</pre>
     */
    static Clause fnOutput(TraitDatabase db, Goal.Normalize goal, ImplSource source) {
        Ty self = goal.alias().args().ty(0);
        FnSig sig = switch (source) {
            case ImplSource.Closure c -> ClosureArgs.of((Ty.Closure) self).sig();
            case ImplSource.FnPointer f -> switch (self) {
                case Ty.FnDef d -> TyFolder.subst(db.fnSig(d.def()), d.args());
                case Ty.FnPtr p -> p.sig();
                default -> null;
            };
            default -> null;
        };
        if (sig == null) return null;
        Ty output = Folders.ERASE.foldTy(sig.output());
        return Clause.builtin("fn output", goal, List.of(new Goal.Equate(goal.ty(), output)), source);
    }

    /** {@code Implemented((..): Tuple)}: every tuple type, nothing else. */
    static void tuple(TraitRef goal, Ty self, List<Clause> out) {
        if (self instanceof Ty.Tuple) {
            out.add(Clause.builtin("tuple", new Goal.Implemented(goal), List.of(),
                    new ImplSource.Builtin(WellKnownTrait.TUPLE, "tuple")));
        }
    }

    /**
     * {@code Unsize}:
     * <pre>Implemented([T; N]: Unsize&lt;[U]&gt;) :- T == U
     * Implemented(T: Unsize&lt;dyn P&lt;A..&gt; + Auto.. + Assoc = X&gt;) :-
     *     Implemented(T: P&lt;A..&gt;), Implemented(T: Auto).., Normalize(&lt;T as P&gt;::Assoc -&gt; X), Implemented(T: Sized)</pre>
     * (T not itself a dyn), and dropping auto traits or projection-free upcasting to a supertrait:
     * <pre>Implemented(dyn P + Auto1 + Auto2: Unsize&lt;dyn Q + Auto1&gt;) :- P == Q or Q a supertrait of P</pre>
     * An unknown target type gives "maybe" (coercion asks before it knows). Structs unsize by their
     * last field ({@link #structTail}).
     */
    static void unsize(TraitDatabase db, TraitRef goal, Ty self, List<Clause> out) {
        if (goal.args().size() < 2) return;
        Ty target = goal.args().ty(1);
        ImplSource src = new ImplSource.Builtin(WellKnownTrait.UNSIZE, "unsize");
        if (target instanceof Ty.Infer ti && ti.kind() == Ty.InferKind.TY) {
            out.add(new Clause("unsize (target unknown)", List.of(), new Goal.Implemented(goal), List.of(), src,
                    Clause.Precedence.BUILTIN, true));
            return;
        }
        if (self instanceof Ty.Dynamic from && target instanceof Ty.Dynamic to) {
            List<Goal> conds = dynUpcast(db, from, to);
            if (conds != null) out.add(Clause.builtin("unsize dyn to dyn", new Goal.Implemented(goal), conds, src));
            return;
        }
        if (self instanceof Ty.Adt a && target instanceof Ty.Adt b && a.def().equals(b.def())) {
            List<Goal> conds = structTail(db, a, b, goal.traitId());
            if (conds != null) out.add(Clause.builtin("unsize struct tail", new Goal.Implemented(goal), conds, src));
            return;
        }
        if (self instanceof Ty.Array a && target instanceof Ty.Slice s) {
            out.add(Clause.builtin("unsize array", new Goal.Implemented(goal), List.of(new Goal.Equate(a.elem(), s.elem())), src));
        } else if (target instanceof Ty.Dynamic d && !(self instanceof Ty.Dynamic)
                && !(self instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY)) {
            List<Goal> conds = new ArrayList<>();
            for (ExistentialPredicate p : d.preds()) {
                switch (p) {
                    case ExistentialPredicate.Trait t ->
                            conds.add(new Goal.Implemented(new TraitRef(t.traitId(), GenericArgs.of(self).concat(t.args()))));
                    case ExistentialPredicate.AutoTrait t -> conds.add(implemented(t.traitId(), self));
                    case ExistentialPredicate.Projection pr -> conds.add(new Goal.Normalize(
                            (Ty.Alias) Ty.intern(new Ty.Alias(pr.assocItem(), GenericArgs.of(self).concat(pr.args()))), pr.term()));
                }
            }
            db.wellKnownTrait(WellKnownTrait.SIZED).ifPresent(s -> conds.add(implemented(s, self)));
            out.add(Clause.builtin("unsize to dyn", new Goal.Implemented(goal), conds, src));
        }
    }

    /**
     * Struct tail unsizing:
     * <pre>Implemented(S&lt;.., A, ..&gt;: Unsize&lt;S&lt;.., B, ..&gt;&gt;) :- Last[A]: Unsize&lt;Last[B]&gt;, other arguments equal</pre>
     * where the parameters that may change are those of the last field's type that no other field
     * mentions (the others stay equal). Returns null if the rule does not apply.
     */
    private static List<Goal> structTail(TraitDatabase db, Ty.Adt a, Ty.Adt b, DefId unsize) {
        AdtDef def = db.adtDef(a.def());
        if (!def.isStruct() || def.nonEnumVariant().fields().isEmpty()) return null;
        List<AdtDef.FieldDef> fields = def.nonEnumVariant().fields();
        Ty tail = fields.getLast().ty();
        List<Integer> tailParams = new ArrayList<>();
        for (int i = 0; i < a.args().size(); i++) {
            int k = i;
            if (TyVisitor.any(tail, t -> t instanceof Ty.Param p && p.index() == k)) tailParams.add(i);
        }
        if (tailParams.isEmpty()) return null;
        // a parameter the other fields mention too must stay unchanged (it is then equated below)
        for (AdtDef.FieldDef f : fields.subList(0, fields.size() - 1)) {
            tailParams.removeIf(k -> TyVisitor.any(f.ty(), t -> t instanceof Ty.Param p && p.index() == k));
        }
        if (tailParams.isEmpty()) return null;
        List<Goal> conds = new ArrayList<>();
        for (int i = 0; i < a.args().size(); i++) {
            if (tailParams.contains(i)) continue;
            if (a.args().get(i) instanceof Ty x && b.args().get(i) instanceof Ty y) conds.add(new Goal.Equate(x, y));
            else if (a.args().get(i) instanceof Const x && !x.equals(b.args().get(i))) return null;
        }
        conds.add(new Goal.Implemented(new TraitRef(unsize,
                GenericArgs.of(TyFolder.subst(tail, a.args()), TyFolder.subst(tail, b.args())))));
        return conds;
    }

    /**
     * The conditions for {@code from: Unsize<to>} between trait objects, or null if impossible: the
     * target's principal is the source's or one of its supertraits (same arguments), its auto traits
     * are among the source's, its projection bounds among the source's.
     */
    private static List<Goal> dynUpcast(TraitDatabase db, Ty.Dynamic from, Ty.Dynamic to) {
        TraitRef fromP = ProgramClauses.principal(from);
        TraitRef toP = ProgramClauses.principal(to);
        List<Goal> conds = new ArrayList<>();
        if (toP != null) {
            if (fromP == null) return null;
            TraitRef match = null;
            for (TraitRef sup : ProgramClauses.elaborateSupertraits(db, fromP)) {
                if (sup.traitId().equals(toP.traitId())) match = sup;
            }
            if (match == null) return null;
            for (int i = 1; i < match.args().size(); i++) {
                if (match.args().get(i) instanceof Ty a && toP.args().get(i) instanceof Ty b) {
                    conds.add(new Goal.Equate(substSelf(a, from, to), b));
                }
            }
        }
        for (ExistentialPredicate p : to.preds()) {
            switch (p) {
                case ExistentialPredicate.AutoTrait at -> {
                    // an auto trait of the target is one of the source's, or a supertrait of its
                    // principal (`dyn Bar` to `dyn Send` for `trait Bar: Send`)
                    if (!from.preds().contains(at) && (fromP == null || ProgramClauses.elaborateSupertraits(db, fromP)
                            .stream().noneMatch(sup -> sup.traitId().equals(at.traitId())))) {
                        return null;
                    }
                }
                case ExistentialPredicate.Projection pr -> {
                    boolean found = false;
                    for (ExistentialPredicate q : from.preds()) {
                        if (q instanceof ExistentialPredicate.Projection fp && fp.assocItem().equals(pr.assocItem())) {
                            conds.add(new Goal.Equate(fp.term(), pr.term()));
                            found = true;
                        }
                    }
                    if (!found && fromP != null) {
                        // Implied by the source's supertraits: `trait Bytes: Iterator<Item = u8>`.
                        for (Predicate p2 : ParamEnv.elaborate(db, List.of(new Predicate.Trait(fromP))).predicates()) {
                            if (p2 instanceof Predicate.Projection ip && ip.alias().def().equals(pr.assocItem())) {
                                conds.add(new Goal.Equate(ip.term(), pr.term()));
                                found = true;
                            }
                        }
                    }
                    if (!found) return null;
                }
                case ExistentialPredicate.Trait t -> {
                }
            }
        }
        return conds;
    }

    private static Ty substSelf(Ty t, Ty.Dynamic from, Ty.Dynamic to) {
        return t == from ? to : t;
    }

    /**
     * {@code DiscriminantKind::Discriminant} and {@code Pointee::Metadata}, which every type has:
     * <pre>Normalize(&lt;E as DiscriminantKind&gt;::Discriminant -&gt; the repr integer)   for enums (isize by default)
     * Normalize(&lt;T as DiscriminantKind&gt;::Discriminant -&gt; u8)                   for other types
     * Normalize(&lt;T as Pointee&gt;::Metadata -&gt; ())       for sized T
     * Normalize(&lt;T as Pointee&gt;::Metadata -&gt; usize)    for [T], str, and structs/tuples ending in them</pre>
     * Returns the value, or null if it is rigid (a parameter that may be unsized; {@code dyn} types,
     * whose metadata type is a library type not modelled yet).
     */
    static Ty builtinAssocValue(TraitDatabase db, ParamEnv env, WellKnownTrait role, Ty self) {
        return switch (role) {
            case DISCRIMINANT_KIND -> self instanceof Ty.Adt a && db.adtDef(a.def()).isEnum()
                    ? Ty.of(db.adtDef(a.def()).discrKind()) : Ty.U8;
            case POINTEE -> metadata(db, env, self);
            default -> null;
        };
    }

    private static Ty metadata(TraitDatabase db, ParamEnv env, Ty t) {
        return switch (t) {
            case Ty.Str s -> Ty.USIZE;
            case Ty.Slice s -> Ty.USIZE;
            case Ty.Dynamic d -> null;
            case Ty.Foreign f -> Ty.UNIT;
            case Ty.Opaque o -> Ty.UNIT;
            case Ty.Tuple tu -> tu.elems().isEmpty() ? Ty.UNIT : metadata(db, env, tu.elems().getLast());
            case Ty.Adt a -> {
                AdtDef def = db.adtDef(a.def());
                if (!def.isStruct() || def.nonEnumVariant().fields().isEmpty()) yield Ty.UNIT;
                yield metadata(db, env, TyFolder.subst(def.nonEnumVariant().fields().getLast().ty(), a.args()));
            }
            case Ty.Param p -> {
                DefId sized = db.wellKnownTrait(WellKnownTrait.SIZED).orElse(null);
                boolean isSized = env.predicates().stream().anyMatch(pr -> pr instanceof Predicate.Trait tr
                        && tr.traitRef().traitId().equals(sized) && tr.traitRef().self().equals(p));
                yield isSized ? Ty.UNIT : null;
            }
            case Ty.Alias al -> null;
            case Ty.Placeholder pl -> null;
            case Ty.Infer i -> null;
            case Ty.Bound b -> null;
            default -> Ty.UNIT;
        };
    }

    /**
     * The types an auto trait looks through (rustc's {@code constituent_types_for_auto_trait}), or
     * null if there is no structural rule for {@code self} (parameters, projections, {@code dyn}
     * without the trait, extern types).
     */
    static List<Ty> constituentTypes(TraitDatabase db, Ty self) {
        return switch (self) {
            case Ty.Bool t -> List.of();
            case Ty.Char t -> List.of();
            case Ty.Int t -> List.of();
            case Ty.Float t -> List.of();
            case Ty.Str t -> List.of();
            case Ty.Never t -> List.of();
            case Ty.FnDef t -> List.of();
            case Ty.FnPtr t -> List.of();
            case Ty.Error t -> List.of();
            case Ty.Infer t -> t.kind() == Ty.InferKind.TY ? null : List.of();
            case Ty.Ref t -> List.of(t.pointee());
            case Ty.RawPtr t -> List.of(t.pointee());
            case Ty.Array t -> List.of(t.elem());
            case Ty.Slice t -> List.of(t.elem());
            case Ty.Tuple t -> t.elems();
            case Ty.Closure t -> ClosureArgs.of(t).upvars();
            case Ty.Adt t -> {
                List<Ty> fields = new ArrayList<>();
                for (AdtDef.VariantDef v : db.adtDef(t.def()).variants()) {
                    for (AdtDef.FieldDef f : v.fields()) fields.add(TyFolder.subst(f.ty(), t.args()));
                }
                yield fields;
            }
            case Ty.Dynamic t -> null; // dyn Trait + Send: the dyn clause in ProgramClauses.fromObject
            case Ty.Foreign t -> null;
            case Ty.Opaque t -> null; // FIXME: auto traits leak through opaque types in rustc
            case Ty.Param t -> null;
            case Ty.Alias t -> null;
            case Ty.Placeholder t -> null;
            case Ty.Bound t -> null;
        };
    }

    /**
     * {@code WellFormed(T)}:
     * <pre>WellFormed(Adt&lt;A..&gt;) :- the ADT's where-clauses with A.., WellFormed(A)..
     * WellFormed([T]), WellFormed([T; N]) :- Implemented(T: Sized), WellFormed(T)
     * WellFormed((A.., Z)) :- Implemented(A: Sized).., WellFormed(A).., WellFormed(Z)
     * WellFormed(&lt;T as Trait&gt;::Assoc) :- Implemented(T: Trait)
     * WellFormed(&amp;T), WellFormed(*T) :- WellFormed(T)</pre>
     * Everything else is well formed. Returns null for an unresolved type variable ("maybe").
     */
    static List<Goal> wellFormed(TraitDatabase db, Ty ty) {
        List<Goal> out = new ArrayList<>();
        DefId sized = db.wellKnownTrait(WellKnownTrait.SIZED).orElse(null);
        switch (ty) {
            case Ty.Infer i -> {
                if (i.kind() == Ty.InferKind.TY) return null;
            }
            case Ty.Adt a -> {
                for (Predicate p : db.adtWhereClauses(a.def())) out.add(Goal.of(TyFolder.subst(p, a.args())));
                for (var arg : a.args().list()) if (arg instanceof Ty t) out.add(new Goal.WellFormed(t));
            }
            case Ty.Slice s -> {
                if (sized != null) out.add(implemented(sized, s.elem()));
                out.add(new Goal.WellFormed(s.elem()));
            }
            case Ty.Array s -> {
                if (sized != null) out.add(implemented(sized, s.elem()));
                out.add(new Goal.WellFormed(s.elem()));
            }
            case Ty.Tuple t -> {
                for (int k = 0; k < t.elems().size(); k++) {
                    if (k < t.elems().size() - 1 && sized != null) out.add(implemented(sized, t.elems().get(k)));
                    out.add(new Goal.WellFormed(t.elems().get(k)));
                }
            }
            case Ty.Ref r -> out.add(new Goal.WellFormed(r.pointee()));
            case Ty.RawPtr r -> out.add(new Goal.WellFormed(r.pointee()));
            case Ty.Alias a -> {
                AssocTypeDatum at = db.assocTypeDatum(a.def());
                int n = db.traitDatum(at.traitId()).params().size();
                out.add(new Goal.Implemented(new TraitRef(at.traitId(), a.args().prefix(n))));
            }
            default -> {
            }
        }
        return out;
    }
}
