package dev.ferrite.types;

import java.util.function.Predicate;

/** Read-only walks over types. */
public final class TyVisitor {
    private TyVisitor() {
    }

    /** True if {@code test} holds for {@code ty} or any type inside it. */
    public static boolean any(Ty ty, Predicate<Ty> test) {
        if (test.test(ty)) return true;
        return switch (ty) {
            case Ty.Bool t -> false;
            case Ty.Char t -> false;
            case Ty.Int t -> false;
            case Ty.Float t -> false;
            case Ty.Str t -> false;
            case Ty.Never t -> false;
            case Ty.Foreign t -> false;
            case Ty.Param t -> false;
            case Ty.Infer t -> false;
            case Ty.Bound t -> false;
            case Ty.Placeholder t -> false;
            case Ty.Error t -> false;
            case Ty.Adt t -> anyArgs(t.args(), test);
            case Ty.Opaque t -> anyArgs(t.args(), test);
            case Ty.Ref t -> any(t.pointee(), test);
            case Ty.RawPtr t -> any(t.pointee(), test);
            case Ty.Array t -> any(t.elem(), test) || anyConst(t.len(), test);
            case Ty.Slice t -> any(t.elem(), test);
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> any(e, test));
            case Ty.FnDef t -> anyArgs(t.args(), test);
            case Ty.FnPtr t -> t.sig().inputs().stream().anyMatch(e -> any(e, test)) || any(t.sig().output(), test);
            case Ty.Closure t -> anyArgs(t.args(), test);
            case Ty.Dynamic t -> t.preds().stream().anyMatch(p -> switch (p) {
                case ExistentialPredicate.Trait tr -> anyArgs(tr.args(), test);
                case ExistentialPredicate.Projection pr -> anyArgs(pr.args(), test) || any(pr.term(), test);
                case ExistentialPredicate.AutoTrait at -> false;
            });
            case Ty.Alias t -> anyArgs(t.args(), test);
        };
    }

    public static boolean anyArgs(GenericArgs args, Predicate<Ty> test) {
        for (GenericArg a : args.list()) {
            if (a instanceof Ty t && any(t, test)) return true;
            if (a instanceof Const c && anyConst(c, test)) return true;
        }
        return false;
    }

    private static boolean anyConst(Const c, Predicate<Ty> test) {
        return c instanceof Const.Unevaluated u && anyArgs(u.args(), test);
    }
}
