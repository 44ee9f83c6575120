package dev.ferrite.traits;

import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inference variables of one body (or one solver query): a union-find of type variables, each
 * general ({@code ?T}), integer-only ({@code {integer}}) or float-only ({@code {float}}), plus
 * const variables. The type checker owns one per body and hands it to the {@link Solver}; the
 * solver uses private tables for its canonical sub-queries.
 *
 * <p>Every mutation is recorded in an undo log, so {@link #snapshot()}/{@link #rollbackTo} can
 * probe (method lookup trying candidates, the solver trying clauses). Regions are not tracked:
 * unification ignores them (solving is modulo regions, like rustc's typeck).
 */
public final class InferenceTable {
    private final List<Integer> parent = new ArrayList<>();
    private final List<Ty> value = new ArrayList<>();
    private final List<Ty.InferKind> kind = new ArrayList<>();
    private final List<Integer> constParent = new ArrayList<>();
    private final List<Const> constValue = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();
    private int openSnapshots;
    /** Variables an expression of type {@code !} was coerced to (rustc's diverging type variables). */
    private final java.util.Set<Integer> diverging = new java.util.HashSet<>();

    /** A point to roll back to; snapshots nest (roll back inner ones first). */
    public record Snapshot(int undoLen, int vars, int constVars, int depth) {
    }

    public Ty newVar(Ty.InferKind k) {
        int vid = parent.size();
        parent.add(vid);
        value.add(null);
        kind.add(k);
        if (openSnapshots > 0) undo.add(() -> {
            parent.removeLast();
            value.removeLast();
            kind.removeLast();
        });
        return new Ty.Infer(k, vid);
    }

    public Ty newTyVar() {
        return newVar(Ty.InferKind.TY);
    }

    public Ty newIntVar() {
        return newVar(Ty.InferKind.INT);
    }

    public Ty newFloatVar() {
        return newVar(Ty.InferKind.FLOAT);
    }

    public Const newConstVar() {
        int vid = constParent.size();
        constParent.add(vid);
        constValue.add(null);
        if (openSnapshots > 0) undo.add(() -> {
            constParent.removeLast();
            constValue.removeLast();
        });
        return new Const.Infer(vid);
    }

    /** Number of type variables created so far. */
    public int numVars() {
        return parent.size();
    }

    public Snapshot snapshot() {
        return new Snapshot(undo.size(), parent.size(), constParent.size(), openSnapshots++);
    }

    /** Undoes everything since {@code s} was taken (bindings and new variables). */
    public void rollbackTo(Snapshot s) {
        while (undo.size() > s.undoLen()) undo.removeLast().run();
        // Also closes inner snapshots left open (an exception unwound through them).
        openSnapshots = s.depth();
    }

    /** Keeps everything since {@code s}. */
    public void commit(Snapshot s) {
        openSnapshots = s.depth();
        if (openSnapshots == 0) undo.clear();
    }

    /** Runs {@code f} and undoes whatever it did to the table. */
    public <T> T probe(Supplier<T> f) {
        Snapshot s = snapshot();
        try {
            return f.get();
        } finally {
            rollbackTo(s);
        }
    }

    // ---- union-find ----

    private int root(int v) {
        int p = parent.get(v);
        while (p != v) {
            v = p;
            p = parent.get(v);
        }
        return v;
    }

    private int constRoot(int v) {
        int p = constParent.get(v);
        while (p != v) {
            v = p;
            p = constParent.get(v);
        }
        return v;
    }

    private void setParent(List<Integer> parents, int v, int newParent) {
        int old = parents.get(v);
        parents.set(v, newParent);
        if (openSnapshots > 0) undo.add(() -> parents.set(v, old));
    }

    private void setValue(int v, Ty t) {
        Ty old = value.get(v);
        value.set(v, t);
        if (openSnapshots > 0) undo.add(() -> value.set(v, old));
    }

    private void setKind(int v, Ty.InferKind k) {
        Ty.InferKind old = kind.get(v);
        kind.set(v, k);
        if (openSnapshots > 0) undo.add(() -> kind.set(v, old));
    }

    /** The kind of an (unbound) variable: general, integer or float. */
    public Ty.InferKind kindOf(Ty.Infer v) {
        return kind.get(root(v.vid()));
    }

    /** Binds the root of {@code var} to {@code t}; the caller has checked kinds and occurs. */
    void bind(Ty.Infer var, Ty t) {
        setValue(root(var.vid()), t);
    }

    /** Makes two unbound variables one; the kind becomes the more specific one. */
    void union(Ty.Infer a, Ty.Infer b, Ty.InferKind k) {
        int ra = root(a.vid()), rb = root(b.vid());
        if (ra == rb) return;
        setParent(parent, rb, ra);
        setKind(ra, k);
    }

    void bindConst(Const.Infer var, Const c) {
        int r = constRoot(var.vid());
        Const old = constValue.get(r);
        constValue.set(r, c);
        if (openSnapshots > 0) undo.add(() -> constValue.set(r, old));
    }

    void unionConst(Const.Infer a, Const.Infer b) {
        int ra = constRoot(a.vid()), rb = constRoot(b.vid());
        if (ra != rb) setParent(constParent, rb, ra);
    }

    // ---- resolution ----

    /**
     * Replaces a bound variable by its value (one level: the value may still contain variables);
     * an unbound variable comes back as its root with the root's kind.
     */
    public Ty shallowResolve(Ty ty) {
        while (ty instanceof Ty.Infer i) {
            int r = root(i.vid());
            Ty v = value.get(r);
            if (v == null) {
                Ty.InferKind k = kind.get(r);
                return r == i.vid() && k == i.kind() ? i : new Ty.Infer(k, r);
            }
            ty = v;
        }
        return ty;
    }

    public Const shallowResolve(Const c) {
        while (c instanceof Const.Infer i) {
            int r = constRoot(i.vid());
            Const v = constValue.get(r);
            if (v == null) return r == i.vid() ? i : new Const.Infer(r);
            c = v;
        }
        return c;
    }

    private final TyFolder resolver = new TyFolder() {
        @Override
        public Ty foldTy(Ty ty) {
            if (ty instanceof Ty.Infer) {
                Ty r = shallowResolve(ty);
                return r instanceof Ty.Infer ? r : foldTy(r);
            }
            return superFold(ty);
        }

        @Override
        public Const foldConst(Const c) {
            if (c instanceof Const.Infer) {
                Const r = shallowResolve(c);
                return r instanceof Const.Infer ? r : foldConst(r);
            }
            return super.foldConst(c);
        }
    };

    /** Replaces every bound variable, deeply; unbound ones stay (as their roots). */
    public Ty resolve(Ty ty) {
        return resolver.foldTy(ty);
    }

    public GenericArgs resolve(GenericArgs args) {
        return resolver.foldArgs(args);
    }

    public TraitRef resolve(TraitRef t) {
        return resolver.foldTraitRef(t);
    }

    public GenericArg resolve(GenericArg a) {
        return resolver.foldArg(a);
    }

    /** The goal with its variables resolved (for error messages about obligations). */
    public Goal resolve(Goal g) {
        return Folders.foldGoal(g, resolver);
    }

    public ImplSource resolve(ImplSource s) {
        return ImplSources.fold(s, resolver);
    }

    /** The folder that resolves variables, for callers folding their own structures. */
    public TyFolder resolver() {
        return resolver;
    }

    // ---- unification ----

    /**
     * Makes {@code a} and {@code b} equal, binding variables as needed; returns false (and leaves the
     * table unchanged) if they cannot be. Regions are ignored; projections are compared structurally
     * (normalise them first, see {@link Solver#normalize}).
     */
    public boolean unify(Ty a, Ty b) {
        Snapshot s = snapshot();
        boolean ok = new Unifier(this).unify(a, b);
        if (ok) commit(s); else rollbackTo(s);
        return ok;
    }

    public boolean unify(GenericArgs a, GenericArgs b) {
        Snapshot s = snapshot();
        boolean ok = new Unifier(this).unifyArgs(a, b);
        if (ok) commit(s); else rollbackTo(s);
        return ok;
    }

    /**
     * Integer and float fallback: every unbound {@code {integer}} variable becomes {@code i32}, every
     * {@code {float}} becomes {@code f64}. The type checker calls this when it is otherwise stuck, then
     * selects pending obligations again. Returns true if anything was bound.
     */
    /**
     * Records that a value of type {@code !} was coerced to the (unbound, general) variable
     * {@code v}: if nothing else decides it, it falls back to {@code ()} (rustc's diverging
     * fallback before the 2024 edition), as in {@code catch_unwind(|| { panic!(); })}.
     */
    public void markDiverging(Ty.Infer v) {
        int vid = v.vid();
        if (kind.get(root(vid)) != Ty.InferKind.TY || !diverging.add(vid)) return;
        if (openSnapshots > 0) undo.add(() -> diverging.remove(vid));
    }

    public boolean applyFallback() {
        boolean changed = false;
        for (int v : diverging) {
            int r = root(v);
            if (value.get(r) == null && kind.get(r) == Ty.InferKind.TY) {
                setValue(r, Ty.UNIT);
                changed = true;
            }
        }
        for (int v = 0; v < parent.size(); v++) {
            if (root(v) != v || value.get(v) != null) continue;
            switch (kind.get(v)) {
                case INT -> {
                    setValue(v, Ty.I32);
                    changed = true;
                }
                case FLOAT -> {
                    setValue(v, Ty.F64);
                    changed = true;
                }
                case TY -> {
                }
            }
        }
        return changed;
    }

    /** The unbound general type variables, by root (what E0282 "type annotations needed" reports). */
    public List<Ty.Infer> unresolvedVars() {
        List<Ty.Infer> out = new ArrayList<>();
        for (int v = 0; v < parent.size(); v++) {
            if (root(v) == v && value.get(v) == null) out.add(new Ty.Infer(kind.get(v), v));
        }
        return out;
    }
}
