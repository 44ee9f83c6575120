package dev.ferrite.mir;

import dev.ferrite.span.Span;
import java.util.List;

/** How a basic block ends (rustc's {@code TerminatorKind}). */
public sealed interface TerminatorKind {
    /** {@code goto -> bb1} */
    record Goto(BasicBlock target) implements TerminatorKind {
    }

    /** {@code switchInt(move _2) -> [0: bb2, otherwise: bb1]}: on an integer, bool or char operand. */
    record SwitchInt(Operand discr, SwitchTargets targets) implements TerminatorKind {
    }

    /** Continues unwinding after a cleanup block ({@code resume}). */
    record UnwindResume() implements TerminatorKind {
    }

    /** Aborts: unwinding reached a point that must not unwind ({@code abort}). */
    record UnwindTerminate() implements TerminatorKind {
    }

    /** Returns {@code _0} to the caller. */
    record Return() implements TerminatorKind {
    }

    /** Reaching it is undefined behaviour. */
    record Unreachable() implements TerminatorKind {
    }

    /**
     * Drops the value at {@code place} (drop glue of its type: {@code Drop::drop}, then the fields)
     * and goes to {@code target}; {@code replace} marks drops before an assignment to the place.
     */
    record Drop(Place place, BasicBlock target, UnwindAction unwind, boolean replace) implements TerminatorKind {
        public Drop(Place place, BasicBlock target, UnwindAction unwind) {
            this(place, target, unwind, false);
        }
    }

    /**
     * Calls {@code func} (an fn item constant, a fn pointer, ...) with {@code args}, stores the
     * result in {@code destination} and goes to {@code target} (null if the callee returns
     * {@code !}). {@code fromHirCall} is false for calls of overloaded operators; {@code fnSpan}
     * spans the call expression. {@code argSpans} are the spans of the argument expressions, as
     * rustc's {@code Spanned<Operand>} (what the borrow checker points at), or empty when the
     * arguments were not written by the user.
     */
    record Call(Operand func, List<Operand> args, Place destination, BasicBlock target, UnwindAction unwind,
                boolean fromHirCall, Span fnSpan, List<Span> argSpans) implements TerminatorKind {
        public Call {
            args = List.copyOf(args);
            argSpans = List.copyOf(argSpans);
        }

        public Call(Operand func, List<Operand> args, Place destination, BasicBlock target, UnwindAction unwind,
                    boolean fromHirCall, Span fnSpan) {
            this(func, args, destination, target, unwind, fromHirCall, fnSpan, List.of());
        }

        public Call(Operand func, List<Operand> args, Place destination, BasicBlock target, UnwindAction unwind) {
            this(func, args, destination, target, unwind, true, Span.DUMMY);
        }

        /** The span of argument {@code i}, or {@code fallback} if it has none. */
        public Span argSpan(int i, Span fallback) {
            return i < argSpans.size() && argSpans.get(i) != null ? argSpans.get(i) : fallback;
        }
    }

    /** Panics with {@code msg} unless {@code cond == expected}, else goes to {@code target}. */
    record Assert(Operand cond, boolean expected, AssertMessage msg, BasicBlock target, UnwindAction unwind)
            implements TerminatorKind {
    }

    /** Goes to {@code realTarget}; the borrow checker also considers {@code imaginaryTarget} (match arms). */
    record FalseEdge(BasicBlock realTarget, BasicBlock imaginaryTarget) implements TerminatorKind {
    }

    /** Goes to {@code realTarget}; the borrow checker also considers unwinding (loops). */
    record FalseUnwind(BasicBlock realTarget, UnwindAction unwind) implements TerminatorKind {
    }

    TerminatorKind RETURN = new Return();
    TerminatorKind UNREACHABLE = new Unreachable();
    TerminatorKind UNWIND_RESUME = new UnwindResume();
}
