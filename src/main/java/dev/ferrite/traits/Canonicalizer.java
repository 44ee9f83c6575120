package dev.ferrite.traits;

import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns values mentioning a table's inference variables into {@link Canonical} ones, and back.
 * One instance may fold several values that share a numbering (an answer's values and its source).
 */
final class Canonicalizer extends TyFolder {
    private final InferenceTable table;
    private final Map<Integer, Integer> tyIndex = new HashMap<>();
    private final Map<Integer, Integer> constIndex = new HashMap<>();
    /** The table's variables in canonical order: what canonical variable i stood for. */
    final List<GenericArg> originals = new ArrayList<>();
    final List<Canonical.VarKind> kinds = new ArrayList<>();

    Canonicalizer(InferenceTable table) {
        this.table = table;
    }

    static Canonical<Canonical.InEnv> canonicalize(InferenceTable table, ParamEnv env, Goal goal,
                                                   List<GenericArg> originalsOut) {
        Canonicalizer c = new Canonicalizer(table);
        ParamEnv e = env.predicates().isEmpty() ? env
                : new ParamEnv(Folders.foldPredicates(env.predicates(), c));
        Goal g = Folders.foldGoal(goal, c);
        originalsOut.addAll(c.originals);
        return new Canonical<>(new Canonical.InEnv(e, g), c.kinds);
    }

    @Override
    public Ty foldTy(Ty ty) {
        if (ty instanceof Ty.Infer) {
            Ty r = table.shallowResolve(ty);
            if (r instanceof Ty.Infer v) {
                Integer i = tyIndex.get(v.vid());
                if (i == null) {
                    i = originals.size();
                    tyIndex.put(v.vid(), i);
                    originals.add(v);
                    kinds.add(switch (v.kind()) {
                        case TY -> Canonical.VarKind.TY;
                        case INT -> Canonical.VarKind.INT;
                        case FLOAT -> Canonical.VarKind.FLOAT;
                    });
                }
                return Ty.intern(new Ty.Bound(0, i));
            }
            return foldTy(r);
        }
        return superFold(ty);
    }

    @Override
    public Region foldRegion(Region r) {
        return r instanceof Region.Bound ? r : Region.ERASED;
    }

    @Override
    public Const foldConst(Const c) {
        if (c instanceof Const.Infer) {
            Const r = table.shallowResolve(c);
            if (r instanceof Const.Infer v) {
                Integer i = constIndex.get(v.vid());
                if (i == null) {
                    i = originals.size();
                    constIndex.put(v.vid(), i);
                    originals.add(v);
                    kinds.add(Canonical.VarKind.CONST);
                }
                return new Const.Infer(-1 - i);
            }
            return foldConst(r);
        }
        return super.foldConst(c);
    }

    /** Fresh variables in {@code table} for the canonical variables {@code kinds}. */
    static List<GenericArg> freshVars(InferenceTable table, List<Canonical.VarKind> kinds) {
        List<GenericArg> out = new ArrayList<>(kinds.size());
        for (Canonical.VarKind k : kinds) {
            out.add(switch (k) {
                case TY -> table.newTyVar();
                case INT -> table.newIntVar();
                case FLOAT -> table.newFloatVar();
                case CONST -> table.newConstVar();
            });
        }
        return out;
    }

    /** The folder replacing canonical variables by {@code values}. */
    static TyFolder instantiator(List<GenericArg> values) {
        return new TyFolder() {
            @Override
            public Ty foldTy(Ty ty) {
                if (ty instanceof Ty.Bound b && b.debruijn() == 0) return (Ty) values.get(b.var());
                return superFold(ty);
            }

            @Override
            public Const foldConst(Const c) {
                if (c instanceof Const.Infer i && i.vid() < 0) return (Const) values.get(-1 - i.vid());
                return super.foldConst(c);
            }
        };
    }
}
