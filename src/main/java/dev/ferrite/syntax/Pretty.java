package dev.ferrite.syntax;

import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prints an AST back as Rust source that parses to the same AST (spans aside). Expressions are
 * printed with the parentheses they had ({@link Expr.Paren}); operators need no extra ones
 * because the tree already encodes precedence.
 */
public final class Pretty {
    private final StringBuilder sb = new StringBuilder();
    private int indent;

    private Pretty() {
    }

    public static String print(Crate c) {
        Pretty p = new Pretty();
        for (Attribute a : c.innerAttrs()) p.attr(a);
        for (Item i : c.items()) p.item(i);
        return p.sb.toString();
    }

    /** Token trees as source text (spaces where tokens were not joint). */
    public static String print(List<TokenTree> trees) {
        Pretty p = new Pretty();
        p.tokens(trees);
        return p.sb.toString();
    }

    public static String print(Expr e) {
        Pretty p = new Pretty();
        p.expr(e);
        return p.sb.toString();
    }

    private Pretty w(String s) {
        sb.append(s);
        return this;
    }

    private void nl() {
        sb.append('\n').append("    ".repeat(indent));
    }

    private <T> void sep(List<T> xs, String s, Consumer<T> f) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) w(s);
            f.accept(xs.get(i));
        }
    }

    private void tokens(List<TokenTree> trees) {
        Token prev = null;
        for (TokenTree t : trees) {
            switch (t) {
                case TokenTree.Leaf l -> {
                    if (prev != null && !prev.joint()) w(" ");
                    Token tok = l.token();
                    if (tok.is(TokenKind.DOC_COMMENT)) {
                        // A line doc comment runs to the end of the line; multi-line text needs the block form.
                        String text = tok.sym().text();
                        if (text.contains("\n")) w(tok.inner() ? "/*!" : "/**").w(text).w("*/");
                        else w(tok.inner() ? "//!" : "///").w(text).w("\n");
                    } else {
                        w(tok.text());
                    }
                    prev = tok;
                }
                case TokenTree.Delimited d -> {
                    if (prev != null && !prev.joint()) w(" ");
                    w(d.delim().open.text());
                    // rustc prints a non-empty brace group with spaces inside: `P { x: 1 }`
                    boolean spaced = d.delim() == TokenTree.Delimiter.BRACE && !d.trees().isEmpty();
                    if (spaced) w(" ");
                    tokens(d.trees());
                    if (spaced) w(" ");
                    w(d.delim().close.text());
                    prev = Token.punct(d.delim().close, d.close(), false);
                }
            }
        }
    }

    private void attr(Attribute a) {
        if (a.docText() != null) {
            // doc comments print as doc comments, so that they parse to the same attribute
            String text = a.docText();
            if (text.contains("\n")) w(a.inner() ? "/*!" : "/**").w(text).w("*/");
            else w(a.inner() ? "//!" : "///").w(text);
        } else {
            w(a.inner() ? "#![" : "#[");
            path(a.path());
            if (!a.args().isEmpty()) {
                if (a.args().getFirst() instanceof TokenTree.Leaf) w(" ");
                tokens(a.args());
            }
            w("]");
        }
        nl();
    }

    /** An identifier, written raw (`r#async`) when it spells a keyword. */
    private static String ident(dev.ferrite.syntax.ast.Ident id) {
        String t = id.name().text();
        Token probe = Token.ident(id.name(), id.span(), false);
        boolean pathKw = t.equals("self") || t.equals("Self") || t.equals("super") || t.equals("crate") || t.equals("_")
                || t.startsWith("$") || t.startsWith("'");
        return !pathKw && (Parser.isReservedKeyword(probe) || t.equals("gen")) ? "r#" + t : t;
    }

    private void vis(Item.Visibility v) {
        switch (v) {
            case Item.Inherited i -> {
            }
            case Item.Public p -> w("pub ");
            case Item.Restricted r -> {
                String first = ident(r.path().segments().getFirst().ident());
                boolean kw = r.path().segments().size() == 1 && (first.equals("crate") || first.equals("super") || first.equals("self"));
                w("pub(").w(kw ? "" : "in ");
                path(r.path());
                w(") ");
            }
        }
    }

    private void item(Item it) {
        for (Attribute a : it.attrs()) attr(a);
        vis(it.vis());
        String name = it.ident() == null ? "" : ident(it.ident());
        switch (it.kind()) {
            case Item.Fn f -> {
                Item.FnHeader h = f.header();
                if (h.isConst()) w("const ");
                if (h.isAsync()) w("async ");
                if (h.isGen()) w("gen ");
                if (h.unsafe()) w("unsafe ");
                if (h.abi() != null) w("extern \"").w(h.abi()).w("\" ");
                w("fn ").w(name);
                generics(f.generics());
                fnDecl(f.decl());
                where(f.generics());
                if (f.body() == null) w(";");
                else {
                    w(" ");
                    block(f.body());
                }
            }
            case Item.Struct s -> {
                w("struct ").w(name);
                generics(s.generics());
                variantData(s.data(), s.generics(), true);
            }
            case Item.Union u -> {
                w("union ").w(name);
                generics(u.generics());
                variantData(u.data(), u.generics(), true);
            }
            case Item.Enum e -> {
                w("enum ").w(name);
                generics(e.generics());
                where(e.generics());
                w(" {");
                indent++;
                for (Item.Variant v : e.variants()) {
                    nl();
                    for (Attribute a : v.attrs()) attr(a);
                    w(ident(v.ident()));
                    variantData(v.data(), null, false);
                    if (v.discriminant() != null) {
                        w(" = ");
                        expr(v.discriminant());
                    }
                    w(",");
                }
                indent--;
                nl();
                w("}");
            }
            case Item.Trait t -> {
                if (t.isConst()) w("const ");
                if (t.unsafe()) w("unsafe ");
                if (t.auto()) w("auto ");
                w("trait ").w(name);
                generics(t.generics());
                if (!t.bounds().isEmpty()) {
                    w(": ");
                    bounds(t.bounds());
                }
                where(t.generics());
                itemsBlock(t.items());
            }
            case Item.TraitAlias t -> {
                w("trait ").w(name);
                generics(t.generics());
                w(" = ");
                bounds(t.bounds());
                where(t.generics());
                w(";");
            }
            case Item.Impl i -> {
                if (i.isConst()) w("const ");
                if (i.unsafe()) w("unsafe ");
                w("impl");
                generics(i.generics());
                w(" ");
                if (i.negative()) w("!");
                if (i.traitRef() != null) {
                    path(i.traitRef());
                    w(" for ");
                }
                type(i.selfTy());
                where(i.generics());
                itemsBlock(i.items());
            }
            case Item.TyAlias t -> {
                w("type ").w(name);
                generics(t.generics());
                if (!t.bounds().isEmpty()) {
                    w(": ");
                    bounds(t.bounds());
                }
                where(t.generics());
                if (t.ty() != null) {
                    w(" = ");
                    type(t.ty());
                }
                w(";");
            }
            case Item.Const c -> {
                w("const ").w(name);
                generics(c.generics());
                w(": ");
                type(c.ty());
                if (c.value() != null) {
                    w(" = ");
                    expr(c.value());
                }
                where(c.generics());
                w(";");
            }
            case Item.Static s -> {
                w("static ").w(s.mutable() ? "mut " : "").w(name).w(": ");
                type(s.ty());
                if (s.value() != null) {
                    w(" = ");
                    expr(s.value());
                }
                w(";");
            }
            case Item.Mod m -> {
                w("mod ").w(name);
                if (!m.inline()) w(";");
                else {
                    w(" {");
                    indent++;
                    nl();
                    for (Attribute a : m.innerAttrs()) attr(a);
                    for (Item i : m.items()) item(i);
                    indent--;
                    nl();
                    w("}");
                }
            }
            case Item.Use u -> {
                w("use ");
                useTree(u.tree());
                w(";");
            }
            case Item.ExternCrate e -> {
                w("extern crate ");
                if (e.orig() != null) w(e.orig().name().text()).w(" as ");
                w(name).w(";");
            }
            case Item.ForeignMod f -> {
                w("extern \"").w(f.abi()).w("\"");
                itemsBlock(f.items());
            }
            case Item.MacroRules m -> {
                w("macro_rules! ").w(name).w(" ");
                w(m.delim().open.text());
                tokens(m.body());
                w(m.delim().close.text());
                if (m.delim() != TokenTree.Delimiter.BRACE) w(";");
            }
            case Item.MacroDef m -> {
                w("macro ").w(name);
                if (m.params() != null) {
                    w("(");
                    tokens(m.params());
                    w(")");
                }
                w(" {");
                tokens(m.body());
                w("}");
            }
            case Item.Delegation d -> {
                w("reuse ");
                tokens(d.spec());
                if (d.body() == null) w(";");
                else {
                    w(" ");
                    block(d.body());
                }
            }
            case Item.MacCallItem m -> {
                mac(m.mac());
                if (m.mac().delim() != TokenTree.Delimiter.BRACE) w(";");
            }
        }
        nl();
    }

    private void itemsBlock(List<Item> items) {
        w(" {");
        indent++;
        for (Item i : items) {
            nl();
            item(i);
        }
        indent--;
        nl();
        w("}");
    }

    private void variantData(Item.VariantData d, Item.Generics g, boolean isItem) {
        switch (d.kind()) {
            case UNIT -> {
                if (g != null) where(g);
                if (isItem) w(";");
            }
            case TUPLE -> {
                w("(");
                sep(d.fields(), ", ", f -> {
                    for (Attribute a : f.attrs()) attrInline(a);
                    vis(f.vis());
                    type(f.ty());
                });
                w(")");
                if (g != null) where(g);
                if (isItem) w(";");
            }
            case STRUCT -> {
                if (g != null) where(g);
                w(" {");
                indent++;
                for (Item.FieldDef f : d.fields()) {
                    nl();
                    for (Attribute a : f.attrs()) attr(a);
                    vis(f.vis());
                    w(ident(f.ident())).w(": ");
                    type(f.ty());
                    if (f.defaultValue() != null) {
                        w(" = ");
                        expr(f.defaultValue());
                    }
                    w(",");
                }
                indent--;
                nl();
                w("}");
            }
        }
    }

    private void attrInline(Attribute a) {
        if (a.docText() != null && !a.docText().contains("*/") && !a.docText().startsWith("*")) {
            // a line doc comment would swallow the rest of the line: use the block form
            w(a.inner() ? "/*!" : "/**").w(a.docText()).w("*/ ");
            return;
        }
        int before = sb.length();
        attr(a);
        // keep inline attributes on one line
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) end--;
        sb.setLength(end);
        if (sb.length() < before) sb.setLength(before);
        w(" ");
    }

    private void useTree(Item.UseTree t) {
        switch (t) {
            case Item.UseSimple s -> {
                path(s.prefix());
                if (s.rename() != null) w(" as ").w(s.rename().name().text());
            }
            case Item.UseGlob g -> {
                prefix(g.prefix());
                w("*");
            }
            case Item.UseNested n -> {
                prefix(n.prefix());
                w("{");
                sep(n.trees(), ", ", this::useTree);
                w("}");
            }
        }
    }

    private void prefix(Path p) {
        if (p.global()) w("::");
        for (Path.Segment s : p.segments()) w(ident(s.ident())).w("::");
    }

    private void generics(Item.Generics g) {
        if (g.params().isEmpty()) return;
        w("<");
        sep(g.params(), ", ", this::genericParam);
        w(">");
    }

    private void genericParam(Item.GenericParam p) {
        for (Attribute a : p.attrs()) attrInline(a);
        switch (p.kind()) {
            case LIFETIME -> {
                w(ident(p.ident()));
                if (!p.bounds().isEmpty()) {
                    w(": ");
                    bounds(p.bounds());
                }
            }
            case TYPE -> {
                w(ident(p.ident()));
                if (!p.bounds().isEmpty()) {
                    w(": ");
                    bounds(p.bounds());
                }
                if (p.defaultTy() != null) {
                    w(" = ");
                    type(p.defaultTy());
                }
            }
            case CONST -> {
                w("const ").w(ident(p.ident())).w(": ");
                type(p.constTy());
                if (p.constDefault() != null) {
                    w(" = ");
                    expr(p.constDefault());
                }
            }
        }
    }

    private void where(Item.Generics g) {
        if (g.where().isEmpty()) return;
        w(" where ");
        sep(g.where(), ", ", wp -> {
            switch (wp) {
                case Item.BoundPredicate b -> {
                    forParams(b.forParams());
                    type(b.bounded());
                    w(": ");
                    bounds(b.bounds());
                }
                case Item.RegionPredicate r -> {
                    w(r.lifetime().name().text()).w(": ");
                    sep(r.bounds(), " + ", l -> w(l.name().text()));
                }
            }
        });
    }

    private void forParams(List<Item.GenericParam> ps) {
        if (ps.isEmpty()) return;
        w("for<");
        sep(ps, ", ", this::genericParam);
        w("> ");
    }

    private void bounds(List<Item.GenericBound> bs) {
        sep(bs, " + ", b -> {
            switch (b) {
                case Item.TraitBound t -> {
                    if (t.maybeConst()) w("[const] ");
                    else if (t.isConst()) w("const ");
                    if (t.maybe()) w("?");
                    forParams(t.forParams());
                    path(t.path());
                }
                case Item.OutlivesBound o -> w(o.lifetime().name().text());
                case Item.UseBound u -> w("use<").w(String.join(", ", u.args())).w(">");
            }
        });
    }

    private void fnDecl(Item.FnDecl d) {
        w("(");
        boolean first = true;
        if (d.selfParam() != null) {
            Item.SelfParam s = d.selfParam();
            for (Attribute a : s.attrs()) attrInline(a);
            if (s.ref()) {
                w("&");
                if (s.lifetime() != null) w(s.lifetime().name().text()).w(" ");
                if (s.mutRef()) w("mut ");
            }
            if (s.mutable()) w("mut ");
            w("self");
            if (s.explicitTy() != null) {
                w(": ");
                type(s.explicitTy());
            }
            first = false;
        }
        for (Item.Param p : d.params()) {
            if (!first) w(", ");
            first = false;
            for (Attribute a : p.attrs()) attrInline(a);
            if (p.pat() != null) {
                pat(p.pat());
                w(": ");
            }
            if (p.ty() == null) w("...");
            else type(p.ty());
        }
        boolean namedVariadic = !d.params().isEmpty() && d.params().getLast().ty() == null;
        if (d.variadic() && !namedVariadic) w(first ? "..." : ", ...");
        w(")");
        if (d.ret() != null) {
            w(" -> ");
            type(d.ret());
        }
    }

    // ---- paths and types ----

    private void path(Path p) {
        if (p.global()) w("::");
        sep(p.segments(), "::", s -> {
            w(ident(s.ident()));
            if (s.args() != null) genericArgs(s.args(), false);
        });
    }

    /** A path in expression position: generic arguments need the turbofish. */
    private void exprPath(Path.QSelf q, Path p) {
        if (q != null) {
            qpath(q, p, true);
            return;
        }
        if (p.global()) w("::");
        sep(p.segments(), "::", s -> {
            w(ident(s.ident()));
            if (s.args() != null) genericArgs(s.args(), true);
        });
    }

    private void qpath(Path.QSelf q, Path p, boolean turbofish) {
        w("<");
        type(q.ty());
        if (q.position() > 0) {
            w(" as ");
            if (p.global()) w("::");
            sep(p.segments().subList(0, q.position()), "::", s -> {
                w(ident(s.ident()));
                if (s.args() != null) genericArgs(s.args(), false);
            });
        }
        w(">");
        for (Path.Segment s : p.segments().subList(q.position(), p.segments().size())) {
            w("::").w(ident(s.ident()));
            if (s.args() != null) genericArgs(s.args(), turbofish);
        }
    }

    private void genericArgs(Path.GenericArgs a, boolean turbofish) {
        switch (a) {
            case Path.AngleBracketed ab -> {
                w(turbofish ? "::<" : "<");
                sep(ab.args(), ", ", arg -> {
                    switch (arg) {
                        case Path.TypeArg t -> type(t.ty());
                        case Path.LifetimeArg l -> w(l.lifetime().name().text());
                        case Path.ConstArg c -> expr(c.expr());
                        case Path.Constraint c -> {
                            w(ident(c.ident()));
                            if (c.args() != null) genericArgs(c.args(), false);
                            if (c.eqConst() != null) {
                                w(" = ");
                                expr(c.eqConst());
                            } else if (c.eq() != null) {
                                w(" = ");
                                type(c.eq());
                            } else {
                                w(": ");
                                bounds(c.bounds());
                            }
                        }
                    }
                });
                w(">");
            }
            case Path.ParenthesizedElided e -> w("(..)");
            case Path.Parenthesized p -> {
                w("(");
                sep(p.inputs(), ", ", this::type);
                w(")");
                if (p.output() != null) {
                    w(" -> ");
                    type(p.output());
                }
            }
        }
    }

    private void type(Type t) {
        switch (t) {
            case Type.PathType p -> {
                if (p.qself() != null) qpath(p.qself(), p.path(), false);
                else path(p.path());
            }
            case Type.Ref r -> {
                w("&");
                if (r.lifetime() != null) w(r.lifetime().name().text()).w(" ");
                if (r.mutable()) w("mut ");
                type(r.ty());
            }
            case Type.Ptr p -> {
                w(p.mutable() ? "*mut " : "*const ");
                type(p.ty());
            }
            case Type.Slice s -> {
                w("[");
                type(s.elem());
                w("]");
            }
            case Type.Array a -> {
                w("[");
                type(a.elem());
                w("; ");
                expr(a.len());
                w("]");
            }
            case Type.Tuple tu -> {
                w("(");
                sep(tu.elems(), ", ", this::type);
                if (tu.elems().size() == 1) w(",");
                w(")");
            }
            case Type.BareFn f -> {
                forParams(f.forParams());
                if (f.unsafe()) w("unsafe ");
                if (f.abi() != null) w("extern \"").w(f.abi()).w("\" ");
                w("fn(");
                sep(f.params(), ", ", p -> {
                    for (Attribute a : p.attrs()) attrInline(a);
                    if (p.pat() != null) {
                        pat(p.pat());
                        w(": ");
                    }
                    type(p.ty());
                });
                if (f.variadic()) w(f.params().isEmpty() ? "..." : ", ...");
                w(")");
                if (f.ret() != null) {
                    w(" -> ");
                    type(f.ret());
                }
            }
            case Type.Never n -> w("!");
            case Type.Infer i -> w("_");
            case Type.ImplTrait i -> {
                w("impl ");
                bounds(i.bounds());
            }
            case Type.TraitObject o -> {
                w(o.dyn() ? "dyn " : "");
                bounds(o.bounds());
                // a bare one-bound object (`Debug+`) keeps its `+`, or it would read back as a path type
                if (!o.dyn() && o.bounds().size() == 1 && o.bounds().getFirst() instanceof Item.TraitBound tb
                        && tb.forParams().isEmpty() && !tb.maybe()) w(" +");
            }
            case Type.Paren p -> {
                w("(");
                type(p.inner());
                w(")");
            }
            case Type.MacCallType m -> mac(m.mac());
            case Type.ImplicitSelf s -> w("Self");
            case Type.Err e -> w("_");
        }
    }

    private void mac(MacCall m) {
        path(m.path());
        w("!");
        w(m.delim().open.text());
        tokens(m.tokens());
        w(m.delim().close.text());
    }

    // ---- patterns ----

    private void pat(Pat p) {
        switch (p) {
            case Pat.Wild w1 -> w("_");
            case Pat.Ident i -> {
                if (i.byRef()) w("ref ");
                if (i.mutable()) w("mut ");
                w(ident(i.name()));
                if (i.sub() != null) {
                    w(" @ ");
                    pat(i.sub());
                }
            }
            case Pat.Struct s -> {
                exprPath(s.qself(), s.path());
                w(" { ");
                sep(s.fields(), ", ", f -> {
                    for (Attribute a : f.attrs()) attrInline(a);
                    if (f.shorthand()) pat(f.pat());
                    else {
                        w(ident(f.name())).w(": ");
                        pat(f.pat());
                    }
                });
                if (s.rest()) w(s.fields().isEmpty() ? ".." : ", ..");
                w(" }");
            }
            case Pat.TupleStruct ts -> {
                exprPath(ts.qself(), ts.path());
                w("(");
                sep(ts.elems(), ", ", this::pat);
                w(")");
            }
            case Pat.PathPat pp -> exprPath(pp.qself(), pp.path());
            case Pat.Tuple t -> {
                w("(");
                sep(t.elems(), ", ", this::pat);
                if (t.elems().size() == 1 && !(t.elems().getFirst() instanceof Pat.Rest)) w(",");
                w(")");
            }
            case Pat.Or o -> sep(o.alternatives(), " | ", this::pat);
            case Pat.Ref r -> {
                w(r.mutable() ? "&mut " : "&");
                pat(r.inner());
            }
            case Pat.Box b -> {
                w("box ");
                pat(b.inner());
            }
            case Pat.Lit l -> expr(l.expr());
            case Pat.Range r -> {
                if (r.lo() != null) expr(r.lo());
                w(r.inclusive() ? "..=" : "..");
                if (r.hi() != null) expr(r.hi());
            }
            case Pat.Slice s -> {
                w("[");
                sep(s.elems(), ", ", this::pat);
                w("]");
            }
            case Pat.Rest r -> w("..");
            case Pat.Paren pa -> {
                w("(");
                pat(pa.inner());
                w(")");
            }
            case Pat.MacCallPat m -> mac(m.mac());
            case Pat.Never n -> w("!");
            case Pat.Err e -> w("_");
        }
    }

    // ---- expressions and statements ----

    private void block(Expr.Block b) {
        w("{");
        indent++;
        for (Expr.Stmt s : b.stmts()) {
            nl();
            stmt(s);
        }
        indent--;
        nl();
        w("}");
    }

    private void stmt(Expr.Stmt s) {
        switch (s) {
            case Expr.Local l -> {
                for (Attribute a : l.attrs()) attr(a);
                if (l.isSuper()) w("super ");
                w("let ");
                pat(l.pat());
                if (l.ty() != null) {
                    w(": ");
                    type(l.ty());
                }
                if (l.init() != null) {
                    w(" = ");
                    expr(l.init());
                }
                if (l.els() != null) {
                    w(" else ");
                    block(l.els());
                }
                w(";");
            }
            case Expr.ItemStmt i -> item(i.item());
            case Expr.ExprStmt e -> {
                for (Attribute a : e.attrs()) attr(a);
                expr(e.expr());
                if (e.semi()) w(";");
            }
            case Expr.MacStmt m -> {
                for (Attribute a : m.attrs()) attr(a);
                mac(m.mac());
                if (m.semi()) w(";");
            }
            case Expr.Empty e -> w(";");
        }
    }

    private void label(Expr.Label l) {
        if (l != null) w(l.name().name().text()).w(": ");
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Lit l -> w(l.token().text());
            case Expr.PathExpr p -> exprPath(p.qself(), p.path());
            case Expr.Call c -> {
                expr(c.callee());
                w("(");
                sep(c.args(), ", ", this::expr);
                w(")");
            }
            case Expr.MethodCall m -> {
                expr(m.receiver());
                w(".").w(ident(m.segment().ident()));
                if (m.segment().args() != null) genericArgs(m.segment().args(), true);
                w("(");
                sep(m.args(), ", ", this::expr);
                w(")");
            }
            case Expr.Binary b -> {
                expr(b.lhs());
                w(" ").w(b.op().symbol).w(" ");
                expr(b.rhs());
            }
            case Expr.Unary u -> {
                w(switch (u.op()) {
                    case DEREF -> "*";
                    case NOT -> "!";
                    case NEG -> "-";
                });
                expr(u.operand());
            }
            case Expr.Cast c -> {
                expr(c.expr());
                w(" as ");
                type(c.ty());
            }
            case Expr.AddrOf a -> {
                w("&");
                if (a.raw()) w(a.mutable() ? "raw mut " : "raw const ");
                else if (a.mutable()) w("mut ");
                expr(a.expr());
            }
            case Expr.Field f -> {
                expr(f.base());
                w(".").w(ident(f.name()));
            }
            case Expr.Index i -> {
                expr(i.base());
                w("[");
                expr(i.index());
                w("]");
            }
            case Expr.Assign a -> {
                expr(a.lhs());
                w(" = ");
                expr(a.rhs());
            }
            case Expr.AssignOp a -> {
                expr(a.lhs());
                w(" ").w(a.op().symbol).w("= ");
                expr(a.rhs());
            }
            case Expr.BlockExpr b -> {
                label(b.label());
                w(switch (b.kind()) {
                    case NORMAL -> "";
                    case UNSAFE -> "unsafe ";
                    case CONST -> "const ";
                    case ASYNC -> "async ";
                    case TRY -> "try ";
                    case GEN -> "gen ";
                    case ASYNC_GEN -> "async gen ";
                });
                block(b.block());
            }
            case Expr.If i -> {
                w("if ");
                expr(i.cond());
                w(" ");
                block(i.then());
                if (i.els() != null) {
                    w(" else ");
                    expr(i.els());
                }
            }
            case Expr.While wh -> {
                label(wh.label());
                w("while ");
                expr(wh.cond());
                w(" ");
                block(wh.body());
            }
            case Expr.ForLoop f -> {
                label(f.label());
                w("for ");
                if (f.isAwait()) w("await ");
                pat(f.pat());
                w(" in ");
                expr(f.iter());
                w(" ");
                block(f.body());
            }
            case Expr.Loop l -> {
                label(l.label());
                w("loop ");
                block(l.body());
            }
            case Expr.Match m -> {
                w("match ");
                expr(m.scrutinee());
                w(" {");
                indent++;
                for (Expr.Arm a : m.arms()) {
                    nl();
                    for (Attribute at : a.attrs()) attr(at);
                    pat(a.pat());
                    if (a.guard() != null) {
                        w(" if ");
                        expr(a.guard());
                    }
                    if (a.body() != null) {
                        w(" => ");
                        expr(a.body());
                    }
                    w(",");
                }
                indent--;
                nl();
                w("}");
            }
            case Expr.Attributed a -> {
                for (Attribute at : a.attrs()) attrInline(at);
                expr(a.expr());
            }
            case Expr.Yield y -> {
                w("yield");
                if (y.value() != null) {
                    w(" ");
                    expr(y.value());
                }
            }
            case Expr.Become b -> {
                w("become ");
                expr(b.call());
            }
            case Expr.Closure c -> {
                if (!c.binder().isEmpty()) {
                    forParams(c.binder());
                }
                if (c.isConst()) w("const ");
                if (c.async()) w("async ");
                if (c.move()) w("move ");
                w("|");
                sep(c.params(), ", ", p -> {
                    for (Attribute at : p.attrs()) attrInline(at);
                    pat(p.pat());
                    if (p.ty() != null) {
                        w(": ");
                        type(p.ty());
                    }
                });
                w("| ");
                if (c.ret() != null) {
                    w("-> ");
                    type(c.ret());
                    w(" ");
                }
                expr(c.body());
            }
            case Expr.Break b -> {
                w("break");
                if (b.label() != null) w(" ").w(b.label().name().name().text());
                if (b.value() != null) {
                    w(" ");
                    expr(b.value());
                }
            }
            case Expr.Continue c -> {
                w("continue");
                if (c.label() != null) w(" ").w(c.label().name().name().text());
            }
            case Expr.Return r -> {
                w("return");
                if (r.value() != null) {
                    w(" ");
                    expr(r.value());
                }
            }
            case Expr.Struct s -> {
                exprPath(s.qself(), s.path());
                w(" { ");
                sep(s.fields(), ", ", f -> {
                    for (Attribute a : f.attrs()) attrInline(a);
                    if (f.shorthand()) w(ident(f.name()));
                    else {
                        w(ident(f.name())).w(": ");
                        expr(f.expr());
                    }
                });
                if (s.base() != null) {
                    w(s.fields().isEmpty() ? ".." : ", ..");
                    expr(s.base());
                } else if (s.rest()) {
                    w(s.fields().isEmpty() ? ".." : ", ..");
                }
                w(" }");
            }
            case Expr.Tuple t -> {
                w("(");
                sep(t.elems(), ", ", this::expr);
                if (t.elems().size() == 1) w(",");
                w(")");
            }
            case Expr.Array a -> {
                w("[");
                sep(a.elems(), ", ", this::expr);
                w("]");
            }
            case Expr.Repeat r -> {
                w("[");
                expr(r.elem());
                w("; ");
                expr(r.count());
                w("]");
            }
            case Expr.Range r -> {
                if (r.lo() != null) expr(r.lo());
                w(r.inclusive() ? "..=" : "..");
                if (r.hi() != null) expr(r.hi());
            }
            case Expr.Try t -> {
                expr(t.expr());
                w("?");
            }
            case Expr.Await a -> {
                expr(a.expr());
                w(".await");
            }
            case Expr.Let l -> {
                w("let ");
                pat(l.pat());
                w(" = ");
                expr(l.init());
            }
            case Expr.Paren p -> {
                w("(");
                expr(p.inner());
                w(")");
            }
            case Expr.MacCallExpr m -> mac(m.mac());
            case Expr.Underscore u -> w("_");
            case Expr.Err err -> w("()");
        }
    }
}
