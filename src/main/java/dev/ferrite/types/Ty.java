package dev.ferrite.types;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Rust type, as rustc's {@code TyKind}. Types are immutable records compared with
 * {@code equals}; the factories ({@link #ref}, {@link #adt}, ...) intern them, so equal types built
 * through factories are also the same object and {@code equals} is usually an identity check.
 *
 * <p>Generic parameters are {@link Param}s indexed into the item's {@link GenericArgs};
 * {@link TyFolder#subst} replaces them. Inference variables ({@link Infer}) exist only during type
 * checking; bound variables ({@link Bound}) only under binders and in canonical queries.
 */
public sealed interface Ty extends GenericArg {
    /** {@code bool} */
    record Bool() implements Ty {
    }

    /** {@code char} */
    record Char() implements Ty {
    }

    /** {@code i8} ... {@code u128}, {@code isize}, {@code usize} */
    record Int(IntKind kind) implements Ty {
    }

    /** {@code f32}, {@code f64} */
    record Float(FloatKind kind) implements Ty {
    }

    /** {@code str} (unsized) */
    record Str() implements Ty {
    }

    /** {@code !} */
    record Never() implements Ty {
    }

    /** A struct, enum or union with its generic arguments: {@code Vec<i32>}. */
    record Adt(DefId def, GenericArgs args) implements Ty {
    }

    /** An extern type. */
    record Foreign(DefId def) implements Ty {
    }

    /**
     * {@code impl Trait} in a function's return type: an opaque alias of the type the function
     * returns, known outside the function only through its bounds (its hidden type is revealed
     * after type checking, for code generation). {@code args} are the function's generic arguments.
     */
    record Opaque(DefId def, GenericArgs args) implements Ty {
    }

    /** {@code &'a T} / {@code &'a mut T} */
    record Ref(Region region, Ty pointee, Mutability mutbl) implements Ty {
    }

    /** {@code *const T} / {@code *mut T} */
    record RawPtr(Ty pointee, Mutability mutbl) implements Ty {
    }

    /** {@code [T; N]} */
    record Array(Ty elem, Const len) implements Ty {
    }

    /** {@code [T]} (unsized) */
    record Slice(Ty elem) implements Ty {
    }

    /** {@code (A, B, ...)}; the unit type is the empty tuple. */
    record Tuple(List<Ty> elems) implements Ty {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** The zero-sized type of one function item (with its generic arguments). */
    record FnDef(DefId def, GenericArgs args) implements Ty {
    }

    /** {@code fn(A) -> B}, possibly higher-ranked over late-bound lifetimes. */
    record FnPtr(FnSig sig) implements Ty {
    }

    /**
     * A closure. As in rustc, {@code args} are the parent's generic arguments followed by three
     * synthetic types: the closure kind ({@code i8}/{@code i16}/{@code i32} for Fn/FnMut/FnOnce,
     * or an inference variable), the signature as a {@link FnPtr}, and the tuple of captured types.
     */
    record Closure(DefId def, GenericArgs args) implements Ty {
    }

    /** {@code dyn Trait<Args, Assoc = T> + Send + 'r}: the principal trait first, then auto traits. */
    record Dynamic(List<ExistentialPredicate> preds, Region region) implements Ty {
        public Dynamic {
            preds = List.copyOf(preds);
        }
    }

    /** A generic type parameter, by index into the item's generic arguments. */
    record Param(int index, Symbol name) implements Ty {
    }

    /**
     * A projection {@code <Self as Trait<..>>::Name<..>}: {@code def} is the associated type,
     * {@code args} the trait's arguments (Self first) followed by the associated type's own.
     */
    record Alias(DefId def, GenericArgs args) implements Ty {
    }

    /** An inference variable (general, integer-only or float-only). */
    record Infer(InferKind kind, int vid) implements Ty {
    }

    /** A type bound by an enclosing binder or canonical query. */
    record Bound(int debruijn, int var) implements Ty {
    }

    /** A universally quantified type while proving a higher-ranked goal. */
    record Placeholder(int universe, int var) implements Ty {
    }

    /** A type that could not be computed; an error has been reported already. */
    record Error() implements Ty {
    }

    enum InferKind { TY, INT, FLOAT }

    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty ERROR = new Error();
    Ty UNIT = new Tuple(List.of());
    Ty I8 = new Int(IntKind.I8);
    Ty I16 = new Int(IntKind.I16);
    Ty I32 = new Int(IntKind.I32);
    Ty I64 = new Int(IntKind.I64);
    Ty I128 = new Int(IntKind.I128);
    Ty ISIZE = new Int(IntKind.ISIZE);
    Ty U8 = new Int(IntKind.U8);
    Ty U16 = new Int(IntKind.U16);
    Ty U32 = new Int(IntKind.U32);
    Ty U64 = new Int(IntKind.U64);
    Ty U128 = new Int(IntKind.U128);
    Ty USIZE = new Int(IntKind.USIZE);
    Ty F32 = new Float(FloatKind.F32);
    Ty F64 = new Float(FloatKind.F64);

    static Ty intern(Ty ty) {
        return Interner.intern(ty);
    }

    static Ty adt(DefId def, GenericArgs args) {
        return intern(new Adt(def, args));
    }

    static Ty ref(Region r, Ty pointee, Mutability m) {
        return intern(new Ref(r, pointee, m));
    }

    static Ty ptr(Ty pointee, Mutability m) {
        return intern(new RawPtr(pointee, m));
    }

    static Ty tuple(List<Ty> elems) {
        return elems.isEmpty() ? UNIT : intern(new Tuple(elems));
    }

    static Ty array(Ty elem, Const len) {
        return intern(new Array(elem, len));
    }

    static Ty slice(Ty elem) {
        return intern(new Slice(elem));
    }

    static Ty fnDef(DefId def, GenericArgs args) {
        return intern(new FnDef(def, args));
    }

    static Ty param(int index, Symbol name) {
        return intern(new Param(index, name));
    }

    static Ty of(IntKind k) {
        return switch (k) {
            case I8 -> I8; case I16 -> I16; case I32 -> I32; case I64 -> I64; case I128 -> I128;
            case ISIZE -> ISIZE; case U8 -> U8; case U16 -> U16; case U32 -> U32; case U64 -> U64;
            case U128 -> U128; case USIZE -> USIZE;
        };
    }

    static Ty of(FloatKind k) {
        return k == FloatKind.F32 ? F32 : F64;
    }

    default boolean isUnit() {
        return this instanceof Tuple t && t.elems().isEmpty();
    }

    default boolean isIntegral() {
        return this instanceof Int || (this instanceof Infer i && i.kind() == InferKind.INT);
    }

    default boolean isNumeric() {
        return this instanceof Int || this instanceof Float
                || (this instanceof Infer i && i.kind() != InferKind.TY);
    }

    default boolean isScalar() {
        return switch (this) {
            case Bool b -> true;
            case Char c -> true;
            case Int i -> true;
            case Float f -> true;
            case RawPtr p -> true;
            case FnPtr f -> true;
            default -> false;
        };
    }

    /** True if the type mentions inference variables. */
    default boolean hasInfer() {
        return TyVisitor.any(this, t -> t instanceof Infer);
    }

    /** True if the type mentions generic parameters. */
    default boolean hasParams() {
        return TyVisitor.any(this, t -> t instanceof Param);
    }

    default boolean hasError() {
        return TyVisitor.any(this, t -> t instanceof Error);
    }

    /** The interning table. */
    final class Interner {
        private static final ConcurrentHashMap<Ty, Ty> TABLE = new ConcurrentHashMap<>();

        private Interner() {
        }

        static Ty intern(Ty ty) {
            Ty t = TABLE.putIfAbsent(ty, ty);
            return t == null ? ty : t;
        }
    }
}
