package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import dev.ferrite.types.Mutability;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves the types and trait bounds written in item signatures (fields, parameters, return
 * types, impl headers, bounds) and lowers them to {@link HirTy}, reporting names that do not
 * resolve as rustc does ("cannot find type `X` in this scope"). The start of lowering items to
 * HIR; bodies are not visited yet.
 */
public final class SignatureResolver {
    private final DefCollector dc;
    private final Definitions defs;
    private final DiagnosticSink diag;
    private final PathResolver paths;

    public SignatureResolver(DefCollector dc, Definitions defs, DiagnosticSink diag) {
        this.dc = dc;
        this.defs = defs;
        this.diag = diag;
        this.paths = new PathResolver(dc.graph());
    }

    /** Checks every item signature of a crate (following its modules). */
    public void checkCrate(DefId root) {
        module(root);
    }

    private void module(DefId mod) {
        Module m = dc.moduleNamed(mod);
        if (m == null) return;
        for (Item it : dc.itemsOf(mod)) item(m, it, new ArrayDeque<>());
    }

    /** The item whose signature is being resolved (for "`Self` not allowed in a function"). */
    private Item currentItem;

    private void item(Module m, Item it, Deque<Rib> outer) {
        currentItem = it;
        DefId def = dc.defOf(it);
        Deque<Rib> ribs = new ArrayDeque<>(outer);
        Rib barrier = new Rib(Rib.Kind.ITEM, null);
        ribs.addLast(barrier);
        switch (it.kind()) {
            case Item.Mod mod -> {
                if (def != null) module(def);
            }
            case Item.Fn f -> {
                fnSig(m, def, f.generics(), f.decl(), ribs);
                if (f.body() != null) new BodyResolver(paths, diag, this, m, ribs).fnBody(f.decl(), f.body());
            }
            case Item.Struct s -> {
                generics(m, def, s.generics(), ribs);
                selfRib(ribs, def == null ? Res.ERR : new Res.SelfTyAlias(def));
                for (Item.FieldDef fd : s.data().fields()) ty(m, fd.ty(), ribs);
            }
            case Item.Union u -> {
                generics(m, def, u.generics(), ribs);
                selfRib(ribs, def == null ? Res.ERR : new Res.SelfTyAlias(def));
                for (Item.FieldDef fd : u.data().fields()) ty(m, fd.ty(), ribs);
            }
            case Item.Enum e -> {
                generics(m, def, e.generics(), ribs);
                selfRib(ribs, def == null ? Res.ERR : new Res.SelfTyAlias(def));
                for (Item.Variant v : e.variants()) for (Item.FieldDef fd : v.data().fields()) ty(m, fd.ty(), ribs);
            }
            case Item.Trait t -> {
                selfRib(ribs, def == null ? Res.ERR : new Res.SelfTyParam(def));
                generics(m, def, t.generics(), ribs);
                bounds(m, t.bounds(), ribs);
                for (Item ai : t.items()) assoc(m, ai, ribs);
            }
            case Item.Impl i -> {
                generics(m, def, i.generics(), ribs);
                ty(m, i.selfTy(), ribs);
                if (i.traitRef() != null) traitPath(m, i.traitRef(), ribs);
                selfRib(ribs, def == null ? Res.ERR : new Res.SelfTyAlias(def));
                for (Item ai : i.items()) assoc(m, ai, ribs);
            }
            case Item.TyAlias t -> {
                generics(m, def, t.generics(), ribs);
                bounds(m, t.bounds(), ribs);
                if (t.ty() != null) ty(m, t.ty(), ribs);
            }
            case Item.Const c -> {
                generics(m, def, c.generics(), ribs);
                ty(m, c.ty(), ribs);
            }
            case Item.Static s -> ty(m, s.ty(), ribs);
            case Item.ForeignMod fm -> {
                for (Item fi : fm.items()) item(m, fi, outer);
            }
            default -> {
            }
        }
    }

    private void assoc(Module m, Item ai, Deque<Rib> ribs) {
        DefId def = dc.defOf(ai);
        Deque<Rib> inner = new ArrayDeque<>(ribs);
        switch (ai.kind()) {
            case Item.Fn f -> {
                fnSig(m, def, f.generics(), f.decl(), inner);
                if (f.body() != null) new BodyResolver(paths, diag, this, m, inner).fnBody(f.decl(), f.body());
            }
            case Item.TyAlias t -> {
                generics(m, def, t.generics(), inner);
                bounds(m, t.bounds(), inner);
                if (t.ty() != null) ty(m, t.ty(), inner);
            }
            case Item.Const c -> ty(m, c.ty(), inner);
            default -> {
            }
        }
    }

    private void fnSig(Module m, DefId def, Item.Generics g, Item.FnDecl decl, Deque<Rib> ribs) {
        generics(m, def, g, ribs);
        if (decl.selfParam() != null && decl.selfParam().explicitTy() != null) ty(m, decl.selfParam().explicitTy(), ribs);
        for (Item.Param p : decl.params()) if (p.ty() != null) ty(m, p.ty(), ribs);
        if (decl.ret() != null) ty(m, decl.ret(), ribs);
    }

    private static void selfRib(Deque<Rib> ribs, Res self) {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        r.types.put(Symbol.SELF_UPPER, self);
        ribs.addLast(r);
    }

    /** Puts the generic parameters in scope (creating their DefIds) and checks their bounds. */
    private void generics(Module m, DefId owner, Item.Generics g, Deque<Rib> ribs) {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        for (Item.GenericParam p : g.params()) {
            switch (p.kind()) {
                case TYPE -> r.types.put(p.ident().name(), new Res.Def(DefKind.TY_PARAM,
                        defs.create(DefKind.TY_PARAM, p.ident().name(), owner, p.span())));
                case CONST -> r.values.put(p.ident().name(), new Res.Def(DefKind.CONST_PARAM,
                        defs.create(DefKind.CONST_PARAM, p.ident().name(), owner, p.span())));
                case LIFETIME -> {
                }
            }
        }
        ribs.addLast(r);
        for (Item.GenericParam p : g.params()) {
            bounds(m, p.bounds(), ribs);
            if (p.defaultTy() != null) ty(m, p.defaultTy(), ribs);
            if (p.constTy() != null) ty(m, p.constTy(), ribs);
        }
        for (Item.WherePredicate wp : g.where()) {
            if (wp instanceof Item.BoundPredicate bp) {
                ty(m, bp.bounded(), ribs);
                bounds(m, bp.bounds(), ribs);
            }
        }
    }

    private void bounds(Module m, List<Item.GenericBound> bounds, Deque<Rib> ribs) {
        for (Item.GenericBound b : bounds) {
            if (b instanceof Item.TraitBound tb) traitPath(m, tb.path(), ribs);
        }
    }

    private void traitPath(Module m, Path p, Deque<Rib> ribs) {
        Object r = resolve(m, p, ribs);
        if (r instanceof PathResolver.Failure f) {
            if (f.message() == null && p.segments().size() == 1) {
                diag.emit(Diagnostic.error("cannot find trait `" + p.segments().getFirst().ident() + "` in this scope")
                        .code("E0405").primary(p.segments().getFirst().ident().span(), "not found in this scope"));
            } else {
                reportFailure(p, f, "trait");
            }
        }
        genericArgsOf(m, p, ribs);
    }

    private Object resolve(Module m, Path p, Deque<Rib> ribs) {
        List<Symbol> segs = p.segments().stream().map(s -> s.ident().name()).toList();
        return paths.resolvePath(segs, p.global(), null, DefKind.Ns.TYPE, ribs, m);
    }

    private void reportFailure(Path p, PathResolver.Failure f, String what) {
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

    private void genericArgsOf(Module m, Path p, Deque<Rib> ribs) {
        for (Path.Segment s : p.segments()) {
            switch (s.args()) {
                case null -> {
                }
                case Path.AngleBracketed ab -> {
                    for (Path.AngleArg a : ab.args()) {
                        switch (a) {
                            case Path.TypeArg t -> ty(m, t.ty(), ribs);
                            case Path.Constraint c -> {
                                if (c.eq() != null) ty(m, c.eq(), ribs);
                                bounds(m, c.bounds(), ribs);
                            }
                            default -> {
                            }
                        }
                    }
                }
                case Path.Parenthesized pa -> {
                    for (Type t : pa.inputs()) ty(m, t, ribs);
                    if (pa.output() != null) ty(m, pa.output(), ribs);
                }
                case Path.ParenthesizedElided e -> {
                }
            }
        }
    }

    /** Resolves a type written in a body (`let x: T`, casts, closure parameters). */
    void tyInBody(Module m, Type t, Deque<Rib> ribs) {
        ty(m, t, ribs);
    }

    /** Resolves and lowers a type. */
    HirTy ty(Module m, Type t, Deque<Rib> ribs) {
        return switch (t) {
            case Type.PathType pt -> {
                if (pt.qself() != null) {
                    ty(m, pt.qself().ty(), ribs);
                    genericArgsOf(m, pt.path(), ribs);
                    yield new HirTy.Err(pt.span());
                }
                Object r = resolve(m, pt.path(), ribs);
                genericArgsOf(m, pt.path(), ribs);
                if (r instanceof PathResolver.Failure f) {
                    if (pt.path().segments().size() == 1 && pt.path().segments().getFirst().ident().name() == Symbol.SELF_UPPER) {
                        Diagnostic d = Diagnostic.error("cannot find type `Self` in this scope").code("E0411")
                                .primary(pt.span(), "`Self` is only available in impls, traits, and type definitions");
                        if (currentItem != null && currentItem.kind() instanceof Item.Fn && currentItem.ident() != null) {
                            d.secondary(currentItem.ident().span(), "`Self` not allowed in a function");
                        }
                        diag.emit(d);
                    } else {
                        reportFailure(pt.path(), f, "type");
                    }
                    yield new HirTy.Err(pt.span());
                }
                PathResolver.Partial partial = (PathResolver.Partial) r;
                List<HirPath.Segment> segs = new ArrayList<>();
                for (Path.Segment s : pt.path().segments()) segs.add(new HirPath.Segment(s.ident().name(), s.ident().span(), null, null));
                yield new HirTy.Path(new HirPath.Resolved(null, new HirPath.Path(partial.res(), segs, pt.path().span())), pt.span());
            }
            case Type.Ref r -> new HirTy.Ref(null, ty(m, r.ty(), ribs), r.mutable() ? Mutability.MUT : Mutability.NOT, r.span());
            case Type.Ptr p -> new HirTy.Ptr(ty(m, p.ty(), ribs), p.mutable() ? Mutability.MUT : Mutability.NOT, p.span());
            case Type.Slice s -> new HirTy.Slice(ty(m, s.elem(), ribs), s.span());
            case Type.Array a -> {
                ty(m, a.elem(), ribs);
                yield new HirTy.Err(a.span()); // the length needs a body: lowered with bodies
            }
            case Type.Tuple tu -> new HirTy.Tuple(tu.elems().stream().map(e -> ty(m, e, ribs)).toList(), tu.span());
            case Type.BareFn f -> {
                List<HirTy> ins = new ArrayList<>();
                for (Item.Param p : f.params()) ins.add(ty(m, p.ty(), ribs));
                HirTy out = f.ret() == null ? null : ty(m, f.ret(), ribs);
                yield new HirTy.FnPtr(ins, out, f.unsafe(), f.abi(), f.variadic(), f.span());
            }
            case Type.Never n -> new HirTy.Never(n.span());
            case Type.Infer i -> new HirTy.Infer(i.span());
            case Type.ImplTrait i -> {
                bounds(m, i.bounds(), ribs);
                yield new HirTy.Err(i.span());
            }
            case Type.TraitObject o -> {
                bounds(m, o.bounds(), ribs);
                yield new HirTy.Err(o.span());
            }
            case Type.Paren p -> ty(m, p.inner(), ribs);
            case Type.MacCallType mc -> new HirTy.Err(mc.span());
            case Type.ImplicitSelf s -> new HirTy.Err(s.span());
            case Type.Err e -> new HirTy.Err(e.span());
        };
    }
}
