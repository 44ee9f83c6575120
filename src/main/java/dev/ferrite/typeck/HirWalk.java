package dev.ferrite.typeck;

import dev.ferrite.hir.Body;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Pat;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks the expressions and patterns under an expression of a body, calling back for each
 * expression (with its parent) and pattern. Used by capture analysis and other passes that only
 * need to find things, not to compute types.
 */
final class HirWalk {
    private final Body body;
    private final BiConsumer<ExprId, ExprId> onExpr;
    private final Consumer<PatId> onPat;

    HirWalk(Body body, BiConsumer<ExprId, ExprId> onExpr, Consumer<PatId> onPat) {
        this.body = body;
        this.onExpr = onExpr;
        this.onPat = onPat;
    }

    void expr(ExprId id, ExprId parent) {
        if (id == null) return;
        onExpr.accept(id, parent);
        switch (body.expr(id)) {
            case Expr.Literal l -> {
            }
            case Expr.Path p -> {
            }
            case Expr.Call c -> {
                expr(c.callee(), id);
                c.args().forEach(a -> expr(a, id));
            }
            case Expr.MethodCall m -> {
                expr(m.receiver(), id);
                m.args().forEach(a -> expr(a, id));
            }
            case Expr.Binary b -> {
                expr(b.lhs(), id);
                expr(b.rhs(), id);
            }
            case Expr.Unary u -> expr(u.operand(), id);
            case Expr.Cast c -> expr(c.expr(), id);
            case Expr.AddrOf a -> expr(a.expr(), id);
            case Expr.Field f -> expr(f.base(), id);
            case Expr.Index i -> {
                expr(i.base(), id);
                expr(i.index(), id);
            }
            case Expr.Assign a -> {
                expr(a.lhs(), id);
                expr(a.rhs(), id);
            }
            case Expr.AssignOp a -> {
                expr(a.lhs(), id);
                expr(a.rhs(), id);
            }
            case Expr.BlockExpr b -> block(b.block(), id);
            case Expr.If i -> {
                expr(i.cond(), id);
                expr(i.then(), id);
                expr(i.els(), id);
            }
            case Expr.Let l -> {
                pat(l.pat());
                expr(l.init(), id);
            }
            case Expr.Loop l -> block(l.body(), id);
            case Expr.Match m -> {
                expr(m.scrutinee(), id);
                for (Expr.Arm a : m.arms()) {
                    pat(a.pat());
                    expr(a.guard(), id);
                    expr(a.body(), id);
                }
            }
            case Expr.Closure c -> {
                c.params().forEach(p -> pat(p.pat()));
                expr(c.body(), id);
            }
            case Expr.Break b -> expr(b.value(), id);
            case Expr.Continue c -> {
            }
            case Expr.Return r -> expr(r.value(), id);
            case Expr.Struct s -> {
                s.fields().forEach(f -> expr(f.expr(), id));
                expr(s.base(), id);
            }
            case Expr.Tuple t -> t.elems().forEach(e -> expr(e, id));
            case Expr.Array a -> a.elems().forEach(e -> expr(e, id));
            case Expr.Repeat r -> expr(r.elem(), id);
            case Expr.ConstBlock c -> expr(c.block(), id);
            case Expr.Err e -> {
            }
        }
    }

    private void block(Expr.Block b, ExprId parent) {
        for (Expr.Stmt s : b.stmts()) {
            switch (s) {
                case Expr.LetStmt l -> {
                    pat(l.pat());
                    expr(l.init(), parent);
                    if (l.els() != null) block(l.els(), parent);
                }
                case Expr.ExprStmt es -> expr(es.expr(), parent);
                case Expr.ItemStmt is -> {
                }
            }
        }
        expr(b.tail(), parent);
    }

    void pat(PatId id) {
        if (id == null) return;
        onPat.accept(id);
        switch (body.pat(id)) {
            case Pat.Binding b -> pat(b.sub());
            case Pat.Struct s -> s.fields().forEach(f -> pat(f.pat()));
            case Pat.TupleStruct t -> t.elems().forEach(this::pat);
            case Pat.Tuple t -> t.elems().forEach(this::pat);
            case Pat.Or o -> o.alternatives().forEach(this::pat);
            case Pat.Ref r -> pat(r.inner());
            case Pat.Box b -> pat(b.inner());
            case Pat.Slice s -> {
                s.before().forEach(this::pat);
                pat(s.slice());
                s.after().forEach(this::pat);
            }
            case Pat.Lit l -> expr(l.expr(), null);
            case Pat.Range r -> {
                expr(r.lo(), null);
                expr(r.hi(), null);
            }
            case Pat.Wild w -> {
            }
            case Pat.Path p -> {
            }
            case Pat.Never n -> {
            }
            case Pat.Err e -> {
            }
        }
    }
}
