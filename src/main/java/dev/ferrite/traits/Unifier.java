package dev.ferrite.traits;

import dev.ferrite.types.Const;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyVisitor;
import java.util.List;

/**
 * Structural unification over an {@link InferenceTable}. Regions always unify (they are erased for
 * type checking); {@code Ty.Error} unifies with anything so one error does not cascade. Integer
 * variables only take integer types, float variables only float types. The caller rolls back on
 * failure ({@link InferenceTable#unify} does).
 */
final class Unifier {
    private final InferenceTable table;

    Unifier(InferenceTable table) {
        this.table = table;
    }

    boolean unify(Ty a, Ty b) {
        a = table.shallowResolve(a);
        b = table.shallowResolve(b);
        if (a.equals(b)) return true;
        if (a instanceof Ty.Infer va && b instanceof Ty.Infer vb) return unifyVars(va, vb);
        // A variable unified with an error becomes the error, so later goals on it hold quietly.
        if (a instanceof Ty.Infer va) return b instanceof Ty.Error ? bindError(va) : bind(va, b);
        if (b instanceof Ty.Infer vb) return a instanceof Ty.Error ? bindError(vb) : bind(vb, a);
        if (a instanceof Ty.Error || b instanceof Ty.Error) return true;
        return switch (a) {
            case Ty.Bool x -> false;
            case Ty.Char x -> false;
            case Ty.Int x -> false;
            case Ty.Float x -> false;
            case Ty.Str x -> false;
            case Ty.Never x -> false;
            case Ty.Foreign x -> false;
            case Ty.Param x -> false;
            case Ty.Bound x -> false;
            case Ty.Placeholder x -> false;
            case Ty.Error x -> true;
            case Ty.Infer x -> throw new IllegalStateException("handled above");
            case Ty.Adt x -> b instanceof Ty.Adt y && x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
            case Ty.Opaque x -> b instanceof Ty.Opaque y && x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
            case Ty.Ref x -> b instanceof Ty.Ref y && x.mutbl() == y.mutbl() && unify(x.pointee(), y.pointee());
            case Ty.RawPtr x -> b instanceof Ty.RawPtr y && x.mutbl() == y.mutbl() && unify(x.pointee(), y.pointee());
            case Ty.Array x -> b instanceof Ty.Array y && unify(x.elem(), y.elem()) && unifyConst(x.len(), y.len());
            case Ty.Slice x -> b instanceof Ty.Slice y && unify(x.elem(), y.elem());
            case Ty.Tuple x -> b instanceof Ty.Tuple y && unifyAll(x.elems(), y.elems());
            case Ty.FnDef x -> b instanceof Ty.FnDef y && x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
            case Ty.FnPtr x -> b instanceof Ty.FnPtr y && unifySig(x.sig(), y.sig());
            case Ty.Closure x -> b instanceof Ty.Closure y && x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
            case Ty.Dynamic x -> b instanceof Ty.Dynamic y && unifyDyn(x.preds(), y.preds());
            case Ty.Alias x -> b instanceof Ty.Alias y && x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
        };
    }

    private boolean unifyVars(Ty.Infer a, Ty.Infer b) {
        Ty.InferKind k;
        if (a.kind() == b.kind()) k = a.kind();
        else if (a.kind() == Ty.InferKind.TY) k = b.kind();
        else if (b.kind() == Ty.InferKind.TY) k = a.kind();
        else return false; // {integer} vs {float}
        table.union(a, b, k);
        return true;
    }

    private boolean bind(Ty.Infer v, Ty t) {
        switch (v.kind()) {
            case INT -> {
                if (!(t instanceof Ty.Int)) return false;
            }
            case FLOAT -> {
                if (!(t instanceof Ty.Float)) return false;
            }
            case TY -> {
                // Occurs check: ?T = Vec<?T> has no finite solution.
                if (TyVisitor.any(table.resolve(t), x -> x instanceof Ty.Infer i && i.vid() == v.vid())) return false;
            }
        }
        table.bind(v, t);
        return true;
    }

    private boolean bindError(Ty.Infer v) {
        table.bind(v, Ty.ERROR);
        return true;
    }

    boolean unifyArgs(GenericArgs a, GenericArgs b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!unifyArg(a.get(i), b.get(i))) return false;
        return true;
    }

    private boolean unifyArg(GenericArg a, GenericArg b) {
        return switch (a) {
            case Ty t -> b instanceof Ty u && unify(t, u);
            case Region r -> b instanceof Region;
            case Const c -> b instanceof Const d && unifyConst(c, d);
        };
    }

    private boolean unifyAll(List<Ty> a, List<Ty> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!unify(a.get(i), b.get(i))) return false;
        return true;
    }

    boolean unifyConst(Const a, Const b) {
        a = table.shallowResolve(a);
        b = table.shallowResolve(b);
        if (a.equals(b)) return true;
        if (a instanceof Const.Error || b instanceof Const.Error) return true;
        if (a instanceof Const.Infer x && b instanceof Const.Infer y) {
            table.unionConst(x, y);
            return true;
        }
        if (a instanceof Const.Infer x) {
            table.bindConst(x, b);
            return true;
        }
        if (b instanceof Const.Infer y) {
            table.bindConst(y, a);
            return true;
        }
        if (a instanceof Const.Value x && b instanceof Const.Value y) return x.bits().equals(y.bits());
        if (a instanceof Const.Unevaluated x && b instanceof Const.Unevaluated y) {
            return x.def().equals(y.def()) && unifyArgs(x.args(), y.args());
        }
        return false;
    }

    private boolean unifySig(FnSig a, FnSig b) {
        return a.unsafe() == b.unsafe() && a.cVariadic() == b.cVariadic() && a.abi().equals(b.abi())
                && unifyAll(a.inputs(), b.inputs()) && unify(a.output(), b.output());
    }

    private boolean unifyDyn(List<ExistentialPredicate> a, List<ExistentialPredicate> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            boolean ok = switch (a.get(i)) {
                case ExistentialPredicate.Trait x -> b.get(i) instanceof ExistentialPredicate.Trait y
                        && x.traitId().equals(y.traitId()) && unifyArgs(x.args(), y.args());
                case ExistentialPredicate.Projection x -> b.get(i) instanceof ExistentialPredicate.Projection y
                        && x.assocItem().equals(y.assocItem()) && unifyArgs(x.args(), y.args())
                        && unify(x.term(), y.term());
                case ExistentialPredicate.AutoTrait x -> b.get(i) instanceof ExistentialPredicate.AutoTrait y
                        && x.traitId().equals(y.traitId());
            };
            if (!ok) return false;
        }
        return true;
    }
}
