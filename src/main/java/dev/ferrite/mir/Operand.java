package dev.ferrite.mir;

import dev.ferrite.types.Ty;
import dev.ferrite.span.Span;
import java.math.BigInteger;

/** An input of an rvalue or call (rustc's {@code Operand}). */
public sealed interface Operand {
    /** Reads the place, leaving it initialised. */
    record Copy(Place place) implements Operand {
    }

    /** Reads the place and (for the borrow checker and drop elaboration) de-initialises it. */
    record Move(Place place) implements Operand {
    }

    /** A constant of type {@code ty}; {@code span} is the constant's own span (may be dummy). */
    record Constant(ConstValue value, Ty ty, Span span) implements Operand {
        public Constant(ConstValue value, Ty ty) {
            this(value, ty, Span.DUMMY);
        }
    }

    static Operand copy(Place p) {
        return new Copy(p);
    }

    static Operand move(Place p) {
        return new Move(p);
    }

    static Operand copy(int local) {
        return new Copy(Place.of(local));
    }

    static Operand move(int local) {
        return new Move(Place.of(local));
    }

    /** An integer constant of an {@link Ty.Int} type (negative values for signed types). */
    static Constant intConst(long value, Ty ty) {
        int size = ((Ty.Int) ty).kind().bytes();
        return new Constant(new ConstValue.Scalar(BigInteger.valueOf(value).and(mask(size)), size), ty);
    }

    static Constant intConst(BigInteger value, Ty ty) {
        int size = ((Ty.Int) ty).kind().bytes();
        return new Constant(new ConstValue.Scalar(value.and(mask(size)), size), ty);
    }

    static Constant boolConst(boolean b) {
        return new Constant(ConstValue.bool(b), Ty.BOOL);
    }

    static Constant unit() {
        return new Constant(ConstValue.ZST, Ty.UNIT);
    }

    /** A zero-sized constant of a function item type: the callee of a direct call. */
    static Constant fnItem(Ty fnDefTy) {
        return new Constant(ConstValue.ZST, fnDefTy);
    }

    private static BigInteger mask(int size) {
        return BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
    }

    /** The place read, or null for constants. */
    default Place place() {
        return switch (this) {
            case Copy c -> c.place();
            case Move m -> m.place();
            case Constant k -> null;
        };
    }
}
