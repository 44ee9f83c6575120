package dev.ferrite.diagnostics;

import dev.ferrite.span.Span;

/** A proposed edit: replace {@code span} by {@code replacement}; shown as a {@code help:} with the fixed line. */
public record Suggestion(String message, Span span, String replacement, Applicability applicability) {
}
