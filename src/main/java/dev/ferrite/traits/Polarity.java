package dev.ferrite.traits;

/** {@code impl Trait for T} (positive) or {@code impl !Trait for T} (negative, auto traits mostly). */
public enum Polarity {
    POSITIVE,
    NEGATIVE
}
