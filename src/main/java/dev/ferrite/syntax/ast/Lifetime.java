package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;

/** {@code 'a}, {@code 'static}, {@code '_}: the name includes the quote. */
public record Lifetime(Symbol name, Span span) {
}
