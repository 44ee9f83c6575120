package dev.ferrite.hir;

/** What kind of definition a {@link DefId} names (rustc's {@code DefKind}). */
public enum DefKind {
    CRATE, MOD, STRUCT, ENUM, UNION, VARIANT, FIELD, TRAIT, TRAIT_ALIAS, IMPL, FN, ASSOC_FN, ASSOC_TY,
    ASSOC_CONST, CONST, STATIC, TY_ALIAS, TY_PARAM, LIFETIME_PARAM, CONST_PARAM, CTOR, CLOSURE,
    MACRO, EXTERN_CRATE, USE, FOREIGN_MOD, FOREIGN_TY, ANON_CONST, OPAQUE_TY;

    /** Namespaces as Rust has them: types and modules, values, macros. */
    public enum Ns { TYPE, VALUE, MACRO }

    public Ns ns() {
        return switch (this) {
            case CRATE, MOD, STRUCT, ENUM, UNION, VARIANT, TRAIT, TRAIT_ALIAS, ASSOC_TY, TY_ALIAS, TY_PARAM,
                 FOREIGN_TY, EXTERN_CRATE, OPAQUE_TY -> Ns.TYPE;
            case FN, ASSOC_FN, ASSOC_CONST, CONST, STATIC, CONST_PARAM, CTOR, CLOSURE, ANON_CONST -> Ns.VALUE;
            case MACRO -> Ns.MACRO;
            case FIELD, IMPL, LIFETIME_PARAM, USE, FOREIGN_MOD -> null;
        };
    }

    /** rustc's word for the kind in diagnostics ("function", "struct", ...). */
    public String descr() {
        return switch (this) {
            case CRATE -> "crate";
            case MOD -> "module";
            case STRUCT -> "struct";
            case ENUM -> "enum";
            case UNION -> "union";
            case VARIANT -> "variant";
            case FIELD -> "field";
            case TRAIT -> "trait";
            case TRAIT_ALIAS -> "trait alias";
            case IMPL -> "implementation";
            case FN -> "function";
            case ASSOC_FN -> "associated function";
            case ASSOC_TY -> "associated type";
            case ASSOC_CONST -> "associated constant";
            case CONST -> "constant";
            case STATIC -> "static";
            case TY_ALIAS -> "type alias";
            case TY_PARAM -> "type parameter";
            case LIFETIME_PARAM -> "lifetime parameter";
            case CONST_PARAM -> "const parameter";
            case CTOR -> "constructor";
            case CLOSURE -> "closure";
            case MACRO -> "macro";
            case EXTERN_CRATE -> "extern crate";
            case USE -> "import";
            case FOREIGN_MOD -> "foreign module";
            case FOREIGN_TY -> "foreign type";
            case ANON_CONST -> "constant expression";
            case OPAQUE_TY -> "opaque type";
        };
    }
}
