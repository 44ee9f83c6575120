package dev.ferrite.types;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Item;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the item-level queries of {@link Tcx} from HIR (rustc's {@code collect}): generics,
 * types, signatures, predicates, ADT definitions, impl headers and supertraits.
 */
final class ItemCollector {
    private final Tcx tcx;

    ItemCollector(Tcx tcx) {
        this.tcx = tcx;
    }

    /** The HIR generics an item declares, or null for items that have none. */
    static Item.Generics hirGenerics(Item item) {
        return switch (item) {
            case Item.Fn f -> f.generics();
            case Item.Struct s -> s.generics();
            case Item.Enum e -> e.generics();
            case Item.Trait t -> t.generics();
            case Item.Impl i -> i.generics();
            case Item.AssocTy a -> a.generics();
            case Item.Const c -> c.generics();
            case Item.TyAlias t -> t.generics();
            case null, default -> null;
        };
    }

    /** The definition whose generics a definition inherits. */
    private DefId genericsParent(DefId def) {
        DefKind k = tcx.kind(def);
        DefId p = tcx.parent(def);
        return switch (k) {
            case ASSOC_FN, ASSOC_TY, ASSOC_CONST, CLOSURE, ANON_CONST, OPAQUE_TY -> p;
            case VARIANT -> p;
            case CTOR, FIELD -> tcx.kind(p) == DefKind.VARIANT ? tcx.parent(p) : p;
            default -> null;
        };
    }

    Generics generics(DefId def) {
        DefId parent = genericsParent(def);
        int parentCount = parent == null ? 0 : tcx.generics(parent).count();
        List<Generics.Param> own = new ArrayList<>();
        Item item = tcx.item(def);
        boolean hasSelf = item instanceof Item.Trait;
        if (hasSelf) {
            own.add(new Generics.Param(null, Symbol.SELF_UPPER, Generics.Kind.TYPE, parentCount, false, true));
        }
        Item.Generics hg = hirGenerics(item);
        if (hg != null && tcx.kind(def) != DefKind.CTOR) {
            for (Item.GenericParam p : hg.params()) {
                Generics.Kind kind = switch (p.kind()) {
                    case LIFETIME -> Generics.Kind.LIFETIME;
                    case TYPE -> Generics.Kind.TYPE;
                    case CONST -> Generics.Kind.CONST;
                };
                own.add(new Generics.Param(p.def(), p.name(), kind, parentCount + own.size(), p.defaultTy() != null,
                        p.synthetic()));
            }
        }
        return new Generics(parent, parentCount, own, hasSelf);
    }

    private HirTyLowering lowering(DefId scope) {
        return new HirTyLowering(tcx, scope, null);
    }

    Ty typeOf(DefId def) {
        DefKind k = tcx.kind(def);
        return switch (k) {
            case STRUCT, ENUM, UNION -> Ty.adt(def, tcx.identityArgs(def));
            case FN, ASSOC_FN -> Ty.fnDef(def, tcx.identityArgs(def));
            case CTOR -> {
                Item.VariantData data = variantDataOfCtor(def);
                DefId adt = adtOf(def);
                if (data != null && data.ctorKind() == Item.AdtKindCtor.UNIT) yield Ty.adt(adt, tcx.identityArgs(adt));
                yield Ty.fnDef(def, tcx.identityArgs(adt));
            }
            case VARIANT -> {
                DefId adt = tcx.parent(def);
                yield Ty.adt(adt, tcx.identityArgs(adt));
            }
            case CONST, ASSOC_CONST -> tcx.item(def) instanceof Item.Const c ? lowering(def).lower(c.ty()) : Ty.ERROR;
            case STATIC -> tcx.item(def) instanceof Item.Static s ? lowering(def).lower(s.ty()) : Ty.ERROR;
            case TY_ALIAS -> tcx.item(def) instanceof Item.TyAlias t ? lowering(def).lower(t.ty()) : Ty.ERROR;
            case ASSOC_TY -> {
                Item.AssocTy a = (Item.AssocTy) tcx.item(def);
                DefId container = tcx.parent(def);
                if (tcx.kind(container) == DefKind.IMPL && a.defaultTy() != null) yield lowering(def).lower(a.defaultTy());
                yield Ty.intern(new Ty.Alias(def, tcx.identityArgs(def)));
            }
            case FIELD -> {
                Item.FieldDef f = fieldDef(def);
                yield f == null ? Ty.ERROR : lowering(adtOf(def)).lower(f.ty());
            }
            case IMPL -> {
                Item.Impl impl = (Item.Impl) tcx.item(def);
                yield lowering(def).lower(impl.selfTy());
            }
            case FOREIGN_TY -> Ty.intern(new Ty.Foreign(def));
            case OPAQUE_TY -> tcx.revealOpaque(def);
            case CONST_PARAM -> {
                Item.Generics hg = hirGenerics(tcx.item(tcx.parent(def)));
                if (hg != null) {
                    for (Item.GenericParam p : hg.params()) {
                        if (p.def().equals(def) && p.constTy() != null) yield lowering(tcx.parent(def)).lower(p.constTy());
                    }
                }
                yield Ty.ERROR;
            }
            case TY_PARAM -> {
                DefId owner = tcx.parent(def);
                for (Generics.Param p : tcx.allParams(owner)) {
                    if (def.equals(p.def())) yield Ty.param(p.index(), p.name());
                }
                yield Ty.ERROR;
            }
            default -> throw new IllegalStateException("type_of(" + k + " " + tcx.defPath(def) + ")");
        };
    }

    /** The ADT a variant, constructor or field belongs to. */
    private DefId adtOf(DefId def) {
        DefId d = def;
        while (d != null) {
            DefKind k = tcx.kind(d);
            if (k == DefKind.STRUCT || k == DefKind.ENUM || k == DefKind.UNION) return d;
            d = tcx.parent(d);
        }
        throw new IllegalStateException("no ADT above " + def);
    }

    private Item.VariantData variantDataOfCtor(DefId ctor) {
        DefId owner = tcx.parent(ctor);
        return variantData(owner);
    }

    /** The fields of a struct/union or variant. */
    private Item.VariantData variantData(DefId structOrVariant) {
        if (tcx.item(structOrVariant) instanceof Item.Struct s) return s.data();
        DefId adt = tcx.parent(structOrVariant);
        if (tcx.item(adt) instanceof Item.Enum e) {
            for (Item.Variant v : e.variants()) if (v.def().equals(structOrVariant)) return v.data();
        }
        return null;
    }

    private Item.FieldDef fieldDef(DefId field) {
        Item.VariantData data = variantData(tcx.parent(field));
        if (data == null) return null;
        for (Item.FieldDef f : data.fields()) if (f.def().equals(field)) return f;
        return null;
    }

    FnSig fnSig(DefId def) {
        DefKind k = tcx.kind(def);
        if (k == DefKind.CTOR) {
            DefId adt = adtOf(def);
            Item.VariantData data = variantDataOfCtor(def);
            List<Ty> inputs = new ArrayList<>();
            for (Item.FieldDef f : data.fields()) inputs.add(tcx.typeOf(f.def()));
            return FnSig.of(inputs, Ty.adt(adt, tcx.identityArgs(adt)));
        }
        if (!(tcx.item(def) instanceof Item.Fn fn)) {
            throw new IllegalStateException("fn_sig of " + k + " " + tcx.defPath(def));
        }
        HirTyLowering l = lowering(def);
        List<Ty> inputs = new ArrayList<>();
        for (Expr.Param p : fn.decl().params()) inputs.add(l.lower(p.ty()));
        Ty output = fn.decl().output() == null ? Ty.UNIT : l.lower(fn.decl().output());
        String abi = fn.decl().abi() == null ? "Rust" : fn.decl().abi();
        return new FnSig(inputs, output, fn.decl().cVariadic(), fn.decl().unsafe(), abi, 0);
    }

    List<Predicate> predicates(DefId def) {
        List<Predicate> out = new ArrayList<>();
        Generics g = tcx.generics(def);
        if (g.parent() != null) out.addAll(tcx.predicates(g.parent()));
        Item item = tcx.item(def);
        if (item instanceof Item.Trait t) {
            out.add(new Predicate.Trait(new TraitRef(def, tcx.identityArgs(def))));
        }
        Item.Generics hg = hirGenerics(item);
        if (hg == null || tcx.kind(def) == DefKind.CTOR) return List.copyOf(out);
        HirTyLowering l = lowering(def);
        DefId sized = tcx.langItem("sized");
        for (Item.GenericParam p : hg.params()) {
            if (p.kind() != Item.ParamKind.TYPE || sized == null) continue;
            if (hasMaybeSized(hg, p.def())) continue;
            Generics.Param gp = g.ownParam(p.def());
            out.add(new Predicate.Trait(new TraitRef(sized, GenericArgs.of(Ty.param(gp.index(), gp.name())))));
        }
        for (Item.WherePredicate wp : hg.predicates()) {
            switch (wp) {
                case Item.BoundPredicate bp -> out.addAll(l.lowerBounds(l.lower(bp.bounded()), bp.bounds()));
                case Item.RegionPredicate rp -> {
                }
            }
        }
        if (item instanceof Item.Trait t) {
            // `trait Num: Add<Output = Self>` also says `<Self as Add>::Output == Self` (the trait
            // bounds themselves are the supertraits)
            for (Predicate p : l.lowerBounds(Ty.param(0, Symbol.SELF_UPPER), t.supertraits())) {
                if (p instanceof Predicate.Projection) out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static boolean hasMaybeSized(Item.Generics hg, DefId param) {
        for (Item.WherePredicate wp : hg.predicates()) {
            if (wp instanceof Item.BoundPredicate bp && bp.bounded() instanceof HirTy.Path p
                    && p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d
                    && d.def().equals(param)) {
                for (Item.GenericBound b : bp.bounds()) {
                    if (b instanceof Item.TraitBound tb && tb.maybe()) return true;
                }
            }
        }
        return false;
    }

    AdtDef adtDef(DefId def) {
        Item item = tcx.item(def);
        return switch (item) {
            case Item.Struct s -> {
                AdtDef.VariantDef v = variant(def, s.name(), s.data(), BigInteger.ZERO);
                Item.Attrs a = s.attrs();
                yield new AdtDef(def, s.name(), s.union() ? AdtDef.Kind.UNION : AdtDef.Kind.STRUCT, List.of(v),
                        null, a.reprC(), a.reprTransparent());
            }
            case Item.Enum e -> {
                List<AdtDef.VariantDef> vs = new ArrayList<>();
                BigInteger next = BigInteger.ZERO;
                for (Item.Variant v : e.variants()) {
                    BigInteger discr = next;
                    if (v.discr() != null) {
                        Body b = tcx.hir.body(v.discr());
                        BigInteger val = ConstEval.evalInt(tcx, b, b.value());
                        if (val == null) {
                            tcx.diag.emit(Diagnostic.error("enum discriminant expression not supported by Ferrite yet")
                                    .primary(b.expr(b.value()).span()));
                        } else {
                            discr = val;
                        }
                    }
                    vs.add(variant(v.def(), v.name(), v.data(), discr));
                    next = discr.add(BigInteger.ONE);
                }
                Item.Attrs a = e.attrs();
                yield new AdtDef(def, e.name(), AdtDef.Kind.ENUM, vs,
                        a.reprInt() == null ? null : IntKind.byName(a.reprInt()), a.reprC(), a.reprTransparent());
            }
            default -> throw new IllegalStateException("adt_def of non-ADT " + tcx.defPath(def));
        };
    }

    private AdtDef.VariantDef variant(DefId def, Symbol name, Item.VariantData data, BigInteger discr) {
        List<AdtDef.FieldDef> fields = new ArrayList<>();
        for (Item.FieldDef f : data.fields()) {
            fields.add(new AdtDef.FieldDef(f.def(), f.name(), tcx.typeOf(f.def()), f.isPublic()));
        }
        AdtDef.CtorKind ck = switch (data.ctorKind()) {
            case STRUCT -> AdtDef.CtorKind.STRUCT;
            case TUPLE -> AdtDef.CtorKind.TUPLE;
            case UNIT -> AdtDef.CtorKind.UNIT;
        };
        return new AdtDef.VariantDef(def, name, ck, fields, discr);
    }

    TraitRef implTraitRef(DefId impl) {
        if (!(tcx.item(impl) instanceof Item.Impl i) || i.traitRef() == null) return null;
        return lowering(impl).lowerTraitRef(i.traitRef(), tcx.typeOf(impl));
    }

    List<TraitRef> supertraits(DefId trait) {
        if (!(tcx.item(trait) instanceof Item.Trait t)) return List.of();
        HirTyLowering l = lowering(trait);
        Ty self = Ty.param(0, Symbol.SELF_UPPER);
        List<TraitRef> out = new ArrayList<>();
        for (Item.GenericBound b : t.supertraits()) {
            if (b instanceof Item.TraitBound tb && !tb.maybe()) {
                TraitRef tr = l.lowerTraitRef(tb.trait(), self);
                if (tr != null) out.add(tr);
            }
        }
        // `where Self: Trait` clauses are supertraits too.
        for (Item.WherePredicate wp : t.generics().predicates()) {
            if (wp instanceof Item.BoundPredicate bp && bp.bounded() instanceof HirTy.Path p
                    && p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.SelfTyParam) {
                for (Item.GenericBound b : bp.bounds()) {
                    if (b instanceof Item.TraitBound tb && !tb.maybe()) {
                        TraitRef tr = l.lowerTraitRef(tb.trait(), self);
                        if (tr != null) out.add(tr);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
