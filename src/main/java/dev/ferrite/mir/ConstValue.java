package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;
import java.math.BigInteger;

/**
 * The value of a MIR constant (rustc's {@code mir::Const}/{@code ConstValue}); its type is in the
 * enclosing {@link Operand.Constant}.
 */
public sealed interface ConstValue {
    /**
     * An integer, bool ({@code 0}/{@code 1}), char (scalar value) or float (IEEE bits) of
     * {@code size} bytes; {@code bits} is the unsigned value ({@code 0 <= bits < 2^(8*size)}).
     */
    record Scalar(BigInteger bits, int size) implements ConstValue {
        public Scalar {
            if (bits.signum() < 0) bits = bits.add(BigInteger.ONE.shiftLeft(size * 8));
            if (bits.signum() < 0 || bits.bitLength() > size * 8) {
                throw new IllegalArgumentException("scalar " + bits + " does not fit " + size + " bytes");
            }
        }

        public static Scalar of(long value, int size) {
            return new Scalar(BigInteger.valueOf(value).and(BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE)), size);
        }

        public long longValue() {
            return bits.longValue();
        }
    }

    /** A pointer (thin) into a global allocation: {@code &STATIC}, a fn pointer, a promoted. */
    record Pointer(GlobalAlloc target, long offset) implements ConstValue {
    }

    /** The value of a zero-sized type: {@code ()}, fn items ({@link dev.ferrite.types.Ty.FnDef}), unit structs. */
    record ZeroSized() implements ConstValue {
    }

    /**
     * A wide reference to the start of bytes: {@code &'static str} and {@code &'static [u8]}
     * literals; the length is {@code data.size()} elements of u8.
     */
    record Slice(Allocation data) implements ConstValue {
    }

    /** A value stored in memory at {@code offset} of {@code alloc} (aggregate constants). */
    record Indirect(Allocation alloc, long offset) implements ConstValue {
    }

    /**
     * A constant not evaluated yet: a {@code const} item or associated const with its generic
     * arguments; the interpreter evaluates its MIR body on first use.
     */
    record Unevaluated(DefId def, GenericArgs args) implements ConstValue {
    }

    /**
     * A {@code &'static} reference to the value of promoted constant {@code index} of the
     * enclosing body ({@link Body#promoted()}, whose {@code _0} is the value), computed once per
     * instance into immutable memory: {@code const main::promoted[0]}.
     */
    record Promoted(int index) implements ConstValue {
    }

    /**
     * A type-level constant used as a value: a const generic parameter ({@code N} in
     * {@code fn f<const N: usize>() -> usize { N }}), known once the instance's arguments are.
     */
    record TyConst(dev.ferrite.types.Const c) implements ConstValue {
    }

    ConstValue ZST = new ZeroSized();
    Scalar TRUE = new Scalar(BigInteger.ONE, 1);
    Scalar FALSE = new Scalar(BigInteger.ZERO, 1);

    static Scalar bool(boolean b) {
        return b ? TRUE : FALSE;
    }
}
