package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Expr.Param;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Ids.BodyId;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import dev.ferrite.types.Mutability;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers the items of the crates to HIR (rustc's {@code rustc_ast_lowering} together with late
 * resolution): resolves every path in signatures and bodies to its definition, gives fields,
 * generic parameters and closures their DefIds, decodes the attributes later phases read
 * ({@code #[lang]}, {@code #[repr]}, ...) and hands bodies to {@link BodyLowering}. Names that do
 * not resolve are reported as rustc reports them and become {@link Res#ERR}.
 */
public final class ItemLowering {
    final DefCollector dc;
    final Definitions defs;
    final DiagnosticSink diag;
    final PathResolver paths;
    final Map<DefId, dev.ferrite.hir.Item> items = new LinkedHashMap<>();
    final List<Body> bodies = new ArrayList<>();
    final Map<String, DefId> langItems = new HashMap<>();

    /** The function whose return type is being lowered: `impl Trait` there is an opaque type of it. */
    private DefId opaqueOwner;

    /**
     * While a function's parameter types are lowered: `impl Trait` anywhere in them (`&impl Trait`,
     * `Vec<impl Trait>`, `impl IntoIterator<Item = impl Trait>`) is a synthetic type parameter of
     * {@code fn}, added to {@code params} with its bounds in {@code preds}.
     */
    private record UniversalImplTrait(DefId fn, List<dev.ferrite.hir.Item.GenericParam> params,
                                      List<dev.ferrite.hir.Item.WherePredicate> preds) {
    }

    private UniversalImplTrait universalImplTrait;

    /** The item whose signature is being lowered (for "`Self` not allowed in a function"). */
    private Item currentItem;

    /** BodyIds below this are the earlier crates'. */
    private final int bodyBase;

    public ItemLowering(DefCollector dc, Definitions defs, DiagnosticSink diag) {
        this.dc = dc;
        this.defs = defs;
        this.diag = diag;
        this.paths = new PathResolver(dc.graph());
        this.bodyBase = dc.extern == null ? 0 : dc.extern.hir.bodyCount();
        if (dc.extern != null) langItems.putAll(dc.extern.langItems);
    }

    // ---- lang items ----

    /** Records the {@code #[lang = ".."]} items of a crate; done for all crates before any body is lowered. */
    public void collectLangItems(DefId root) {
        for (Item it : dc.itemsOf(root)) collectLang(it);
    }

    private void collectLang(Item it) {
        DefId def = dc.defOf(it);
        String lang = langOf(it.attrs());
        if (lang != null && def != null) langItems.putIfAbsent(lang, def);
        switch (it.kind()) {
            case Item.Mod m -> {
                if (def != null) collectLangItems(def);
            }
            case Item.Enum e -> {
                for (Item.Variant v : e.variants()) {
                    String l = langOf(v.attrs());
                    DefId vd = dc.defOf(v);
                    if (l != null && vd != null) langItems.putIfAbsent(l, vd);
                }
            }
            case Item.Trait t -> t.items().forEach(this::collectLang);
            case Item.Impl i -> i.items().forEach(this::collectLang);
            // Items of an extern block only declare a lang item that another crate defines (a weak
            // lang item such as `panic_impl`): the definition is the one registered.
            case Item.ForeignMod fm -> {
            }
            default -> {
            }
        }
    }

    static String langOf(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (a.is("panic_handler")) return "panic_impl";
            if (a.is("lang")) {
                for (TokenTree tt : a.args()) {
                    if (tt instanceof TokenTree.Leaf l && l.token().lit() == Token.LitKind.STR) {
                        String t = l.token().sym().text();
                        return t.substring(1, t.length() - 1);
                    }
                }
            }
        }
        return null;
    }

    DefId langItem(String name) {
        return langItems.get(name);
    }

    /** The constructor of a tuple or unit struct/variant (a struct's or variant's DefId), or null. */
    DefId ctorOf(DefId structOrVariant) {
        return dc.ctorOf(structOrVariant);
    }

    // ---- items ----

    /** Lowers every item of a crate (following its modules). */
    public void lowerCrate(DefId root) {
        module(root, defs.span(root));
    }

    /** The HIR of everything lowered so far. */
    public HirCrate finish(Map<String, DefId> crateRoots, DefId localCrate, DefId main) {
        return new HirCrate(defs, dc.extern == null ? null : dc.extern.hir, java.util.Collections.unmodifiableMap(items),
                List.copyOf(bodies), Map.copyOf(langItems), Map.copyOf(crateRoots), localCrate, main,
                dc.graph().traitsInScope());
    }

    private void module(DefId mod, Span span) {
        Module m = dc.moduleNamed(mod);
        if (m == null) return;
        List<DefId> children = new ArrayList<>();
        for (Item it : dc.itemsOf(mod)) item(m, it, new ArrayDeque<>(), children);
        items.put(mod, new dev.ferrite.hir.Item.Mod(mod, defs.name(mod), children, span));
    }

    /**
     * Lowers an item declared in a block (its module is the block's anonymous module); the
     * enclosing body's ribs stay outside an item rib, so its locals and generics are not visible.
     */
    void lowerBlockItem(Module blockModule, Item it, Deque<Rib> ribs) {
        Item saved = currentItem;
        item(blockModule, it, ribs, new ArrayList<>());
        currentItem = saved;
    }

    BodyId addBody(Body b) {
        bodies.add(b);
        return new BodyId(bodyBase + bodies.size() - 1);
    }

    private void item(Module m, Item it, Deque<Rib> outer, List<DefId> out) {
        currentItem = it;
        DefId def = dc.defOf(it);
        Deque<Rib> ribs = new ArrayDeque<>(outer);
        ribs.addLast(new Rib(Rib.Kind.ITEM, null));
        dev.ferrite.hir.Item.Attrs attrs = attrs(it.attrs(), null);
        Symbol name = it.ident() == null ? null : it.ident().name();
        dev.ferrite.hir.Item lowered = switch (it.kind()) {
            case Item.Mod mod -> {
                if (def != null) module(def, it.span());
                yield null;
            }
            case Item.Fn f -> def == null ? null : fn(m, def, name, f, attrs, it.span(), ribs);
            case Item.Struct s -> {
                if (def == null) yield null;
                var g = generics(m, def, s.generics(), ribs);
                selfRib(ribs, new Res.SelfTyAlias(def));
                yield new dev.ferrite.hir.Item.Struct(def, name, g, variantData(m, def, s.data(), ribs), false, attrs,
                        it.span());
            }
            case Item.Union u -> {
                if (def == null) yield null;
                var g = generics(m, def, u.generics(), ribs);
                selfRib(ribs, new Res.SelfTyAlias(def));
                yield new dev.ferrite.hir.Item.Struct(def, name, g, variantData(m, def, u.data(), ribs), true, attrs,
                        it.span());
            }
            case Item.Enum e -> {
                if (def == null) yield null;
                var g = generics(m, def, e.generics(), ribs);
                selfRib(ribs, new Res.SelfTyAlias(def));
                List<dev.ferrite.hir.Item.Variant> vs = new ArrayList<>();
                for (Item.Variant v : e.variants()) {
                    DefId vd = dc.defOf(v);
                    var data = variantData(m, vd, v.data(), ribs);
                    BodyId discr = v.discriminant() == null ? null : anonConst(m, vd, v.discriminant(), ribs);
                    vs.add(new dev.ferrite.hir.Item.Variant(vd, v.ident().name(), data, discr, v.span()));
                }
                yield new dev.ferrite.hir.Item.Enum(def, name, g, vs, attrs, it.span());
            }
            case Item.Trait t -> {
                if (def == null) yield null;
                selfRib(ribs, new Res.SelfTyParam(def));
                var g = generics(m, def, t.generics(), ribs);
                List<dev.ferrite.hir.Item.GenericBound> supers = bounds(m, t.bounds(), ribs);
                List<DefId> assoc = new ArrayList<>();
                for (Item ai : t.items()) assoc(m, ai, ribs, assoc);
                yield new dev.ferrite.hir.Item.Trait(def, name, g, supers, assoc, t.unsafe(), t.auto(), attrs, it.span());
            }
            case Item.Impl i -> {
                if (def == null) yield null;
                var g = generics(m, def, i.generics(), ribs);
                HirTy self = ty(m, i.selfTy(), ribs);
                HirPath.Path trait = i.traitRef() == null ? null : traitPath(m, i.traitRef(), ribs);
                selfRib(ribs, new Res.SelfTyAlias(def));
                // in value position `Self` is the self type's constructor (a tuple or unit struct)
                ribs.getLast().values.put(Symbol.SELF_UPPER, new Res.SelfCtor(def));
                List<DefId> assoc = new ArrayList<>();
                for (Item ai : i.items()) assoc(m, ai, ribs, assoc);
                yield new dev.ferrite.hir.Item.Impl(def, g, trait, self, assoc, i.negative(), i.unsafe(), it.span());
            }
            case Item.TyAlias t -> {
                if (def == null) yield null;
                if (defs.kind(def) == DefKind.FOREIGN_TY) yield new dev.ferrite.hir.Item.ForeignTy(def, name, it.span());
                var g = generics(m, def, t.generics(), ribs);
                bounds(m, t.bounds(), ribs);
                HirTy ty = t.ty() == null ? new HirTy.Err(it.span()) : ty(m, t.ty(), ribs);
                yield new dev.ferrite.hir.Item.TyAlias(def, name, g, ty, it.span());
            }
            case Item.Const c -> {
                if (def == null) yield null;
                var g = generics(m, def, c.generics(), ribs);
                HirTy ty = ty(m, c.ty(), ribs);
                BodyId body = c.value() == null ? null : constBody(m, def, c.value(), ribs);
                yield new dev.ferrite.hir.Item.Const(def, name, g, ty, body, it.span());
            }
            case Item.Static s -> {
                if (def == null) yield null;
                HirTy ty = ty(m, s.ty(), ribs);
                BodyId body = s.value() == null ? null : constBody(m, def, s.value(), ribs);
                yield new dev.ferrite.hir.Item.Static(def, name, ty, s.mutable() ? Mutability.MUT : Mutability.NOT, body,
                        attrs, it.span());
            }
            case Item.ForeignMod fm -> {
                for (Item fi : fm.items()) {
                    DefId fd = dc.defOf(fi);
                    if (fd == null) continue;
                    Deque<Rib> fr = new ArrayDeque<>(outer);
                    fr.addLast(new Rib(Rib.Kind.ITEM, null));
                    var fattrs = attrs(fi.attrs(), fm.abi());
                    dev.ferrite.hir.Item low = switch (fi.kind()) {
                        case Item.Fn f -> fn(m, fd, fi.ident().name(), f, fattrs, fi.span(), fr);
                        case Item.Static s -> new dev.ferrite.hir.Item.Static(fd, fi.ident().name(), ty(m, s.ty(), fr),
                                s.mutable() ? Mutability.MUT : Mutability.NOT, null, fattrs, fi.span());
                        case Item.TyAlias t -> new dev.ferrite.hir.Item.ForeignTy(fd, fi.ident().name(), fi.span());
                        default -> null;
                    };
                    if (low != null) {
                        items.put(fd, low);
                        out.add(fd);
                    }
                }
                yield null;
            }
            default -> null;
        };
        if (lowered != null) {
            items.put(def, lowered);
            out.add(def);
        }
        if (it.kind() instanceof Item.Mod && def != null) out.add(def);
    }

    private void assoc(Module m, Item ai, Deque<Rib> ribs, List<DefId> out) {
        DefId def = dc.defOf(ai);
        if (def == null) return;
        Deque<Rib> inner = new ArrayDeque<>(ribs);
        var attrs = attrs(ai.attrs(), null);
        dev.ferrite.hir.Item lowered = switch (ai.kind()) {
            case Item.Fn f -> fn(m, def, ai.ident().name(), f, attrs, ai.span(), inner);
            case Item.TyAlias t -> {
                var g = generics(m, def, t.generics(), inner);
                var bs = bounds(m, t.bounds(), inner);
                HirTy dflt = t.ty() == null ? null : ty(m, t.ty(), inner);
                yield new dev.ferrite.hir.Item.AssocTy(def, ai.ident().name(), g, bs, dflt, ai.span());
            }
            case Item.Const c -> {
                var g = generics(m, def, c.generics(), inner);
                HirTy ty = ty(m, c.ty(), inner);
                BodyId body = c.value() == null ? null : constBody(m, def, c.value(), inner);
                yield new dev.ferrite.hir.Item.Const(def, ai.ident().name(), g, ty, body, ai.span());
            }
            default -> null;
        };
        if (lowered != null) {
            items.put(def, lowered);
            out.add(def);
        }
    }

    private dev.ferrite.hir.Item.Fn fn(Module m, DefId def, Symbol name, Item.Fn f, dev.ferrite.hir.Item.Attrs attrs,
                                       Span span, Deque<Rib> ribs) {
        Item prev = currentItem;
        var g = generics(m, def, f.generics(), ribs);
        List<HirTy> inputs = new ArrayList<>();
        Item.SelfParam sp = f.decl().selfParam();
        if (sp != null) inputs.add(selfParamTy(m, sp, ribs));
        List<dev.ferrite.hir.Item.GenericParam> implTraitParams = new ArrayList<>();
        List<dev.ferrite.hir.Item.WherePredicate> implTraitPreds = new ArrayList<>();
        for (Item.Param p : f.decl().params()) {
            inputs.add(p.ty() == null ? new HirTy.Err(p.span()) : paramTy(m, def, p.ty(), ribs, implTraitParams, implTraitPreds));
        }
        if (!implTraitParams.isEmpty()) {
            List<dev.ferrite.hir.Item.GenericParam> ps = new ArrayList<>(g.params());
            ps.addAll(implTraitParams);
            List<dev.ferrite.hir.Item.WherePredicate> preds = new ArrayList<>(g.predicates());
            preds.addAll(implTraitPreds);
            g = new dev.ferrite.hir.Item.Generics(ps, preds, g.span());
        }
        opaqueOwner = def;
        HirTy output = f.decl().ret() == null ? null : ty(m, f.decl().ret(), ribs);
        opaqueOwner = null;
        BodyId bodyId = null;
        List<Param> params;
        if (f.body() != null) {
            BodyLowering bl = new BodyLowering(this, m, def, ribs);
            Body body = bl.fnBody(f.decl(), inputs, f.body());
            bodyId = addBody(body);
            params = body.params();
        } else {
            params = new ArrayList<>();
            for (HirTy t : inputs) params.add(new Param(null, t, t.span()));
        }
        currentItem = prev;
        Item.FnHeader h = f.header();
        var decl = new dev.ferrite.hir.Item.FnDecl(params, output, sp != null, h.unsafe(), h.isConst(), h.isAsync(),
                h.abi() != null ? h.abi() : attrs.abi(), f.decl().variadic(),
                f.decl().ret() == null ? f.decl().span().shrinkToHi() : f.decl().ret().span());
        return new dev.ferrite.hir.Item.Fn(def, name, g, decl, bodyId, attrs, span);
    }

    /** `self`, `&self`, `&'a mut self`, `self: Box<Self>`. */
    private HirTy selfParamTy(Module m, Item.SelfParam sp, Deque<Rib> ribs) {
        if (sp.explicitTy() != null) return ty(m, sp.explicitTy(), ribs);
        Res self = resolveSelfTy(ribs);
        HirTy selfTy = new HirTy.Path(new HirPath.Resolved(null, new HirPath.Path(self,
                List.of(new HirPath.Segment(Symbol.SELF_UPPER, sp.span(), self, null)), sp.span())), sp.span());
        if (!sp.ref()) return selfTy;
        return new HirTy.Ref(lifetime(sp.lifetime(), ribs), selfTy, sp.mutRef() ? Mutability.MUT : Mutability.NOT, sp.span());
    }

    private Res resolveSelfTy(Deque<Rib> ribs) {
        for (var it = ribs.descendingIterator(); it.hasNext(); ) {
            Res r = it.next().types.get(Symbol.SELF_UPPER);
            if (r != null) return r;
        }
        return Res.ERR;
    }

    /** A parameter type; `impl Trait` in it becomes a synthetic type parameter of the function. */
    private HirTy paramTy(Module m, DefId fn, Type t, Deque<Rib> ribs, List<dev.ferrite.hir.Item.GenericParam> synth,
                          List<dev.ferrite.hir.Item.WherePredicate> preds) {
        UniversalImplTrait prev = universalImplTrait;
        universalImplTrait = new UniversalImplTrait(fn, synth, preds);
        try {
            return ty(m, t, ribs);
        } finally {
            universalImplTrait = prev;
        }
    }

    /** Argument-position `impl Trait`: a synthetic type parameter, declared before the ones in its bounds (rustc's order). */
    private HirTy universalImplTrait(Module m, Type.ImplTrait it, Deque<Rib> ribs) {
        UniversalImplTrait u = universalImplTrait;
        Symbol name = Symbol.intern("impl Trait");
        DefId p = defs.create(DefKind.TY_PARAM, name, u.fn(), it.span());
        u.params().add(new dev.ferrite.hir.Item.GenericParam(p, name, dev.ferrite.hir.Item.ParamKind.TYPE, null, null, true, it.span()));
        List<dev.ferrite.hir.Item.GenericBound> bs = bounds(m, it.bounds(), ribs);
        u.preds().add(new dev.ferrite.hir.Item.BoundPredicate(List.of(), paramRef(p, name, it.span()), bs, it.span()));
        return new HirTy.ImplTrait(p, bs, it.span());
    }

    /** A fn pointer's or `Fn(..)`'s input or output: `impl Trait` there is no parameter of the function (E0562). */
    private HirTy tyOutsideParams(Module m, Type t, Deque<Rib> ribs) {
        UniversalImplTrait prev = universalImplTrait;
        universalImplTrait = null;
        try {
            return ty(m, t, ribs);
        } finally {
            universalImplTrait = prev;
        }
    }

    private static HirTy paramRef(DefId p, Symbol name, Span span) {
        Res r = new Res.Def(DefKind.TY_PARAM, p);
        return new HirTy.Path(new HirPath.Resolved(null, new HirPath.Path(r,
                List.of(new HirPath.Segment(name, span, r, null)), span)), span);
    }

    private dev.ferrite.hir.Item.VariantData variantData(Module m, DefId owner, Item.VariantData data, Deque<Rib> ribs) {
        List<dev.ferrite.hir.Item.FieldDef> fields = new ArrayList<>();
        int i = 0;
        for (Item.FieldDef fd : data.fields()) {
            Symbol fname = fd.ident() != null ? fd.ident().name() : Symbol.intern(Integer.toString(i));
            DefId fdef = defs.create(DefKind.FIELD, fname, owner, fd.span());
            fields.add(new dev.ferrite.hir.Item.FieldDef(fdef, fname, ty(m, fd.ty(), ribs),
                    !(fd.vis() instanceof Item.Inherited), fd.span()));
            i++;
        }
        var kind = switch (data.kind()) {
            case STRUCT -> dev.ferrite.hir.Item.AdtKindCtor.STRUCT;
            case TUPLE -> dev.ferrite.hir.Item.AdtKindCtor.TUPLE;
            case UNIT -> dev.ferrite.hir.Item.AdtKindCtor.UNIT;
        };
        return new dev.ferrite.hir.Item.VariantData(kind, fields, owner == null ? null : dc.ctorOf(owner));
    }

    private static void selfRib(Deque<Rib> ribs, Res self) {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        r.types.put(Symbol.SELF_UPPER, self);
        ribs.addLast(r);
    }

    /** Puts the generic parameters in scope (creating their DefIds) and lowers them with their bounds. */
    dev.ferrite.hir.Item.Generics generics(Module m, DefId owner, Item.Generics g, Deque<Rib> ribs) {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        List<DefId> ids = new ArrayList<>();
        for (Item.GenericParam p : g.params()) {
            Symbol n = p.ident().name();
            switch (p.kind()) {
                case TYPE -> {
                    DefId d = defs.create(DefKind.TY_PARAM, n, owner, p.span());
                    r.types.put(n, new Res.Def(DefKind.TY_PARAM, d));
                    ids.add(d);
                }
                case CONST -> {
                    DefId d = defs.create(DefKind.CONST_PARAM, n, owner, p.span());
                    r.values.put(n, new Res.Def(DefKind.CONST_PARAM, d));
                    ids.add(d);
                }
                case LIFETIME -> {
                    DefId d = defs.create(DefKind.LIFETIME_PARAM, n, owner, p.span());
                    r.lifetimes.put(n, d);
                    ids.add(d);
                }
            }
        }
        ribs.addLast(r);
        List<dev.ferrite.hir.Item.GenericParam> params = new ArrayList<>();
        List<dev.ferrite.hir.Item.WherePredicate> preds = new ArrayList<>();
        for (int i = 0; i < g.params().size(); i++) {
            Item.GenericParam p = g.params().get(i);
            DefId d = ids.get(i);
            var kind = switch (p.kind()) {
                case TYPE -> dev.ferrite.hir.Item.ParamKind.TYPE;
                case CONST -> dev.ferrite.hir.Item.ParamKind.CONST;
                case LIFETIME -> dev.ferrite.hir.Item.ParamKind.LIFETIME;
            };
            HirTy dflt = p.defaultTy() == null ? null : ty(m, p.defaultTy(), ribs);
            HirTy cty = p.constTy() == null ? null : ty(m, p.constTy(), ribs);
            params.add(new dev.ferrite.hir.Item.GenericParam(d, p.ident().name(), kind, dflt, cty, false, p.span()));
            if (p.bounds().isEmpty()) continue;
            if (p.kind() == Item.ParamKind.LIFETIME) {
                List<HirPath.Lifetime> lts = new ArrayList<>();
                for (Item.GenericBound b : p.bounds()) {
                    if (b instanceof Item.OutlivesBound ob) lts.add(lifetime(ob.lifetime(), ribs));
                }
                preds.add(new dev.ferrite.hir.Item.RegionPredicate(new HirPath.Lifetime(p.ident().name(), p.ident().span(),
                        new HirPath.LifetimeRes.Param(d)), lts, p.span()));
            } else if (p.kind() == Item.ParamKind.TYPE) {
                preds.add(new dev.ferrite.hir.Item.BoundPredicate(List.of(), paramRef(d, p.ident().name(), p.ident().span()),
                        bounds(m, p.bounds(), ribs), p.span()));
            }
        }
        for (Item.WherePredicate wp : g.where()) {
            switch (wp) {
                case Item.BoundPredicate bp -> {
                    Deque<Rib> inner = ribs;
                    List<dev.ferrite.hir.Item.GenericParam> forParams = List.of();
                    if (!bp.forParams().isEmpty()) {
                        inner = new ArrayDeque<>(ribs);
                        forParams = higherRanked(owner, bp.forParams(), inner);
                    }
                    preds.add(new dev.ferrite.hir.Item.BoundPredicate(forParams, ty(m, bp.bounded(), inner),
                            bounds(m, bp.bounds(), inner), bp.span()));
                }
                case Item.RegionPredicate rp -> {
                    List<HirPath.Lifetime> lts = new ArrayList<>();
                    for (dev.ferrite.syntax.ast.Lifetime l : rp.bounds()) lts.add(lifetime(l, ribs));
                    preds.add(new dev.ferrite.hir.Item.RegionPredicate(lifetime(rp.lifetime(), ribs), lts, rp.span()));
                }
            }
        }
        return new dev.ferrite.hir.Item.Generics(params, preds, g.span());
    }

    /** `for<'a>` binders: late-bound lifetimes in scope for the bound. */
    private List<dev.ferrite.hir.Item.GenericParam> higherRanked(DefId owner, List<Item.GenericParam> ps, Deque<Rib> ribs) {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        List<dev.ferrite.hir.Item.GenericParam> out = new ArrayList<>();
        for (Item.GenericParam p : ps) {
            if (p.kind() != Item.ParamKind.LIFETIME) continue;
            DefId d = defs.create(DefKind.LIFETIME_PARAM, p.ident().name(), owner, p.span());
            r.lifetimes.put(p.ident().name(), d);
            out.add(new dev.ferrite.hir.Item.GenericParam(d, p.ident().name(), dev.ferrite.hir.Item.ParamKind.LIFETIME,
                    null, null, false, p.span()));
        }
        ribs.addLast(r);
        return out;
    }

    List<dev.ferrite.hir.Item.GenericBound> bounds(Module m, List<Item.GenericBound> bounds, Deque<Rib> ribs) {
        List<dev.ferrite.hir.Item.GenericBound> out = new ArrayList<>();
        for (Item.GenericBound b : bounds) {
            switch (b) {
                case Item.TraitBound tb -> {
                    Deque<Rib> inner = ribs;
                    List<dev.ferrite.hir.Item.GenericParam> forParams = List.of();
                    if (!tb.forParams().isEmpty()) {
                        inner = new ArrayDeque<>(ribs);
                        forParams = higherRanked(null, tb.forParams(), inner);
                    }
                    out.add(new dev.ferrite.hir.Item.TraitBound(forParams, traitPath(m, tb.path(), inner), tb.maybe(),
                            tb.span()));
                }
                case Item.OutlivesBound ob -> out.add(new dev.ferrite.hir.Item.OutlivesBound(lifetime(ob.lifetime(), ribs),
                        ob.span()));
                case Item.UseBound ub -> {
                    // `use<'a, T>` precise capturing: opaque types capture everything for now
                }
            }
        }
        return out;
    }

    HirPath.Path traitPath(Module m, Path p, Deque<Rib> ribs) {
        Object r = resolve(m, p, DefKind.Ns.TYPE, ribs);
        Res res = Res.ERR;
        if (r instanceof PathResolver.Failure f) {
            if (f.message() == null && p.segments().size() == 1) {
                diag.emit(Diagnostic.error("cannot find trait `" + p.segments().getFirst().ident() + "` in this scope")
                        .code("E0405").primary(p.segments().getFirst().ident().span(), "not found in this scope"));
            } else {
                reportFailure(p, f, "trait");
            }
        } else if (r instanceof PathResolver.Partial partial && partial.resolvedSegments() == p.segments().size()) {
            res = partial.res();
        }
        return new HirPath.Path(res, segments(m, p, ribs, res, 0, p.segments().size()), p.span());
    }

    Object resolve(Module m, Path p, DefKind.Ns ns, Deque<Rib> ribs) {
        List<Symbol> segs = p.segments().stream().map(s -> s.ident().name()).toList();
        return paths.resolvePath(segs, p.global(), dollarCrate(p, m), ns, ribs, m);
    }

    /** The crate a `$crate` path refers to: the one the macro was defined in. */
    Module dollarCrate(Path p, Module m) {
        Module d = paths.dollarCrateOf(p);
        return d != null ? d : m.crateRoot;
    }

    void reportFailure(Path p, PathResolver.Failure f, String what) {
        Span span = p.segments().get(Math.min(f.segment(), p.segments().size() - 1)).ident().span();
        if (f.message() != null) {
            diag.emit(Diagnostic.error(f.message()).code("E0433").primary(span, f.label()));
        } else {
            Symbol name = p.segments().get(f.segment()).ident().name();
            diag.emit(Diagnostic.error("cannot find " + what + " `" + name + "` in " + (f.label() == null ? "this scope"
                    : "module " + f.label())).code(what.equals("trait") ? "E0405" : "E0425")
                    .primary(span, "not found in " + (f.label() == null ? "this scope" : f.label())));
        }
    }

    /**
     * The HIR segments {@code from..to} of a path, each with its generic arguments; the last one
     * carries {@code lastRes}, and the one before it the resolution of the path's prefix when that
     * is a type or trait (typeck reads `Trait::<A>::f` and `Enum::<T>::Variant` through it).
     */
    List<HirPath.Segment> segments(Module m, Path p, Deque<Rib> ribs, Res lastRes, int from, int to) {
        List<HirPath.Segment> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Path.Segment s = p.segments().get(i);
            Res res = i == to - 1 ? lastRes : null;
            if (i == to - 2 && to - from >= 2) res = prefixRes(m, p, i + 1, ribs);
            out.add(new HirPath.Segment(s.ident().name(), s.ident().span(), res, genericArgs(m, s.args(), ribs)));
        }
        return out;
    }

    /** What the first {@code n} segments of a path name in the type namespace, or null. */
    private Res prefixRes(Module m, Path p, int n, Deque<Rib> ribs) {
        List<Symbol> segs = p.segments().subList(0, n).stream().map(s -> s.ident().name()).toList();
        Object r = paths.resolvePath(segs, p.global(), dollarCrate(p, m), DefKind.Ns.TYPE, ribs, m);
        return r instanceof PathResolver.Partial pa && pa.resolvedSegments() == n ? pa.res() : null;
    }

    HirPath.GenericArgs genericArgs(Module m, Path.GenericArgs args, Deque<Rib> ribs) {
        return switch (args) {
            case null -> null;
            case Path.AngleBracketed ab -> {
                List<HirPath.GenericArg> out = new ArrayList<>();
                List<HirPath.Constraint> cs = new ArrayList<>();
                for (Path.AngleArg a : ab.args()) {
                    switch (a) {
                        case Path.TypeArg t -> out.add(typeOrConstArg(m, t.ty(), ribs));
                        case Path.LifetimeArg l -> out.add(new HirPath.LifetimeArg(lifetime(l.lifetime(), ribs)));
                        case Path.ConstArg c -> out.add(new HirPath.ConstArg(anonConst(m, null, c.expr(), ribs), c.expr().span()));
                        case Path.Constraint c -> cs.add(new HirPath.Constraint(c.ident().name(), c.span(),
                                c.eq() == null ? null : ty(m, c.eq(), ribs), bounds(m, c.bounds(), ribs)));
                    }
                }
                yield new HirPath.GenericArgs(out, cs, false, ab.span());
            }
            case Path.Parenthesized pa -> {
                List<HirTy> ins = new ArrayList<>();
                for (Type t : pa.inputs()) ins.add(tyOutsideParams(m, t, ribs));
                HirTy out = pa.output() == null ? new HirTy.Tuple(List.of(), pa.span()) : tyOutsideParams(m, pa.output(), ribs);
                yield new HirPath.GenericArgs(List.of(new HirPath.TypeArg(new HirTy.Tuple(ins, pa.span()))),
                        List.of(new HirPath.Constraint(Symbol.intern("Output"), pa.span(), out, List.of())), true, pa.span());
            }
            case Path.ParenthesizedElided pe -> null; // return type notation `method(..)`: FIXME
        };
    }

    /** `f::<N>` where `N` is a const parameter parses as a type argument; rustc resolves it as a const. */
    private HirPath.GenericArg typeOrConstArg(Module m, Type t, Deque<Rib> ribs) {
        if (t instanceof Type.PathType pt && pt.qself() == null && pt.path().segments().size() == 1
                && pt.path().segments().getFirst().args() == null) {
            Symbol n = pt.path().segments().getFirst().ident().name();
            if (paths.resolveIdent(n, DefKind.Ns.TYPE, ribs, m) == null
                    && paths.resolveIdent(n, DefKind.Ns.VALUE, ribs, m) instanceof Res.Def d
                    && (d.kind() == DefKind.CONST_PARAM || d.kind() == DefKind.CONST)) {
                Expr e = new Expr.PathExpr(null, pt.path(), pt.span());
                return new HirPath.ConstArg(anonConst(m, null, e, ribs), pt.span());
            }
        }
        return new HirPath.TypeArg(ty(m, t, ribs));
    }

    HirPath.Lifetime lifetime(dev.ferrite.syntax.ast.Lifetime l, Deque<Rib> ribs) {
        if (l == null) return null;
        String n = l.name().text();
        if (n.equals("'static")) return new HirPath.Lifetime(l.name(), l.span(), new HirPath.LifetimeRes.Static());
        if (n.equals("'_")) return new HirPath.Lifetime(l.name(), l.span(), new HirPath.LifetimeRes.Infer());
        for (var it = ribs.descendingIterator(); it.hasNext(); ) {
            DefId d = it.next().lifetimes.get(l.name());
            if (d != null) return new HirPath.Lifetime(l.name(), l.span(), new HirPath.LifetimeRes.Param(d));
        }
        diag.emit(Diagnostic.error("use of undeclared lifetime name `" + n + "`").code("E0261")
                .primary(l.span(), "undeclared lifetime"));
        return new HirPath.Lifetime(l.name(), l.span(), new HirPath.LifetimeRes.Error());
    }

    /** An anonymous constant (array length, discriminant, const argument): a body of its own. */
    BodyId anonConst(Module m, DefId parent, Expr e, Deque<Rib> ribs) {
        DefId owner = defs.create(DefKind.ANON_CONST, null, parent, e.span());
        Deque<Rib> inner = new ArrayDeque<>(ribs);
        BodyLowering bl = new BodyLowering(this, m, owner, inner);
        return addBody(bl.exprBody(e));
    }

    private BodyId constBody(Module m, DefId owner, Expr e, Deque<Rib> ribs) {
        BodyLowering bl = new BodyLowering(this, m, owner, new ArrayDeque<>(ribs));
        return addBody(bl.exprBody(e));
    }

    /** Resolves and lowers a type. */
    HirTy ty(Module m, Type t, Deque<Rib> ribs) {
        return switch (t) {
            case Type.PathType pt -> new HirTy.Path(qpath(m, pt.qself(), pt.path(), DefKind.Ns.TYPE, ribs, false), pt.span());
            case Type.Ref r -> new HirTy.Ref(lifetime(r.lifetime(), ribs), ty(m, r.ty(), ribs),
                    r.mutable() ? Mutability.MUT : Mutability.NOT, r.span());
            case Type.Ptr p -> new HirTy.Ptr(ty(m, p.ty(), ribs), p.mutable() ? Mutability.MUT : Mutability.NOT, p.span());
            case Type.Slice s -> new HirTy.Slice(ty(m, s.elem(), ribs), s.span());
            case Type.Array a -> new HirTy.Array(ty(m, a.elem(), ribs), anonConst(m, null, a.len(), ribs), a.span());
            case Type.Tuple tu -> new HirTy.Tuple(tu.elems().stream().map(e -> ty(m, e, ribs)).toList(), tu.span());
            case Type.BareFn f -> {
                Deque<Rib> inner = ribs;
                List<dev.ferrite.hir.Item.GenericParam> forParams = List.of();
                if (!f.forParams().isEmpty()) {
                    inner = new ArrayDeque<>(ribs);
                    forParams = higherRanked(null, f.forParams(), inner);
                }
                List<HirTy> ins = new ArrayList<>();
                for (Item.Param p : f.params()) ins.add(tyOutsideParams(m, p.ty(), inner));
                HirTy out = f.ret() == null ? null : tyOutsideParams(m, f.ret(), inner);
                yield new HirTy.FnPtr(forParams, ins, out, f.unsafe(), f.abi(), f.variadic(), f.span());
            }
            case Type.Never n -> new HirTy.Never(n.span());
            case Type.Infer i -> new HirTy.Infer(i.span());
            case Type.ImplTrait i when universalImplTrait != null -> universalImplTrait(m, i, ribs);
            case Type.ImplTrait i -> {
                DefId owner = opaqueOwner;
                opaqueOwner = null; // `impl Trait` inside the bounds is a different position
                List<dev.ferrite.hir.Item.GenericBound> bs = bounds(m, i.bounds(), ribs);
                opaqueOwner = owner;
                if (owner == null) yield new HirTy.ImplTrait(null, bs, i.span());
                DefId od = defs.create(DefKind.OPAQUE_TY, Symbol.intern("impl Trait"), owner, i.span());
                items.put(od, new dev.ferrite.hir.Item.Opaque(od, bs, i.span()));
                yield new HirTy.ImplTrait(od, bs, i.span());
            }
            case Type.TraitObject o -> {
                List<dev.ferrite.hir.Item.GenericBound> bs = new ArrayList<>();
                HirPath.Lifetime lt = null;
                for (var b : bounds(m, o.bounds(), ribs)) {
                    if (b instanceof dev.ferrite.hir.Item.OutlivesBound ob) lt = ob.lifetime();
                    else bs.add(b);
                }
                yield new HirTy.TraitObject(bs, lt, o.span());
            }
            case Type.Paren p -> ty(m, p.inner(), ribs);
            case Type.MacCallType mc -> new HirTy.Err(mc.span());
            case Type.ImplicitSelf s -> new HirTy.Err(s.span());
            case Type.Err e -> new HirTy.Err(e.span());
        };
    }

    /**
     * A path in type or value position: fully resolved ({@code a::b::C}, {@code <T as Tr>::f}) or
     * relative to a type ({@code Vec::new}, {@code T::Item}, {@code <T>::f}), which type checking
     * finishes. Unresolved names are reported.
     */
    HirPath.QPath qpath(Module m, Path.QSelf qself, Path p, DefKind.Ns ns, Deque<Rib> ribs, boolean called) {
        int n = p.segments().size();
        if (qself != null) {
            HirTy self = ty(m, qself.ty(), ribs);
            int pos = qself.position();
            if (pos == 0) return typeRelativeChain(m, self, p, 0, ribs);
            // <T as Trait>::item...: the trait, then the item named in it
            Object tr = resolveSegs(m, p, pos, DefKind.Ns.TYPE, ribs);
            Res traitRes = tr instanceof PathResolver.Partial pa && pa.resolvedSegments() == pos ? pa.res() : Res.ERR;
            if (tr instanceof PathResolver.Failure f) reportFailure(p, f, "trait");
            Object item = traitRes == Res.ERR ? null : resolveSegs(m, p, pos + 1, pos + 1 == n ? ns : DefKind.Ns.TYPE, ribs);
            Res itemRes = item instanceof PathResolver.Partial pa && pa.resolvedSegments() == pos + 1 ? pa.res() : Res.ERR;
            List<HirPath.Segment> segs = segments(m, p, ribs, itemRes, 0, pos + 1);
            HirPath.QPath first = new HirPath.Resolved(self, new HirPath.Path(itemRes, segs, p.span()));
            if (pos + 1 == n) return first;
            HirTy base = new HirTy.Path(first, p.span());
            return typeRelativeChain(m, base, p, pos + 1, ribs);
        }
        Object r = resolve(m, p, ns, ribs);
        if (r instanceof PathResolver.Failure f) {
            reportPathFailure(m, p, f, ns, called);
            return new HirPath.Resolved(null, new HirPath.Path(Res.ERR, segments(m, p, ribs, Res.ERR, 0, n), p.span()));
        }
        PathResolver.Partial partial = (PathResolver.Partial) r;
        int k = partial.resolvedSegments();
        if (k >= n) return new HirPath.Resolved(null, new HirPath.Path(partial.res(), segments(m, p, ribs, partial.res(), 0, n),
                p.span()));
        HirTy base = new HirTy.Path(new HirPath.Resolved(null, new HirPath.Path(partial.res(),
                segments(m, p, ribs, partial.res(), 0, k), p.span())), p.span());
        return typeRelativeChain(m, base, p, k, ribs);
    }

    private Object resolveSegs(Module m, Path p, int n, DefKind.Ns ns, Deque<Rib> ribs) {
        List<Symbol> segs = p.segments().subList(0, n).stream().map(s -> s.ident().name()).toList();
        return paths.resolvePath(segs, p.global(), dollarCrate(p, m), ns, ribs, m);
    }

    private HirPath.QPath typeRelativeChain(Module m, HirTy base, Path p, int from, Deque<Rib> ribs) {
        int n = p.segments().size();
        HirPath.QPath q = null;
        for (int i = from; i < n; i++) {
            Path.Segment s = p.segments().get(i);
            HirPath.Segment seg = new HirPath.Segment(s.ident().name(), s.ident().span(), null, genericArgs(m, s.args(), ribs));
            q = new HirPath.TypeRelative(base, seg, p.span());
            base = new HirTy.Path(q, p.span());
        }
        return q;
    }

    /** What body and signature lowering report for a path that does not resolve. */
    void reportPathFailure(Module m, Path p, PathResolver.Failure f, DefKind.Ns ns, boolean called) {
        if (ns == DefKind.Ns.TYPE) {
            if (p.segments().size() == 1 && p.segments().getFirst().ident().name() == Symbol.SELF_UPPER) {
                Diagnostic d = Diagnostic.error("cannot find type `Self` in this scope").code("E0411")
                        .primary(p.span(), "`Self` is only available in impls, traits, and type definitions");
                if (currentItem != null && currentItem.kind() instanceof Item.Fn && currentItem.ident() != null) {
                    d.secondary(currentItem.ident().span(), "`Self` not allowed in a function");
                }
                diag.emit(d);
            } else {
                reportFailure(p, f, "type");
            }
            return;
        }
        Symbol name = p.segments().get(f.segment()).ident().name();
        Span span = p.segments().get(f.segment()).ident().span();
        if (f.message() != null) {
            diag.emit(Diagnostic.error(f.message()).code("E0433").primary(span, f.label()));
        } else if (p.segments().size() == 1) {
            diag.emit(Diagnostic.error("cannot find " + (called ? "function" : "value") + " `" + name + "` in this scope")
                    .code("E0425").primary(span, "not found in this scope"));
        } else {
            diag.emit(Diagnostic.error("cannot find " + (called ? "function" : "value") + " `" + name + "` in "
                    + f.label()).code("E0425").primary(span, "not found in " + f.label()));
        }
    }

    // ---- attributes ----

    private static dev.ferrite.hir.Item.Attrs attrs(List<Attribute> attrs, String foreignAbi) {
        if (attrs.isEmpty() && foreignAbi == null) return dev.ferrite.hir.Item.Attrs.NONE;
        String lang = langOf(attrs);
        boolean intrinsic = "rust-intrinsic".equals(foreignAbi);
        boolean trackCaller = false;
        boolean inline = false;
        boolean mustUse = false;
        String reprInt = null;
        boolean reprC = false;
        boolean reprTransparent = false;
        int reprPacked = 0;
        int reprAlign = 0;
        List<String> other = new ArrayList<>();
        for (Attribute a : attrs) {
            if (a.docText() != null) continue;
            String n = a.path().segments().getLast().ident().name().text();
            switch (n) {
                case "lang" -> {
                }
                case "rustc_intrinsic" -> intrinsic = true;
                case "track_caller" -> trackCaller = true;
                case "inline" -> inline = true;
                case "must_use" -> mustUse = true;
                case "repr" -> {
                    for (TokenTree tt : a.args()) {
                        if (!(tt instanceof TokenTree.Delimited d)) continue;
                        List<TokenTree> trees = d.trees();
                        for (int ti = 0; ti < trees.size(); ti++) {
                            TokenTree in = trees.get(ti);
                            if (in instanceof TokenTree.Leaf l && l.token().isIdent()) {
                                String r = l.token().sym().text();
                                // `packed`, `packed(N)`, `align(N)`
                                if (r.equals("packed") || r.equals("align")) {
                                    int amount = r.equals("packed") ? 1 : 0;
                                    if (ti + 1 < trees.size() && trees.get(ti + 1) instanceof TokenTree.Delimited nd
                                            && !nd.trees().isEmpty() && nd.trees().getFirst() instanceof TokenTree.Leaf nl) {
                                        String digits = nl.token().text().replaceAll("[^0-9]", "");
                                        if (!digits.isEmpty()) amount = Integer.parseInt(digits);
                                    }
                                    if (r.equals("packed")) reprPacked = amount;
                                    else reprAlign = amount;
                                    continue;
                                }
                                switch (r) {
                                    case "C" -> reprC = true;
                                    case "transparent" -> reprTransparent = true;
                                    case "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
                                         "isize" -> reprInt = r;
                                    default -> {
                                    }
                                }
                            }
                        }
                    }
                }
                default -> other.add(n);
            }
        }
        return new dev.ferrite.hir.Item.Attrs(lang, intrinsic, trackCaller, inline, reprInt, reprC, reprTransparent,
                reprPacked, reprAlign, mustUse,
                foreignAbi, other);
    }
}
