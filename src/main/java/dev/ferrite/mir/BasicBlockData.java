package dev.ferrite.mir;

import java.util.List;

/** The statements of a basic block and its terminator; {@code isCleanup} for unwind paths. */
public record BasicBlockData(List<Statement> statements, Terminator terminator, boolean isCleanup) {
    public BasicBlockData {
        statements = List.copyOf(statements);
    }

    public BasicBlockData(List<Statement> statements, Terminator terminator) {
        this(statements, terminator, false);
    }
}
