package dev.ferrite.types;

import dev.ferrite.span.Symbol;

/** Lifetimes. Type checking mostly erases them; the borrow checker infers {@link Var}s. */
public sealed interface Region extends GenericArg {
    /** {@code 'static} */
    record Static() implements Region {
        @Override
        public String toString() {
            return "'static";
        }
    }

    /** A lifetime parameter of the item being checked, by its index in the generics. */
    record EarlyParam(int index, Symbol name) implements Region {
        @Override
        public String toString() {
            return name.text();
        }
    }

    /** A lifetime bound by a binder ({@code for<'a>}, or a late-bound fn lifetime). */
    record Bound(int debruijn, int var) implements Region {
        @Override
        public String toString() {
            return "'^" + debruijn + "_" + var;
        }
    }

    /** A region inference variable. */
    record Var(int vid) implements Region {
        @Override
        public String toString() {
            return "'?" + vid;
        }
    }

    /** A lifetime we do not care about (after type checking, in codegen and the interpreter). */
    record Erased() implements Region {
        @Override
        public String toString() {
            return "'_";
        }
    }

    record Error() implements Region {
        @Override
        public String toString() {
            return "'{error}";
        }
    }

    Region STATIC = new Static();
    Region ERASED = new Erased();
    Region ERROR = new Error();
}
