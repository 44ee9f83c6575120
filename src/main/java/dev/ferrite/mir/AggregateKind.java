package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;

/** What an {@link Rvalue.Aggregate} builds (rustc's {@code AggregateKind}). */
public sealed interface AggregateKind {
    /** {@code [a, b, c]} of element type {@code elem}. */
    record Array(Ty elem) implements AggregateKind {
    }

    /** {@code (a, b)} */
    record Tuple() implements AggregateKind {
    }

    /**
     * A struct, enum variant or union value: {@code adt} is the ADT's DefId, {@code variant} the
     * variant index (0 for structs and unions), {@code args} the ADT's generic arguments;
     * {@code activeField} is the initialised field of a union, else -1.
     */
    record Adt(DefId adt, int variant, GenericArgs args, int activeField) implements AggregateKind {
        public Adt(DefId adt, int variant, GenericArgs args) {
            this(adt, variant, args, -1);
        }
    }

    /** A closure value: the operands are its captures in order. {@code args} as in {@link Ty.Closure}. */
    record Closure(DefId def, GenericArgs args) implements AggregateKind {
    }

    /** A raw pointer from a data pointer and metadata ({@code ptr::from_raw_parts}). */
    record RawPtr(Ty pointee, Mutability mutbl) implements AggregateKind {
    }

    AggregateKind TUPLE = new Tuple();
}
