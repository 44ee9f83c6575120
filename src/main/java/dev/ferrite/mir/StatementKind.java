package dev.ferrite.mir;

/** What a statement does (rustc's {@code StatementKind}). */
public sealed interface StatementKind {
    /** {@code place = rvalue} */
    record Assign(Place place, Rvalue rvalue) implements StatementKind {
    }

    /** The local's storage becomes live (its contents uninitialised). */
    record StorageLive(Local local) implements StatementKind {
    }

    /** The local's storage dies: later uses and pointers into it are errors. */
    record StorageDead(Local local) implements StatementKind {
    }

    /** Writes the discriminant (tag or niche) of variant {@code variant} into the enum place. */
    record SetDiscriminant(Place place, int variant) implements StatementKind {
    }

    /** Marks a place as uninitialised (all bytes). */
    record Deinit(Place place) implements StatementKind {
    }

    /** A read the borrow checker must see (match scrutinees, {@code let _ = x}); no effect at run time. */
    record FakeRead(FakeReadCause cause, Place place) implements StatementKind {
    }

    /** {@code PlaceMention(place)}: the place is evaluated (bounds, deref validity), not read. */
    record PlaceMention(Place place) implements StatementKind {
    }

    /** {@code copy_nonoverlapping(src, dst, count)} as a statement (rustc's intrinsic statement). */
    record CopyNonOverlapping(Operand src, Operand dst, Operand count) implements StatementKind {
    }

    /** {@code assume(cond)}: UB if false. */
    record Assume(Operand cond) implements StatementKind {
    }

    /** Does nothing. */
    record Nop() implements StatementKind {
    }

    StatementKind NOP = new Nop();
}
