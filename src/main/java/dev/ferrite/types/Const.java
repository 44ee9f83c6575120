package dev.ferrite.types;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;

/** Constants in types: array lengths and const generic arguments. */
public sealed interface Const extends GenericArg {
    /** A known value of an integral, bool or char type (bool as 0/1, char as its scalar value). */
    record Value(Ty ty, BigInteger bits) implements Const {
        @Override
        public String toString() {
            return bits.toString();
        }
    }

    /** A const generic parameter {@code N}. */
    record Param(int index, Symbol name) implements Const {
        @Override
        public String toString() {
            return name.text();
        }
    }

    /** A const inference variable. */
    record Infer(int vid) implements Const {
        @Override
        public String toString() {
            return "?" + vid + "c";
        }
    }

    /** A constant item or anonymous const not evaluated yet. */
    record Unevaluated(DefId def, GenericArgs args) implements Const {
    }

    record Error() implements Const {
        @Override
        public String toString() {
            return "{const error}";
        }
    }

    static Const usize(long n) {
        return new Value(Ty.USIZE, BigInteger.valueOf(n));
    }
}
