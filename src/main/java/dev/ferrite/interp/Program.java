package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.MirSource;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.List;

/**
 * Everything the interpreter asks about the program: MIR bodies ({@link MirSource}), ADT
 * definitions ({@link LayoutCx}), which functions are intrinsics, how calls of trait methods
 * resolve, vtables, lang items and drop implementations. {@link TcxProgram} answers from the
 * compiler's queries; tests implement it by hand.
 */
public interface Program extends MirSource, LayoutCx {
    /** True for functions declared in {@code extern "rust-intrinsic"} or marked {@code #[rustc_intrinsic]}. */
    boolean isIntrinsic(DefId def);

    /** The name of a definition (intrinsic names, diagnostics). */
    String name(DefId def);

    /** The full path of a definition, for {@code type_name}. */
    default String defPath(DefId def) {
        return name(def);
    }

    default boolean isTrackCaller(DefId def) {
        return false;
    }

    /**
     * Which body a call of {@code fn} with monomorphic {@code args} runs (trait methods to impl
     * methods, closures through the Fn traits, virtual calls); the default runs {@code fn} itself.
     */
    default InstanceResolver.Resolved resolve(DefId fn, GenericArgs args) {
        return new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.ITEM, fn, args, -1);
    }

    /** The methods of the vtable of {@code concrete} as {@code dyn principal}, after the three header slots. */
    default List<InstanceResolver.Resolved> vtableMethods(Ty concrete, TraitRef principal) {
        return List.of();
    }

    /** The definition carrying {@code #[lang = "name"]}, or null. */
    default DefId langItem(String name) {
        return null;
    }

    /**
     * The function that a function declared in an {@code extern "Rust"} block stands for: the
     * definition carrying the declaration's {@code #[lang]} in another crate (a weak lang item:
     * core declares {@code panic_impl}, std's {@code #[panic_handler]} defines it), as the linker
     * joins them for rustc. Null for any other function.
     */
    default DefId linkedDefinition(DefId fn) {
        return null;
    }

    /** The {@code Drop::drop} method to call for a value of ADT type {@code ty}, or null if it has no Drop impl. */
    default Instance dropMethod(Ty ty) {
        return null;
    }

    /** A tuple-struct or tuple-variant constructor: the ADT and the variant index. */
    record Ctor(DefId adt, int variant) {
    }

    /** If {@code def} is a constructor function ({@code Some}, {@code Wrapper}), which ADT variant it builds; else null. */
    default Ctor ctorOf(DefId def) {
        return null;
    }

    /** The closure kind of a closure type: 0 Fn, 1 FnMut, 2 FnOnce. */
    default int closureKind(Ty.Closure c) {
        Ty k = c.args().ty(c.args().size() - 3);
        if (k == Ty.I8) return 0;
        if (k == Ty.I16) return 1;
        return 2;
    }
}
