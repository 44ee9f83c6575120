package dev.ferrite.hir;

import dev.ferrite.hir.HirPath.QPath;
import dev.ferrite.hir.HirPath.Segment;
import dev.ferrite.hir.Ids.BodyId;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.Mutability;
import java.util.List;

/**
 * HIR expressions, children referred to by {@link ExprId} into the body's arena. Desugared as in
 * rustc: {@code while} and {@code for} become {@link Loop}s with a {@link Match}/{@link If};
 * {@code a..b} becomes a {@link Struct} of the range lang item; {@code ?} becomes a {@link Match}
 * on {@code Try::branch}; {@code if let} conditions are {@link Let} expressions.
 */
public sealed interface Expr {
    Span span();

    /** A literal. */
    record Literal(Lit lit, Span span) implements Expr {
    }

    /** A path: local, function, constant, unit struct/variant, associated item. */
    record Path(QPath path, Span span) implements Expr {
    }

    /** {@code f(a, b)}: function, tuple struct/variant constructor, closure or fn pointer call. */
    record Call(ExprId callee, List<ExprId> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code recv.name::<T>(args)} */
    record MethodCall(Segment segment, ExprId receiver, List<ExprId> args, Span span) implements Expr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** {@code a op b}, including the lazy {@code &&} and {@code ||}. */
    record Binary(BinOp op, Span opSpan, ExprId lhs, ExprId rhs, Span span) implements Expr {
    }

    /** {@code *e}, {@code !e}, {@code -e} */
    record Unary(UnOp op, ExprId operand, Span span) implements Expr {
    }

    /** {@code e as T} */
    record Cast(ExprId expr, HirTy ty, Span span) implements Expr {
    }

    /** {@code &e}, {@code &mut e}, {@code &raw const e}, {@code &raw mut e} */
    record AddrOf(boolean raw, Mutability mutbl, ExprId expr, Span span) implements Expr {
    }

    /** {@code e.name} or {@code e.0} */
    record Field(ExprId base, Symbol name, Span nameSpan, Span span) implements Expr {
    }

    /** {@code a[i]} */
    /** {@code base[index]}; {@code bracket} is the {@code [index]} part. */
    record Index(ExprId base, ExprId index, Span span, Span bracket) implements Expr {
    }

    /** {@code a = b} */
    record Assign(ExprId lhs, ExprId rhs, Span span) implements Expr {
    }

    /** {@code a += b} */
    record AssignOp(BinOp op, ExprId lhs, ExprId rhs, Span span) implements Expr {
    }

    /** A block expression, possibly labelled ({@code 'a: { ... }}). */
    record BlockExpr(Block block, Symbol label, Span span) implements Expr {
    }

    /** {@code if cond { then } else { els }}; {@code els} is null without else. */
    record If(ExprId cond, ExprId then, ExprId els, Span span) implements Expr {
    }

    /** {@code let PAT = init} inside an {@code if}/{@code while} condition or let chain. */
    record Let(PatId pat, HirTy ty, ExprId init, Span span) implements Expr {
    }

    /** {@code loop { .. }}; also the desugaring of {@code while} and {@code for}. */
    record Loop(Block body, Symbol label, LoopSource source, Span span) implements Expr {
    }

    /** {@code match scrutinee { arms }} */
    record Match(ExprId scrutinee, List<Arm> arms, MatchSource source, Span span) implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /**
     * A closure; {@code def} is its DefId. Its parameters and body live in the arenas of the
     * enclosing body, which is type-checked together with it (as rustc's typeck root); MIR gives
     * the closure a body of its own.
     */
    record Closure(DefId def, List<Param> params, HirTy ret, ExprId body, boolean move, Span declSpan, Span span)
            implements Expr {
        public Closure {
            params = List.copyOf(params);
        }
    }

    /** {@code break 'label value}; {@code target} is the loop or labelled block left, null if none (error). */
    record Break(ExprId target, ExprId value, Span span) implements Expr {
    }

    /** {@code continue 'label}; {@code target} is the loop continued. */
    record Continue(ExprId target, Span span) implements Expr {
    }

    /** {@code return value} */
    record Return(ExprId value, Span span) implements Expr {
    }

    /** {@code Path { a: x, b, ..base }}; {@code tail} is null, a base expression, or {@code ..} defaults. */
    record Struct(QPath path, List<FieldInit> fields, ExprId base, Span span) implements Expr {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** {@code (a, b)}; {@code ()} is the empty tuple. */
    record Tuple(List<ExprId> elems, Span span) implements Expr {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** {@code [a, b, c]} */
    record Array(List<ExprId> elems, Span span) implements Expr {
        public Array {
            elems = List.copyOf(elems);
        }
    }

    /** {@code [elem; count]} with count an anonymous constant, or null for {@code [elem; _]} (inferred). */
    record Repeat(ExprId elem, BodyId count, Span span) implements Expr {
    }

    /**
     * {@code const { .. }}: an inline constant, checked with its function (its type comes from the
     * context, as rustc infers it) and, having no side effects, evaluated where it stands.
     */
    record ConstBlock(ExprId block, Span span) implements Expr {
    }

    /** An expression that could not be lowered; an error has been reported. */
    record Err(Span span) implements Expr {
    }

    /** A statement-level item, local or expression inside a block. */
    sealed interface Stmt {
        Span span();
    }

    /** {@code let pat: ty = init else { .. };} */
    record LetStmt(PatId pat, HirTy ty, ExprId init, Block els, Span span) implements Stmt {
    }

    /** An expression statement: {@code semi} tells whether it ended with {@code ;}. */
    record ExprStmt(ExprId expr, boolean semi, Span span) implements Stmt {
    }

    /** An item declared inside a block (already collected; kept for ordering). */
    record ItemStmt(DefId item, Span span) implements Stmt {
    }

    /** {@code { stmts; tail }}; {@code unsafe} for unsafe blocks. */
    record Block(List<Stmt> stmts, ExprId tail, boolean unsafe, Span span) {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    /** {@code pat if guard => body} */
    record Arm(PatId pat, ExprId guard, ExprId body, Span span) {
    }

    /** {@code name: expr} in a struct expression; {@code shorthand} for {@code Foo { x }}. */
    record FieldInit(Symbol name, Span nameSpan, ExprId expr, boolean shorthand, Span span) {
    }

    /** A function or closure parameter. */
    record Param(PatId pat, HirTy ty, Span span) {
    }

    enum LoopSource { LOOP, WHILE, FOR }

    enum MatchSource { NORMAL, FOR_LOOP, TRY, AWAIT }

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"), AND("&&"), OR("||"),
        BIT_XOR("^"), BIT_AND("&"), BIT_OR("|"), SHL("<<"), SHR(">>"),
        EQ("=="), LT("<"), LE("<="), NE("!="), GE(">="), GT(">");

        private final String symbol;

        BinOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return switch (this) {
                case EQ, LT, LE, NE, GE, GT -> true;
                default -> false;
            };
        }

        public boolean isLazy() {
            return this == AND || this == OR;
        }

        public boolean isShift() {
            return this == SHL || this == SHR;
        }
    }

    enum UnOp { DEREF, NOT, NEG }
}
