package dev.ferrite.resolve;

import dev.ferrite.hir.Res;
import dev.ferrite.span.Symbol;
import java.util.HashMap;
import java.util.Map;

/**
 * One level of lexical scope inside an item (rustc's {@code Rib}): local variables of a block or
 * pattern, generic parameters of an item, or a barrier where an item starts (locals and generics
 * of the enclosing function are not visible inside a nested item).
 */
final class Rib {
    enum Kind {
        /** Locals or generic parameters visible from inside. */
        NORMAL,
        /** A nested item: stops locals and outer generics. */
        ITEM,
        /** A constant's body: stops locals and generics of the enclosing item. */
        CONST,
        /** A closure body: locals stay visible (they become captures). */
        CLOSURE
    }

    final Kind kind;
    final Map<Symbol, Res> values = new HashMap<>();
    final Map<Symbol, Res> types = new HashMap<>();
    /** Lifetime parameters (and `for<'a>` binders) declared here. */
    final Map<Symbol, dev.ferrite.hir.DefId> lifetimes = new HashMap<>();
    /** The module whose items this rib's block declares (block-scoped items), or null. */
    final Module blockModule;

    Rib(Kind kind, Module blockModule) {
        this.kind = kind;
        this.blockModule = blockModule;
    }
}
