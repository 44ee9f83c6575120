package dev.ferrite.typeck;

import dev.ferrite.span.Span;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.List;

/**
 * What type checking needs from inference and trait solving, in one place: inference variables
 * and unification, obligations and their fulfilment, normalisation. Implemented over the trait
 * solver's inference table and fulfilment context ({@link SolverInferCtxt}); type checking code
 * never talks to the solver directly.
 */
public interface InferCtxt {
    Ty newVar();

    Ty newIntVar();

    Ty newFloatVar();

    /** A fresh inference variable for a const generic argument. */
    dev.ferrite.types.Const newConstVar();

    /** Replaces a bound inference variable at the top of {@code ty} by its value. */
    Ty shallowResolve(Ty ty);

    /** Replaces all bound inference variables in {@code ty} (unbound ones stay). */
    Ty resolve(Ty ty);

    GenericArgs resolve(GenericArgs args);

    /** Makes {@code a} and {@code b} equal; on failure nothing has changed and false is returned. */
    boolean unify(Ty a, Ty b);

    /** An opaque marker of the inference state, to go back to. */
    Object snapshot();

    void rollback(Object snapshot);

    /** Keeps what happened since the snapshot. */
    void commit(Object snapshot);

    /** Registers something that must hold, proven now or later. */
    void register(Predicate p, Span span);

    /** Proves what can be proven now, which may bind inference variables. */
    void selectWherePossible();

    /** Proves everything; returns what does not hold or stayed ambiguous. */
    List<Failure> selectAllOrError();

    /** The obligations registered and not yet proven (used to deduce closure signatures). */
    List<Predicate> pendingObligations();

    /** Whether the predicate could hold (yes or maybe), without changing anything. */
    boolean mayHold(Predicate p);

    /** Normalises associated type projections where possible (a projection may become a fresh variable). */
    Ty normalize(Ty ty, Span span);

    /** The impl or built-in rule that proves a fully known trait reference, for diagnostics and method lookup. */
    boolean holds(TraitRef tr);

    /** Marks an unbound variable that a value of type {@code !} was coerced to: it falls back to {@code ()}. */
    void markDiverging(Ty.Infer var);

    /** Defaults remaining integer variables to i32 and float variables to f64; returns true if anything changed. */
    boolean fallback();

    /** A predicate that failed or stayed ambiguous. */
    record Failure(Predicate predicate, Span span, boolean ambiguous) {
    }
}
