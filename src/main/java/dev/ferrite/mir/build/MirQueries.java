package dev.ferrite.mir.build;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.Item;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.MirSource;
import dev.ferrite.query.Memo;
import dev.ferrite.typeck.TypeckResults;
import dev.ferrite.typeck.Typeck;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The MIR of each definition with a body, built on demand from its type-check results and
 * memoised (rustc's {@code mir_built} query). Functions without a body (intrinsics, foreign
 * functions, required trait methods) have none: {@link #mirOf} returns null.
 */
public final class MirQueries implements MirSource {
    private final Tcx tcx;
    private final Typeck typeck;
    private final Memo<DefId, Body> bodies;

    /** The MIR of earlier crates' definitions (DefIds below {@link #externDefs}), or null. */
    private final MirSource extern;
    private final int externDefs;

    public MirQueries(Tcx tcx, Typeck typeck) {
        this(tcx, typeck, null, 0);
    }

    /** MIR built here for this compilation's definitions, taken from {@code extern} for DefIds below {@code externDefs}. */
    public MirQueries(Tcx tcx, Typeck typeck, MirSource extern, int externDefs) {
        this.tcx = tcx;
        this.typeck = typeck;
        this.bodies = new Memo<>("mir_built", this::build);
        this.extern = extern;
        this.externDefs = extern == null ? 0 : externDefs;
    }

    @Override
    public Body mirOf(DefId def) {
        if (def.index() < externDefs) return extern.mirOf(def);
        return bodies.get(def);
    }

    /** The definitions of the local crate that have MIR (functions, closures, constants, statics), in source order. */
    public List<DefId> localBodyOwners() {
        List<DefId> out = new ArrayList<>();
        for (dev.ferrite.hir.Body b : tcx.hir.localBodies()) {
            DefId owner = b.owner();
            if (!tcx.defs.get(owner).krate().equals(tcx.hir.localCrate())) continue;
            DefKind k = tcx.kind(owner);
            if (k == DefKind.ANON_CONST) continue;
            out.add(owner);
            for (Expr e : b.exprs()) if (e instanceof Expr.Closure c) out.add(c.def());
        }
        return out;
    }

    private Body build(DefId def) {
        DefKind kind = tcx.kind(def);
        DefId root = typeck.typeckRoot(def);
        dev.ferrite.hir.Body hir = typeck.bodyOf(root);
        if (hir == null) return null;
        boolean hadErrors = tcx.diag instanceof dev.ferrite.diagnostics.DiagCtxt d && d.hasErrors();
        TypeckResults tr = typeck.typeck(root);
        if (!hadErrors && tcx.diag instanceof dev.ferrite.diagnostics.DiagCtxt d && d.hasErrors()) {
            // Library bodies are checked when first run; an error there is a bug in the library.
            throw new IllegalStateException("the body of `" + tcx.defPath(root) + "` failed to type-check");
        }
        MirBuilder b = new MirBuilder(tcx, hir, tr, def);
        if (kind == DefKind.CLOSURE) {
            for (Expr e : hir.exprs()) {
                if (e instanceof Expr.Closure c && c.def().equals(def)) return b.buildClosure(c, tr.closures().get(def));
            }
            return null;
        }
        if (tcx.item(def) instanceof Item.Fn f) {
            FnSig sig = tcx.fnSig(def);
            List<Ty> inputs = new ArrayList<>();
            for (int i = 0; i < sig.inputs().size(); i++) {
                dev.ferrite.hir.Ids.PatId pat = i < hir.params().size() ? hir.params().get(i).pat() : null;
                Ty t = pat != null ? tr.patType(pat) : sig.inputs().get(i);
                // `fn f(ref s: S)`: the binding is a reference, the argument is the value
                TypeckResults.BindingMode m = pat == null ? null : tr.bindingModes().get(pat);
                if (m != null && m.byRef() != null && t instanceof Ty.Ref r) t = r.pointee();
                inputs.add(t);
            }
            return b.buildFn(inputs, sig.output(), f.span());
        }
        Ty ty = switch (kind) {
            case CONST, ASSOC_CONST, STATIC -> tcx.typeOf(def);
            default -> Ty.USIZE;
        };
        BodyKind bk = kind == DefKind.STATIC ? (tcx.item(def) instanceof Item.Static s && s.mutbl() == Mutability.MUT
                ? BodyKind.STATIC_MUT : BodyKind.STATIC) : BodyKind.CONST;
        return b.buildConst(ty, bk, tcx.defs.span(def));
    }
}
