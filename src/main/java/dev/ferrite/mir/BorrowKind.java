package dev.ferrite.mir;

/** The kind of a borrow {@code &place} (rustc's {@code BorrowKind}). */
public enum BorrowKind {
    /** {@code &place} */
    SHARED,
    /** {@code &fake shallow}: match guards' fake borrows, only for the borrow checker. */
    FAKE_SHALLOW,
    /** {@code &fake deep} */
    FAKE_DEEP,
    /** {@code &mut place} */
    MUT,
    /** {@code &mut} auto-ref of a method receiver, activated at the call (two-phase borrow). */
    MUT_TWO_PHASE,
    /** {@code &mut} of a unique closure capture ({@code &uniq}). */
    MUT_CLOSURE_CAPTURE;

    public boolean isMut() {
        return this == MUT || this == MUT_TWO_PHASE || this == MUT_CLOSURE_CAPTURE;
    }

    /** The prefix rustc prints: {@code &}, {@code &mut }, {@code &fake shallow }, ... */
    public String prefix() {
        return switch (this) {
            case SHARED -> "&";
            case FAKE_SHALLOW -> "&fake shallow ";
            case FAKE_DEEP -> "&fake ";
            case MUT, MUT_TWO_PHASE, MUT_CLOSURE_CAPTURE -> "&mut ";
        };
    }
}
