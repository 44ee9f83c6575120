package dev.ferrite.mir;

import dev.ferrite.hir.DefId;

/**
 * Where MIR comes from: the MIR builder (per-body query) implements it, tests hand-build bodies.
 * Consumers (interpreter, printer driver, borrow checker) ask only through this interface.
 */
public interface MirSource {
    /**
     * The (generic, optimised-for-execution) MIR of a function, closure, constructor, const or
     * static; null if the item has no MIR body (intrinsics, foreign functions, trait methods
     * without default body).
     */
    Body mirOf(DefId def);
}
