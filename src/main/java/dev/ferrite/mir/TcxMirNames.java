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

    @Override
    public String defPath(DefId def) {
        return tcx.defPath(def);
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
