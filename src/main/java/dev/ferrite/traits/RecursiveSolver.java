package dev.ferrite.traits;

import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Solves canonical goals, depth first, with a cache and cycle handling (after chalk's
 * {@code chalk-recursive}).
 *
 * <p><b>Cycles.</b> A goal met again while it is being solved is a cycle. If every goal on the cycle
 * is coinductive (an auto trait: {@code List: Send :- Option<Box<List>>: Send :- .. List: Send}),
 * the repeated goal holds. Otherwise (inductive) the repeated goal gets the current provisional
 * answer of its first occurrence, initially "no solution", and that first occurrence (the cycle head)
 * is re-solved until its answer stops changing (a fixpoint), so {@code impl<T: Foo> Foo for T} proves
 * nothing, while a second, non-cyclic clause can still succeed.
 *
 * <p><b>Cache.</b> Answers are cached by canonical goal, except answers that read a provisional answer
 * of a goal still on the stack below them: those may change when the cycle head iterates.
 */
final class RecursiveSolver {
    /** Beyond this depth the solver gives up with "maybe" (rustc's recursion limit overflow). */
    static final int MAX_DEPTH = 128; // rustc's default recursion_limit
    static final int MAX_FIXPOINT_ITERATIONS = 32;

    /** The "no solution" answer, kept in the cache like any other. */
    static final Canonical<Canonical.Answer> NO = new Canonical<>(null, List.of());

    final TraitDatabase db;
    // Answers depend only on the program and the canonical goal, so threads may share the cache
    // (a race at worst solves a goal twice); each thread has its own stack of goals in progress.
    private final Map<Canonical<Canonical.InEnv>, Canonical<Canonical.Answer>> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<List<Frame>> stacks = ThreadLocal.withInitial(ArrayList::new);
    final Solver.Stats stats = new Solver.Stats();

    private static final class Frame {
        final Canonical<Canonical.InEnv> goal;
        final boolean coinductive;
        final int depth;
        int minDepth;
        boolean cycleHead;
        Canonical<Canonical.Answer> provisional;

        Frame(Canonical<Canonical.InEnv> goal, boolean coinductive, int depth) {
            this.goal = goal;
            this.coinductive = coinductive;
            this.depth = depth;
            this.minDepth = depth;
            this.provisional = NO; // an inductive cycle starts from "no solution"
        }
    }

    RecursiveSolver(TraitDatabase db) {
        this.db = db;
    }

    /** The answer to a canonical goal, or {@link #NO}. */
    Canonical<Canonical.Answer> solve(Canonical<Canonical.InEnv> goal) {
        List<Frame> stack = stacks.get();
        stats.queries++;
        Canonical<Canonical.Answer> cached = cache.get(goal);
        if (cached != null) {
            stats.cacheHits++;
            return cached;
        }
        for (int i = 0; i < stack.size(); i++) {
            Frame f = stack.get(i);
            if (!f.goal.equals(goal)) continue;
            stats.cycles++;
            boolean coinductive = true;
            for (int j = i; j < stack.size(); j++) coinductive &= stack.get(j).coinductive;
            Frame top = stack.getLast();
            top.minDepth = Math.min(top.minDepth, i);
            if (coinductive) return trivial(goal, Certainty.YES);
            f.cycleHead = true;
            return f.provisional;
        }
        if (stack.size() >= MAX_DEPTH) {
            stats.overflows++;
            return trivial(goal, Certainty.MAYBE);
        }
        Frame frame = new Frame(goal, isCoinductive(goal.value().goal()), stack.size());
        stack.add(frame);
        Canonical<Canonical.Answer> answer;
        int iterations = 0;
        try {
            while (true) {
                answer = solveFresh(goal);
                if (!frame.cycleHead || answer.equals(frame.provisional)) break;
                // The answer differs from what the cycle members assumed: iterate with the new one.
                if (++iterations > MAX_FIXPOINT_ITERATIONS) {
                    answer = trivial(goal, Certainty.MAYBE);
                    break;
                }
                stats.fixpointIterations++;
                frame.provisional = answer;
                frame.cycleHead = false;
                frame.minDepth = frame.depth;
            }
        } finally {
            stack.removeLast();
        }
        if (frame.minDepth >= frame.depth) {
            cache.put(goal, answer);
        } else if (!stack.isEmpty()) {
            Frame parent = stack.getLast();
            parent.minDepth = Math.min(parent.minDepth, frame.minDepth);
        }
        return answer;
    }

    /** Auto-trait goals are coinductive; everything else is inductive. */
    private boolean isCoinductive(Goal g) {
        return g instanceof Goal.Implemented i && db.traitDatum(i.traitRef().traitId()).isAuto();
    }

    /** "Holds, constraining nothing": each canonical variable maps to itself. */
    private static Canonical<Canonical.Answer> trivial(Canonical<Canonical.InEnv> goal, Certainty c) {
        List<GenericArg> values = new ArrayList<>();
        for (int i = 0; i < goal.vars().size(); i++) {
            values.add(goal.vars().get(i) == Canonical.VarKind.CONST
                    ? new Const.Infer(-1 - i) : Ty.intern(new Ty.Bound(0, i)));
        }
        return new Canonical<>(new Canonical.Answer(c, values, null), goal.vars());
    }

    /** Solves a goal from scratch in a private inference table and canonicalises the answer. */
    private Canonical<Canonical.Answer> solveFresh(Canonical<Canonical.InEnv> goal) {
        stats.solved++;
        InferenceTable table = new InferenceTable();
        List<GenericArg> vars = Canonicalizer.freshVars(table, goal.vars());
        var inst = Canonicalizer.instantiator(vars);
        ParamEnv env = goal.value().env();
        if (!goal.vars().isEmpty() && !env.predicates().isEmpty()) {
            env = new ParamEnv(Folders.foldPredicates(env.predicates(), inst));
        }
        Goal g = Folders.foldGoal(goal.value().goal(), inst);
        Prover prover = new Prover(this, table, env);
        Prover.Outcome o = prover.solveDomainGoal(g);
        if (o == null) return NO;
        Canonicalizer c = new Canonicalizer(table);
        List<GenericArg> values = new ArrayList<>(vars.size());
        for (GenericArg v : vars) values.add(c.foldArg(table.resolve(v)));
        ImplSource src = ImplSources.fold(table.resolve(o.source()), c);
        return new Canonical<>(new Canonical.Answer(o.certainty(), values, src), c.kinds);
    }

    int cacheSize() {
        return cache.size();
    }
}
