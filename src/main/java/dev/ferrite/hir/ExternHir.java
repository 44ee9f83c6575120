package dev.ferrite.hir;

import dev.ferrite.span.Symbol;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HIR of crates compiled before this compilation (the library, read from its metadata): its
 * DefIds and BodyIds come first, and each item or body is produced when first asked for. The
 * indexes that would otherwise need every item (impls per trait, trait items per name) come
 * precomputed.
 */
public interface ExternHir {
    /** DefIds below this belong to these crates. */
    int defCount();

    /** BodyIds below this belong to these crates. */
    int bodyCount();

    /** The HIR item of a definition, or null if it has none (fields, variants, params, ...). */
    Item item(DefId def);

    Body body(int index);

    /** The body owned by a function, constant, static or anonymous constant, or null. */
    Body bodyOwnedBy(DefId owner);

    /** The traits in scope in a module of these crates, or null if {@code module} is not one. */
    Set<DefId> traitsInScope(DefId module);

    /** The impls of each trait, in definition order. */
    Map<DefId, List<DefId>> traitImpls();

    /** The inherent impls per simplified self type (the keys are {@code types.SimplifiedType}s). */
    Map<Object, List<DefId>> inherentImpls();

    /** The associated items of all traits, by name, in definition order. */
    Map<Symbol, List<DefId>> traitItemsByName();
}
