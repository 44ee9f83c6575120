package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.GenericArgs;

/** A function (or const, static, closure) with all its generic arguments known (rustc's {@code Instance}). */
public record Instance(DefId def, GenericArgs args) {
    public static Instance mono(DefId def) {
        return new Instance(def, GenericArgs.EMPTY);
    }
}
