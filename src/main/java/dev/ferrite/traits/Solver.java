package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trait solver: a declarative, chalk-style engine that proves {@link Goal}s from program clauses.
 *
 * <p><b>A short tour.</b>
 * <ul>
 *   <li>The program is seen only through {@link TraitDatabase} (impls, traits, ADTs, lang items).</li>
 *   <li>{@link ProgramClauses} turns impls, where-clauses ({@link ParamEnv}) and trait objects into
 *       clauses {@code forall<P..> { Head :- Conditions }}; {@link BuiltinRules} adds the rules the
 *       compiler knows (Sized, Copy/Clone, Fn traits, Tuple, Unsize, auto traits, well-formedness).</li>
 *   <li>{@link Prover} proves goals in an {@link InferenceTable}: a domain goal is
 *       {@linkplain Canonicalizer canonicalised} (its inference variables renamed to canonical ones),
 *       handed to the {@link RecursiveSolver}, and the canonical answer is replayed into the table.</li>
 *   <li>The {@link RecursiveSolver} caches canonical answers and handles cycles (coinductive for auto
 *       traits, an inductive fixpoint otherwise); for each goal it tries every clause
 *       ({@code Prover.choose}) and reports Unique / Ambiguous / NoSolution with the {@link ImplSource}
 *       (which impl or rule proved it).</li>
 *   <li>{@link FulfillmentContext} keeps the obligations a body registers and retries the ambiguous
 *       ones as inference learns more.</li>
 * </ul>
 * Solving is modulo regions: lifetimes are erased and never cause failure (the borrow checker
 * checks them later).
 *
 * <p><b>Entry points.</b> {@link #solve} and {@link #evaluate} (type checking, with the caller's
 * inference table), {@link FulfillmentContext} (pending obligations of a body), {@link #normalize}
 * and {@link #selectImpl} (after type checking: monomorphic types and trait refs),
 * {@link #normalizeEnv} (once per item), {@link #explainFailure} (E0277 notes) and
 * {@link #solveCanonical} (the solver on its own, chalk style).
 *
 * <p>A Solver caches answers across calls; use one per compilation (answers depend only on the
 * program, the environment and the goal). It may be shared by threads checking different bodies
 * (the cache is concurrent, goals in progress are per thread; {@link #stats()} counts are then
 * approximate); an {@link InferenceTable} and a {@link FulfillmentContext} belong to one thread.
 */
public final class Solver {
    private final TraitDatabase db;
    private final RecursiveSolver engine;

    public Solver(TraitDatabase db) {
        this.db = db;
        this.engine = new RecursiveSolver(db);
    }

    RecursiveSolver engine() {
        return engine;
    }

    public TraitDatabase db() {
        return db;
    }

    /**
     * Proves {@code goal} in {@code env}; {@code goal} may mention {@code table}'s inference variables.
     * On {@link Solution.Unique} the table carries the bindings the proof needs; on
     * {@link Solution.Ambiguous} it carries the bindings that are certainly needed (possibly none); on
     * {@link Solution.NoSolution} it is unchanged.
     */
    public Solution solve(ParamEnv env, Goal goal, InferenceTable table) {
        InferenceTable.Snapshot s = table.snapshot();
        Prover.Outcome o;
        try {
            o = new Prover(engine, table, env).prove(goal);
        } catch (StackOverflowError e) {
            // Deeply nested goals on a thread with a small stack: give up like at the depth limit.
            table.rollbackTo(s);
            engine.stats.overflows++;
            return new Solution.Ambiguous(null);
        }
        if (o == null) {
            table.rollbackTo(s);
            return Solution.NO_SOLUTION;
        }
        table.commit(s);
        ImplSource src = table.resolve(o.source());
        return o.certainty() == Certainty.YES ? new Solution.Unique(src) : new Solution.Ambiguous(src);
    }

    /** Like {@link #solve} but leaves the table as it was: "would this hold?" (method probing). */
    public Solution evaluate(ParamEnv env, Goal goal, InferenceTable table) {
        return table.probe(() -> solve(env, goal, table));
    }

    /**
     * Why {@code goal} does not hold: the goal itself, then each where-clause that fails in turn,
     * ending with the innermost failing one, e.g. {@code [Vec<Vec<Bar>>: Display, Vec<Bar>: Display,
     * Bar: Display]}, for E0277's "required for .. to implement .." notes. Follows a clause only when it
     * is the only one that could apply. The table is left unchanged.
     */
    public List<Goal> explainFailure(ParamEnv env, Goal goal, InferenceTable table) {
        return new Prover(engine, table, env).failureChain(goal);
    }

    /**
     * The chalk-style entry point: solves a canonical goal and returns its canonical answer, or empty
     * for "no solution". For tools using the solver on its own.
     */
    public Optional<Canonical<Canonical.Answer>> solveCanonical(Canonical<Canonical.InEnv> goal) {
        Canonical<Canonical.Answer> a = engine.solve(goal);
        return a == RecursiveSolver.NO ? Optional.empty() : Optional.of(a);
    }

    /**
     * Normalises every projection in {@code ty} that can be (deeply), for types without inference
     * variables (after type checking: MIR building, layouts, the interpreter). A projection that cannot
     * be normalised (rigid: its self type is a parameter of {@code env}) stays as it is.
     */
    public Ty normalize(ParamEnv env, Ty ty) {
        if (!TyVisitor.any(ty, t -> t instanceof Ty.Alias)) return ty;
        InferenceTable table = new InferenceTable();
        List<Goal> pending = new ArrayList<>();
        Ty out = new Prover(engine, table, env).normalizeDeep(ty, pending);
        return table.resolve(out);
    }

    /**
     * The environment with the projections inside its where-clauses normalised using the environment
     * itself: with {@code T: Iterator<Item = u8>, <T as Iterator>::Item: Display} the second becomes
     * {@code u8: Display}, so that it matches goals, which are normalised before they are solved.
     * The type checker calls this once per item, after {@link ParamEnv#elaborate}. Projection
     * predicates keep their left-hand side (it is what they define).
     */
    public ParamEnv normalizeEnv(ParamEnv env) {
        boolean any = env.predicates().stream().anyMatch(p -> p instanceof Predicate.Trait t
                && TyVisitor.anyArgs(t.traitRef().args(), x -> x instanceof Ty.Alias)
                || p instanceof Predicate.Projection pr && TyVisitor.any(pr.term(), x -> x instanceof Ty.Alias));
        if (!any) return env;
        List<Predicate> out = new ArrayList<>();
        for (Predicate p : env.predicates()) {
            out.add(switch (p) {
                case Predicate.Trait t -> new Predicate.Trait(new TraitRef(t.traitRef().traitId(),
                        new GenericArgs(t.traitRef().args().list().stream()
                                .map(a -> a instanceof Ty ty ? (GenericArg) normalize(env, ty) : a).toList())));
                case Predicate.Projection pr -> new Predicate.Projection(pr.alias(), normalize(env, pr.term()));
                default -> p;
            });
        }
        return new ParamEnv(out.stream().distinct().toList());
    }

    /**
     * Pairs of impls of {@code trait} that may apply to the same type (E0119, or E0751 when one is
     * negative): their headers unify and their where-clauses together are not known to fail.
     * Ambiguity counts as overlap, as in rustc's coherence check. Impls of {@code #[marker]} traits may
     * overlap and are not reported.
     */
    public List<List<DefId>> overlappingImpls(DefId trait) {
        List<List<DefId>> out = new ArrayList<>();
        if (db.traitDatum(trait).isMarker()) return out;
        List<DefId> impls = db.implsFor(trait);
        for (int i = 0; i < impls.size(); i++) {
            for (int j = i + 1; j < impls.size(); j++) {
                if (overlap(db.implDatum(impls.get(i)), db.implDatum(impls.get(j)))) {
                    out.add(List.of(impls.get(i), impls.get(j)));
                }
            }
        }
        return out;
    }

    private boolean overlap(ImplDatum a, ImplDatum b) {
        InferenceTable table = new InferenceTable();
        GenericArgs argsA = freshArgs(table, a.params());
        GenericArgs argsB = freshArgs(table, b.params());
        TraitRef ta = TyFolder.subst(a.traitRef(), argsA);
        TraitRef tb = TyFolder.subst(b.traitRef(), argsB);
        if (!table.unify(ta.args(), tb.args())) return false;
        List<Goal> wcs = new ArrayList<>();
        for (Predicate p : a.whereClauses()) wcs.add(Goal.of(TyFolder.subst(p, argsA)));
        for (Predicate p : b.whereClauses()) wcs.add(Goal.of(TyFolder.subst(p, argsB)));
        return !solve(ParamEnv.EMPTY, new Goal.All(wcs), table).isNoSolution();
    }

    private static GenericArgs freshArgs(InferenceTable table, List<GenericParamKind> kinds) {
        List<GenericArg> out = new ArrayList<>();
        for (GenericParamKind k : kinds) {
            out.add(switch (k) {
                case TYPE -> table.newTyVar();
                case REGION -> Region.ERASED;
                case CONST -> table.newConstVar();
            });
        }
        return new GenericArgs(out);
    }

    /**
     * Which impl (or rule) implements a trait ref without inference variables, as code generation and
     * the interpreter need to resolve a trait method call: {@code Impl(impl, implArgs)} gives the impl
     * whose method to call, with the arguments for the impl's generic parameters. Empty if the trait
     * ref does not hold or is ambiguous (a bug after type checking).
     */
    public Optional<ImplSource> selectImpl(ParamEnv env, TraitRef traitRef) {
        InferenceTable table = new InferenceTable();
        Solution s = solve(env, new Goal.Implemented(Folders.eraseRegions(traitRef)), table);
        if (s instanceof Solution.Unique u && u.source() != null) return Optional.of(table.resolve(u.source()));
        return Optional.empty();
    }

    /** Counters about the work done, for tests and the performance dashboard. */
    public static final class Stats {
        /** Canonical queries asked of the recursive solver. */
        public int queries;
        /** Queries answered from the cache. */
        public int cacheHits;
        /** Queries solved from scratch (fixpoint iterations included). */
        public int solved;
        /** Goals met again while being solved. */
        public int cycles;
        /** Extra iterations of cycle heads. */
        public int fixpointIterations;
        /** Goals given up on at the depth limit. */
        public int overflows;

        @Override
        public String toString() {
            return "queries=" + queries + " cacheHits=" + cacheHits + " solved=" + solved + " cycles=" + cycles
                    + " fixpointIterations=" + fixpointIterations + " overflows=" + overflows;
        }
    }

    public Stats stats() {
        return engine.stats;
    }

    /** Number of canonical answers cached. */
    public int cacheSize() {
        return engine.cacheSize();
    }
}
