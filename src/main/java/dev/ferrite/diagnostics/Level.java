package dev.ferrite.diagnostics;

/** Severity of a diagnostic or sub-diagnostic, spelled as rustc prints it. */
public enum Level {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note"),
    HELP("help"),
    /** rustc's {@code failure-note}: "For more information about this error, ..." */
    FAILURE_NOTE("failure-note");

    private final String text;

    Level(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
