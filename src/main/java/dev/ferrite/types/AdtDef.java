package dev.ferrite.types;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;
import java.util.List;

/**
 * A struct, enum or union definition (rustc's {@code AdtDef}). Structs and unions have exactly
 * one variant. Field types are written in terms of the ADT's own generic parameters
 * ({@link Ty.Param}); substitute the arguments of a {@link Ty.Adt} to get concrete field types.
 *
 * @param reprInt the integer type of {@code #[repr(u8)]}-style enums, or null (then isize)
 * @param reprC   {@code #[repr(C)]}: fields in declaration order, no niche optimisation
 */
public record AdtDef(DefId def, Symbol name, Kind kind, List<VariantDef> variants, IntKind reprInt, boolean reprC,
                     boolean reprTransparent) {
    public enum Kind { STRUCT, ENUM, UNION }

    /** How a variant is constructed: {@code S { .. }}, {@code S(..)} or {@code S}. */
    public enum CtorKind { STRUCT, TUPLE, UNIT }

    public record FieldDef(DefId def, Symbol name, Ty ty, boolean isPublic) {
    }

    /** {@code discr} is the variant's discriminant value (explicit or implicit), for structs 0. */
    public record VariantDef(DefId def, Symbol name, CtorKind ctor, List<FieldDef> fields, BigInteger discr) {
        public VariantDef {
            fields = List.copyOf(fields);
        }
    }

    public AdtDef {
        variants = List.copyOf(variants);
    }

    public boolean isEnum() {
        return kind == Kind.ENUM;
    }

    public boolean isStruct() {
        return kind == Kind.STRUCT;
    }

    public boolean isUnion() {
        return kind == Kind.UNION;
    }

    /** The single variant of a struct or union. */
    public VariantDef nonEnumVariant() {
        return variants.getFirst();
    }

    /** The integer type discriminants are stored as. */
    public IntKind discrKind() {
        return reprInt != null ? reprInt : IntKind.ISIZE;
    }
}
