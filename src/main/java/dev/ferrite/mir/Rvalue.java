package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.Const;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.util.List;

/** The right-hand side of an assignment (rustc's {@code Rvalue}). */
public sealed interface Rvalue {
    /** {@code x} */
    record Use(Operand operand) implements Rvalue {
    }

    /** {@code [x; N]} */
    record Repeat(Operand operand, Const count) implements Rvalue {
    }

    /** {@code &place}, {@code &mut place} */
    record Ref(Region region, BorrowKind kind, Place place) implements Rvalue {
        public Ref(BorrowKind kind, Place place) {
            this(Region.ERASED, kind, place);
        }
    }

    /** The address of a {@code thread_local!} static. */
    record ThreadLocalRef(DefId def) implements Rvalue {
    }

    /** {@code &raw const place}, {@code &raw mut place} */
    record RawPtr(Mutability mutbl, Place place) implements Rvalue {
    }

    /** The length of an array or slice place, as usize. */
    record Len(Place place) implements Rvalue {
    }

    /** {@code x as T} and implicit coercions. */
    record Cast(CastKind kind, Operand operand, Ty ty) implements Rvalue {
    }

    /** {@code Add(a, b)}, {@code AddWithOverflow(a, b)}, {@code Lt(a, b)}, ... */
    record BinaryOp(BinOp op, Operand left, Operand right) implements Rvalue {
    }

    /** {@code SizeOf(T)}, {@code AlignOf(T)} */
    record NullaryOp(NullOp op, Ty ty) implements Rvalue {
    }

    /** {@code Not(x)}, {@code Neg(x)}, {@code PtrMetadata(p)} */
    record UnaryOp(UnOp op, Operand operand) implements Rvalue {
    }

    /** The discriminant value of an enum place (of the enum's discriminant integer type). */
    record Discriminant(Place place) implements Rvalue {
    }

    /** A tuple, array, struct, variant or closure built from its fields. */
    record Aggregate(AggregateKind kind, List<Operand> operands) implements Rvalue {
        public Aggregate {
            operands = List.copyOf(operands);
        }
    }

    /** A {@code Box<T>} from a freshly allocated {@code *mut u8}, contents uninitialised. */
    record ShallowInitBox(Operand operand, Ty ty) implements Rvalue {
    }

    /** A copy of a place that goes through a {@code Deref} (rustc's {@code CopyForDeref}). */
    record CopyForDeref(Place place) implements Rvalue {
    }
}
