package dev.ferrite.traits;

/**
 * The answer to a goal, in the caller's inference table (the solver has already applied what it
 * learnt about the caller's inference variables when it returns).
 */
public sealed interface Solution {
    /**
     * The goal holds, in exactly one way. The table now carries the bindings that proof required.
     * {@code source} is the rule used for a top-level Implemented/Normalize goal, null otherwise.
     */
    record Unique(ImplSource source) implements Solution {
    }

    /**
     * The goal may hold but more type information is needed (e.g. {@code ?T: Display} with several
     * impls). If only one rule could apply, {@code source} names it and the table carries the
     * bindings that rule certainly requires (chalk's "definite guidance"); else {@code source} is
     * null and the table is unchanged.
     */
    record Ambiguous(ImplSource source) implements Solution {
    }

    /** The goal does not hold (report E0277, E0271, ...). */
    record NoSolution() implements Solution {
    }

    Solution NO_SOLUTION = new NoSolution();

    default boolean isUnique() {
        return this instanceof Unique;
    }

    default boolean isAmbiguous() {
        return this instanceof Ambiguous;
    }

    default boolean isNoSolution() {
        return this instanceof NoSolution;
    }
}
