package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;

/**
 * An implicit conversion applied to an expression's value, in order (rustc's {@code Adjustment}):
 * autoderef and autoref of method receivers, reborrows and coercions. {@code target} is the
 * type after this step.
 */
public record Adjustment(Kind kind, Ty target) {
    public sealed interface Kind {
    }

    /** {@code !} to any type. */
    public record NeverToAny() implements Kind {
    }

    /** A built-in dereference ({@code *r}), or an overloaded one through {@code Deref::deref}/{@code DerefMut::deref_mut}. */
    public record Deref(DefId overloadedMethod, GenericArgs methodArgs, Mutability mutbl) implements Kind {
        public boolean isBuiltin() {
            return overloadedMethod == null;
        }
    }

    /** Autoref: {@code &x} / {@code &mut x}, or {@code &raw const x} when {@code raw}. */
    public record Borrow(Mutability mutbl, boolean raw) implements Kind {
    }

    /** Pointer coercions. */
    public record Pointer(PointerCoercion coercion) implements Kind {
    }

    public enum PointerCoercion {
        /** {@code &[T; N]} → {@code &[T]}, {@code &T} → {@code &dyn Trait}, through {@code CoerceUnsized}. */
        UNSIZE,
        /** fn item → fn pointer */
        REIFY_FN_POINTER,
        /** non-capturing closure → fn pointer */
        CLOSURE_FN_POINTER,
        /** {@code *mut T} → {@code *const T} */
        MUT_TO_CONST_POINTER,
        /** safe fn pointer → unsafe fn pointer */
        UNSAFE_FN_POINTER
    }
}
