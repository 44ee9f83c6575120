package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Ty;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether dropping a value of a monomorphic type does anything (rustc's {@code needs_drop}): a
 * {@code Drop} impl anywhere inside it, or a {@code dyn} (whose vtable may have one). Memoised;
 * shared by both engines.
 */
public final class NeedsDrop {
    private final Program program;
    private final Layouts layouts;
    private final Map<Ty, Boolean> known = new HashMap<>();

    public NeedsDrop(Program program, Layouts layouts) {
        this.program = program;
        this.layouts = layouts;
    }

    public boolean of(Ty ty) {
        Boolean b = known.get(ty);
        if (b != null) return b;
        known.put(ty, false); // cycle guard (recursive types through pointers do not recurse here)
        boolean r = switch (ty) {
            case Ty.Adt a -> {
                DefId md = program.langItem("manually_drop");
                if (md != null && md.equals(a.def())) yield false;
                if (program.dropMethod(ty) != null) yield true;
                AdtDef def = program.adtDef(a.def());
                if (def.isUnion()) yield false;
                boolean any = false;
                for (int v = 0; v < def.variants().size() && !any; v++) {
                    for (Ty ft : layouts.fieldTys(a, v)) if (of(ft)) any = true;
                }
                yield any;
            }
            case Ty.Tuple t -> t.elems().stream().anyMatch(this::of);
            case Ty.Closure c -> Layouts.closureUpvars(c).stream().anyMatch(this::of);
            case Ty.Array a -> Layouts.arrayLen(a.len()) > 0 && of(a.elem());
            case Ty.Slice s -> of(s.elem());
            case Ty.Dynamic d -> true;
            default -> false;
        };
        known.put(ty, r);
        return r;
    }
}
