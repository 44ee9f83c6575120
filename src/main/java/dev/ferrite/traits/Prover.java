package dev.ferrite.traits;

import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves goals in one inference table: conjunctions, equalities and binders directly; domain goals
 * (Implemented, Normalize, WellFormed) by canonicalising them and asking the {@link RecursiveSolver},
 * then replaying the canonical answer into the table. {@link #solveDomainGoal} is the other half,
 * run by the recursive solver in a fresh table: it tries every program clause for the goal.
 */
final class Prover {
    /** How a goal was proved; null stands for "no solution". */
    record Outcome(Certainty certainty, ImplSource source) {
        static final Outcome YES = new Outcome(Certainty.YES, null);
        static final Outcome MAYBE = new Outcome(Certainty.MAYBE, null);

        Outcome and(Outcome o) {
            return new Outcome(certainty.and(o.certainty), source);
        }
    }

    private final RecursiveSolver solver;
    private final TraitDatabase db;
    final InferenceTable table;
    final ParamEnv env;
    private int universes;

    Prover(RecursiveSolver solver, InferenceTable table, ParamEnv env) {
        this.solver = solver;
        this.db = solver.db;
        this.table = table;
        this.env = env;
    }

    // ---- proving in this table ----

    Outcome prove(Goal g) {
        return switch (g) {
            case Goal.Implemented i -> query(g);
            case Goal.Normalize n -> query(g);
            case Goal.WellFormed w -> query(g);
            case Goal.Equate e -> equate(e.a(), e.b());
            case Goal.All a -> proveAll(a.goals());
            case Goal.ForAll f -> forAll(f);
        };
    }

    /** Asks the recursive solver for the canonical form of {@code g} and applies the answer here. */
    private Outcome query(Goal g) {
        List<GenericArg> originals = new ArrayList<>();
        Canonical<Canonical.InEnv> cg = Canonicalizer.canonicalize(table, env, g, originals);
        Canonical<Canonical.Answer> a = solver.solve(cg);
        if (a == RecursiveSolver.NO) return null;
        if (isIdentity(a, cg)) {
            // Nothing learnt about the variables (e.g. the usual "maybe"): leave the table alone.
            TyFolder same = Canonicalizer.instantiator(originals);
            return new Outcome(a.value().certainty(), ImplSources.fold(a.value().source(), same));
        }
        List<GenericArg> fresh = Canonicalizer.freshVars(table, a.vars());
        TyFolder inst = Canonicalizer.instantiator(fresh);
        Unifier u = new Unifier(table);
        InferenceTable.Snapshot s = table.snapshot();
        for (int i = 0; i < originals.size(); i++) {
            GenericArg value = inst.foldArg(a.value().varValues().get(i));
            boolean ok = switch (originals.get(i)) {
                case Ty t -> value instanceof Ty v && u.unify(t, v);
                case Const c -> value instanceof Const v && u.unifyConst(c, v);
                case Region r -> true;
            };
            if (!ok) {
                table.rollbackTo(s);
                return null;
            }
        }
        table.commit(s);
        return new Outcome(a.value().certainty(), ImplSources.fold(a.value().source(), inst));
    }

    private static boolean isIdentity(Canonical<Canonical.Answer> a, Canonical<Canonical.InEnv> goal) {
        if (!a.vars().equals(goal.vars())) return false;
        List<GenericArg> values = a.value().varValues();
        for (int i = 0; i < values.size(); i++) {
            boolean same = switch (values.get(i)) {
                case Ty.Bound b -> b.debruijn() == 0 && b.var() == i;
                case Const.Infer c -> c.vid() == -1 - i;
                default -> false;
            };
            if (!same) return false;
        }
        return true;
    }

    /**
     * Proves every goal; goals that come back "maybe" are retried while others make progress (bind
     * variables), since a later goal may decide an earlier one's ambiguity.
     */
    Outcome proveAll(List<Goal> goals) {
        List<Goal> pending = goals;
        for (int round = 0; ; round++) {
            List<Goal> before = pending.stream().map(table::resolve).toList();
            List<Goal> next = new ArrayList<>();
            for (Goal g : pending) {
                Outcome o = prove(g);
                if (o == null) return null;
                if (o.certainty() == Certainty.MAYBE) next.add(g);
            }
            if (next.isEmpty()) return Outcome.YES;
            boolean progress = next.size() < pending.size()
                    || !next.stream().map(table::resolve).toList().equals(before);
            if (!progress || round >= MAX_ROUNDS) return Outcome.MAYBE;
            pending = next;
        }
    }

    /** Bound on re-trying ambiguous conjuncts (each round must bind something to continue). */
    private static final int MAX_ROUNDS = 16;

    /** {@code a == b} after normalising the projections in both. */
    private Outcome equate(Ty a, Ty b) {
        List<Goal> pending = new ArrayList<>();
        Ty na = normalizeDeep(a, pending);
        Ty nb = normalizeDeep(b, pending);
        if (!table.unify(na, nb)) return null;
        return pending.isEmpty() ? Outcome.YES : proveAll(pending);
    }

    /** {@code forall<T..> body}: the bound types become placeholders of a fresh universe. */
    private Outcome forAll(Goal.ForAll f) {
        int universe = ++universes;
        int varsBefore = table.numVars();
        TyFolder enter = Folders.replaceBound(1, i -> Ty.intern(new Ty.Placeholder(universe, i)));
        Outcome o = prove(Folders.foldGoal(f.body(), enter));
        if (o == null) return null;
        // Leak check: a variable from outside the binder must not name one of its placeholders
        // (forall<T> { ?X == T } does not hold: ?X cannot be every T at once).
        for (int v = 0; v < varsBefore; v++) {
            Ty r = table.resolve(new Ty.Infer(Ty.InferKind.TY, v));
            if (TyVisitor.any(r, t -> t instanceof Ty.Placeholder p && p.universe() == universe)) {
                return null;
            }
        }
        return o;
    }

    /**
     * Replaces every projection in {@code ty} by what it normalises to. A projection whose value is not
     * known yet becomes a fresh variable, and the {@code Normalize} goal that will tell is added to
     * {@code pending}; one that cannot be normalised at all stays as it is (rigid or erroneous).
     */
    Ty normalizeDeep(Ty ty, List<Goal> pending) {
        Ty resolved = table.resolve(ty);
        if (!TyVisitor.any(resolved, t -> t instanceof Ty.Alias)) return resolved;
        return new TyFolder() {
            @Override
            public Ty foldTy(Ty t) {
                Ty folded = superFold(t);
                if (!(folded instanceof Ty.Alias alias)) return folded;
                Ty v = table.newTyVar();
                Goal.Normalize goal = new Goal.Normalize(alias, v);
                Outcome o = prove(goal);
                if (o == null) return alias;
                if (o.certainty() == Certainty.MAYBE) pending.add(goal);
                return table.resolve(v);
            }
        }.foldTy(resolved);
    }

    private TraitRef normalizeTraitRef(TraitRef tr, List<Goal> pending) {
        List<GenericArg> args = new ArrayList<>(tr.args().size());
        boolean changed = false;
        for (GenericArg a : tr.args().list()) {
            GenericArg n = a instanceof Ty t ? normalizeDeep(t, pending) : a;
            changed |= n != a;
            args.add(n);
        }
        return changed ? new TraitRef(tr.traitId(), new GenericArgs(args)) : tr;
    }

    // ---- solving a domain goal from its clauses (in the recursive solver's fresh table) ----

    Outcome solveDomainGoal(Goal g) {
        return switch (g) {
            case Goal.Implemented i -> solveImplemented(i);
            case Goal.Normalize n -> solveNormalize(n);
            case Goal.WellFormed w -> {
                List<Goal> conds = BuiltinRules.wellFormed(db, table.resolve(w.ty()));
                yield conds == null ? Outcome.MAYBE : proveAll(conds);
            }
            case Goal.Equate e -> prove(g);
            case Goal.All a -> prove(g);
            case Goal.ForAll f -> prove(g);
        };
    }

    private Outcome solveImplemented(Goal.Implemented goal) {
        List<Goal> pending = new ArrayList<>();
        TraitRef tr = normalizeTraitRef(table.resolve(goal.traitRef()), pending);
        Ty self = table.shallowResolve(tr.self());
        if (self instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY) {
            // Any impl might apply: type inference must first learn more about the self type.
            return Outcome.MAYBE;
        }
        if (self instanceof Ty.Error) return new Outcome(Certainty.YES, new ImplSource.Builtin(null, "error"));
        Goal.Implemented g = new Goal.Implemented(tr);
        Outcome o = choose(g, ProgramClauses.forImplemented(db, env, tr, self));
        if (o == null || pending.isEmpty()) return o;
        Outcome rest = proveAll(pending);
        return rest == null ? null : o.and(rest);
    }

    private Outcome solveNormalize(Goal.Normalize goal) {
        List<Goal> pending = new ArrayList<>();
        Ty.Alias alias = goal.alias();
        GenericArgs args = table.resolve(alias.args());
        List<GenericArg> nargs = new ArrayList<>();
        for (GenericArg a : args.list()) nargs.add(a instanceof Ty t ? normalizeDeep(t, pending) : a);
        alias = (Ty.Alias) Ty.intern(new Ty.Alias(alias.def(), new GenericArgs(nargs)));
        // solve for a fresh variable: a value that is itself a projection (a where-clause
        // `<I::IntoIter as Iterator>::Item == <I as IntoIterator>::Item`) is normalised further
        Ty fresh = table.newTyVar();
        Outcome o = normalizeWithoutPending(new Goal.Normalize(alias, fresh));
        if (o == null) return null;
        Ty value = table.resolve(fresh);
        if (value != alias && renormalizeDepth < RENORMALIZE_LIMIT && TyVisitor.any(value, x -> x instanceof Ty.Alias)) {
            renormalizeDepth++;
            try {
                value = normalizeDeep(value, pending);
            } finally {
                renormalizeDepth--;
            }
        }
        // the goal's type may be an unnormalised projection too: equate, which normalises both sides
        if (!table.unify(goal.ty(), value)) {
            Outcome eq = prove(new Goal.Equate(goal.ty(), value));
            if (eq == null) return null;
            o = o.and(eq);
        }
        if (pending.isEmpty()) return o;
        Outcome rest = proveAll(pending);
        return rest == null ? null : o.and(rest);
    }

    /** How deep a projection's value, itself naming projections, is normalised again (cycles stop). */
    private static final int RENORMALIZE_LIMIT = 8;
    private int renormalizeDepth;

    private Outcome normalizeWithoutPending(Goal.Normalize g) {
        AssocTypeDatum assoc = db.assocTypeDatum(g.alias().def());
        int n = db.traitDatum(assoc.traitId()).params().size();
        TraitRef tr = new TraitRef(assoc.traitId(), g.alias().args().prefix(n));
        Ty self = table.shallowResolve(tr.self());
        if (self instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY) return Outcome.MAYBE;
        if (self instanceof Ty.Error) {
            return table.unify(g.ty(), Ty.ERROR) ? new Outcome(Certainty.YES, null) : null;
        }
        // Projection bounds in scope (and on trait objects) come first, as in rustc.
        List<Clause> fromEnv = ProgramClauses.normalizeFromEnv(db, env, g.alias(), self);
        if (!fromEnv.isEmpty()) {
            Outcome o = choose(g, fromEnv);
            if (o != null) return o;
        }
        // Otherwise whatever proves the trait ref decides the value.
        Outcome sel = prove(new Goal.Implemented(tr));
        if (sel == null) return null;
        if (sel.source() == null) return Outcome.MAYBE;
        Clause c = ProgramClauses.normalizeFrom(db, env, g, table.resolve(sel.source()));
        if (c == null) return null;
        Outcome o = choose(g, List.of(c));
        return o == null ? null : new Outcome(o.certainty().and(sel.certainty()), sel.source());
    }

    // ---- explaining failures ----

    /**
     * For a goal that does not hold: the chain of goals from {@code goal} down to the innermost one
     * that fails, following the only clause whose head matches at each step (rustc's "required for
     * `Vec<Bar>` to implement `Display`" notes). Leaves the table unchanged.
     */
    List<Goal> failureChain(Goal goal) {
        List<Goal> chain = new ArrayList<>();
        InferenceTable.Snapshot s = table.snapshot();
        try {
            Goal g = goal;
            while (g != null && chain.size() < 32) {
                chain.add(table.resolve(g));
                g = failingSubgoal(g);
            }
        } finally {
            table.rollbackTo(s);
        }
        return chain;
    }

    /** The subgoal that makes {@code g} fail, with the table left where it fails; null if none stands out. */
    private Goal failingSubgoal(Goal g) {
        switch (g) {
            case Goal.All a -> {
                for (Goal c : a.goals()) if (prove(c) == null) return c;
                return null;
            }
            case Goal.Normalize n -> {
                AssocTypeDatum assoc = db.assocTypeDatum(n.alias().def());
                int k = db.traitDatum(assoc.traitId()).params().size();
                Goal tr = new Goal.Implemented(new TraitRef(assoc.traitId(), table.resolve(n.alias().args()).prefix(k)));
                return prove(tr) == null ? tr : null;
            }
            case Goal.Implemented i -> {
                TraitRef tr = table.resolve(i.traitRef());
                Ty self = table.shallowResolve(tr.self());
                if (self instanceof Ty.Infer) return null;
                Clause only = null;
                for (Clause c : ProgramClauses.forImplemented(db, env, tr, self)) {
                    boolean matches = table.probe(() -> unifyHead(
                            Folders.foldGoal(c.head(), substFolder(freshArgs(c.binders()))), new Goal.Implemented(tr)));
                    if (!matches) continue;
                    if (only != null) return null;
                    only = c;
                }
                if (only == null) return null;
                GenericArgs fresh = freshArgs(only.binders());
                if (!unifyHead(Folders.foldGoal(only.head(), substFolder(fresh)), new Goal.Implemented(tr))) return null;
                for (Goal c : only.conditions()) {
                    Goal inst = only.binders().isEmpty() ? c : Folders.foldGoal(c, substFolder(fresh));
                    if (prove(inst) == null) return inst;
                }
                return null;
            }
            case Goal.WellFormed w -> {
                List<Goal> conds = BuiltinRules.wellFormed(db, table.resolve(w.ty()));
                if (conds != null) for (Goal c : conds) if (prove(c) == null) return c;
                return null;
            }
            case Goal.Equate e -> {
                return null;
            }
            case Goal.ForAll f -> {
                return null;
            }
        }
    }

    /** A successful attempt of one clause, recorded while probing. */
    private record Attempt(Clause clause, Certainty certainty, Goal resolvedGoal) {
    }

    /**
     * Tries every clause against {@code goal} and picks the answer: none succeeds → no solution; one
     * succeeds → its answer (bindings kept, even if "maybe": they are necessary); several → the
     * environment's alone if any (where-clauses shadow impls); among those, one that holds for
     * certain without binding anything if any; then the answer if all agree (same bindings, all
     * certain), else "maybe" without bindings.
     */
    private Outcome choose(Goal goal, List<Clause> clauses) {
        Goal unconstrained = table.resolve(goal);
        List<Attempt> ok = new ArrayList<>();
        for (Clause c : clauses) {
            InferenceTable.Snapshot s = table.snapshot();
            try {
                Outcome o = tryClause(goal, c);
                if (o != null) ok.add(new Attempt(c, o.certainty(), table.resolve(goal)));
            } finally {
                table.rollbackTo(s);
            }
        }
        if (ok.isEmpty()) return null;
        if (ok.stream().anyMatch(a -> a.clause().precedence() == Clause.Precedence.ENV)) {
            ok = ok.stream().filter(a -> a.clause().precedence() == Clause.Precedence.ENV).toList();
        }
        // A clause proving the goal for certain without binding anything is the most general answer:
        // more specific ones (impls for each integer type, next to the built-in `{integer}: Copy`)
        // add nothing (rustc prefers such built-in candidates too).
        List<Attempt> trivial = ok.stream()
                .filter(a -> a.certainty() == Certainty.YES && a.resolvedGoal().equals(unconstrained)).toList();
        if (!trivial.isEmpty()) ok = trivial;
        Attempt pick = ok.getFirst();
        if (ok.size() > 1) {
            Goal first = pick.resolvedGoal();
            boolean agree = ok.stream().allMatch(a -> a.certainty() == Certainty.YES
                    && a.resolvedGoal().equals(first));
            boolean marker = goal instanceof Goal.Implemented i && db.traitDatum(i.traitRef().traitId()).isMarker();
            if (!agree && !marker) return Outcome.MAYBE;
            for (Attempt a : ok) if (a.clause().precedence().ordinal() < pick.clause().precedence().ordinal()) pick = a;
        }
        return tryClause(goal, pick.clause());
    }

    /** Instantiates a clause, unifies its head with the goal and proves its conditions. */
    private Outcome tryClause(Goal goal, Clause c) {
        GenericArgs fresh = freshArgs(c.binders());
        Goal head = Folders.foldGoal(c.head(), substFolder(fresh));
        if (!unifyHead(head, goal)) return null;
        ImplSource src = ImplSources.fold(c.source(), substFolder(fresh));
        if (c.ambiguous()) return new Outcome(Certainty.MAYBE, src);
        List<Goal> conds = c.binders().isEmpty() ? c.conditions()
                : c.conditions().stream().map(x -> Folders.foldGoal(x, substFolder(fresh))).toList();
        Outcome o = proveAll(conds);
        return o == null ? null : new Outcome(o.certainty(), src);
    }

    private boolean unifyHead(Goal head, Goal goal) {
        return switch (head) {
            case Goal.Implemented h -> goal instanceof Goal.Implemented g
                    && h.traitRef().traitId().equals(g.traitRef().traitId())
                    && table.unify(h.traitRef().args(), g.traitRef().args());
            case Goal.Normalize h -> goal instanceof Goal.Normalize g && h.alias().def().equals(g.alias().def())
                    && table.unify(h.alias().args(), g.alias().args()) && table.unify(h.ty(), g.ty());
            default -> false;
        };
    }

    private GenericArgs freshArgs(List<GenericParamKind> kinds) {
        if (kinds.isEmpty()) return GenericArgs.EMPTY;
        List<GenericArg> out = new ArrayList<>(kinds.size());
        for (GenericParamKind k : kinds) {
            out.add(switch (k) {
                case TYPE -> table.newTyVar();
                case REGION -> Region.ERASED;
                case CONST -> table.newConstVar();
            });
        }
        return new GenericArgs(out);
    }

    private static TyFolder substFolder(GenericArgs args) {
        return new TyFolder() {
            @Override
            public Ty foldTy(Ty ty) {
                return args.isEmpty() ? ty : TyFolder.subst(ty, args);
            }

            @Override
            public Region foldRegion(Region r) {
                return r instanceof Region.EarlyParam ? Region.ERASED : r;
            }

            @Override
            public Const foldConst(Const c) {
                if (c instanceof Const.Param p && p.index() < args.size()
                        && args.get(p.index()) instanceof Const v) return v;
                return super.foldConst(c);
            }
        };
    }
}
