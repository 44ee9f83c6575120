package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.syntax.TokenTree;
import java.util.List;

/**
 * An item with its attributes and visibility: in a module, a block, a trait or impl (associated
 * items), or an {@code extern} block (foreign items). {@code ident} is null for items without a
 * name (impls, use, extern blocks, macro calls).
 */
public record Item(List<Attribute> attrs, Visibility vis, Ident ident, Kind kind, Span span) {
    public Item {
        attrs = List.copyOf(attrs);
    }

    public sealed interface Kind {
    }

    /** {@code const unsafe extern "C" fn name<..>(..) -> R where .. { body }}; {@code body} null without one. */
    public record Fn(FnHeader header, Generics generics, FnDecl decl, Expr.Block body) implements Kind {
    }

    public record Struct(VariantData data, Generics generics) implements Kind {
    }

    public record Union(VariantData data, Generics generics) implements Kind {
    }

    public record Enum(List<Variant> variants, Generics generics) implements Kind {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    /** {@code const unsafe auto trait Name<..>: Bounds where .. { items }} */
    public record Trait(boolean unsafe, boolean auto, Generics generics, List<GenericBound> bounds, List<Item> items,
            boolean isConst) implements Kind {
        public Trait {
            bounds = List.copyOf(bounds);
            items = List.copyOf(items);
        }

        public Trait(boolean unsafe, boolean auto, Generics generics, List<GenericBound> bounds, List<Item> items) {
            this(unsafe, auto, generics, bounds, items, false);
        }
    }

    /** {@code trait Name = Bounds;} */
    public record TraitAlias(Generics generics, List<GenericBound> bounds) implements Kind {
        public TraitAlias {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code unsafe impl<..> !Trait for Type where .. { items }}; {@code traitRef} null for inherent impls. */
    public record Impl(boolean unsafe, boolean negative, Generics generics, Path traitRef, Type selfTy, List<Item> items,
            boolean isConst) implements Kind {
        public Impl {
            items = List.copyOf(items);
        }

        public Impl(boolean unsafe, boolean negative, Generics generics, Path traitRef, Type selfTy, List<Item> items) {
            this(unsafe, negative, generics, traitRef, selfTy, items, false);
        }
    }

    /** {@code type Name<..>: Bounds = Ty;}; {@code ty} null without a value (in traits). */
    public record TyAlias(Generics generics, List<GenericBound> bounds, Type ty) implements Kind {
        public TyAlias {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code const NAME: T = value;}; {@code value} null in traits without default. */
    public record Const(Generics generics, Type ty, Expr value) implements Kind {
    }

    public record Static(boolean mutable, Type ty, Expr value) implements Kind {
    }

    /** {@code mod name { items }} ({@code inline}), or {@code mod name;} whose items expansion loads. */
    public record Mod(boolean inline, List<Attribute> innerAttrs, List<Item> items, Span innerSpan) implements Kind {
        public Mod {
            innerAttrs = List.copyOf(innerAttrs);
            items = List.copyOf(items);
        }
    }

    public record Use(UseTree tree) implements Kind {
    }

    /** {@code extern crate name as rename;}: {@code orig} is the crate's name when renamed, else null. */
    public record ExternCrate(Ident orig) implements Kind {
    }

    /** {@code extern "abi" { items }} */
    public record ForeignMod(String abi, List<Item> items) implements Kind {
        public ForeignMod {
            items = List.copyOf(items);
        }
    }

    /** {@code macro_rules! name { rules }} */
    public record MacroRules(List<TokenTree> body, TokenTree.Delimiter delim) implements Kind {
        public MacroRules {
            body = List.copyOf(body);
        }
    }

    /**
     * A declarative macro 2.0: {@code macro name(params) { body }} ({@code params} set) or
     * {@code macro name { rules }} ({@code params} null).
     */
    public record MacroDef(List<TokenTree> params, List<TokenTree> body) implements Kind {
        public MacroDef {
            params = params == null ? null : List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /**
     * A delegation {@code reuse path as name;}, {@code reuse Trait::{a, b} { body }}, {@code reuse Trait::*;}:
     * what follows `reuse` up to the body as token trees; {@code body} null without one.
     */
    public record Delegation(List<TokenTree> spec, Expr.Block body) implements Kind {
        public Delegation {
            spec = List.copyOf(spec);
        }
    }

    /** A macro call in item position. */
    public record MacCallItem(MacCall mac) implements Kind {
    }

    /** Visibility: inherited (private), {@code pub}, {@code pub(crate)}, {@code pub(super)}, {@code pub(self)}, {@code pub(in path)}. */
    public sealed interface Visibility {
    }

    public record Inherited() implements Visibility {
    }

    public record Public(Span span) implements Visibility {
    }

    /** {@code pub(crate)}, {@code pub(super)}, {@code pub(self)}, {@code pub(in path)}: the path names the module. */
    public record Restricted(Path path, Span span) implements Visibility {
    }

    public static final Visibility INHERITED = new Inherited();

    public record FnHeader(boolean isConst, boolean isAsync, boolean unsafe, String abi, boolean isGen) {
        public static final FnHeader DEFAULT = new FnHeader(false, false, false, null);

        public FnHeader(boolean isConst, boolean isAsync, boolean unsafe, String abi) {
            this(isConst, isAsync, unsafe, abi, false);
        }
    }

    /** Parameters and return type; {@code selfParam} for methods. */
    public record FnDecl(SelfParam selfParam, List<Param> params, boolean variadic, Type ret, Span span) {
        public FnDecl {
            params = List.copyOf(params);
        }
    }

    /** {@code self}, {@code mut self}, {@code &'a self}, {@code &mut self}, {@code self: Box<Self>}. */
    public record SelfParam(List<Attribute> attrs, boolean ref, boolean mutRef, Lifetime lifetime, boolean mutable, Type explicitTy, Span span) {
    }

    /** A function or closure parameter; {@code ty} null for closure parameters without annotation. */
    public record Param(List<Attribute> attrs, Pat pat, Type ty, Span span) {
        public Param {
            attrs = List.copyOf(attrs);
        }
    }

    /** Fields of a struct or variant: {@code { a: T }}, {@code (T, U)} or nothing. */
    public record VariantData(CtorKind kind, List<FieldDef> fields) {
        public VariantData {
            fields = List.copyOf(fields);
        }
    }

    public enum CtorKind { STRUCT, TUPLE, UNIT }

    /** A field; {@code ident} is null for tuple fields. */
    /** A field; {@code defaultValue} is a default field value ({@code x: u8 = 1}), else null. */
    public record FieldDef(List<Attribute> attrs, Visibility vis, Ident ident, Type ty, Span span, Expr defaultValue) {
        public FieldDef {
            attrs = List.copyOf(attrs);
        }

        public FieldDef(List<Attribute> attrs, Visibility vis, Ident ident, Type ty, Span span) {
            this(attrs, vis, ident, ty, span, null);
        }
    }

    public record Variant(List<Attribute> attrs, Ident ident, VariantData data, Expr discriminant, Span span) {
        public Variant {
            attrs = List.copyOf(attrs);
        }
    }

    public record Generics(List<GenericParam> params, List<WherePredicate> where, Span span) {
        public static final Generics EMPTY = new Generics(List.of(), List.of(), Span.DUMMY);

        public Generics {
            params = List.copyOf(params);
            where = List.copyOf(where);
        }
    }

    public enum ParamKind { LIFETIME, TYPE, CONST }

    /** {@code 'a: 'b}, {@code T: Bound = Default}, {@code const N: usize = 3}. */
    public record GenericParam(List<Attribute> attrs, Ident ident, ParamKind kind, List<GenericBound> bounds,
                               Type defaultTy, Type constTy, Expr constDefault, Span span) {
        public GenericParam {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    public sealed interface WherePredicate {
        Span span();
    }

    /** {@code for<'a> T: Bound} */
    public record BoundPredicate(List<GenericParam> forParams, Type bounded, List<GenericBound> bounds, Span span)
            implements WherePredicate {
        public BoundPredicate {
            forParams = List.copyOf(forParams);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code 'a: 'b + 'c} */
    public record RegionPredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {
        public RegionPredicate {
            bounds = List.copyOf(bounds);
        }
    }

    public sealed interface GenericBound {
        Span span();
    }

    /** {@code for<'a> ?Trait<..>}: {@code maybe} for {@code ?}, {@code isConst} for {@code const}, {@code maybeConst} for {@code [const]} (or the older {@code ~const}). */
    public record TraitBound(List<GenericParam> forParams, Path path, boolean maybe, boolean isConst, Span span,
            boolean maybeConst) implements GenericBound {
        public TraitBound {
            forParams = List.copyOf(forParams);
        }

        public TraitBound(List<GenericParam> forParams, Path path, boolean maybe, boolean isConst, Span span) {
            this(forParams, path, maybe, isConst, span, false);
        }
    }

    public record OutlivesBound(Lifetime lifetime, Span span) implements GenericBound {
    }

    /** Precise capturing {@code use<'a, T>}: the captured lifetimes and type parameters by name. */
    public record UseBound(List<String> args, Span span) implements GenericBound {
        public UseBound {
            args = List.copyOf(args);
        }
    }

    /** {@code use} trees: {@code a::b}, {@code a::b as c}, {@code a::*}, {@code a::{b, c}}. */
    public sealed interface UseTree {
        Span span();
    }

    /** {@code prefix as rename} ({@code rename} null if none; {@code _} allowed). */
    public record UseSimple(Path prefix, Ident rename, Span span) implements UseTree {
    }

    public record UseGlob(Path prefix, Span span) implements UseTree {
    }

    public record UseNested(Path prefix, List<UseTree> trees, Span span) implements UseTree {
        public UseNested {
            trees = List.copyOf(trees);
        }
    }
}
