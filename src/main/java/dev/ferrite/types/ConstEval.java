package dev.ferrite.types;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.HirTy;
import dev.ferrite.hir.Ids.BodyId;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Item;
import dev.ferrite.hir.Lit;
import dev.ferrite.hir.Res;
import java.math.BigInteger;

/**
 * Evaluates the constants the type system needs before MIR exists: array lengths, const generic
 * arguments and enum discriminants. It understands integer literals, const parameters, paths to
 * simple constants and integer arithmetic on them; anything else is run by the interpreter
 * ({@link Tcx#evalConstByRunning}), and becomes an unevaluated constant if that fails too.
 */
public final class ConstEval {
    private ConstEval() {
    }

    static Const evalUsize(Tcx tcx, BodyId body, DefId scope) {
        return evalConstArg(tcx, body, scope);
    }

    /** A const argument or array length: a const parameter of {@code scope}, an integer it evaluates to, or unevaluated. */
    public static Const evalConstArg(Tcx tcx, BodyId bodyId, DefId scope) {
        Body body = tcx.hir.body(bodyId);
        Expr e = body.expr(body.value());
        if (e instanceof Expr.BlockExpr b && b.block().stmts().isEmpty() && b.block().tail() != null) {
            e = body.expr(b.block().tail());
        }
        if (e instanceof Expr.Path p && p.path() instanceof HirPath.Resolved r
                && r.path().res() instanceof Res.Def d && d.kind() == DefKind.CONST_PARAM) {
            for (Generics.Param gp : tcx.allParams(scope)) {
                if (d.def().equals(gp.def())) return new Const.Param(gp.index(), gp.name());
            }
        }
        BigInteger v = evalInt(tcx, body, body.value());
        if (v == null) v = tcx.evalConstByRunning(body.owner());
        if (v == null) return new Const.Unevaluated(body.owner(), GenericArgs.EMPTY);
        return new Const.Value(Ty.USIZE, v);
    }

    static Const constFromTyArg(Tcx tcx, HirTy ty, HirTyLowering lowering) {
        // `foo::<N>()` where N is a const parameter parses as a type path.
        if (ty instanceof HirTy.Path p && p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d
                && d.kind() == DefKind.CONST_PARAM) {
            return new Const.Param(-1, tcx.name(d.def()));
        }
        return new Const.Error();
    }

    /** The value of an integer constant expression, or null if it is not one this evaluator understands. */
    public static BigInteger evalInt(Tcx tcx, Body body, ExprId id) {
        Expr e = body.expr(id);
        return switch (e) {
            case Expr.Literal l -> switch (l.lit()) {
                case Lit.Int i -> i.value();
                case Lit.Bool bo -> bo.value() ? BigInteger.ONE : BigInteger.ZERO; // as `bool as usize`
                case Lit.Char ch -> BigInteger.valueOf(ch.codePoint());
                case Lit.Byte by -> BigInteger.valueOf(by.value());
                default -> null;
            };
            case Expr.Unary u when u.op() == Expr.UnOp.NOT && isBoolExpr(body, u.operand()) -> {
                BigInteger v = evalInt(tcx, body, u.operand());
                yield v == null ? null : v.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
            }
            case Expr.Unary u when u.op() == Expr.UnOp.NEG -> {
                BigInteger v = evalInt(tcx, body, u.operand());
                yield v == null ? null : v.negate();
            }
            case Expr.Binary b -> {
                BigInteger x = evalInt(tcx, body, b.lhs());
                BigInteger y = evalInt(tcx, body, b.rhs());
                if (x == null || y == null) yield null;
                yield switch (b.op()) {
                    case ADD -> x.add(y);
                    case SUB -> x.subtract(y);
                    case MUL -> x.multiply(y);
                    case DIV -> y.signum() == 0 ? null : x.divide(y);
                    case REM -> y.signum() == 0 ? null : x.remainder(y);
                    case SHL -> x.shiftLeft(y.intValue());
                    case SHR -> x.shiftRight(y.intValue());
                    case BIT_AND -> x.and(y);
                    case BIT_OR -> x.or(y);
                    case BIT_XOR -> x.xor(y);
                    // comparisons and logic give a bool, counted as 0 or 1 (`(a < b) as usize`)
                    case EQ -> bool(x.equals(y));
                    case NE -> bool(!x.equals(y));
                    case LT -> bool(x.compareTo(y) < 0);
                    case LE -> bool(x.compareTo(y) <= 0);
                    case GT -> bool(x.compareTo(y) > 0);
                    case GE -> bool(x.compareTo(y) >= 0);
                    case AND -> bool(x.signum() != 0 && y.signum() != 0);
                    case OR -> bool(x.signum() != 0 || y.signum() != 0);
                    default -> null;
                };
            }
            case Expr.Cast c -> evalInt(tcx, body, c.expr());
            case Expr.BlockExpr b when b.block().stmts().isEmpty() && b.block().tail() != null ->
                    evalInt(tcx, body, b.block().tail());
            case Expr.Path p when p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d
                    && d.kind() == DefKind.CONST && tcx.item(d.def()) instanceof Item.Const c && c.body() != null -> {
                Body cb = tcx.hir.body(c.body());
                BigInteger v = evalInt(tcx, cb, cb.value());
                yield v != null ? v : tcx.evalConstByRunning(d.def());
            }
            default -> null;
        };
    }

    private static BigInteger bool(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** Whether an expression is boolean by its shape (so `!` is logical, not bitwise). */
    private static boolean isBoolExpr(Body body, ExprId id) {
        return switch (body.expr(id)) {
            case Expr.Literal l -> l.lit() instanceof Lit.Bool;
            case Expr.Binary b -> b.op().isComparison() || b.op() == Expr.BinOp.AND || b.op() == Expr.BinOp.OR;
            case Expr.Unary u -> u.op() == Expr.UnOp.NOT && isBoolExpr(body, u.operand());
            default -> false;
        };
    }

    /** Reports a constant the evaluator cannot handle where a value is required. */
    static void unsupported(Tcx tcx, Expr e) {
        tcx.diag.emit(Diagnostic.error("constant expression not supported by Ferrite yet").primary(e.span()));
    }
}
