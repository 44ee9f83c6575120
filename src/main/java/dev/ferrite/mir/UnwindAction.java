package dev.ferrite.mir;

/** What happens if a call, drop or assert unwinds (rustc's {@code UnwindAction}). */
public sealed interface UnwindAction {
    /** Unwinding continues to the caller ({@code unwind continue}). */
    record Continue() implements UnwindAction {
    }

    /** Cannot unwind ({@code unwind unreachable}). */
    record Unreachable() implements UnwindAction {
    }

    /** Unwinding aborts ({@code unwind terminate(abi)}). */
    record Terminate() implements UnwindAction {
    }

    /** Unwinding runs the cleanup block ({@code unwind: bb7}). */
    record Cleanup(BasicBlock block) implements UnwindAction {
    }

    UnwindAction CONTINUE = new Continue();
    UnwindAction UNREACHABLE = new Unreachable();
    UnwindAction TERMINATE = new Terminate();
}
