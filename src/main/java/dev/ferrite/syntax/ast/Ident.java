package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;

/** A name with its place in the source; {@code ctxt} is the hygiene context (0: the user's). */
public record Ident(Symbol name, Span span, int ctxt) {
    public Ident(Symbol name, Span span) {
        this(name, span, 0);
    }

    @Override
    public String toString() {
        return name.text();
    }
}
