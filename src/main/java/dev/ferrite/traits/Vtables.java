package dev.ferrite.traits;

import dev.ferrite.types.Predicate;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a {@code dyn Trait} vtable, shared by the solver (which reports
 * {@link ImplSource.Object#vtableBase()}) and code generation (which builds the tables).
 *
 * <p>Slots 0, 1, 2 are drop-in-place, size and align. Then the traits of the principal's supertrait
 * graph in depth-first post-order (each supertrait, in declaration order, before the trait that
 * declares it; a trait reached twice keeps its first place), each contributing its
 * {@link TraitDatum#methods()} in declaration order.
 */
public final class Vtables {
    public static final int HEADER_SLOTS = 3;

    private Vtables() {
    }

    /** One trait's segment of the vtable. */
    public record Segment(TraitRef traitRef, int base, int methods) {
    }

    /** The segments of the vtable of {@code principal} (whose Self is the dyn type or any type). */
    public static List<Segment> layout(TraitDatabase db, TraitRef principal) {
        List<Segment> out = new ArrayList<>();
        visit(db, principal, out, new int[]{HEADER_SLOTS});
        return out;
    }

    private static void visit(TraitDatabase db, TraitRef tr, List<Segment> out, int[] next) {
        for (Segment s : out) if (s.traitRef().traitId().equals(tr.traitId())) return;
        TraitDatum d = db.traitDatum(tr.traitId());
        for (Predicate.Trait sup : d.superTraits()) {
            TraitRef s = TyFolder.subst(sup.traitRef(), tr.args());
            if (db.traitDatum(s.traitId()).isAuto()) continue;
            visit(db, s, out, next);
        }
        for (Segment s : out) if (s.traitRef().traitId().equals(tr.traitId())) return;
        out.add(new Segment(tr, next[0], d.methods().size()));
        next[0] += d.methods().size();
    }

    /** Where the methods of {@code trait} start in the vtable of {@code principal}, or -1. */
    public static int base(TraitDatabase db, TraitRef principal, dev.ferrite.hir.DefId trait) {
        for (Segment s : layout(db, principal)) if (s.traitRef().traitId().equals(trait)) return s.base();
        return -1;
    }
}
