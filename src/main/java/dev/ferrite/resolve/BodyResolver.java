package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Resolves the names used in function bodies (rustc's late resolution of expressions and
 * patterns): local variables through ribs (blocks, patterns, closures, match arms), then items
 * in scope. Reports names that resolve to nothing ("cannot find value `x` in this scope"). An
 * identifier pattern is a binding unless it names a unit struct, unit variant or constant in
 * scope. Macro calls are not looked into (they are not expanded yet), and names introduced by
 * items and imports inside blocks are accepted without resolving them further.
 */
final class BodyResolver {
    private final PathResolver paths;
    private final DiagnosticSink diag;
    private final SignatureResolver sigs;
    private final Module module;
    private final Deque<Rib> ribs;

    BodyResolver(PathResolver paths, DiagnosticSink diag, SignatureResolver sigs, Module module, Deque<Rib> itemRibs) {
        this.paths = paths;
        this.diag = diag;
        this.sigs = sigs;
        this.module = module;
        this.ribs = new ArrayDeque<>(itemRibs);
    }

    /** A function body with its parameters (and `self`). */
    void fnBody(Item.FnDecl decl, Expr.Block body) {
        Rib params = push();
        if (decl.selfParam() != null) params.values.put(Symbol.SELF_LOWER, Res.ERR);
        for (Item.Param p : decl.params()) if (p.pat() != null) pat(p.pat(), params);
        block(body);
        ribs.removeLast();
    }

    private Rib push() {
        Rib r = new Rib(Rib.Kind.NORMAL, null);
        ribs.addLast(r);
        return r;
    }

    private void block(Expr.Block b) {
        Rib items = push();
        // Items and imports of a block are visible in the whole block.
        for (Expr.Stmt s : b.stmts()) {
            if (s instanceof Expr.ItemStmt is) declareBlockItem(is.item(), items);
        }
        int depth = ribs.size();
        for (Expr.Stmt s : b.stmts()) {
            switch (s) {
                case Expr.Local l -> {
                    if (l.ty() != null) sigs.tyInBody(module, l.ty(), ribs);
                    if (l.init() != null) expr(l.init());
                    if (l.els() != null) block(l.els());
                    Rib r = push();
                    pat(l.pat(), r);
                }
                case Expr.ExprStmt es -> expr(es.expr());
                case Expr.ItemStmt is -> {
                }
                case Expr.MacStmt ms -> {
                }
                case Expr.Empty e -> {
                }
            }
        }
        while (ribs.size() > depth) ribs.removeLast();
        ribs.removeLast();
    }

    private void declareBlockItem(Item it, Rib r) {
        if (it.ident() != null) {
            r.values.put(it.ident().name(), Res.ERR);
            r.types.put(it.ident().name(), Res.ERR);
        }
        if (it.kind() instanceof Item.Use u) declareUse(u.tree(), r);
    }

    private static void declareUse(Item.UseTree t, Rib r) {
        switch (t) {
            case Item.UseSimple s -> {
                Symbol n = s.rename() != null ? s.rename().name() : s.prefix().last().ident().name();
                r.values.put(n, Res.ERR);
                r.types.put(n, Res.ERR);
            }
            case Item.UseGlob g -> r.values.put(Symbol.intern("*glob*"), Res.ERR);
            case Item.UseNested n -> n.trees().forEach(sub -> declareUse(sub, r));
        }
    }

    /** Whether a glob import inside a block makes every name possibly defined. */
    private boolean globInScope() {
        for (Rib r : ribs) if (r.values.containsKey(Symbol.intern("*glob*"))) return true;
        return false;
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        if (e == null) return;
        switch (e) {
            case Expr.Lit l -> {
            }
            case Expr.PathExpr p -> {
                if (p.qself() == null) valuePath(p.path(), false);
                else sigs.tyInBody(module, p.qself().ty(), ribs);
            }
            case Expr.Call c -> {
                if (c.callee() instanceof Expr.PathExpr p && p.qself() == null) valuePath(p.path(), true);
                else expr(c.callee());
                exprs(c.args());
            }
            case Expr.MethodCall m -> {
                expr(m.receiver());
                exprs(m.args());
            }
            case Expr.Binary b -> {
                expr(b.lhs());
                expr(b.rhs());
            }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Cast c -> {
                expr(c.expr());
                sigs.tyInBody(module, c.ty(), ribs);
            }
            case Expr.AddrOf a -> expr(a.expr());
            case Expr.Field f -> expr(f.base());
            case Expr.Index i -> {
                expr(i.base());
                expr(i.index());
            }
            case Expr.Assign a -> {
                expr(a.lhs());
                expr(a.rhs());
            }
            case Expr.AssignOp a -> {
                expr(a.lhs());
                expr(a.rhs());
            }
            case Expr.BlockExpr b -> block(b.block());
            case Expr.If i -> {
                int depth = ribs.size();
                expr(i.cond()); // `let` conditions push ribs that stay for the then-branch
                block(i.then());
                while (ribs.size() > depth) ribs.removeLast();
                expr(i.els());
            }
            case Expr.While w -> {
                int depth = ribs.size();
                expr(w.cond());
                block(w.body());
                while (ribs.size() > depth) ribs.removeLast();
            }
            case Expr.ForLoop f -> {
                expr(f.iter());
                Rib r = push();
                pat(f.pat(), r);
                block(f.body());
                ribs.removeLast();
            }
            case Expr.Loop l -> block(l.body());
            case Expr.Match m -> {
                expr(m.scrutinee());
                for (Expr.Arm a : m.arms()) {
                    Rib r = push();
                    pat(a.pat(), r);
                    expr(a.guard());
                    expr(a.body());
                    ribs.removeLast();
                }
            }
            case Expr.Closure c -> {
                Rib r = new Rib(Rib.Kind.CLOSURE, null);
                ribs.addLast(r);
                for (Item.Param p : c.params()) {
                    pat(p.pat(), r);
                    if (p.ty() != null) sigs.tyInBody(module, p.ty(), ribs);
                }
                expr(c.body());
                ribs.removeLast();
            }
            case Expr.Break b -> expr(b.value());
            case Expr.Continue c -> {
            }
            case Expr.Return r -> expr(r.value());
            case Expr.Yield y -> expr(y.value());
            case Expr.Attributed a -> expr(a.expr());
            case Expr.Become b -> expr(b.call());
            case Expr.Struct s -> {
                if (s.qself() == null) structPath(s.path());
                for (Expr.FieldInit f : s.fields()) expr(f.expr());
                expr(s.base());
            }
            case Expr.Tuple t -> exprs(t.elems());
            case Expr.Array a -> exprs(a.elems());
            case Expr.Repeat r -> {
                expr(r.elem());
                expr(r.count());
            }
            case Expr.Range r -> {
                expr(r.lo());
                expr(r.hi());
            }
            case Expr.Try t -> expr(t.expr());
            case Expr.Await a -> expr(a.expr());
            case Expr.Let l -> {
                expr(l.init());
                Rib r = push(); // popped by the enclosing `if`/`while`
                pat(l.pat(), r);
            }
            case Expr.Paren p -> expr(p.inner());
            case Expr.MacCallExpr m -> {
            }
            case Expr.Underscore u -> {
            }
            case Expr.Err err -> {
            }
        }
    }

    private void valuePath(Path p, boolean called) {
        if (globInScope()) return;
        List<Symbol> segs = p.segments().stream().map(s -> s.ident().name()).toList();
        Object r = paths.resolvePath(segs, p.global(), null, DefKind.Ns.VALUE, ribs, module);
        if (r instanceof PathResolver.Failure f) {
            Symbol name = p.segments().get(f.segment()).ident().name();
            var span = p.segments().get(f.segment()).ident().span();
            if (f.message() != null) {
                diag.emit(Diagnostic.error(f.message()).code("E0433").primary(span, f.label()));
            } else if (p.segments().size() == 1) {
                diag.emit(Diagnostic.error("cannot find " + (called ? "function" : "value") + " `" + name + "` in this scope")
                        .code("E0425").primary(span, "not found in this scope"));
            } else {
                diag.emit(Diagnostic.error("cannot find " + (called ? "function" : "value") + " `" + name + "` in "
                        + f.label()).code("E0425").primary(span, "not found in " + f.label()));
            }
        }
    }

    private void structPath(Path p) {
        if (globInScope()) return;
        List<Symbol> segs = p.segments().stream().map(s -> s.ident().name()).toList();
        Object r = paths.resolvePath(segs, p.global(), null, DefKind.Ns.TYPE, ribs, module);
        if (r instanceof PathResolver.Failure f && f.message() == null && p.segments().size() == 1) {
            var id = p.segments().getFirst().ident();
            diag.emit(Diagnostic.error("cannot find struct, variant or union type `" + id + "` in this scope")
                    .code("E0422").primary(id.span(), "not found in this scope"));
        }
    }

    /** Binds the pattern's variables in {@code r}; paths inside are resolved. */
    private void pat(Pat p, Rib r) {
        switch (p) {
            case Pat.Ident i -> {
                if (!i.byRef() && !i.mutable() && i.sub() == null && namesUnitOrConst(i.name().name())) return;
                r.values.put(i.name().name(), new Res.Local(new dev.ferrite.hir.Ids.PatId(-1)));
                if (i.sub() != null) pat(i.sub(), r);
            }
            case Pat.Struct s -> {
                if (s.qself() == null) structPath(s.path());
                for (Pat.FieldPat f : s.fields()) pat(f.pat(), r);
            }
            case Pat.TupleStruct ts -> {
                if (ts.qself() == null) valuePath(ts.path(), false);
                for (Pat e : ts.elems()) pat(e, r);
            }
            case Pat.PathPat pp -> {
                if (pp.qself() == null) valuePath(pp.path(), false);
            }
            case Pat.Tuple t -> t.elems().forEach(e -> pat(e, r));
            case Pat.Or o -> o.alternatives().forEach(a -> pat(a, r));
            case Pat.Ref rf -> pat(rf.inner(), r);
            case Pat.Box b -> pat(b.inner(), r);
            case Pat.Lit l -> expr(l.expr());
            case Pat.Range rg -> {
                expr(rg.lo());
                expr(rg.hi());
            }
            case Pat.Slice s -> s.elems().forEach(e -> pat(e, r));
            case Pat.Paren pa -> pat(pa.inner(), r);
            case Pat.Wild w -> {
            }
            case Pat.Rest rs -> {
            }
            case Pat.MacCallPat m -> {
            }
            case Pat.Never n -> {
            }
            case Pat.Err err -> {
            }
        }
    }

    /** Whether an identifier in a pattern names a unit struct/variant or a constant (then it is not a binding). */
    private boolean namesUnitOrConst(Symbol name) {
        Res res = paths.resolveIdent(name, DefKind.Ns.VALUE, ribs, module);
        return res instanceof Res.Def d && (d.kind() == DefKind.CTOR || d.kind() == DefKind.CONST
                || d.kind() == DefKind.ASSOC_CONST || d.kind() == DefKind.STATIC);
    }
}
