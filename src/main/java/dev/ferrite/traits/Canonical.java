package dev.ferrite.traits;

import dev.ferrite.types.GenericArg;
import java.util.List;

/**
 * A value whose inference variables have been replaced by canonical variables numbered in order of
 * appearance: {@code Ty.Bound(0, i)} for types, {@code Const.Infer(-1 - i)} for consts. Two goals
 * that differ only in the names of their variables canonicalise to equal values, so a canonical goal
 * is a cache key and a canonical answer can be replayed in any inference table.
 */
public record Canonical<T>(T value, List<VarKind> vars) {
    public Canonical {
        vars = List.copyOf(vars);
    }

    /** What a canonical variable stands for. */
    public enum VarKind { TY, INT, FLOAT, CONST }

    /** A goal together with the where-clauses in scope. */
    public record InEnv(ParamEnv env, Goal goal) {
    }

    /**
     * The answer to a canonical goal: {@code varValues[i]} is what the goal's canonical variable i
     * must be (possibly mentioning the answer's own canonical variables, still unknown); {@code source}
     * the rule used, for Implemented/Normalize goals.
     */
    public record Answer(Certainty certainty, List<GenericArg> varValues, ImplSource source) {
        public Answer {
            varValues = List.copyOf(varValues);
        }
    }
}
