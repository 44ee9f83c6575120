package dev.ferrite.types;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic parameters of an item as the type system sees them (rustc's {@code ty::Generics}):
 * the parent's parameters come first (an impl's before its methods', a trait's {@code Self} and
 * parameters before its items'), so a {@link Ty.Param}'s index is its position in the full list.
 */
public record Generics(DefId parent, int parentCount, List<Param> own, boolean hasSelf) {
    public enum Kind { LIFETIME, TYPE, CONST }

    /** One parameter; {@code def} is null for a trait's implicit {@code Self}. */
    public record Param(DefId def, Symbol name, Kind kind, int index, boolean hasDefault, boolean synthetic) {
    }

    public static final Generics EMPTY = new Generics(null, 0, List.of(), false);

    public Generics {
        own = List.copyOf(own);
    }

    public int count() {
        return parentCount + own.size();
    }

    /** The own parameter with this DefId, or null. */
    public Param ownParam(DefId def) {
        for (Param p : own) if (def.equals(p.def())) return p;
        return null;
    }

    /** The identity arguments of this item: each parameter mapped to itself. Needs the parent's generics. */
    public static GenericArgs identity(List<Param> all) {
        List<GenericArg> args = new ArrayList<>(all.size());
        for (Param p : all) {
            args.add(switch (p.kind()) {
                case TYPE -> Ty.param(p.index(), p.name());
                case LIFETIME -> new Region.EarlyParam(p.index(), p.name());
                case CONST -> new Const.Param(p.index(), p.name());
            });
        }
        return new GenericArgs(args);
    }
}
