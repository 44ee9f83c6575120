package dev.ferrite.hir;

/**
 * A definition (item, associated item, variant, field, generic parameter, closure, ...) of any
 * crate in the compilation, as an index into the definitions table. Crates are compiled together
 * (the library and the user's crate), so one int is enough and comparison is cheap.
 */
public record DefId(int index) implements Comparable<DefId> {
    @Override
    public int compareTo(DefId o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return "DefId(" + index + ")";
    }
}
