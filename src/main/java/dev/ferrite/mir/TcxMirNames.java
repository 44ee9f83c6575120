package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.Tcx;

/** {@link MirNames} from the type context (and the source map, for closure locations, if given). */
public final class TcxMirNames implements MirNames {
    private final Tcx tcx;
    private final SourceMap sourceMap;

    public TcxMirNames(Tcx tcx, SourceMap sourceMap) {
        this.tcx = tcx;
        this.sourceMap = sourceMap;
    }

    private static final java.util.Set<String> LIBRARY = java.util.Set.of("core", "alloc", "std");
    /** Names rustc does not trim because another public item has the same name. */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("Range", "RangeFrom", "RangeInclusive",
            "RangeTo", "RangeToInclusive", "RangeFull", "Error", "Iter", "IntoIter", "IterMut");

    /**
     * rustc's paths: local items without the crate name ({@code P}, {@code main::{closure#0}}),
     * library items through std ({@code std::option::Option}) unless inside an impl
     * ({@code core::slice::<impl [u8]>::get}).
     */
    @Override
    public String defPath(DefId def) {
        String p = tcx.defPath(def);
        int sep = p.indexOf("::");
        if (sep < 0) return p;
        String root = p.substring(0, sep);
        if (root.equals("core") || root.equals("alloc")) return p.contains("<impl") ? p : "std" + p.substring(sep);
        if (root.equals("std")) return p;
        return p.substring(sep + 2);
    }

    @Override
    public String trimmedPath(DefId def) {
        String full = tcx.defPath(def);
        int sep = full.indexOf("::");
        if (sep < 0 || !LIBRARY.contains(full.substring(0, sep))) return defPath(def);
        dev.ferrite.hir.DefKind k = tcx.kind(def);
        if (k == dev.ferrite.hir.DefKind.VARIANT || k == dev.ferrite.hir.DefKind.CTOR) {
            return trimmedPath(tcx.parent(def)) + "::" + tcx.name(def).text();
        }
        if (full.contains("<impl")) return full;
        String name = tcx.name(def).text();
        return AMBIGUOUS.contains(name) ? defPath(def) : name;
    }

    @Override
    public AdtDef adtDef(DefId def) {
        return tcx.adtDef(def);
    }

    @Override
    public FnSig fnSig(DefId def) {
        return tcx.fnSig(def);
    }

    @Override
    public DefId traitOf(DefId def) {
        DefId c = tcx.assocContainer(def);
        return c != null && tcx.kind(c) == DefKind.TRAIT ? c : null;
    }

    @Override
    public int traitParamCount(DefId trait) {
        return tcx.generics(trait).count();
    }

    @Override
    public String closureLocation(DefId closure) {
        if (sourceMap == null) return defPath(closure);
        Span sp = tcx.defs.span(closure);
        if (sp == null || sp.isDummy()) return defPath(closure);
        SourceMap.Loc lo = sourceMap.lookup(sp.lo());
        SourceMap.Loc hi = sourceMap.lookup(sp.hi());
        return lo.file().name() + ":" + lo.line() + ":" + lo.col() + ": " + hi.line() + ":" + hi.col();
    }
}
