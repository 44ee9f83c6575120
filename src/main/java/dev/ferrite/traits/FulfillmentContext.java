package dev.ferrite.traits;

import dev.ferrite.types.Predicate;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The obligations a body has registered and not yet proved (rustc's {@code FulfillmentContext}).
 * The type checker registers every where-clause it must prove (call bounds, coercions, projections
 * it normalised), calls {@link #selectWherePossible} whenever it needs more type information (before
 * method lookup on an unresolved type, at the end of a statement), and at the end of the body applies
 * integer fallback ({@link InferenceTable#applyFallback}) and calls {@link #selectAllOrError}.
 */
public final class FulfillmentContext {
    /** Something to prove, with whatever the type checker needs to report it ({@code cause}: a span, ...). */
    public record Obligation(ParamEnv env, Goal goal, Object cause) {
    }

    /** An obligation that does not hold ({@code NO_SOLUTION}: E0277, E0271...) or is still undecided ({@code AMBIGUOUS}: E0282/E0283). */
    public record Error(Obligation obligation, Kind kind) {
        public enum Kind { NO_SOLUTION, AMBIGUOUS }
    }

    /** Bound on selection rounds, in case guidance keeps producing new variables. */
    private static final int MAX_ROUNDS = 64;

    private final Solver solver;
    private final InferenceTable table;
    private final List<Obligation> pending = new ArrayList<>();

    public FulfillmentContext(Solver solver, InferenceTable table) {
        this.solver = solver;
        this.table = table;
    }

    public void register(ParamEnv env, Goal goal, Object cause) {
        pending.add(new Obligation(env, goal, cause));
    }

    public void register(ParamEnv env, Predicate predicate, Object cause) {
        register(env, Goal.of(predicate), cause);
    }

    /** The obligations still pending (ambiguous so far). */
    public List<Obligation> pending() {
        return List.copyOf(pending);
    }

    /**
     * The pending obligations about {@code var}: {@code ?v: Trait} and {@code <?v as Trait>::A == ..}
     * (rustc's {@code obligations_for_self_ty}). The type checker reads the expected signature of a
     * closure, or the bounds to probe methods on an unresolved receiver, from these.
     */
    public List<Obligation> pendingFor(Ty var) {
        Ty v = table.shallowResolve(var);
        List<Obligation> out = new ArrayList<>();
        for (Obligation o : pending) {
            Ty self = switch (o.goal()) {
                case Goal.Implemented i -> i.traitRef().args().isEmpty() ? null : i.traitRef().self();
                case Goal.Normalize n -> n.alias().args().isEmpty() ? null : n.alias().args().ty(0);
                default -> null;
            };
            if (self != null && table.shallowResolve(self).equals(v)) out.add(o);
        }
        return out;
    }

    /**
     * Proves what can be proved now, repeatedly while that teaches the table something. Proved
     * obligations are dropped; failed ones are removed and returned; ambiguous ones stay pending.
     */
    public List<Error> selectWherePossible() {
        List<Error> errors = new ArrayList<>();
        boolean progress = true;
        for (int round = 0; progress && !pending.isEmpty() && round < MAX_ROUNDS; round++) {
            progress = false;
            List<Obligation> still = new ArrayList<>();
            for (Obligation o : List.copyOf(pending)) {
                Goal before = table.resolve(o.goal());
                Solution s = solver.solve(o.env(), o.goal(), table);
                switch (s) {
                    case Solution.Unique u -> progress = true;
                    case Solution.NoSolution n -> {
                        errors.add(new Error(o, Error.Kind.NO_SOLUTION));
                        progress = true;
                    }
                    case Solution.Ambiguous a -> {
                        still.add(o);
                        if (!table.resolve(o.goal()).equals(before)) progress = true;
                    }
                }
            }
            pending.clear();
            pending.addAll(still);
        }
        return errors;
    }

    /**
     * Proves everything for the last time: failures and the obligations still ambiguous are returned
     * (and the context is emptied). Call after integer/float fallback.
     */
    public List<Error> selectAllOrError() {
        List<Error> errors = selectWherePossible();
        for (Obligation o : pending) errors.add(new Error(o, Error.Kind.AMBIGUOUS));
        pending.clear();
        return errors;
    }

    /**
     * Normalises the projections in {@code ty} (deeply). A projection whose value is not known yet (its
     * self type is an inference variable, say) is replaced by a fresh type variable and a
     * {@code Normalize} obligation for it is registered, so that selecting later binds the variable.
     * A projection that cannot be normalised (rigid, or an error) stays as it is.
     */
    public Ty normalize(ParamEnv env, Ty ty, Object cause) {
        Ty resolved = table.resolve(ty);
        if (!TyVisitor.any(resolved, t -> t instanceof Ty.Alias)) return resolved;
        List<Goal> more = new ArrayList<>();
        Ty out = new Prover(solverEngine(), table, env).normalizeDeep(resolved, more);
        for (Goal g : more) register(env, g, cause);
        return table.resolve(out);
    }

    private RecursiveSolver solverEngine() {
        return solver.engine();
    }
}
