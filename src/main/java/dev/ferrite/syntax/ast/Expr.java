package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.syntax.Token;
import java.util.List;

/** Expressions as written (before desugaring). */
public sealed interface Expr {
    Span span();

    /** A literal token (its value is decoded by lowering). */
    record Lit(Token token, Span span) implements Expr {
    }

    /** {@code a::b}, {@code <T as Trait>::f} */
    record PathExpr(Path.QSelf qself, Path path, Span span) implements Expr {
    }

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code receiver.method::<T>(args)} */
    record MethodCall(Path.Segment segment, Expr receiver, List<Expr> args, Span span) implements Expr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    record Binary(BinOp op, Span opSpan, Expr lhs, Expr rhs, Span span) implements Expr {
    }

    record Unary(UnOp op, Expr operand, Span span) implements Expr {
    }

    record Cast(Expr expr, Type ty, Span span) implements Expr {
    }

    /** {@code &e}, {@code &mut e}, {@code &raw const e}, {@code &raw mut e} */
    record AddrOf(boolean raw, boolean mutable, Expr expr, Span span) implements Expr {
    }

    /** {@code e.name} or {@code e.0} */
    record Field(Expr base, Ident name, Span span) implements Expr {
    }

    /** {@code base[index]}; {@code bracket} is {@code [index]} (where rustc reports a failed overloaded index). */
    record Index(Expr base, Expr index, Span span, Span bracket) implements Expr {
        public Index(Expr base, Expr index, Span span) {
            this(base, index, span, span);
        }
    }

    record Assign(Expr lhs, Expr rhs, Span span) implements Expr {
    }

    /** {@code a += b}; {@code op} is the arithmetic operator. */
    record AssignOp(BinOp op, Expr lhs, Expr rhs, Span span) implements Expr {
    }

    /** A block, possibly labelled, {@code unsafe}, {@code const} or {@code async}. */
    record BlockExpr(Block block, Label label, BlockKind kind, Span span) implements Expr {
    }

    /** {@code if cond { } else ..}; {@code els} is a block or another if, or null. */
    record If(Expr cond, Block then, Expr els, Span span) implements Expr {
    }

    record While(Expr cond, Block body, Label label, Span span) implements Expr {
    }

    record ForLoop(Pat pat, Expr iter, Block body, Label label, Span span, boolean isAwait) implements Expr {
        public ForLoop(Pat pat, Expr iter, Block body, Label label, Span span) {
            this(pat, iter, body, label, span, false);
        }
    }

    record Loop(Block body, Label label, Span span) implements Expr {
    }

    record Match(Expr scrutinee, List<Arm> arms, Span span) implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /** {@code move |a, b: T| -> R body} */
    record Closure(boolean move, boolean async, List<Item.Param> params, Type ret, Expr body, Span declSpan, Span span,
            boolean isConst, List<Item.GenericParam> binder) implements Expr {
        public Closure {
            params = List.copyOf(params);
            binder = List.copyOf(binder);
        }

        public Closure(boolean move, boolean async, List<Item.Param> params, Type ret, Expr body, Span declSpan, Span span) {
            this(move, async, params, ret, body, declSpan, span, false, List.of());
        }
    }

    record Break(Label label, Expr value, Span span) implements Expr {
    }

    /** {@code yield value} (in coroutines and gen blocks); {@code value} may be null. */
    record Yield(Expr value, Span span) implements Expr {
    }

    /** {@code become call(..)}: an explicit tail call. */
    record Become(Expr call, Span span) implements Expr {
    }

    record Continue(Label label, Span span) implements Expr {
    }

    record Return(Expr value, Span span) implements Expr {
    }

    /** {@code Path { a: x, b, ..base }}; {@code rest} is {@code ..} without a base. */
    record Struct(Path.QSelf qself, Path path, List<FieldInit> fields, Expr base, boolean rest, Span span)
            implements Expr {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record Tuple(List<Expr> elems, Span span) implements Expr {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    record Array(List<Expr> elems, Span span) implements Expr {
        public Array {
            elems = List.copyOf(elems);
        }
    }

    /** {@code [elem; count]} */
    record Repeat(Expr elem, Expr count, Span span) implements Expr {
    }

    /** {@code a..b}, {@code a..}, {@code ..b}, {@code ..}, {@code a..=b} */
    record Range(Expr lo, Expr hi, boolean inclusive, Span span) implements Expr {
    }

    /** {@code e?} */
    record Try(Expr expr, Span span) implements Expr {
    }

    /** {@code e.await} */
    record Await(Expr expr, Span span) implements Expr {
    }

    /** {@code let pat = expr} in a condition. */
    record Let(Pat pat, Expr init, Span span) implements Expr {
    }

    /** {@code (e)} */
    record Paren(Expr inner, Span span) implements Expr {
    }

    /** {@code mac!(..)} in expression position. */
    record MacCallExpr(MacCall mac, Span span) implements Expr {
    }

    /** {@code _} as an assignee ({@code _ = f();}). */
    record Underscore(Span span) implements Expr {
    }

    /** An expression with outer attributes: {@code #[cfg(..)] expr}. */
    record Attributed(List<Attribute> attrs, Expr expr, Span span) implements Expr {
        public Attributed {
            attrs = List.copyOf(attrs);
        }
    }

    /** An expression that failed to parse; an error has been reported. */
    record Err(Span span) implements Expr {
    }

    enum BlockKind { NORMAL, UNSAFE, CONST, ASYNC, TRY, GEN, ASYNC_GEN }

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"), AND("&&"), OR("||"), BIT_XOR("^"), BIT_AND("&"),
        BIT_OR("|"), SHL("<<"), SHR(">>"), EQ("=="), LT("<"), LE("<="), NE("!="), GE(">="), GT(">");

        public final String symbol;

        BinOp(String symbol) {
            this.symbol = symbol;
        }
    }

    enum UnOp { DEREF, NOT, NEG }

    /** {@code 'label:} */
    record Label(Lifetime name) {
    }

    record Block(List<Stmt> stmts, Span span) {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    sealed interface Stmt {
        Span span();
    }

    /** {@code let pat: ty = init else { .. };} ({@code super let} when {@code isSuper}) */
    record Local(List<Attribute> attrs, Pat pat, Type ty, Expr init, Block els, Span span, boolean isSuper) implements Stmt {
        public Local {
            attrs = List.copyOf(attrs);
        }

        public Local(List<Attribute> attrs, Pat pat, Type ty, Expr init, Block els, Span span) {
            this(attrs, pat, ty, init, els, span, false);
        }
    }

    record ItemStmt(Item item, Span span) implements Stmt {
    }

    /** An expression statement: {@code semi} if followed by {@code ;}; {@code attrs} are its outer attributes ({@code #[cfg]}). */
    record ExprStmt(Expr expr, boolean semi, Span span, List<Attribute> attrs) implements Stmt {
        public ExprStmt {
            attrs = List.copyOf(attrs);
        }

        public ExprStmt(Expr expr, boolean semi, Span span) {
            this(expr, semi, span, List.of());
        }
    }

    /** A macro call in statement position; {@code braces} for {@code m! { }} without a semicolon. */
    record MacStmt(List<Attribute> attrs, MacCall mac, boolean semi, Span span) implements Stmt {
        public MacStmt {
            attrs = List.copyOf(attrs);
        }
    }

    /** A lone {@code ;}. */
    record Empty(Span span) implements Stmt {
    }

    record Arm(List<Attribute> attrs, Pat pat, Expr guard, Expr body, Span span) {
        public Arm {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code name: expr} or shorthand {@code name}, with its outer attributes ({@code #[cfg]}). */
    record FieldInit(Ident name, Expr expr, boolean shorthand, Span span, List<Attribute> attrs) {
        public FieldInit {
            attrs = List.copyOf(attrs);
        }

        public FieldInit(Ident name, Expr expr, boolean shorthand, Span span) {
            this(name, expr, shorthand, span, List.of());
        }
    }
}
