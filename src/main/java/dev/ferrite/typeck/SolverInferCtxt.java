package dev.ferrite.typeck;

import dev.ferrite.span.Span;
import dev.ferrite.traits.FulfillmentContext;
import dev.ferrite.traits.Goal;
import dev.ferrite.traits.InferenceTable;
import dev.ferrite.traits.ParamEnv;
import dev.ferrite.traits.Solution;
import dev.ferrite.traits.Solver;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;

/** {@link InferCtxt} over the trait solver's inference table and fulfilment context. */
public final class SolverInferCtxt implements InferCtxt {
    private final Solver solver;
    private final ParamEnv env;
    private final InferenceTable table = new InferenceTable();
    private final FulfillmentContext fulfill;
    private final List<Failure> failures = new ArrayList<>();

    public SolverInferCtxt(Solver solver, ParamEnv env) {
        this.solver = solver;
        this.env = env;
        this.fulfill = new FulfillmentContext(solver, table);
    }

    @Override
    public Ty newVar() {
        return table.newTyVar();
    }

    @Override
    public Ty newIntVar() {
        return table.newIntVar();
    }

    @Override
    public Ty newFloatVar() {
        return table.newFloatVar();
    }

    @Override
    public dev.ferrite.types.Const newConstVar() {
        return table.newConstVar();
    }

    @Override
    public Ty shallowResolve(Ty ty) {
        return table.shallowResolve(ty);
    }

    @Override
    public Ty resolve(Ty ty) {
        return table.resolve(ty);
    }

    @Override
    public GenericArgs resolve(GenericArgs args) {
        return table.resolve(args);
    }

    @Override
    public boolean unify(Ty a, Ty b) {
        InferenceTable.Snapshot s = table.snapshot();
        if (table.unify(a, b)) {
            table.commit(s);
            return true;
        }
        table.rollbackTo(s);
        return false;
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void rollback(Object snapshot) {
        table.rollbackTo((InferenceTable.Snapshot) snapshot);
    }

    @Override
    public void commit(Object snapshot) {
        table.commit((InferenceTable.Snapshot) snapshot);
    }

    @Override
    public void register(Predicate p, Span span) {
        fulfill.register(env, p, span);
    }

    @Override
    public void selectWherePossible() {
        for (FulfillmentContext.Error e : fulfill.selectWherePossible()) failures.add(toFailure(e));
    }

    @Override
    public List<Failure> selectAllOrError() {
        List<Failure> out = new ArrayList<>(failures);
        failures.clear();
        for (FulfillmentContext.Error e : fulfill.selectAllOrError()) out.add(toFailure(e));
        return out;
    }

    private Failure toFailure(FulfillmentContext.Error e) {
        Predicate p = switch (e.obligation().goal()) {
            case Goal.Implemented i -> new Predicate.Trait(i.traitRef());
            case Goal.Normalize n -> new Predicate.Projection(n.alias(), n.ty());
            case Goal.WellFormed w -> new Predicate.WellFormed(w.ty());
            default -> null;
        };
        Span span = e.obligation().cause() instanceof Span s ? s : Span.DUMMY;
        return new Failure(p, span, e.kind() == FulfillmentContext.Error.Kind.AMBIGUOUS);
    }

    @Override
    public List<Predicate> pendingObligations() {
        List<Predicate> out = new ArrayList<>();
        for (FulfillmentContext.Obligation o : fulfill.pending()) {
            switch (o.goal()) {
                case Goal.Implemented i -> out.add(new Predicate.Trait(table.resolve(i.traitRef())));
                case Goal.Normalize n -> out.add(new Predicate.Projection(n.alias(), n.ty()));
                default -> {
                }
            }
        }
        return out;
    }

    @Override
    public boolean mayHold(Predicate p) {
        return !solver.evaluate(env, Goal.of(p), table).isNoSolution();
    }

    @Override
    public Ty normalize(Ty ty, Span span) {
        return fulfill.normalize(env, ty, span);
    }

    @Override
    public boolean holds(TraitRef tr) {
        Solution s = solver.evaluate(env, new Goal.Implemented(tr), table);
        return s.isUnique();
    }

    @Override
    public void markDiverging(Ty.Infer var) {
        table.markDiverging(var);
    }

    @Override
    public boolean fallback() {
        return table.applyFallback();
    }
}
