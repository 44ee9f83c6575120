package dev.ferrite.types;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Item;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns types written in HIR into {@link Ty}s (rustc's {@code hir_ty_lowering}): resolves generic
 * parameters to their indices in the generics of {@code scope}, fills in defaulted and (in bodies)
 * inferred generic arguments, resolves {@code T::Assoc} through the bounds on {@code T}, and
 * lowers trait bounds to predicates.
 *
 * <p>{@code infer} creates inference variables for {@code _} and elided arguments inside bodies;
 * it is null when lowering item signatures, where {@code _} is an error (E0121).
 */
public final class HirTyLowering {
    private final Tcx tcx;
    private final DefId scope;
    private final Supplier<Ty> infer;

    /**
     * The binders around the type being lowered, innermost first: fn pointer types and the trait
     * bounds of {@code dyn} types. Their lifetimes ({@code for<'a>}, and the elided ones of
     * {@code fn(&T)} and {@code Fn(&T)}) are {@link Region.Bound}, which region erasure keeps, so
     * types that differ only in them stay different ({@code TypeId}), as in rustc.
     */
    private final java.util.ArrayDeque<Binder> binders = new java.util.ArrayDeque<>();

    /** Where elided lifetimes go while a binder's parts are lowered. */
    private enum Elision {
        /** Not to this binder (`dyn for<'a> Trait<'a>`, or the binder's own non-sugar arguments). */
        NONE,
        /** Each is a fresh bound lifetime (a fn pointer's or `Fn(..)`'s inputs). */
        INPUTS,
        /** The inputs' only lifetime, if they have exactly one (the output). */
        OUTPUT
    }

    /** One binder: its bound lifetimes are numbered as they first appear (rustc's anonymised bound regions). */
    private static final class Binder {
        final List<DefId> params;
        final java.util.Map<DefId, Integer> named = new java.util.HashMap<>();
        int count;
        Elision elision = Elision.NONE;
        /** The distinct lifetimes of the inputs, relative to this binder. */
        final java.util.Set<Region> inputs = new java.util.LinkedHashSet<>();
        Region output = Region.ERASED;

        Binder(List<DefId> params) {
            this.params = params;
        }

        /** Switches from the inputs to the output: elided output lifetimes are the inputs' only one. */
        void toOutput() {
            output = inputs.size() == 1 ? inputs.iterator().next() : Region.ERASED;
            elision = Elision.OUTPUT;
        }
    }

    /** Makes inference variables for omitted const arguments in bodies (null outside bodies). */
    private Supplier<Const> inferConst;

    public HirTyLowering withConstInference(Supplier<Const> inferConst) {
        this.inferConst = inferConst;
        return this;
    }

    public HirTyLowering(Tcx tcx, DefId scope, Supplier<Ty> infer) {
        this.tcx = tcx;
        this.scope = scope;
        this.infer = infer;
    }

    public Ty lower(HirTy hty) {
        return switch (hty) {
            case HirTy.Path p -> lowerQPath(p.path(), p.span());
            case HirTy.Ref r -> Ty.ref(lifetime(r.lifetime()), lower(r.ty()), r.mutbl());
            case HirTy.Ptr p -> Ty.ptr(lower(p.ty()), p.mutbl());
            case HirTy.Slice s -> Ty.slice(lower(s.elem()));
            case HirTy.Array a -> Ty.array(lower(a.elem()), arrayLen(a));
            case HirTy.Tuple t -> Ty.tuple(t.elems().stream().map(this::lower).toList());
            case HirTy.FnPtr f -> {
                Binder b = new Binder(f.boundParams().stream().map(Item.GenericParam::def).toList());
                binders.push(b);
                try {
                    b.elision = Elision.INPUTS;
                    List<Ty> inputs = f.inputs().stream().map(this::lower).toList();
                    b.toOutput();
                    Ty output = f.output() == null ? Ty.UNIT : lower(f.output());
                    yield Ty.intern(new Ty.FnPtr(new FnSig(inputs, output, f.cVariadic(), f.unsafe(),
                            f.abi() == null ? "Rust" : f.abi(), b.count)));
                } finally {
                    binders.pop();
                }
            }
            case HirTy.Never n -> Ty.NEVER;
            case HirTy.Infer i -> {
                if (infer != null) yield infer.get();
                tcx.diag.emit(Diagnostic.error("the placeholder `_` is not allowed within types on item signatures")
                        .code("E0121").primary(i.span(), "not allowed in type signatures"));
                yield Ty.ERROR;
            }
            case HirTy.TraitObject t -> lowerDyn(t);
            case HirTy.ImplTrait t when t.def() != null && tcx.kind(t.def()) == DefKind.OPAQUE_TY ->
                    Ty.intern(new Ty.Opaque(t.def(), tcx.identityArgs(t.def())));
            case HirTy.ImplTrait t -> {
                // Argument-position impl Trait is a synthetic type parameter of the function.
                Generics.Param p = t.def() == null ? null : paramByDef(t.def());
                yield p != null ? Ty.param(p.index(), p.name()) : unsupported(t.span(), "`impl Trait` in this position");
            }
            case HirTy.Err e -> Ty.ERROR;
        };
    }

    private Ty unsupported(Span span, String what) {
        tcx.diag.emit(Diagnostic.error(what + " is not supported by Ferrite yet").primary(span));
        return Ty.ERROR;
    }

    private Region lifetime(HirPath.Lifetime lt) {
        if (lt == null) return elided();
        return switch (lt.res()) {
            case HirPath.LifetimeRes.Static s -> input(Region.STATIC);
            case HirPath.LifetimeRes.Param p -> {
                Generics.Param gp = paramByDef(p.param());
                yield gp != null ? input(new Region.EarlyParam(gp.index(), gp.name())) : bound(p.param());
            }
            case HirPath.LifetimeRes.Infer i -> elided();
            case HirPath.LifetimeRes.Error e -> Region.ERROR;
        };
    }

    /** A lifetime that is not bound here, written in the inputs of the innermost binder: one of its input lifetimes. */
    private Region input(Region r) {
        Binder b = binders.peek();
        if (b != null && b.elision == Elision.INPUTS) b.inputs.add(r);
        return r;
    }

    /** A {@code for<'a>} lifetime: bound by the binder that declares it (erased outside the binders lowered here). */
    private Region bound(DefId param) {
        int depth = 0;
        for (Binder b : binders) {
            if (b.params.contains(param)) {
                Region r = new Region.Bound(0, b.named.computeIfAbsent(param, k -> b.count++));
                if (b.elision == Elision.INPUTS) b.inputs.add(r);
                return shift(r, depth);
            }
            depth++;
        }
        return Region.ERASED;
    }

    /** An elided lifetime ({@code &T}, {@code '_}, a path's omitted lifetime arguments). */
    private Region elided() {
        int depth = 0;
        for (Binder b : binders) {
            switch (b.elision) {
                case INPUTS -> {
                    Region r = new Region.Bound(0, b.count++);
                    b.inputs.add(r);
                    return shift(r, depth);
                }
                case OUTPUT -> {
                    return shift(b.output, depth);
                }
                case NONE -> depth++;
            }
        }
        return Region.ERASED;
    }

    private static Region shift(Region r, int depth) {
        return depth > 0 && r instanceof Region.Bound b ? new Region.Bound(b.debruijn() + depth, b.var()) : r;
    }

    private Const arrayLen(HirTy.Array a) {
        Const c = ConstEval.evalUsize(tcx, a.len(), scope);
        return c;
    }

    private Generics.Param paramByDef(DefId def) {
        if (scope == null) return null;
        for (Generics.Param p : tcx.allParams(scope)) if (def.equals(p.def())) return p;
        return null;
    }

    /**
     * The type before {@code ::name} in a value path ({@code Vec::new}, {@code ManuallyDrop::new}):
     * omitted generic arguments are inferred in bodies, as for a value.
     */
    public Ty lowerPathBase(HirTy t) {
        if (infer != null && t instanceof HirTy.Path p && p.path() instanceof HirPath.Resolved r && r.qself() == null
                && r.path().res() instanceof Res.Def d) {
            HirPath.Segment last = r.path().last();
            switch (d.kind()) {
                case STRUCT, ENUM, UNION -> {
                    return Ty.adt(d.def(), argsFor(d.def(), last, GenericArgs.EMPTY, true));
                }
                case TY_ALIAS -> {
                    return TyFolder.subst(tcx.typeOf(d.def()), argsFor(d.def(), last, GenericArgs.EMPTY, true));
                }
                default -> {
                }
            }
        }
        return lower(t);
    }

    /** Lowers a path in type position. */
    public Ty lowerQPath(HirPath.QPath qpath, Span span) {
        return switch (qpath) {
            case HirPath.Resolved r -> {
                if (r.qself() != null) yield lowerQualified(r, span);
                yield lowerResolvedPath(r.path());
            }
            case HirPath.TypeRelative tr -> {
                Ty base = lower(tr.base());
                yield associatedType(base, tr.base(), tr.segment(), span);
            }
        };
    }

    private Ty lowerResolvedPath(HirPath.Path path) {
        HirPath.Segment last = path.last();
        return switch (path.res()) {
            case Res.Prim p -> prim(p.ty());
            case Res.Def d -> switch (d.kind()) {
                case STRUCT, ENUM, UNION -> Ty.adt(d.def(), argsFor(d.def(), last, GenericArgs.EMPTY, false));
                case TY_ALIAS -> {
                    GenericArgs args = argsFor(d.def(), last, GenericArgs.EMPTY, false);
                    yield TyFolder.subst(tcx.typeOf(d.def()), args);
                }
                case TY_PARAM -> {
                    Generics.Param p = paramByDef(d.def());
                    if (p == null) {
                        tcx.diag.emit(Diagnostic.error("can't use generic parameters from outer item").code("E0401")
                                .primary(path.span(), "use of generic parameter from outer item"));
                        yield Ty.ERROR;
                    }
                    yield Ty.param(p.index(), p.name());
                }
                case FOREIGN_TY -> Ty.intern(new Ty.Foreign(d.def()));
                case ASSOC_TY -> {
                    // A path that resolved directly to an associated type (e.g. `Trait::Assoc` is an error,
                    // but `Self::Assoc` inside an impl was resolved by name resolution).
                    DefId container = tcx.parent(d.def());
                    if (tcx.kind(container) == DefKind.IMPL) yield tcx.typeOf(d.def());
                    yield Ty.intern(new Ty.Alias(d.def(), tcx.identityArgs(container)));
                }
                case TRAIT -> {
                    tcx.diag.emit(Diagnostic.error("expected a type, found a trait").code("E0782")
                            .primary(path.span(), "")
                            .help("add `dyn` keyword before this trait"));
                    yield Ty.ERROR;
                }
                default -> {
                    tcx.diag.emit(Diagnostic.error("expected type, found " + d.kind().descr() + " `"
                            + tcx.name(d.def()) + "`").code("E0573").primary(path.span(), "not a type"));
                    yield Ty.ERROR;
                }
            };
            case Res.SelfTyParam s -> Ty.param(0, Symbol.SELF_UPPER);
            case Res.SelfTyAlias s -> tcx.kind(s.implOrAdt()) == DefKind.IMPL
                    ? tcx.typeOf(s.implOrAdt())
                    : Ty.adt(s.implOrAdt(), tcx.identityArgs(s.implOrAdt()));
            case Res.SelfCtor s -> tcx.typeOf(s.impl());
            case Res.Local l -> Ty.ERROR;
            case Res.Err e -> Ty.ERROR;
        };
    }

    /** {@code <T as Trait>::Name} */
    private Ty lowerQualified(HirPath.Resolved r, Span span) {
        Ty self = lower(r.qself());
        HirPath.Path path = r.path();
        // path = Trait::Name; the trait segment is the second to last
        if (path.segments().size() < 2 || !(path.segments().get(path.segments().size() - 2).res() instanceof Res.Def td)
                || td.kind() != DefKind.TRAIT) {
            return lowerResolvedPath(path);
        }
        HirPath.Segment traitSeg = path.segments().get(path.segments().size() - 2);
        GenericArgs traitArgs = GenericArgs.of(self).concat(ownArgs(td.def(), traitSeg, false, 1));
        DefId assoc = tcx.assocItem(td.def(), path.last().name(), DefKind.Ns.TYPE);
        if (assoc == null) {
            tcx.diag.emit(Diagnostic.error("cannot find associated type `" + path.last().name() + "` in trait `"
                    + tcx.name(td.def()) + "`").code("E0576").primary(path.last().span(), "not found in `" + tcx.name(td.def()) + "`"));
            return Ty.ERROR;
        }
        return Ty.intern(new Ty.Alias(assoc, traitArgs));
    }

    /** {@code Base::Name} where Base is a type: a type parameter's bound, {@code Self} in a trait or impl. */
    public Ty associatedType(Ty base, HirTy baseHir, HirPath.Segment seg, Span span) {
        if (base instanceof Ty.Error) return base;
        // `Self::Name` inside a trait impl: the impl's own definition of Name.
        if (baseHir instanceof HirTy.Path bp && bp.path() instanceof HirPath.Resolved rp
                && rp.path().res() instanceof Res.SelfTyAlias sa && tcx.kind(sa.implOrAdt()) == DefKind.IMPL) {
            DefId impl = sa.implOrAdt();
            DefId own = tcx.assocItem(impl, seg.name(), DefKind.Ns.TYPE);
            if (own != null) return tcx.typeOf(own);
            TraitRef tr = tcx.implTraitRef(impl);
            if (tr != null) {
                DefId assoc = findAssocInTraitAndSupers(tr, seg.name());
                if (assoc != null) return Ty.intern(new Ty.Alias(assoc, tr.args()));
            }
        }
        // `Self::Name` inside a trait that declares Name itself (also in its supertrait list, where
        // elaborating the supertraits first would be a cycle: `trait Try: FromResidual<Self::Residual>`).
        if (baseHir instanceof HirTy.Path bp && bp.path() instanceof HirPath.Resolved rp
                && rp.path().res() instanceof Res.SelfTyParam st) {
            DefId own = tcx.assocItem(st.trait(), seg.name(), DefKind.Ns.TYPE);
            if (own != null) return Ty.intern(new Ty.Alias(own, tcx.identityArgs(st.trait())));
        }
        for (TraitRef bound : boundsOf(base)) {
            DefId assoc = tcx.assocItem(bound.traitId(), seg.name(), DefKind.Ns.TYPE);
            if (assoc != null) return Ty.intern(new Ty.Alias(assoc, bound.args()));
        }
        tcx.diag.emit(Diagnostic.error("associated type `" + seg.name() + "` not found for `" + tcx.show(base) + "`")
                .code("E0220").primary(seg.span(), "associated type `" + seg.name() + "` not found"));
        return Ty.ERROR;
    }

    private DefId findAssocInTraitAndSupers(TraitRef tr, Symbol name) {
        for (TraitRef t : Elaborator.withSupertraits(tcx, tr)) {
            DefId a = tcx.assocItem(t.traitId(), name, DefKind.Ns.TYPE);
            if (a != null) return a;
        }
        return null;
    }

    /** The trait bounds on a type parameter (or Self) in scope, elaborated with supertraits. */
    private List<TraitRef> boundsOf(Ty base) {
        List<TraitRef> out = new ArrayList<>();
        if (!(base instanceof Ty.Param param) || scope == null) return out;
        for (DefId owner = scope; owner != null; owner = tcx.generics(owner).parent()) {
            Item item = tcx.item(owner);
            if (item instanceof Item.Trait t && param.index() == 0) {
                out.addAll(Elaborator.withSupertraits(tcx, new TraitRef(t.def(), tcx.identityArgs(t.def()))));
            }
            Item.Generics g = ItemCollector.hirGenerics(item);
            if (g == null) continue;
            for (Item.WherePredicate wp : g.predicates()) {
                if (!(wp instanceof Item.BoundPredicate bp)) continue;
                if (!(bp.bounded() instanceof HirTy.Path p && p.path() instanceof HirPath.Resolved r
                        && r.qself() == null && r.path().res() instanceof Res.Def d && d.kind() == DefKind.TY_PARAM)) {
                    continue;
                }
                Generics.Param gp = paramByDef(d.def());
                if (gp == null || gp.index() != param.index()) continue;
                for (Item.GenericBound b : bp.bounds()) {
                    if (b instanceof Item.TraitBound tb && !tb.maybe() && tb.trait().res() instanceof Res.Def td
                            && td.kind() == DefKind.TRAIT) {
                        TraitRef tr = new TraitRef(td.def(), GenericArgs.of(base).concat(ownArgs(td.def(), tb.trait().last(), false, 1)));
                        out.addAll(Elaborator.withSupertraits(tcx, tr));
                    }
                }
            }
        }
        return out;
    }

    private Ty lowerDyn(HirTy.TraitObject t) {
        List<ExistentialPredicate> preds = new ArrayList<>();
        List<ExistentialPredicate> autos = new ArrayList<>();
        // The principal trait's arguments are lowered with a placeholder Self that is then dropped.
        for (Item.GenericBound b : t.bounds()) {
            if (!(b instanceof Item.TraitBound tb) || tb.maybe()) continue;
            if (!(tb.trait().res() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) continue;
            Item.Trait trait = tcx.item(d.def()) instanceof Item.Trait tt ? tt : null;
            if (trait != null && trait.auto()) {
                autos.add(new ExistentialPredicate.AutoTrait(d.def()));
                continue;
            }
            // `dyn for<'a> Trait<'a>` and `dyn Fn(&T) -> &U` bind lifetimes
            HirPath.GenericArgs ga = tb.trait().last().args();
            Binder binder = new Binder(tb.boundParams().stream().map(Item.GenericParam::def).toList());
            binders.push(binder);
            try {
                boolean sugar = ga != null && ga.parenthesized();
                if (sugar) binder.elision = Elision.INPUTS;
                GenericArgs own = ownArgs(d.def(), tb.trait().last(), false, 1);
                preds.add(new ExistentialPredicate.Trait(d.def(), own));
                if (sugar) binder.toOutput();
                if (ga != null) {
                    for (HirPath.Constraint c : ga.constraints()) {
                        DefId assoc = findAssocInTraitAndSupers(new TraitRef(d.def(), GenericArgs.of(Ty.ERROR).concat(own)), c.name());
                        if (assoc != null && c.equals() != null) {
                            preds.add(new ExistentialPredicate.Projection(assoc, own, lower(c.equals())));
                        }
                    }
                }
            } finally {
                binders.pop();
            }
        }
        preds.addAll(autos);
        Region r = t.lifetime() == null ? Region.ERASED : lifetime(t.lifetime());
        return Ty.intern(new Ty.Dynamic(preds, r));
    }

    /** Lowers a trait path to a trait reference with the given self type. */
    public TraitRef lowerTraitRef(HirPath.Path path, Ty self) {
        if (!(path.res() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) return null;
        return new TraitRef(d.def(), GenericArgs.of(self).concat(ownArgs(d.def(), path.last(), false, 1, self)));
    }

    /** Predicates stated by bounds on {@code self}: trait bounds and their associated type constraints. */
    public List<Predicate> lowerBounds(Ty self, List<Item.GenericBound> bounds) {
        List<Predicate> out = new ArrayList<>();
        for (Item.GenericBound b : bounds) {
            switch (b) {
                case Item.TraitBound tb -> {
                    if (tb.maybe()) continue;
                    TraitRef tr = lowerTraitRef(tb.trait(), self);
                    if (tr == null) continue;
                    out.add(new Predicate.Trait(tr));
                    HirPath.GenericArgs ga = tb.trait().last().args();
                    if (ga == null) continue;
                    for (HirPath.Constraint c : ga.constraints()) {
                        DefId assoc = findAssocInTraitAndSupers(tr, c.name());
                        if (assoc == null) {
                            tcx.diag.emit(Diagnostic.error("associated type `" + c.name() + "` not found for `"
                                    + tcx.name(tr.traitId()) + "`").code("E0220").primary(c.span(),
                                    "associated type `" + c.name() + "` not found"));
                            continue;
                        }
                        Ty.Alias alias = (Ty.Alias) Ty.intern(new Ty.Alias(assoc, tr.args()));
                        if (c.equals() != null) out.add(new Predicate.Projection(alias, lower(c.equals())));
                        out.addAll(lowerBounds(alias, c.bounds()));
                    }
                }
                case Item.OutlivesBound ob -> out.add(new Predicate.TypeOutlives(self, lifetime(ob.lifetime())));
            }
        }
        return out;
    }

    /** The full arguments for a path to {@code def}: {@code parentArgs} followed by the segment's own. */
    public GenericArgs argsFor(DefId def, HirPath.Segment seg, GenericArgs parentArgs, boolean inferMissing) {
        return parentArgs.concat(ownArgs(def, seg, inferMissing, parentArgs.size()));
    }

    /**
     * The arguments for {@code def}'s own parameters from a path segment: explicit arguments in
     * order, then defaults (substituted with what came before), then inference variables (in
     * bodies) or an error. Lifetimes may always be omitted. {@code skip} parameters at the start
     * of the own list are already provided (a trait's Self).
     */
    public GenericArgs ownArgs(DefId def, HirPath.Segment seg, boolean inferMissing, int firstIndex) {
        return ownArgs(def, seg, inferMissing, firstIndex, Ty.ERROR);
    }

    /** {@link #ownArgs} for a trait whose Self is {@code self} (defaults like {@code Rhs = Self} use it). */
    public GenericArgs ownArgs(DefId def, HirPath.Segment seg, boolean inferMissing, int firstIndex, Ty self) {
        Generics g = tcx.generics(def);
        List<Generics.Param> own = g.own();
        int start = g.hasSelf() ? 1 : 0;
        List<HirPath.GenericArg> given = seg == null || seg.args() == null ? List.of() : seg.args().args();
        List<HirPath.GenericArg> givenTypes = given.stream().filter(a -> !(a instanceof HirPath.LifetimeArg)).toList();
        List<HirPath.GenericArg> givenLts = given.stream().filter(a -> a instanceof HirPath.LifetimeArg).toList();
        List<GenericArg> out = new ArrayList<>();
        int ti = 0, li = 0;
        int expectedTypes = 0, requiredTypes = 0;
        for (int i = start; i < own.size(); i++) {
            if (own.get(i).kind() != Generics.Kind.LIFETIME) {
                expectedTypes++;
                if (!own.get(i).hasDefault()) requiredTypes++;
            }
        }
        boolean tooMany = givenTypes.size() > expectedTypes;
        boolean tooFew = !givenTypes.isEmpty() && givenTypes.size() < requiredTypes
                || givenTypes.isEmpty() && requiredTypes > 0 && !inferMissing;
        if ((tooMany || tooFew) && seg != null) {
            String kindWord = tcx.kind(def).descr();
            int n = tooMany ? expectedTypes : requiredTypes;
            String exp = (tooMany && requiredTypes != expectedTypes ? "at most " : tooFew && requiredTypes != expectedTypes ? "at least " : "")
                    + n + " generic argument" + (n == 1 ? "" : "s");
            tcx.diag.emit(Diagnostic.error("missing generics for " + kindWord + " `" + tcx.name(def) + "`")
                    .code("E0107").primary(seg.span(), "expected " + exp));
        }
        List<GenericArg> soFar = new ArrayList<>();
        for (int i = start; i < own.size(); i++) {
            Generics.Param p = own.get(i);
            GenericArg a;
            switch (p.kind()) {
                case LIFETIME -> {
                    a = li < givenLts.size() ? lifetime(((HirPath.LifetimeArg) givenLts.get(li++)).lifetime()) : elided();
                }
                case TYPE -> {
                    if (ti < givenTypes.size()) {
                        a = switch (givenTypes.get(ti++)) {
                            case HirPath.TypeArg ta -> lower(ta.ty());
                            case HirPath.ConstArg ca -> Ty.ERROR;
                            case HirPath.LifetimeArg la -> Ty.ERROR;
                        };
                    } else if (p.hasDefault() && !(inferMissing && givenTypes.isEmpty())) {
                        a = defaultFor(def, p, firstIndex, soFar, self);
                    } else if (inferMissing && infer != null) {
                        a = infer.get();
                    } else {
                        a = Ty.ERROR;
                    }
                }
                case CONST -> {
                    if (ti < givenTypes.size()) {
                        a = switch (givenTypes.get(ti++)) {
                            case HirPath.ConstArg ca -> ConstEval.evalConstArg(tcx, ca.body(), scope);
                            case HirPath.TypeArg ta -> ConstEval.constFromTyArg(tcx, ta.ty(), this);
                            case HirPath.LifetimeArg la -> new Const.Error();
                        };
                    } else if (inferMissing && inferConst != null) {
                        a = inferConst.get();
                    } else {
                        a = new Const.Error();
                    }
                }
                default -> throw new IllegalStateException();
            }
            out.add(a);
            soFar.add(a);
        }
        return new GenericArgs(out);
    }

    private GenericArg defaultFor(DefId def, Generics.Param p, int firstIndex, List<GenericArg> soFar, Ty self) {
        Item item = tcx.item(def);
        Item.Generics hg = ItemCollector.hirGenerics(item);
        if (hg == null) return Ty.ERROR;
        for (Item.GenericParam gp : hg.params()) {
            if (gp.def().equals(p.def()) && gp.defaultTy() != null) {
                Ty d = new HirTyLowering(tcx, def, null).lower(gp.defaultTy());
                // The default is written in terms of def's own parameters: substitute what was given.
                List<GenericArg> args = new ArrayList<>();
                Generics g = tcx.generics(def);
                for (int i = 0; i < g.parentCount(); i++) args.add(Ty.ERROR);
                if (g.hasSelf()) args.add(self);
                args.addAll(soFar);
                return TyFolder.subst(d, new GenericArgs(args));
            }
        }
        return Ty.ERROR;
    }

    static Ty prim(Res.PrimTy p) {
        return switch (p) {
            case BOOL -> Ty.BOOL;
            case CHAR -> Ty.CHAR;
            case STR -> Ty.STR;
            case F32 -> Ty.F32;
            case F64 -> Ty.F64;
            default -> Ty.of(p.intKind());
        };
    }

    /** A usize constant from a literal, for tests and array lengths. */
    static Const usize(BigInteger v) {
        return new Const.Value(Ty.USIZE, v);
    }
}
