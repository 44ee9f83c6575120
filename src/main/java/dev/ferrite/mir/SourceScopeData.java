package dev.ferrite.mir;

import dev.ferrite.span.Span;

/**
 * A lexical scope of a body (rustc's {@code SourceScopeData}): each {@code let} opens one. The
 * printer nests {@code scope N { debug x => _1; let _1: i32; }} by {@code parent}.
 *
 * @param parent the enclosing scope's index, or -1 for the outermost scope 0
 */
public record SourceScopeData(Span span, int parent) {
    public static final SourceScopeData OUTERMOST = new SourceScopeData(Span.DUMMY, -1);
}
