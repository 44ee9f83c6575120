package dev.ferrite.diagnostics;

/** How sure a suggestion is, as rustc's {@code Applicability} (shown in JSON output). */
public enum Applicability {
    MACHINE_APPLICABLE("MachineApplicable"),
    MAYBE_INCORRECT("MaybeIncorrect"),
    HAS_PLACEHOLDERS("HasPlaceholders"),
    UNSPECIFIED("Unspecified");

    private final String jsonName;

    Applicability(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
