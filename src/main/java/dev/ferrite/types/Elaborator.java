package dev.ferrite.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Expands a trait reference to itself and all its supertraits, transitively (rustc's {@code elaborate}). */
public final class Elaborator {
    private Elaborator() {
    }

    public static List<TraitRef> withSupertraits(Tcx tcx, TraitRef start) {
        Set<TraitRef> seen = new LinkedHashSet<>();
        List<TraitRef> work = new ArrayList<>();
        work.add(start);
        while (!work.isEmpty()) {
            TraitRef t = work.removeLast();
            if (!seen.add(t)) continue;
            for (TraitRef sup : tcx.supertraits(t.traitId())) {
                work.add(TyFolder.subst(sup, t.args()));
            }
        }
        return List.copyOf(seen);
    }
}
