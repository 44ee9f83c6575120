package dev.ferrite.hir;

import dev.ferrite.hir.HirPath.Lifetime;
import dev.ferrite.hir.Ids.BodyId;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.Mutability;
import java.util.List;

/**
 * HIR items, one per {@link DefId}, with resolved paths; attributes that matter to later phases
 * are decoded into {@link Attrs}. Items nested in modules, traits and impls are referred to by
 * DefId, not contained.
 */
public sealed interface Item {
    DefId def();

    Span span();

    /** A function or method; {@code body} is null for required trait methods and foreign functions. */
    record Fn(DefId def, Symbol name, Generics generics, FnDecl decl, BodyId body, Attrs attrs, Span span)
            implements Item {
    }

    /** A struct or union: its fields; {@code ctor} is the constructor DefId for tuple/unit structs. */
    record Struct(DefId def, Symbol name, Generics generics, VariantData data, boolean union, Attrs attrs,
                  Span span) implements Item {
    }

    record Enum(DefId def, Symbol name, Generics generics, List<Variant> variants, Attrs attrs, Span span)
            implements Item {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    /** {@code trait Name<..>: Supertraits { items }} */
    record Trait(DefId def, Symbol name, Generics generics, List<GenericBound> supertraits, List<DefId> items,
                 boolean unsafe, boolean auto, Attrs attrs, Span span) implements Item {
        public Trait {
            supertraits = List.copyOf(supertraits);
            items = List.copyOf(items);
        }
    }

    /** {@code impl<..> Trait for Type { items }}; {@code traitRef} null for inherent impls. */
    record Impl(DefId def, Generics generics, HirPath.Path traitRef, HirTy selfTy, List<DefId> items,
                boolean negative, boolean unsafe, Span span) implements Item {
        public Impl {
            items = List.copyOf(items);
        }
    }

    /** An associated type in a trait (bounds, default) or impl (value in {@code defaultTy}). */
    record AssocTy(DefId def, Symbol name, Generics generics, List<GenericBound> bounds, HirTy defaultTy, Span span)
            implements Item {
        public AssocTy {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code const NAME: T = value;} (also associated consts; {@code body} null in traits without default). */
    record Const(DefId def, Symbol name, Generics generics, HirTy ty, BodyId body, Span span) implements Item {
    }

    record Static(DefId def, Symbol name, HirTy ty, Mutability mutbl, BodyId body, Attrs attrs, Span span)
            implements Item {
    }

    record TyAlias(DefId def, Symbol name, Generics generics, HirTy ty, Span span) implements Item {
    }

    /** A module: the DefIds of its items (after expansion). */
    record Mod(DefId def, Symbol name, List<DefId> items, Span span) implements Item {
        public Mod {
            items = List.copyOf(items);
        }
    }

    /** {@code impl Bounds} in a function's return type; its generics are the function's. */
    record Opaque(DefId def, List<GenericBound> bounds, Span span) implements Item {
        public Opaque {
            bounds = List.copyOf(bounds);
        }
    }

    /** A type declared in an {@code extern} block. */
    record ForeignTy(DefId def, Symbol name, Span span) implements Item {
    }

    /**
     * The attributes later phases read: lang items, intrinsics, repr, derives already expanded, ...
     * {@code reprPacked} is N of {@code repr(packed(N))} ({@code packed} is 1), {@code reprAlign} N of
     * {@code repr(align(N))}; 0 when absent.
     */
    record Attrs(String lang, boolean intrinsic, boolean trackCaller, boolean inline, String reprInt, boolean reprC,
                 boolean reprTransparent, int reprPacked, int reprAlign, boolean mustUse, String abi, List<String> other) {
        public static final Attrs NONE = new Attrs(null, false, false, false, null, false, false, 0, 0, false, null,
                List.of());
    }

    /** A function's parameter types and return type; {@code output} null means {@code ()}. */
    record FnDecl(List<Expr.Param> params, HirTy output, boolean hasSelf, boolean unsafe, boolean isConst,
                  boolean isAsync, String abi, boolean cVariadic, Span outputSpan) {
        public FnDecl {
            params = List.copyOf(params);
        }
    }

    /** The fields of a struct or variant, and its constructor (for tuple and unit forms). */
    record VariantData(AdtKindCtor ctorKind, List<FieldDef> fields, DefId ctor) {
        public VariantData {
            fields = List.copyOf(fields);
        }
    }

    enum AdtKindCtor { STRUCT, TUPLE, UNIT }

    record FieldDef(DefId def, Symbol name, HirTy ty, boolean isPublic, Span span) {
    }

    /** An enum variant; {@code discr} is the explicit discriminant's body or null. */
    record Variant(DefId def, Symbol name, VariantData data, BodyId discr, Span span) {
    }

    /** Generic parameters and where-clauses. */
    record Generics(List<GenericParam> params, List<WherePredicate> predicates, Span span) {
        public static final Generics EMPTY = new Generics(List.of(), List.of(), Span.DUMMY);

        public Generics {
            params = List.copyOf(params);
            predicates = List.copyOf(predicates);
        }
    }

    /** A lifetime, type or const parameter; bounds written inline are moved into the predicates. */
    record GenericParam(DefId def, Symbol name, ParamKind kind, HirTy defaultTy, HirTy constTy, boolean synthetic,
                        Span span) {
    }

    enum ParamKind { LIFETIME, TYPE, CONST }

    /** A where-clause or inline bound. */
    sealed interface WherePredicate {
        Span span();
    }

    /** {@code for<'a> T: Bound + 'b} */
    record BoundPredicate(List<GenericParam> boundParams, HirTy bounded, List<GenericBound> bounds, Span span)
            implements WherePredicate {
        public BoundPredicate {
            boundParams = List.copyOf(boundParams);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code 'a: 'b + 'c} */
    record RegionPredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {
        public RegionPredicate {
            bounds = List.copyOf(bounds);
        }
    }

    sealed interface GenericBound {
        Span span();
    }

    /** {@code for<'a> Trait<..>}, {@code ?Sized} ({@code maybe}), {@code const Trait}. */
    record TraitBound(List<GenericParam> boundParams, HirPath.Path trait, boolean maybe, Span span)
            implements GenericBound {
        public TraitBound {
            boundParams = List.copyOf(boundParams);
        }
    }

    record OutlivesBound(Lifetime lifetime, Span span) implements GenericBound {
    }
}
