package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Item;
import dev.ferrite.traits.AssocTypeDatum;
import dev.ferrite.traits.GenericParamKind;
import dev.ferrite.traits.ImplDatum;
import dev.ferrite.traits.Polarity;
import dev.ferrite.traits.TraitDatabase;
import dev.ferrite.traits.TraitDatum;
import dev.ferrite.traits.WellKnownTrait;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.Generics;
import dev.ferrite.types.HirTyLowering;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trait solver's view of the program ({@link TraitDatabase}), answered from the item queries
 * of {@link Tcx}. Answers are cached here because the solver asks for the same data often.
 * Code generation's view ({@code revealOpaques}) sees through the opaque types in signatures to
 * the types they hide, as it sees through them everywhere else (rustc's {@code Reveal::All}): a
 * {@code fn() -> impl Iterator} item then implements {@code FnOnce} with its hidden return type.
 */
public final class TcxTraitDatabase implements TraitDatabase {
    private final Tcx tcx;
    private final boolean revealOpaques;
    private final ConcurrentHashMap<DefId, FnSig> revealedSigs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DefId, ImplDatum> impls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DefId, TraitDatum> traits = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DefId, AssocTypeDatum> assocTypes = new ConcurrentHashMap<>();

    public TcxTraitDatabase(Tcx tcx) {
        this(tcx, false);
    }

    public TcxTraitDatabase(Tcx tcx, boolean revealOpaques) {
        this.tcx = tcx;
        this.revealOpaques = revealOpaques;
    }

    @Override
    public List<DefId> implsFor(DefId trait) {
        return tcx.traitImpls(trait);
    }

    private List<GenericParamKind> kinds(List<Generics.Param> params) {
        List<GenericParamKind> out = new ArrayList<>();
        for (Generics.Param p : params) {
            out.add(switch (p.kind()) {
                case TYPE -> GenericParamKind.TYPE;
                case LIFETIME -> GenericParamKind.REGION;
                case CONST -> GenericParamKind.CONST;
            });
        }
        return out;
    }

    @Override
    public Ty implSelfTy(DefId impl) {
        ImplDatum known = impls.get(impl);
        return known != null ? known.traitRef().self() : tcx.implTraitRef(impl).self();
    }

    @Override
    public ImplDatum implDatum(DefId impl) {
        return impls.computeIfAbsent(impl, d -> {
            Item.Impl item = (Item.Impl) tcx.item(d);
            TraitRef tr = tcx.implTraitRef(d);
            return new ImplDatum(d, kinds(tcx.allParams(d)), tr, tcx.predicates(d),
                    item.negative() ? Polarity.NEGATIVE : Polarity.POSITIVE);
        });
    }

    @Override
    public Optional<Ty> implAssocTy(DefId impl, DefId assocItem) {
        DefId own = tcx.assocItem(impl, tcx.name(assocItem), DefKind.Ns.TYPE);
        if (own == null) return Optional.empty();
        return Optional.of(tcx.typeOf(own));
    }

    @Override
    public TraitDatum traitDatum(DefId trait) {
        return traits.computeIfAbsent(trait, d -> {
            Item.Trait item = (Item.Trait) tcx.item(d);
            List<Predicate> where = new ArrayList<>();
            for (TraitRef sup : tcx.supertraits(d)) where.add(new Predicate.Trait(sup));
            for (Predicate p : tcx.predicates(d)) {
                if (p instanceof Predicate.Trait t && t.traitRef().traitId().equals(d)
                        && t.traitRef().self() instanceof Ty.Param sp && sp.index() == 0) {
                    continue; // `Self: Trait` itself
                }
                if (!where.contains(p)) where.add(p);
            }
            List<DefId> assoc = new ArrayList<>();
            List<DefId> methods = new ArrayList<>();
            for (DefId i : item.items()) {
                if (tcx.kind(i) == DefKind.ASSOC_TY) assoc.add(i);
                else if (tcx.kind(i) == DefKind.ASSOC_FN) methods.add(i);
            }
            return new TraitDatum(d, kinds(tcx.allParams(d)), where, assoc, methods, item.auto(), false);
        });
    }

    @Override
    public AssocTypeDatum assocTypeDatum(DefId assocType) {
        return assocTypes.computeIfAbsent(assocType, d -> {
            Item.AssocTy item = (Item.AssocTy) tcx.item(d);
            DefId trait = tcx.parent(d);
            Ty self = Ty.intern(new Ty.Alias(d, tcx.identityArgs(d)));
            HirTyLowering lowering = new HirTyLowering(tcx, d, null);
            List<Predicate> bounds = new ArrayList<>(lowering.lowerBounds(self, item.bounds()));
            DefId sized = tcx.langItem("sized");
            boolean maybeSized = item.bounds().stream().anyMatch(b -> b instanceof Item.TraitBound tb && tb.maybe());
            if (sized != null && !maybeSized) {
                bounds.add(new Predicate.Trait(new TraitRef(sized, dev.ferrite.types.GenericArgs.of(self))));
            }
            Optional<Ty> def = item.defaultTy() == null ? Optional.empty() : Optional.of(lowering.lower(item.defaultTy()));
            return new AssocTypeDatum(d, trait, kinds(tcx.generics(d).own()), bounds, def);
        });
    }

    @Override
    public AdtDef adtDef(DefId adt) {
        return tcx.adtDef(adt);
    }

    @Override
    public Optional<DefId> wellKnownTrait(WellKnownTrait role) {
        String lang = switch (role) {
            case SIZED -> "sized";
            case COPY -> "copy";
            case CLONE -> "clone";
            case DROP -> "drop";
            case FN -> "fn";
            case FN_MUT -> "fn_mut";
            case FN_ONCE -> "fn_once";
            case TUPLE -> "tuple_trait";
            case UNSIZE -> "unsize";
            case COERCE_UNSIZED -> "coerce_unsized";
            case SEND -> "send";
            case SYNC -> "sync";
            case POINTEE -> "pointee_trait";
            case DISCRIMINANT_KIND -> "discriminant_kind";
        };
        return Optional.ofNullable(tcx.langItem(lang));
    }

    @Override
    public Optional<DefId> fnOnceOutput() {
        return Optional.ofNullable(tcx.langItem("fn_once_output"));
    }

    @Override
    public FnSig fnSig(DefId fn) {
        if (!revealOpaques) return tcx.fnSig(fn);
        return revealedSigs.computeIfAbsent(fn, d -> new dev.ferrite.types.TyFolder() {
            @Override
            public Ty foldTy(Ty ty) {
                return tcx.revealOpaques(ty);
            }
        }.foldSig(tcx.fnSig(d)));
    }

    @Override
    public List<dev.ferrite.types.Predicate> opaqueBounds(DefId opaque) {
        return tcx.opaqueBounds(opaque);
    }
}
