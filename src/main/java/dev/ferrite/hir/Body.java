package dev.ferrite.hir;

import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import java.util.List;

/**
 * The body of a function, closure, constant, static or anonymous constant: arenas of expressions
 * and patterns, the parameters and the value expression. The owner is the DefId whose body this
 * is. Closures inside live in the same arenas (see {@link Expr.Closure}).
 */
public record Body(DefId owner, List<Expr> exprs, List<Pat> pats, List<Expr.Param> params, ExprId value) {
    public Body {
        exprs = List.copyOf(exprs);
        pats = List.copyOf(pats);
        params = List.copyOf(params);
    }

    public Expr expr(ExprId id) {
        return exprs.get(id.index());
    }

    public Pat pat(PatId id) {
        return pats.get(id.index());
    }
}
