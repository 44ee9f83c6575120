package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;

/** What a pointer in a constant points at (rustc's {@code GlobalAlloc}). */
public sealed interface GlobalAlloc {
    /** Bytes of a constant. */
    record Memory(Allocation alloc) implements GlobalAlloc {
    }

    /** The memory of a {@code static} item (evaluated on first use). */
    record Static(DefId def) implements GlobalAlloc {
    }

    /** A function pointer to an instance. */
    record Function(DefId def, GenericArgs args) implements GlobalAlloc {
    }

    /** The vtable of {@code ty} as {@code dyn principal} (principal's Self is {@code ty}; null for auto-trait-only dyn). */
    record VTable(Ty ty, TraitRef principal) implements GlobalAlloc {
    }
}
