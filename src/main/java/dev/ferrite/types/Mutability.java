package dev.ferrite.types;

/** {@code &T} / {@code &mut T}, {@code *const T} / {@code *mut T}. */
public enum Mutability {
    NOT,
    MUT;

    public String prefixStr() {
        return this == MUT ? "mut " : "";
    }

    public String ptrStr() {
        return this == MUT ? "mut" : "const";
    }
}
