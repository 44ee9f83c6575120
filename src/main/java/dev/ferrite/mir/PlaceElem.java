package dev.ferrite.mir;

import dev.ferrite.span.Symbol;
import dev.ferrite.types.Ty;

/** One projection of a {@link Place} (rustc's {@code ProjectionElem}). */
public sealed interface PlaceElem {
    /** {@code *p}: through a reference, raw pointer or {@code Box}. */
    record Deref() implements PlaceElem {
    }

    /** {@code p.i}: field {@code index} (of the variant selected by a preceding {@link Downcast} for enums), of type {@code ty}. */
    record Field(int index, Ty ty) implements PlaceElem {
    }

    /** {@code p[i]} with the index in a local of type usize (arrays and slices). */
    record Index(Local index) implements PlaceElem {
    }

    /**
     * {@code p[offset]} with a constant index, from the start or (if {@code fromEnd}) the end,
     * as slice patterns produce; {@code minLength} is the length the pattern has checked.
     */
    record ConstantIndex(long offset, long minLength, boolean fromEnd) implements PlaceElem {
    }

    /**
     * {@code p[from..to]} of an array or slice: if {@code fromEnd}, {@code to} counts from the end
     * ({@code [a, rest @ .., b]} is {@code Subslice(1, 1, true)}).
     */
    record Subslice(long from, long to, boolean fromEnd) implements PlaceElem {
    }

    /** {@code (p as Variant)}: views an enum as one of its variants (variant index into the AdtDef). */
    record Downcast(Symbol name, int variant) implements PlaceElem {
    }

    /** Reinterprets the place at another type, same layout (rustc's {@code OpaqueCast}/{@code Subtype}). */
    record OpaqueCast(Ty ty) implements PlaceElem {
    }

    PlaceElem DEREF = new Deref();
}
