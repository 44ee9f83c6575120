package dev.ferrite.diagnostics;

/** Where phases report diagnostics. Phases never throw for user errors; they report and go on. */
public interface DiagnosticSink {
    void emit(Diagnostic diagnostic);
}
