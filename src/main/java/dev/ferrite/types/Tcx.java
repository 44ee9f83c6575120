package dev.ferrite.types;

import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.hir.Item;
import dev.ferrite.query.Memo;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The item-level queries of the type system (a slice of rustc's {@code TyCtxt}): generics,
 * predicates, types and signatures of items, ADT definitions, impl headers and the impls of each
 * trait and type. Each query is a {@link Memo} computed on demand from HIR by
 * {@link ItemCollector}; nothing walks the crate eagerly except the impl indexes.
 */
public final class Tcx {
    public final HirCrate hir;
    public final Definitions defs;
    public final DiagnosticSink diag;

    private final ItemCollector collector;
    private final Memo<DefId, Generics> generics;
    private final Memo<DefId, List<Generics.Param>> allParams;
    private final Memo<DefId, Ty> typeOf;
    private final Memo<DefId, FnSig> fnSig;
    private final Memo<DefId, List<Predicate>> predicates;
    private final Memo<DefId, AdtDef> adtDef;
    private final Memo<DefId, Optional<TraitRef>> implTraitRef;
    private final Memo<DefId, List<TraitRef>> supertraits;
    private volatile Map<DefId, List<DefId>> traitImpls;
    private volatile Map<Object, List<DefId>> inherentImpls;

    public Tcx(HirCrate hir, DiagnosticSink diag) {
        this.hir = hir;
        this.defs = hir.defs();
        this.diag = diag;
        this.collector = new ItemCollector(this);
        this.generics = new Memo<>("generics_of", collector::generics);
        this.allParams = new Memo<>("all_generic_params", this::computeAllParams);
        this.typeOf = new Memo<>("type_of", collector::typeOf);
        this.fnSig = new Memo<>("fn_sig", collector::fnSig);
        this.predicates = new Memo<>("predicates_of", collector::predicates);
        this.adtDef = new Memo<>("adt_def", collector::adtDef);
        this.implTraitRef = new Memo<>("impl_trait_ref", d -> Optional.ofNullable(collector.implTraitRef(d)));
        this.supertraits = new Memo<>("super_predicates_of", collector::supertraits);
    }

    public Generics generics(DefId def) {
        return generics.get(def);
    }

    /** Reveals the hidden type of an opaque type (installed by the driver: type checking decides it). */
    private java.util.function.Function<DefId, Ty> opaqueRevealer = d -> Ty.ERROR;
    private final Memo<DefId, List<Predicate>> opaqueBounds = new Memo<>("explicit_item_bounds", this::computeOpaqueBounds);

    public void setOpaqueRevealer(java.util.function.Function<DefId, Ty> f) {
        this.opaqueRevealer = f;
    }

    /** Evaluates a constant by running it (installed by the driver: the interpreter does it); null if it cannot. */
    private volatile java.util.function.Function<DefId, java.math.BigInteger> constEvaluator = d -> null;

    public void setConstEvaluator(java.util.function.Function<DefId, java.math.BigInteger> f) {
        this.constEvaluator = f;
    }

    /** The value of an integer constant (a const item or an anonymous constant) computed by running it, or null. */
    public java.math.BigInteger evalConstByRunning(DefId def) {
        return constEvaluator.apply(def);
    }

    /** The type an opaque type stands for, in terms of its function's generic parameters. */
    public Ty revealOpaque(DefId opaque) {
        return opaqueRevealer.apply(opaque);
    }

    /**
     * {@code ty} with every opaque type replaced by the type it hides, regions erased, also inside
     * hidden types: what code generation sees (rustc's {@code Reveal::All}).
     */
    public Ty revealOpaques(Ty ty) {
        if (!TyVisitor.any(ty, t -> t instanceof Ty.Opaque)) return ty;
        return new TyFolder() {
            private int depth;

            @Override
            public Ty foldTy(Ty t) {
                if (!(t instanceof Ty.Opaque o) || depth > 64) return superFold(t);
                depth++;
                try {
                    return foldTy(TyFolder.eraseRegions(TyFolder.subst(typeOf(o.def()), foldArgs(o.args()))));
                } finally {
                    depth--;
                }
            }
        }.foldTy(ty);
    }

    /** The bounds of an opaque type, with itself (at its identity arguments) as Self. */
    public List<Predicate> opaqueBounds(DefId opaque) {
        return opaqueBounds.get(opaque);
    }

    private List<Predicate> computeOpaqueBounds(DefId opaque) {
        if (!(item(opaque) instanceof Item.Opaque o)) return List.of();
        Ty self = Ty.intern(new Ty.Opaque(opaque, identityArgs(opaque)));
        return List.copyOf(new HirTyLowering(this, parent(opaque), null).lowerBounds(self, o.bounds()));
    }

    /** All generic parameters of an item, parents' first, indexed as {@link Ty.Param#index()}. */
    public List<Generics.Param> allParams(DefId def) {
        return allParams.get(def);
    }

    private List<Generics.Param> computeAllParams(DefId def) {
        Generics g = generics(def);
        List<Generics.Param> all = new ArrayList<>();
        if (g.parent() != null) all.addAll(allParams(g.parent()));
        all.addAll(g.own());
        return List.copyOf(all);
    }

    /** Each parameter of the item mapped to itself. */
    public GenericArgs identityArgs(DefId def) {
        return Generics.identity(allParams(def));
    }

    /** The type of an item: ADTs and aliases, fn items ({@link Ty.FnDef}), consts, statics, fields, impl self types. */
    public Ty typeOf(DefId def) {
        return typeOf.get(def);
    }

    /** The signature of a function, method or tuple constructor, in terms of its generic parameters. */
    public FnSig fnSig(DefId def) {
        return fnSig.get(def);
    }

    /**
     * The where-clauses that hold inside an item, including its parents' and the implicit
     * {@code Sized} bounds; inside a trait also {@code Self: Trait}.
     */
    public List<Predicate> predicates(DefId def) {
        return predicates.get(def);
    }

    public AdtDef adtDef(DefId def) {
        return adtDef.get(def);
    }

    /** The trait an impl implements, with the self type first; null for inherent impls. */
    public TraitRef implTraitRef(DefId impl) {
        return implTraitRef.get(impl).orElse(null);
    }

    /** The direct supertraits of a trait, in terms of the trait's parameters (Self = index 0). */
    public List<TraitRef> supertraits(DefId trait) {
        return supertraits.get(trait);
    }

    public Item item(DefId def) {
        return hir.item(def);
    }

    public DefKind kind(DefId def) {
        return defs.kind(def);
    }

    public Symbol name(DefId def) {
        return defs.name(def);
    }

    public DefId parent(DefId def) {
        return defs.parent(def);
    }

    public DefId langItem(String name) {
        return hir.langItem(name);
    }

    /**
     * Whether a private definition ({@code def}, a field or item without {@code pub}) can be named
     * from {@code from}: only inside the module that encloses it and that module's descendants.
     */
    public boolean isPrivateVisibleFrom(DefId def, DefId from) {
        DefId module = parent(def);
        while (module != null && kind(module) != DefKind.MOD && kind(module) != DefKind.CRATE) module = parent(module);
        for (DefId d = from; d != null; d = parent(d)) {
            if (d.equals(module)) return true;
        }
        return module == null;
    }

    /** The contents type of {@code Box<T>} (the {@code owned_box} lang item), or null for any other type. */
    public Ty boxedTy(Ty t) {
        if (!(t instanceof Ty.Adt a) || a.args().size() == 0 || !(a.args().get(0) instanceof Ty inner)) return null;
        DefId box = langItem("owned_box");
        return box != null && box.equals(a.def()) ? inner : null;
    }

    /** The traits in scope for code inside {@code def} (its nearest enclosing module's), or null if unknown. */
    public java.util.Set<DefId> traitsInScope(DefId def) {
        for (DefId d = def; d != null; d = defs.parent(d)) {
            java.util.Set<DefId> s = hir.traitsInScope(d);
            if (s != null) return s;
        }
        return null;
    }

    /** The impls of a trait, in definition order. */
    public List<DefId> traitImpls(DefId trait) {
        indexImpls();
        return withExtern(traitImpls.getOrDefault(trait, List.of()), hir.extern() == null ? null : hir.extern().traitImpls().get(trait));
    }

    /** Earlier crates' entries (definition order: they come first), then this compilation's. */
    private static <T> List<T> withExtern(List<T> local, List<T> extern) {
        if (extern == null || extern.isEmpty()) return local;
        if (local.isEmpty()) return extern;
        List<T> all = new ArrayList<>(extern);
        all.addAll(local);
        return all;
    }

    /**
     * The inherent impls of a nominal type: keyed by the ADT's DefId, or by the primitive's
     * {@link SimplifiedType} for impls on {@code i32}, {@code str}, slices, pointers, ...
     */
    public List<DefId> inherentImpls(Object key) {
        indexImpls();
        return withExtern(inherentImpls.getOrDefault(key, List.of()), hir.extern() == null ? null : hir.extern().inherentImpls().get(key));
    }

    private void indexImpls() {
        if (traitImpls == null) buildImplIndexes();
    }

    private synchronized void buildImplIndexes() {
        if (traitImpls != null) return;
        Map<DefId, List<DefId>> byTrait = new HashMap<>();
        Map<Object, List<DefId>> inherent = new HashMap<>();
        for (Item item : hir.localItems().stream().sorted((a, b) -> a.def().compareTo(b.def())).toList()) {
            if (!(item instanceof Item.Impl impl)) continue;
            if (impl.traitRef() != null) {
                if (impl.traitRef().res() instanceof dev.ferrite.hir.Res.Def d) {
                    byTrait.computeIfAbsent(d.def(), k -> new ArrayList<>()).add(impl.def());
                }
            } else {
                Object key = SimplifiedType.of(typeOf(impl.def()));
                if (key != null) inherent.computeIfAbsent(key, k -> new ArrayList<>()).add(impl.def());
            }
        }
        inherentImpls = inherent;
        traitImpls = byTrait;
    }

    /** The impls of each trait lowered in this compilation, not earlier crates' (for the library's metadata). */
    public Map<DefId, List<DefId>> traitImplIndex() {
        indexImpls();
        return traitImpls;
    }

    /** The inherent impls per {@link SimplifiedType} (for the library's metadata). */
    public Map<Object, List<DefId>> inherentImplIndex() {
        indexImpls();
        return inherentImpls;
    }

    /** The associated items of all traits by name (for the library's metadata). */
    public Map<Symbol, List<DefId>> traitItemIndex() {
        traitItemsNamed(Symbol.UNDERSCORE);
        return traitItemsByName;
    }

    private volatile Map<Symbol, List<DefId>> traitItemsByName;

    /** The associated items named {@code name} of all traits (candidates for method calls and {@code T::name}). */
    public List<DefId> traitItemsNamed(Symbol name) {
        if (traitItemsByName == null) indexTraitItems();
        return withExtern(traitItemsByName.getOrDefault(name, List.of()),
                hir.extern() == null ? null : hir.extern().traitItemsByName().get(name));
    }

    private synchronized void indexTraitItems() {
        if (traitItemsByName == null) {
            Map<Symbol, List<DefId>> m = new HashMap<>();
            for (Item item : hir.localItems().stream().sorted((a, b) -> a.def().compareTo(b.def())).toList()) {
                if (item instanceof Item.Trait t) {
                    for (DefId d : t.items()) m.computeIfAbsent(defs.name(d), k -> new ArrayList<>()).add(d);
                }
            }
            traitItemsByName = m;
        }
    }

    /** The associated items (DefIds) of a trait or impl. */
    public List<DefId> assocItems(DefId traitOrImpl) {
        return switch (item(traitOrImpl)) {
            case Item.Trait t -> t.items();
            case Item.Impl i -> i.items();
            case null, default -> List.of();
        };
    }

    /** The associated item of a trait or impl with this name in the namespace of {@code kind}'s, or null. */
    public DefId assocItem(DefId traitOrImpl, Symbol name, DefKind.Ns ns) {
        for (DefId d : assocItems(traitOrImpl)) {
            if (defs.name(d) == name && kind(d).ns() == ns) return d;
        }
        return null;
    }

    /** The trait or impl an associated item belongs to, or null if {@code def} is not an associated item. */
    public DefId assocContainer(DefId def) {
        DefKind k = kind(def);
        if (k != DefKind.ASSOC_FN && k != DefKind.ASSOC_TY && k != DefKind.ASSOC_CONST) return null;
        return parent(def);
    }

    /** For an impl item, the trait item it implements (by name), or null. */
    public DefId traitItemOf(DefId implItem) {
        DefId impl = assocContainer(implItem);
        if (impl == null || kind(impl) != DefKind.IMPL) return null;
        TraitRef tr = implTraitRef(impl);
        if (tr == null) return null;
        return assocItem(tr.traitId(), name(implItem), kind(implItem).ns());
    }

    /** Printing of types in rustc's style ({@code Vec<i32>}, {@code &mut str}, {@code fn(i32) -> bool}). */
    public String show(Ty ty) {
        return new TyPrinter(this).print(ty);
    }

    public String show(TraitRef tr) {
        return new TyPrinter(this).print(tr);
    }

    /** The path rustc prints for a definition in types and diagnostics. */
    public String defPath(DefId def) {
        return defs.path(def);
    }
}
