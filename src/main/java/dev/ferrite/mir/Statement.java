package dev.ferrite.mir;

/** A statement with its source (rustc's {@code Statement}). */
public record Statement(SourceInfo sourceInfo, StatementKind kind) {
    public static Statement assign(SourceInfo si, Place place, Rvalue rvalue) {
        return new Statement(si, new StatementKind.Assign(place, rvalue));
    }

    @Override
    public String toString() {
        return MirPrinter.statementToString(this);
    }
}
