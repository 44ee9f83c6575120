package dev.ferrite.diagnostics;

import java.util.List;

/**
 * A note or help attached to a diagnostic. Without labels it renders as {@code = note: ...};
 * with labels it renders as its own {@code note: ...} block with a source snippet.
 */
public record SubDiagnostic(Level level, String message, List<Label> labels) {
    public SubDiagnostic {
        labels = List.copyOf(labels);
    }
}
