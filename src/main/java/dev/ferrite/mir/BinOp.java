package dev.ferrite.mir;

/**
 * Binary operators (rustc's {@code BinOp}). The {@code *_WITH_OVERFLOW} forms produce
 * {@code (T, bool)} with the wrapped result and whether it overflowed; the {@code *_UNCHECKED}
 * forms are UB on overflow; plain {@code ADD}/{@code SUB}/{@code MUL} wrap (overflow checks are
 * separate {@code Assert}s); {@code DIV}/{@code REM} by zero or {@code MIN / -1} are UB (checked
 * before by Asserts); {@code SHL}/{@code SHR} mask the shift amount, the unchecked forms are UB
 * for out-of-range amounts.
 */
public enum BinOp {
    ADD("Add"), ADD_UNCHECKED("AddUnchecked"), ADD_WITH_OVERFLOW("AddWithOverflow"),
    SUB("Sub"), SUB_UNCHECKED("SubUnchecked"), SUB_WITH_OVERFLOW("SubWithOverflow"),
    MUL("Mul"), MUL_UNCHECKED("MulUnchecked"), MUL_WITH_OVERFLOW("MulWithOverflow"),
    DIV("Div"), REM("Rem"),
    BIT_XOR("BitXor"), BIT_AND("BitAnd"), BIT_OR("BitOr"),
    SHL("Shl"), SHL_UNCHECKED("ShlUnchecked"), SHR("Shr"), SHR_UNCHECKED("ShrUnchecked"),
    EQ("Eq"), LT("Lt"), LE("Le"), NE("Ne"), GE("Ge"), GT("Gt"),
    /** Three-way comparison producing {@code Ordering} (-1/0/1 as i8). */
    CMP("Cmp"),
    /** Pointer offset by a count of elements ({@code ptr.offset(n)}). */
    OFFSET("Offset");

    private final String mirName;

    BinOp(String mirName) {
        this.mirName = mirName;
    }

    /** The name rustc's MIR printer uses: {@code Add}, {@code AddWithOverflow}, {@code Lt}, ... */
    public String mirName() {
        return mirName;
    }

    public boolean isComparison() {
        return switch (this) {
            case EQ, LT, LE, NE, GE, GT -> true;
            default -> false;
        };
    }

    public boolean isWithOverflow() {
        return this == ADD_WITH_OVERFLOW || this == SUB_WITH_OVERFLOW || this == MUL_WITH_OVERFLOW;
    }

    /** The plain operator of a checked one ({@code ADD_WITH_OVERFLOW} -> {@code ADD}). */
    public BinOp wrapping() {
        return switch (this) {
            case ADD_WITH_OVERFLOW, ADD_UNCHECKED -> ADD;
            case SUB_WITH_OVERFLOW, SUB_UNCHECKED -> SUB;
            case MUL_WITH_OVERFLOW, MUL_UNCHECKED -> MUL;
            case SHL_UNCHECKED -> SHL;
            case SHR_UNCHECKED -> SHR;
            default -> this;
        };
    }

    /** The checked form of ADD/SUB/MUL. */
    public BinOp withOverflow() {
        return switch (this) {
            case ADD -> ADD_WITH_OVERFLOW;
            case SUB -> SUB_WITH_OVERFLOW;
            case MUL -> MUL_WITH_OVERFLOW;
            default -> throw new IllegalArgumentException(this + " has no overflow-checked form");
        };
    }

    /** The Rust operator symbol, for overflow messages ({@code +}, {@code -}, ...). */
    public String symbol() {
        return switch (wrapping()) {
            case ADD -> "+"; case SUB -> "-"; case MUL -> "*"; case DIV -> "/"; case REM -> "%";
            case BIT_XOR -> "^"; case BIT_AND -> "&"; case BIT_OR -> "|"; case SHL -> "<<"; case SHR -> ">>";
            case EQ -> "=="; case LT -> "<"; case LE -> "<="; case NE -> "!="; case GE -> ">="; case GT -> ">";
            default -> mirName;
        };
    }
}
