package dev.ferrite.diagnostics;

import dev.ferrite.span.Span;

/**
 * A span with an optional message. Primary labels are underlined with {@code ^}, secondary ones
 * with {@code -}; an empty message draws only the underline.
 */
public record Label(Span span, String message, boolean primary) {
}
