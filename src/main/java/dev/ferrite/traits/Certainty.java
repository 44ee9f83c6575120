package dev.ferrite.traits;

/** Whether an answer is final ({@code YES}) or type inference must wait ({@code MAYBE}). */
public enum Certainty {
    YES,
    MAYBE;

    public Certainty and(Certainty o) {
        return this == YES && o == YES ? YES : MAYBE;
    }
}
