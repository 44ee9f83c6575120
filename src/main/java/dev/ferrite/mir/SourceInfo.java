package dev.ferrite.mir;

import dev.ferrite.span.Span;

/**
 * Where a statement, terminator, local or debug name comes from: its span, and the lexical scope
 * ({@link SourceScopeData}, index into {@link Body#sourceScopes()}; 0 is the function's outermost
 * scope). The interpreter points undefined behaviour and panics at {@code span}.
 */
public record SourceInfo(Span span, int scope) {
    public static final SourceInfo DUMMY = new SourceInfo(Span.DUMMY, 0);

    public static SourceInfo outermost(Span span) {
        return new SourceInfo(span, 0);
    }
}
