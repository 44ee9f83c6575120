package dev.ferrite.hir;

import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.IntKind;

/** What a path resolved to (rustc's {@code Res}). */
public sealed interface Res {
    /** An item, variant, field, parameter, ... */
    record Def(DefKind kind, DefId def) implements Res {
    }

    /** A primitive type: {@code i32}, {@code bool}, {@code str}, ... */
    record Prim(PrimTy ty) implements Res {
    }

    /** {@code Self} inside a trait definition (the trait's implicit type parameter). */
    record SelfTyParam(DefId trait) implements Res {
    }

    /** {@code Self} inside an impl or ADT definition: the self type of {@code impl}/the ADT. */
    record SelfTyAlias(DefId implOrAdt) implements Res {
    }

    /** {@code Self} as a constructor in an impl: {@code Self(1, 2)}, {@code Self { .. }}. */
    record SelfCtor(DefId impl) implements Res {
    }

    /** A local variable: the binding pattern that introduced it, in the body being lowered. */
    record Local(PatId binding) implements Res {
    }

    /** Resolution failed; an error has been reported. */
    record Err() implements Res {
    }

    Res ERR = new Err();

    /** The primitive types, which are not items. */
    enum PrimTy {
        BOOL, CHAR, STR,
        I8, I16, I32, I64, I128, ISIZE, U8, U16, U32, U64, U128, USIZE, F32, F64;

        public static PrimTy byName(String name) {
            return switch (name) {
                case "bool" -> BOOL;
                case "char" -> CHAR;
                case "str" -> STR;
                case "i8" -> I8; case "i16" -> I16; case "i32" -> I32; case "i64" -> I64; case "i128" -> I128;
                case "isize" -> ISIZE;
                case "u8" -> U8; case "u16" -> U16; case "u32" -> U32; case "u64" -> U64; case "u128" -> U128;
                case "usize" -> USIZE;
                case "f32" -> F32; case "f64" -> F64;
                default -> null;
            };
        }

        public IntKind intKind() {
            return IntKind.byName(name().toLowerCase());
        }

        public FloatKind floatKind() {
            return FloatKind.byName(name().toLowerCase());
        }
    }
}
