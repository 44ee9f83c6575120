package dev.ferrite.mir;

/** Operators on a type with no operand (rustc's {@code NullOp}); the result is usize (bool for UB_CHECKS). */
public enum NullOp {
    SIZE_OF("SizeOf"), ALIGN_OF("AlignOf"), UB_CHECKS("UbChecks");

    private final String mirName;

    NullOp(String mirName) {
        this.mirName = mirName;
    }

    public String mirName() {
        return mirName;
    }
}
