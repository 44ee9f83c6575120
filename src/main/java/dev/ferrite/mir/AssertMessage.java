package dev.ferrite.mir;

/**
 * Why an {@code assert} terminator panics (rustc's {@code AssertKind}); the operands are the
 * values the runtime message prints.
 */
public sealed interface AssertMessage {
    /** {@code index out of bounds: the len is {len} but the index is {index}} */
    record BoundsCheck(Operand len, Operand index) implements AssertMessage {
    }

    /** {@code attempt to add with overflow} (and sub, mul, div, rem, shl, shr) */
    record Overflow(BinOp op, Operand left, Operand right) implements AssertMessage {
    }

    /** {@code attempt to negate with overflow} */
    record OverflowNeg(Operand operand) implements AssertMessage {
    }

    /** {@code attempt to divide by zero} */
    record DivisionByZero(Operand operand) implements AssertMessage {
    }

    /** {@code attempt to calculate the remainder with a divisor of zero} */
    record RemainderByZero(Operand operand) implements AssertMessage {
    }

    /** {@code misaligned pointer dereference: address must be a multiple of {required} but is {found}} */
    record MisalignedPointerDereference(Operand required, Operand found) implements AssertMessage {
    }

    /** {@code null pointer dereference occurred} */
    record NullPointerDereference() implements AssertMessage {
    }

    /** {@code `async fn` resumed after completion} and the like, for coroutines. */
    record ResumedAfterReturn() implements AssertMessage {
    }

    record ResumedAfterPanic() implements AssertMessage {
    }

    /**
     * The message the program prints when the assertion fails ({@code attempt to add with overflow}):
     * {@code len}/{@code index}/{@code required}/{@code found} are the already evaluated operands
     * that appear in the message (may be null for kinds without them).
     */
    default String runtimeMessage(String first, String second) {
        return switch (this) {
            case BoundsCheck b -> "index out of bounds: the len is " + first + " but the index is " + second;
            case Overflow o -> switch (o.op().wrapping()) {
                case ADD -> "attempt to add with overflow";
                case SUB -> "attempt to subtract with overflow";
                case MUL -> "attempt to multiply with overflow";
                case DIV -> "attempt to divide with overflow";
                case REM -> "attempt to calculate the remainder with overflow";
                case SHL -> "attempt to shift left with overflow";
                case SHR -> "attempt to shift right with overflow";
                default -> "attempt to " + o.op().mirName() + " with overflow";
            };
            case OverflowNeg n -> "attempt to negate with overflow";
            case DivisionByZero d -> "attempt to divide by zero";
            case RemainderByZero r -> "attempt to calculate the remainder with a divisor of zero";
            case MisalignedPointerDereference m ->
                    "misaligned pointer dereference: address must be a multiple of " + first + " but is " + second;
            case NullPointerDereference n -> "null pointer dereference occurred";
            case ResumedAfterReturn r -> "`async fn` resumed after completion";
            case ResumedAfterPanic r -> "`async fn` resumed after panicking";
        };
    }
}
