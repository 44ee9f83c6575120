package dev.ferrite.mir;

/** Why a {@link StatementKind.FakeRead} is there (for the borrow checker). */
public enum FakeReadCause {
    FOR_MATCH_GUARD("ForMatchGuard"), FOR_MATCHED_PLACE("ForMatchedPlace"), FOR_GUARD_BINDING("ForGuardBinding"),
    FOR_LET("ForLet"), FOR_INDEX("ForIndex");

    private final String mirName;

    FakeReadCause(String mirName) {
        this.mirName = mirName;
    }

    public String mirName() {
        return mirName;
    }
}
