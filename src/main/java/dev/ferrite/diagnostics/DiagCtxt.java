package dev.ferrite.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one compilation in the order they were reported (rustc's
 * {@code DiagCtxt}). Thread-safe, so bodies can later be checked in parallel.
 */
public final class DiagCtxt implements DiagnosticSink {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    @Override
    public synchronized void emit(Diagnostic d) {
        diagnostics.add(d);
        if (d.level() == Level.ERROR) errors++;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
