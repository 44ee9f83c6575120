package dev.ferrite.diagnostics;

import dev.ferrite.span.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One diagnostic as rustc structures it: level, optional error code, message, labelled spans,
 * child notes/helps and suggestions. Built fluently by the phase that finds the problem, then
 * handed to a {@link DiagnosticSink}; rendering is the emitters' business.
 *
 * <pre>{@code
 * Diagnostic.error("cannot find value `x` in this scope").code("E0425")
 *     .primary(span, "not found in this scope")
 * }</pre>
 */
public final class Diagnostic {
    private final Level level;
    private final String message;
    private String code;
    private final List<Label> labels = new ArrayList<>();
    private final List<SubDiagnostic> children = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();

    private Diagnostic(Level level, String message) {
        this.level = level;
        this.message = message;
    }

    public static Diagnostic error(String message) {
        return new Diagnostic(Level.ERROR, message);
    }

    public static Diagnostic warning(String message) {
        return new Diagnostic(Level.WARNING, message);
    }

    public static Diagnostic of(Level level, String message) {
        return new Diagnostic(level, message);
    }

    /** The rustc error code, e.g. {@code "E0425"}. */
    public Diagnostic code(String code) {
        this.code = code;
        return this;
    }

    /** The main span; {@code label} may be empty. */
    public Diagnostic primary(Span span, String label) {
        labels.add(new Label(span, label, true));
        return this;
    }

    public Diagnostic primary(Span span) {
        return primary(span, "");
    }

    public Diagnostic secondary(Span span, String label) {
        labels.add(new Label(span, label, false));
        return this;
    }

    /** {@code = note: message} */
    public Diagnostic note(String message) {
        children.add(new SubDiagnostic(Level.NOTE, message, List.of()));
        return this;
    }

    /** {@code = help: message} */
    public Diagnostic help(String message) {
        children.add(new SubDiagnostic(Level.HELP, message, List.of()));
        return this;
    }

    /** A note with its own snippet. */
    public Diagnostic spanNote(Span span, String message) {
        children.add(new SubDiagnostic(Level.NOTE, message, List.of(new Label(span, "", true))));
        return this;
    }

    /** A help with its own snippet. */
    public Diagnostic spanHelp(Span span, String message) {
        children.add(new SubDiagnostic(Level.HELP, message, List.of(new Label(span, "", true))));
        return this;
    }

    public Diagnostic child(SubDiagnostic sub) {
        children.add(sub);
        return this;
    }

    public Diagnostic suggest(String message, Span span, String replacement, Applicability applicability) {
        suggestions.add(new Suggestion(message, span, replacement, applicability));
        return this;
    }

    public Level level() {
        return level;
    }

    public String message() {
        return message;
    }

    /** The error code or null. */
    public String code() {
        return code;
    }

    public List<Label> labels() {
        return List.copyOf(labels);
    }

    public List<SubDiagnostic> children() {
        return List.copyOf(children);
    }

    public List<Suggestion> suggestions() {
        return List.copyOf(suggestions);
    }

    /** The first primary span, or {@link Span#DUMMY}. */
    public Span primarySpan() {
        for (Label l : labels) if (l.primary()) return l.span();
        return Span.DUMMY;
    }

    @Override
    public String toString() {
        return level.text() + (code != null ? "[" + code + "]" : "") + ": " + message + " @" + primarySpan();
    }
}
