package dev.ferrite.mir.build;

import dev.ferrite.hir.DefId;
import dev.ferrite.traits.ClosureArgs;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a value of a type may need dropping (rustc's {@code needs_drop}, conservative for
 * generic code: a type parameter may need dropping, its instance decides at run time). A type
 * needs dropping if it has a {@code Drop} impl, is a {@code Box}, or contains such a type.
 */
final class DropCheck {
    private final Tcx tcx;
    private final Set<DefId> withDropImpl = new HashSet<>();
    private final DefId box;
    private final DefId manuallyDrop;
    private final Map<Ty, Boolean> memo = new HashMap<>();

    DropCheck(Tcx tcx) {
        this.tcx = tcx;
        withDropImpl.addAll(adtsImplementing(tcx, "drop"));
        this.box = tcx.langItem("owned_box");
        this.manuallyDrop = tcx.langItem("manually_drop");
    }

    /** The ADTs with an impl of lang item trait {@code lang} (`drop`, `copy`). */
    static Set<DefId> adtsImplementing(Tcx tcx, String lang) {
        Set<DefId> out = new HashSet<>();
        DefId trait = tcx.langItem(lang);
        if (trait == null) return out;
        for (DefId impl : tcx.traitImpls(trait)) {
            if (tcx.typeOf(impl) instanceof Ty.Adt a) out.add(a.def());
        }
        return out;
    }

    boolean needsDrop(Ty ty) {
        Boolean known = memo.get(ty);
        if (known != null) return known;
        memo.put(ty, false); // a recursive type needs dropping only through a Box or Drop impl found elsewhere
        boolean r = compute(ty);
        memo.put(ty, r);
        return r;
    }

    private boolean compute(Ty ty) {
        return switch (ty) {
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.RawPtr p -> false;
            case Ty.Ref r -> false;
            case Ty.FnDef f -> false;
            case Ty.FnPtr f -> false;
            case Ty.Error e -> false;
            case Ty.Infer i -> false;
            case Ty.Foreign f -> false;
            case Ty.Tuple t -> t.elems().stream().anyMatch(this::needsDrop);
            case Ty.Array a -> needsDrop(a.elem());
            case Ty.Slice s -> needsDrop(s.elem());
            case Ty.Closure c -> ClosureArgs.of(c).upvars().stream().anyMatch(this::needsDrop);
            case Ty.Adt a -> {
                if (a.def().equals(manuallyDrop)) yield false;
                if (a.def().equals(box) || withDropImpl.contains(a.def())) yield true;
                AdtDef def = tcx.adtDef(a.def());
                if (def.isUnion()) yield false;
                for (AdtDef.VariantDef v : def.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) {
                        if (needsDrop(TyFolder.subst(f.ty(), a.args()))) yield true;
                    }
                }
                yield false;
            }
            default -> true; // type parameters, projections, opaque and trait object types
        };
    }
}
