package dev.ferrite.mir;

/** What a body belongs to: the printer's header ({@code fn}, {@code const}, {@code static}) depends on it. */
public enum BodyKind {
    FN, CLOSURE, CONST, STATIC, STATIC_MUT, PROMOTED, SHIM
}
