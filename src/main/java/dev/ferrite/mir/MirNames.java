package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FnSig;

/**
 * What the {@link MirPrinter} needs to know about definitions: their paths, ADT definitions
 * (variant and field names) and signatures. {@link #BARE} knows nothing ({@code DefId(3)});
 * {@link TcxMirNames} answers from the type context.
 */
public interface MirNames {
    /** The path rustc's MIR printer uses: {@code std::option::Option}, {@code main::{closure#0}}. */
    String defPath(DefId def);

    default AdtDef adtDef(DefId def) {
        return null;
    }

    default FnSig fnSig(DefId def) {
        return null;
    }

    /** For an associated item of a trait: the trait; else null. */
    default DefId traitOf(DefId def) {
        return null;
    }

    /** The number of generic arguments (with Self) of a trait. */
    default int traitParamCount(DefId trait) {
        return 1;
    }

    /** What goes after {@code closure@} in a closure type: {@code src/main.rs:19:13: 19:21}. */
    default String closureLocation(DefId closure) {
        return defPath(closure);
    }

    /**
     * The path in value positions (aggregates, called items, trait names), where rustc trims paths
     * of items whose name is unique: {@code Option::<i32>::Some}, {@code Fn}; defaults to {@link #defPath}.
     */
    default String trimmedPath(DefId def) {
        return defPath(def);
    }

    /** The names of a closure's captures, for {@code {closure@..} { q: move _23 }}; null if unknown. */
    default java.util.List<String> captureNames(DefId closure) {
        return null;
    }

    MirNames BARE = DefId::toString;
}
