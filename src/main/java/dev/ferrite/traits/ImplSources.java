package dev.ferrite.traits;

import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;

/** Folding the types inside an {@link ImplSource}. */
final class ImplSources {
    private ImplSources() {
    }

    static ImplSource fold(ImplSource s, TyFolder f) {
        if (s == null) return null;
        return switch (s) {
            case ImplSource.Impl i -> new ImplSource.Impl(i.impl(), f.foldArgs(i.implArgs()));
            case ImplSource.Param p -> new ImplSource.Param(f.foldPredicate(p.bound()));
            case ImplSource.Builtin b -> b;
            case ImplSource.Object o -> new ImplSource.Object(
                    f.foldTy(o.object()) instanceof Ty.Dynamic d ? d : o.object(), o.vtableBase());
            case ImplSource.Closure c -> new ImplSource.Closure(c.closure(), f.foldArgs(c.args()), c.trait());
            case ImplSource.FnPointer fp -> new ImplSource.FnPointer(f.foldTy(fp.fnTy()), fp.trait());
        };
    }
}
