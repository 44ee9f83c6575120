package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Ty;

/**
 * Which rule proved an {@link Goal.Implemented} or {@link Goal.Normalize} goal: tells callers where
 * the trait's associated items come from (rustc's {@code ImplSource}).
 */
public sealed interface ImplSource {
    /** A user or library impl, with the arguments for the impl's generic parameters. */
    record Impl(DefId impl, GenericArgs implArgs) implements ImplSource {
    }

    /** A where-clause in the {@link ParamEnv} (the goal is about a generic parameter). */
    record Param(Predicate bound) implements ImplSource {
    }

    /**
     * A built-in rule ({@code Sized}, {@code Copy} of primitives, auto traits, {@code Tuple}, ...);
     * {@code trait} is null for traits without a well-known role (a user auto trait) and for goals
     * about {@code Ty.Error}.
     */
    record Builtin(WellKnownTrait trait, String rule) implements ImplSource {
    }

    /**
     * {@code dyn Trait: Trait} or one of its supertraits: the trait's methods start at slot
     * {@code vtableBase} of the object's vtable (see {@link Vtables}).
     */
    record Object(Ty.Dynamic object, int vtableBase) implements ImplSource {
    }

    /** A closure implementing {@code Fn}/{@code FnMut}/{@code FnOnce}. */
    record Closure(DefId closure, GenericArgs args, WellKnownTrait trait) implements ImplSource {
    }

    /** A function item or fn pointer implementing the Fn traits; {@code fnTy} is the FnDef or FnPtr. */
    record FnPointer(Ty fnTy, WellKnownTrait trait) implements ImplSource {
    }
}
