package dev.ferrite.mir;

/** Unary operators (rustc's {@code UnOp}). */
public enum UnOp {
    /** {@code !x}: bitwise for integers, logical for bool. */
    NOT("Not"),
    /** {@code -x} (wrapping; overflow is checked by an Assert before). */
    NEG("Neg"),
    /** The metadata of a wide pointer (slice length, vtable pointer); {@code ()} for thin ones. */
    PTR_METADATA("PtrMetadata");

    private final String mirName;

    UnOp(String mirName) {
        this.mirName = mirName;
    }

    public String mirName() {
        return mirName;
    }
}
