package dev.ferrite.traits;

import java.util.List;

/**
 * A program clause {@code forall<binders> { head :- conditions }}, instantiated on demand for one
 * goal. {@code head} is an {@link Goal.Implemented} or {@link Goal.Normalize}; the binders are
 * {@code Ty.Param(i)} (and {@code Region.EarlyParam}/{@code Const.Param}) in head, conditions and
 * source, replaced by fresh inference variables when the clause is tried. Clauses from the
 * environment and built-in rules are generated for the goal at hand and have no binders.
 *
 * @param ambiguous the rule may apply but cannot decide yet (e.g. a closure whose kind is still being
 *                  inferred): trying it yields "maybe"
 */
record Clause(String rule, List<GenericParamKind> binders, Goal head, List<Goal> conditions, ImplSource source,
              Precedence precedence, boolean ambiguous) {
    /** Where a clause comes from; when several apply with the same result, the first kind wins. */
    enum Precedence { ENV, OBJECT, IMPL, BUILTIN }

    Clause {
        binders = List.copyOf(binders);
        conditions = List.copyOf(conditions);
    }

    Clause withPrecedence(Precedence p) {
        return new Clause(rule, binders, head, conditions, source, p, ambiguous);
    }

    static Clause fact(String rule, Goal head, ImplSource source, Precedence p) {
        return new Clause(rule, List.of(), head, List.of(), source, p, false);
    }

    static Clause builtin(String rule, Goal head, List<Goal> conditions, ImplSource source) {
        return new Clause(rule, List.of(), head, conditions, source, Precedence.BUILTIN, false);
    }
}
