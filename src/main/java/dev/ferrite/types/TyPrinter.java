package dev.ferrite.types;

import java.util.List;

/**
 * Prints types as rustc's diagnostics do: ADTs by their crate-relative path from the user's view
 * ({@code Vec<i32>}, {@code Option<&str>}), {@code &'a mut T}, {@code [T; 3]}, {@code fn(i32) -> bool},
 * {@code {integer}} for integer inference variables. Regions that are erased are not printed.
 */
public final class TyPrinter {
    private final Tcx tcx;

    public TyPrinter(Tcx tcx) {
        this.tcx = tcx;
    }

    public String print(Ty ty) {
        StringBuilder sb = new StringBuilder();
        ty(ty, sb);
        return sb.toString();
    }

    public String print(TraitRef tr) {
        StringBuilder sb = new StringBuilder();
        sb.append('<');
        ty(tr.self(), sb);
        sb.append(" as ").append(name(tr.traitId()));
        args(tr.args(), 1, sb);
        sb.append('>');
        return sb.toString();
    }

    /** {@code Trait<Args>} without Self, as in "the trait bound `T: Display` is not satisfied". */
    public String printTraitPath(TraitRef tr) {
        StringBuilder sb = new StringBuilder(name(tr.traitId()));
        args(tr.args(), 1, sb);
        return sb.toString();
    }

    /** `impl Trait + Other` from the opaque type's bounds. */
    private String opaque(Ty.Opaque t) {
        List<String> parts = new java.util.ArrayList<>();
        for (Predicate p : tcx.opaqueBounds(t.def())) {
            if (p instanceof Predicate.Trait tp) parts.add(printTraitPath(tp.traitRef()));
        }
        return "impl " + (parts.isEmpty() ? "Sized" : String.join(" + ", parts));
    }

    private String name(dev.ferrite.hir.DefId def) {
        // rustc prints the full path for items outside the user's crate only when ambiguous;
        // the short name is the common case in diagnostics.
        return tcx == null ? def.toString() : tcx.name(def).text();
    }

    private void args(GenericArgs args, int from, StringBuilder sb) {
        boolean first = true;
        for (int i = from; i < args.size(); i++) {
            GenericArg a = args.get(i);
            if (a instanceof Region r && (r instanceof Region.Erased || r instanceof Region.Var || r instanceof Region.Bound)) continue;
            sb.append(first ? "<" : ", ");
            first = false;
            arg(a, sb);
        }
        if (!first) sb.append('>');
    }

    private void arg(GenericArg a, StringBuilder sb) {
        switch (a) {
            case Ty t -> ty(t, sb);
            case Region r -> sb.append(r);
            case Const c -> sb.append(c);
        }
    }

    private void ty(Ty ty, StringBuilder sb) {
        switch (ty) {
            case Ty.Bool t -> sb.append("bool");
            case Ty.Char t -> sb.append("char");
            case Ty.Int t -> sb.append(t.kind().typeName());
            case Ty.Float t -> sb.append(t.kind().typeName());
            case Ty.Str t -> sb.append("str");
            case Ty.Never t -> sb.append("!");
            case Ty.Adt t -> {
                sb.append(name(t.def()));
                args(t.args(), 0, sb);
            }
            case Ty.Foreign t -> sb.append(name(t.def()));
            case Ty.Opaque t -> sb.append(opaque(t));
            case Ty.Ref t -> {
                sb.append('&');
                if (t.region() instanceof Region.EarlyParam || t.region() instanceof Region.Static) {
                    sb.append(t.region()).append(' ');
                }
                sb.append(t.mutbl().prefixStr());
                ty(t.pointee(), sb);
            }
            case Ty.RawPtr t -> {
                sb.append('*').append(t.mutbl().ptrStr()).append(' ');
                ty(t.pointee(), sb);
            }
            case Ty.Array t -> {
                sb.append('[');
                ty(t.elem(), sb);
                sb.append("; ").append(t.len()).append(']');
            }
            case Ty.Slice t -> {
                sb.append('[');
                ty(t.elem(), sb);
                sb.append(']');
            }
            case Ty.Tuple t -> {
                sb.append('(');
                for (int i = 0; i < t.elems().size(); i++) {
                    if (i > 0) sb.append(", ");
                    ty(t.elems().get(i), sb);
                }
                if (t.elems().size() == 1) sb.append(',');
                sb.append(')');
            }
            case Ty.FnDef t -> {
                FnSig sig = tcx.fnSig(t.def());
                sig(TyFolder.subst(sig, t.args()), sb);
                sb.append(" {").append(tcx.defPath(t.def())).append('}');
            }
            case Ty.FnPtr t -> sig(t.sig(), sb);
            case Ty.Closure t -> sb.append("{closure@").append(tcx.defPath(t.def())).append('}');
            case Ty.Dynamic t -> {
                sb.append("dyn ");
                boolean first = true;
                for (ExistentialPredicate p : t.preds()) {
                    switch (p) {
                        case ExistentialPredicate.Trait tr -> {
                            if (!first) sb.append(" + ");
                            first = false;
                            sb.append(name(tr.traitId()));
                            // projections are printed inside the principal's brackets
                            List<String> extra = new java.util.ArrayList<>();
                            for (ExistentialPredicate q : t.preds()) {
                                if (q instanceof ExistentialPredicate.Projection pr) {
                                    extra.add(name(pr.assocItem()) + " = " + print(pr.term()));
                                }
                            }
                            StringBuilder inner = new StringBuilder();
                            for (GenericArg a : tr.args().list()) {
                                if (a instanceof Region) continue;
                                if (!inner.isEmpty()) inner.append(", ");
                                arg(a, inner);
                            }
                            for (String e : extra) {
                                if (!inner.isEmpty()) inner.append(", ");
                                inner.append(e);
                            }
                            if (!inner.isEmpty()) sb.append('<').append(inner).append('>');
                        }
                        case ExistentialPredicate.AutoTrait at -> {
                            if (!first) sb.append(" + ");
                            first = false;
                            sb.append(name(at.traitId()));
                        }
                        case ExistentialPredicate.Projection pr -> {
                        }
                    }
                }
                if (t.region() instanceof Region.EarlyParam) sb.append(" + ").append(t.region());
            }
            case Ty.Param t -> sb.append(t.name().text());
            case Ty.Alias t -> {
                dev.ferrite.hir.DefId trait = tcx.parent(t.def());
                int traitCount = tcx.generics(trait).count();
                sb.append('<');
                ty(t.args().ty(0), sb);
                sb.append(" as ").append(name(trait));
                args(t.args().prefix(traitCount), 1, sb);
                sb.append(">::").append(name(t.def()));
                if (t.args().size() > traitCount) {
                    args(new GenericArgs(t.args().list().subList(traitCount, t.args().size())), 0, sb);
                }
            }
            case Ty.Infer t -> sb.append(switch (t.kind()) {
                case TY -> "_";
                case INT -> "{integer}";
                case FLOAT -> "{float}";
            });
            case Ty.Bound t -> sb.append("^").append(t.debruijn()).append('_').append(t.var());
            case Ty.Placeholder t -> sb.append("!").append(t.universe()).append('_').append(t.var());
            case Ty.Error t -> sb.append("{type error}");
        }
    }

    private void sig(FnSig sig, StringBuilder sb) {
        if (sig.unsafe()) sb.append("unsafe ");
        if (!"Rust".equals(sig.abi())) sb.append("extern \"").append(sig.abi()).append("\" ");
        sb.append("fn(");
        for (int i = 0; i < sig.inputs().size(); i++) {
            if (i > 0) sb.append(", ");
            ty(sig.inputs().get(i), sb);
        }
        if (sig.cVariadic()) sb.append(sig.inputs().isEmpty() ? "..." : ", ...");
        sb.append(')');
        if (!sig.output().isUnit()) {
            sb.append(" -> ");
            ty(sig.output(), sb);
        }
    }
}
