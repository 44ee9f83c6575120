package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Item;
import dev.ferrite.traits.ImplSource;
import dev.ferrite.traits.ParamEnv;
import dev.ferrite.traits.Solver;
import dev.ferrite.traits.Vtables;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * Which function body a call runs, once the generic arguments are known (rustc's
 * {@code Instance::resolve}): a call of a trait method becomes a call of the impl's method (or the
 * trait's default body), a call through {@code dyn Trait} a virtual call at a vtable slot, a call
 * of {@code Fn*::call*} on a closure or fn item the closure's body or the function itself.
 */
public final class InstanceResolver {
    /** The outcome: what kind of callee and, for items, its DefId and arguments. */
    public record Resolved(Kind kind, DefId def, GenericArgs args, int vtableSlot) {
        public enum Kind {
            /** A function with a body (or an intrinsic/foreign declaration: the caller checks). */
            ITEM,
            /** A call through a vtable slot of {@code dyn Trait}. */
            VIRTUAL,
            /** A closure's body called through Fn/FnMut/FnOnce ({@code def} is the closure). */
            CLOSURE,
            /** An fn item or fn pointer called through the Fn traits ({@code args.ty(0)} is its type). */
            FN_PTR_SHIM,
            /** A built-in impl with compiler-provided behaviour (Clone of Copy types, ...). */
            BUILTIN
        }
    }

    private final Tcx tcx;
    private final Solver solver;

    public InstanceResolver(Tcx tcx, Solver solver) {
        this.tcx = tcx;
        this.solver = solver;
    }

    /** Resolves a call of {@code fn} with monomorphic {@code args}; null if nothing implements it. */
    public Resolved resolve(DefId fn, GenericArgs args) {
        DefId container = tcx.assocContainer(fn);
        if (container == null || tcx.kind(container) != DefKind.TRAIT) {
            return new Resolved(Resolved.Kind.ITEM, fn, args, -1);
        }
        int traitCount = tcx.generics(container).count();
        TraitRef tr = new TraitRef(container, args.prefix(traitCount));
        GenericArgs ownArgs = new GenericArgs(args.list().subList(traitCount, args.size()));
        Optional<ImplSource> src = solver.selectImpl(ParamEnv.EMPTY, tr);
        if (src.isEmpty()) return null;
        return switch (src.get()) {
            case ImplSource.Impl impl -> {
                DefId implItem = tcx.assocItem(impl.impl(), tcx.name(fn), DefKind.Ns.VALUE);
                if (implItem == null) {
                    // The trait's default body, with the trait's arguments.
                    yield new Resolved(Resolved.Kind.ITEM, fn, args, -1);
                }
                yield new Resolved(Resolved.Kind.ITEM, implItem, impl.implArgs().concat(ownArgs), -1);
            }
            case ImplSource.Object obj -> {
                Item.Trait trait = (Item.Trait) tcx.item(container);
                List<DefId> methods = trait.items().stream().filter(d -> tcx.kind(d) == DefKind.ASSOC_FN).toList();
                yield new Resolved(Resolved.Kind.VIRTUAL, fn, args, obj.vtableBase() + methods.indexOf(fn));
            }
            case ImplSource.Closure c -> new Resolved(Resolved.Kind.CLOSURE, c.closure(), c.args(), -1);
            case ImplSource.FnPointer f -> new Resolved(Resolved.Kind.FN_PTR_SHIM, fn, args, -1);
            case ImplSource.Builtin b -> new Resolved(Resolved.Kind.BUILTIN, fn, args, -1);
            case ImplSource.Param p -> null; // cannot happen for monomorphic arguments
        };
    }

    /**
     * The vtable of {@code concrete} as {@code dyn principal}: the methods to call for each slot
     * after the header; null for a method that cannot be called through a vtable (generic over
     * types or constants, or bounded by {@code Self: Sized}), whose slot stays empty as rustc's.
     */
    public List<Resolved> vtableMethods(Ty concrete, TraitRef principalWithSelf) {
        List<Resolved> out = new java.util.ArrayList<>();
        for (Vtables.Segment seg : Vtables.layout(solver.db(), principalWithSelf)) {
            TraitRef tr = seg.traitRef();
            Item.Trait trait = (Item.Trait) tcx.item(tr.traitId());
            for (DefId m : trait.items()) {
                if (tcx.kind(m) != DefKind.ASSOC_FN) continue;
                if (!dispatchable(m)) {
                    out.add(null);
                    continue;
                }
                GenericArgs args = GenericArgs.of(concrete).concat(new GenericArgs(tr.args().list().subList(1, tr.args().size())));
                out.add(resolve(m, args));
            }
        }
        return out;
    }

    /** Whether a trait method can be called through a vtable: no type or const parameters of its own, no {@code Self: Sized}. */
    private boolean dispatchable(DefId method) {
        for (dev.ferrite.types.Generics.Param p : tcx.generics(method).own()) {
            if (p.kind() != dev.ferrite.types.Generics.Kind.LIFETIME) return false;
        }
        DefId sized = tcx.langItem("sized");
        for (dev.ferrite.types.Predicate p : tcx.predicates(method)) {
            if (p instanceof dev.ferrite.types.Predicate.Trait t && t.traitRef().traitId().equals(sized)
                    && t.traitRef().self() instanceof Ty.Param q && q.index() == 0) {
                return false;
            }
        }
        return true;
    }
}
