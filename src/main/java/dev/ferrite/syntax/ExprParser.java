package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Lifetime;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, statements and blocks (rustc's {@code parser/expr.rs} and {@code stmt.rs}). Binary
 * operators by precedence climbing with rustc's table; two restrictions: no struct literals in
 * conditions and scrutinees, and a block-like expression at the start of a statement ends it.
 */
final class ExprParser {
    private final Parser p;
    /** Struct literals are not allowed (in `if`, `while`, `match` and `for` heads). */
    private boolean noStruct;

    ExprParser(Parser p) {
        this.p = p;
    }

    Expr parseExpr() {
        boolean old = noStruct;
        noStruct = false;
        try {
            return parseAssoc(0);
        } finally {
            noStruct = old;
        }
    }

    /** An expression in a condition or scrutinee: no struct literals at the top. */
    private Expr parseExprNoStruct() {
        boolean old = noStruct;
        noStruct = true;
        try {
            return parseAssoc(0);
        } finally {
            noStruct = old;
        }
    }

    // ---- operators ----

    private static final int PREC_ASSIGN = 1, PREC_RANGE = 2, PREC_OR = 3, PREC_AND = 4, PREC_CMP = 5, PREC_BITOR = 6,
            PREC_BITXOR = 7, PREC_BITAND = 8, PREC_SHIFT = 9, PREC_ADD = 10, PREC_MUL = 11, PREC_CAST = 12;

    private record Op(int prec, Expr.BinOp bin, boolean assign, boolean compound) {
    }

    private Op currentOp() {
        return switch (p.tok.kind()) {
            case EQ -> new Op(PREC_ASSIGN, null, true, false);
            case PLUSEQ -> new Op(PREC_ASSIGN, Expr.BinOp.ADD, true, true);
            case MINUSEQ -> new Op(PREC_ASSIGN, Expr.BinOp.SUB, true, true);
            case STAREQ -> new Op(PREC_ASSIGN, Expr.BinOp.MUL, true, true);
            case SLASHEQ -> new Op(PREC_ASSIGN, Expr.BinOp.DIV, true, true);
            case PERCENTEQ -> new Op(PREC_ASSIGN, Expr.BinOp.REM, true, true);
            case CARETEQ -> new Op(PREC_ASSIGN, Expr.BinOp.BIT_XOR, true, true);
            case ANDEQ -> new Op(PREC_ASSIGN, Expr.BinOp.BIT_AND, true, true);
            case OREQ -> new Op(PREC_ASSIGN, Expr.BinOp.BIT_OR, true, true);
            case SHLEQ -> new Op(PREC_ASSIGN, Expr.BinOp.SHL, true, true);
            case SHREQ -> new Op(PREC_ASSIGN, Expr.BinOp.SHR, true, true);
            case OROR -> new Op(PREC_OR, Expr.BinOp.OR, false, false);
            case ANDAND -> new Op(PREC_AND, Expr.BinOp.AND, false, false);
            case EQEQ -> new Op(PREC_CMP, Expr.BinOp.EQ, false, false);
            case NE -> new Op(PREC_CMP, Expr.BinOp.NE, false, false);
            case LT -> new Op(PREC_CMP, Expr.BinOp.LT, false, false);
            case LE -> new Op(PREC_CMP, Expr.BinOp.LE, false, false);
            case GT -> new Op(PREC_CMP, Expr.BinOp.GT, false, false);
            case GE -> new Op(PREC_CMP, Expr.BinOp.GE, false, false);
            case OR -> new Op(PREC_BITOR, Expr.BinOp.BIT_OR, false, false);
            case CARET -> new Op(PREC_BITXOR, Expr.BinOp.BIT_XOR, false, false);
            case AND -> new Op(PREC_BITAND, Expr.BinOp.BIT_AND, false, false);
            case SHL -> new Op(PREC_SHIFT, Expr.BinOp.SHL, false, false);
            case SHR -> new Op(PREC_SHIFT, Expr.BinOp.SHR, false, false);
            case PLUS -> new Op(PREC_ADD, Expr.BinOp.ADD, false, false);
            case MINUS -> new Op(PREC_ADD, Expr.BinOp.SUB, false, false);
            case STAR -> new Op(PREC_MUL, Expr.BinOp.MUL, false, false);
            case SLASH -> new Op(PREC_MUL, Expr.BinOp.DIV, false, false);
            case PERCENT -> new Op(PREC_MUL, Expr.BinOp.REM, false, false);
            case DOTDOT, DOTDOTEQ -> new Op(PREC_RANGE, null, false, false);
            case IDENT -> p.tok.isKeyword(Symbol.AS) ? new Op(PREC_CAST, null, false, false) : null;
            default -> null;
        };
    }

    /** Precedence climbing: parses operators binding tighter than {@code minPrec}. */
    private Expr parseAssoc(int minPrec) {
        if (p.tooDeep()) return new Expr.Err(p.tok.span());
        p.depth++;
        try {
            Expr lhs;
            if (p.tok.is(TokenKind.DOTDOT) || p.tok.is(TokenKind.DOTDOTEQ)) {
                lhs = parsePrefixRange();
            } else {
                lhs = parsePrefix();
            }
            return parseAssocRest(lhs, minPrec);
        } finally {
            p.depth--;
        }
    }

    private Expr parseAssocRest(Expr lhs, int minPrec) {
        while (true) {
            Op op = currentOp();
            if (op == null) p.expected("an operator");
            if (op == null || op.prec() < minPrec) return lhs;
            Token opTok = p.bump();
            if (op.prec() == PREC_CAST) {
                Type ty = p.types.parseTypeNoPlus();
                lhs = new Expr.Cast(lhs, ty, lhs.span().to(p.prevSpan()));
                continue;
            }
            if (op.prec() == PREC_RANGE) {
                boolean inclusive = opTok.is(TokenKind.DOTDOTEQ);
                Expr hi = startsExpr() ? parseAssoc(PREC_RANGE + 1) : null;
                lhs = new Expr.Range(lhs, hi, inclusive, lhs.span().to(p.prevSpan()));
                continue;
            }
            if (op.assign()) {
                Expr rhs = parseAssoc(PREC_ASSIGN);
                lhs = op.compound() ? new Expr.AssignOp(op.bin(), lhs, rhs, lhs.span().to(rhs.span()))
                        : new Expr.Assign(lhs, rhs, lhs.span().to(rhs.span()));
                continue;
            }
            Expr rhs = parseAssoc(op.prec() + 1);
            lhs = new Expr.Binary(op.bin(), opTok.span(), lhs, rhs, lhs.span().to(rhs.span()));
            if (op.prec() == PREC_CMP && currentOp() != null && currentOp().prec() == PREC_CMP) {
                p.error(p.tok.span(), "comparison operators cannot be chained", "");
            }
        }
    }

    private Expr parsePrefixRange() {
        Token t = p.bump();
        boolean inclusive = t.is(TokenKind.DOTDOTEQ);
        Expr hi = startsExpr() ? parseAssoc(PREC_RANGE + 1) : null;
        return new Expr.Range(null, hi, inclusive, t.span().to(p.prevSpan()));
    }

    /** Whether the current token can start an expression (for optional operands). */
    private boolean startsExpr() {
        Token t = p.tok;
        if (t.is(TokenKind.OPEN_BRACE)) return !noStruct;
        return switch (t.kind()) {
            case LITERAL, OPEN_PAREN, OPEN_BRACKET, NOT, MINUS, STAR, AND, ANDAND, OR, OROR, PATHSEP, LT, DOTDOT,
                 DOTDOTEQ, LIFETIME, POUND -> true;
            case IDENT -> !t.isKeyword(Symbol.AS) && !t.isKeyword(Symbol.ELSE);
            default -> false;
        };
    }

    private Expr parsePrefix() {
        if (p.tok.is(TokenKind.POUND) && p.look(1).is(TokenKind.OPEN_BRACKET)) {
            // Outer attributes on an expression (`#[cfg(..)] expr`) apply to the operand that follows.
            Span alo = p.tok.span();
            List<Attribute> attrs = p.items.parseOuterAttrs();
            Expr e = parsePrefix();
            return new Expr.Attributed(attrs, e, alo.to(e.span()));
        }
        Span lo = p.tok.span();
        switch (p.tok.kind()) {
            case NOT -> {
                p.bump();
                Expr e = parsePrefix();
                return new Expr.Unary(Expr.UnOp.NOT, e, lo.to(e.span()));
            }
            case MINUS -> {
                p.bump();
                Expr e = parsePrefix();
                return new Expr.Unary(Expr.UnOp.NEG, e, lo.to(e.span()));
            }
            case STAR -> {
                p.bump();
                Expr e = parsePrefix();
                return new Expr.Unary(Expr.UnOp.DEREF, e, lo.to(e.span()));
            }
            case AND, ANDAND -> {
                p.eatSplitting(TokenKind.AND);
                boolean raw = false;
                boolean mutable = false;
                if (p.isContextual("raw") && (p.look(1).isKeyword(Symbol.CONST) || p.look(1).isKeyword(Symbol.MUT))) {
                    p.bump();
                    raw = true;
                    mutable = p.bump().isKeyword(Symbol.MUT);
                } else {
                    mutable = p.eatKeyword(Symbol.MUT);
                }
                Expr e = parsePrefix();
                return new Expr.AddrOf(raw, mutable, e, lo.to(e.span()));
            }
            default -> {
                Expr e = parseBottom();
                return parsePostfix(e);
            }
        }
    }

    private Expr parsePostfix(Expr e) {
        while (true) {
            if (p.tok.is(TokenKind.QUESTION)) {
                p.bump();
                e = new Expr.Try(e, e.span().to(p.prevSpan()));
            } else if (p.tok.is(TokenKind.DOT)) {
                e = parseDot(e);
            } else if (p.tok.is(TokenKind.OPEN_PAREN)) {
                List<Expr> args = parseParenArgs();
                e = new Expr.Call(e, args, e.span().to(p.prevSpan()));
            } else if (p.tok.is(TokenKind.OPEN_BRACKET)) {
                Span open = p.tok.span();
                p.bump();
                Expr idx = parseExpr();
                p.expect(TokenKind.CLOSE_BRACKET);
                e = new Expr.Index(e, idx, e.span().to(p.prevSpan()), open.to(p.prevSpan()));
            } else {
                p.expected("`.`");
                p.expected("`?`");
                return e;
            }
        }
    }

    private Expr parseDot(Expr e) {
        p.bump();
        Token t = p.tok;
        if (t.isKeyword(Symbol.AWAIT) && p.edition.atLeast(Parser.Edition.E2018)) {
            p.bump();
            return new Expr.Await(e, e.span().to(p.prevSpan()));
        }
        if (t.is(TokenKind.LITERAL) && (t.lit() == Token.LitKind.INTEGER || t.lit() == Token.LitKind.FLOAT) && t.suffix() == null) {
            p.bump();
            String text = t.sym().text();
            // `x.0.1` is lexed with a float `0.1`: split it into two field accesses.
            String[] parts = text.split("\\.", -1);
            int off = t.span().lo();
            for (String part : parts) {
                if (part.isEmpty()) break;
                Span s = new Span(off, off + part.length());
                e = new Expr.Field(e, new Ident(Symbol.intern(part), s), e.span().to(s));
                off += part.length() + 1;
            }
            return e;
        }
        Ident name;
        if (t.isIdent()) {
            Token nt = p.bump();
            name = new Ident(nt.sym(), nt.span(), nt.ctxt());
        } else {
            p.expected("identifier");
            p.unexpected();
            return new Expr.Err(e.span().to(t.span()));
        }
        Path.GenericArgs generics = null;
        if (p.tok.is(TokenKind.PATHSEP) && (p.look(1).is(TokenKind.LT) || p.look(1).is(TokenKind.SHL))) {
            p.bump();
            generics = p.parseAngleArgs();
        }
        if (p.tok.is(TokenKind.OPEN_PAREN)) {
            List<Expr> args = parseParenArgs();
            Path.Segment seg = new Path.Segment(name, generics, name.span());
            return new Expr.MethodCall(seg, e, args, e.span().to(p.prevSpan()));
        }
        if (generics != null) p.error(generics.span(), "field expressions cannot have generic arguments", "");
        return new Expr.Field(e, name, e.span().to(name.span()));
    }

    private List<Expr> parseParenArgs() {
        p.expect(TokenKind.OPEN_PAREN);
        List<Expr> args = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            args.add(parseExpr());
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_PAREN);
        return args;
    }

    // ---- primary expressions ----

    Expr parseLiteralMaybeNeg() {
        Span lo = p.tok.span();
        if (p.eat(TokenKind.MINUS)) {
            Expr e = parseLiteralMaybeNeg();
            return new Expr.Unary(Expr.UnOp.NEG, e, lo.to(e.span()));
        }
        if (p.tok.is(TokenKind.LITERAL)) {
            Token t = p.bump();
            validateLiteral(t);
            return new Expr.Lit(t, t.span());
        }
        if (p.tok.isIdent() || p.tok.is(TokenKind.PATHSEP)) {
            Path path = p.parsePath(Parser.PathStyle.EXPR);
            return new Expr.PathExpr(null, path, path.span());
        }
        p.expected("literal");
        p.unexpected();
        return new Expr.Err(lo);
    }

    /** Reports bad escapes in string and char literals (rustc reports them while parsing). */
    private void validateLiteral(Token t) {
        switch (t.lit()) {
            case STR, BYTE_STR, C_STR -> p.lits.string(t);
            case CHAR, BYTE -> p.lits.charValue(t);
            default -> {
            }
        }
    }

    private Label parseLabelOpt() {
        if (p.tok.is(TokenKind.LIFETIME) && p.look(1).is(TokenKind.COLON)) {
            Lifetime lt = p.parseLifetime();
            p.bump();
            return new Label(new Expr.Label(lt));
        }
        return null;
    }

    private record Label(Expr.Label label) {
    }

    private Expr parseBottom() {
        Span lo = p.tok.span();
        Token t = p.tok;
        switch (t.kind()) {
            case LITERAL -> {
                p.bump();
                validateLiteral(t);
                return new Expr.Lit(t, t.span());
            }
            case OPEN_PAREN -> {
                p.bump();
                List<Expr> elems = new ArrayList<>();
                boolean trailingComma = false;
                boolean old = noStruct;
                noStruct = false;
                while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
                    int before = p.pos;
                    elems.add(parseExpr());
                    trailingComma = false;
                    if (!p.eat(TokenKind.COMMA)) break;
                    trailingComma = true;
                    if (p.pos == before) break;
                }
                noStruct = old;
                p.expect(TokenKind.CLOSE_PAREN);
                if (elems.size() == 1 && !trailingComma) return new Expr.Paren(elems.getFirst(), lo.to(p.prevSpan()));
                return new Expr.Tuple(elems, lo.to(p.prevSpan()));
            }
            case OPEN_BRACKET -> {
                p.bump();
                boolean old = noStruct;
                noStruct = false;
                try {
                    if (p.eat(TokenKind.CLOSE_BRACKET)) return new Expr.Array(List.of(), lo.to(p.prevSpan()));
                    Expr first = parseExpr();
                    if (p.eat(TokenKind.SEMI)) {
                        Expr count = parseExpr();
                        p.expect(TokenKind.CLOSE_BRACKET);
                        return new Expr.Repeat(first, count, lo.to(p.prevSpan()));
                    }
                    List<Expr> elems = new ArrayList<>(List.of(first));
                    while (p.eat(TokenKind.COMMA)) {
                        if (p.check(TokenKind.CLOSE_BRACKET)) break;
                        elems.add(parseExpr());
                    }
                    p.expect(TokenKind.CLOSE_BRACKET);
                    return new Expr.Array(elems, lo.to(p.prevSpan()));
                } finally {
                    noStruct = old;
                }
            }
            case OPEN_BRACE -> {
                return parseBlockExpr(null);
            }
            case OR, OROR -> {
                return parseClosure(lo, false);
            }
            case LIFETIME -> {
                Label label = parseLabelOpt();
                if (label == null) {
                    p.unexpected();
                    p.bump();
                    return new Expr.Err(lo);
                }
                return parseLabeled(lo, label.label());
            }
            case LT, SHL -> {
                Parser.QPathResult q = p.parseQPath(Parser.PathStyle.EXPR);
                return afterPath(lo, q.qself(), q.path());
            }
            case PATHSEP -> {
                Path path = p.parsePath(Parser.PathStyle.EXPR);
                return afterPath(lo, null, path);
            }
            case IDENT -> {
                return parseIdentStart(lo, t);
            }
            default -> {
                p.expected("expression");
                p.unexpected();
                return new Expr.Err(lo);
            }
        }
    }

    private Expr parseIdentStart(Span lo, Token t) {
        if (!t.raw()) {
            Symbol s = t.sym();
            if (s == Symbol.IF) return parseIf();
            if (s == Symbol.MATCH) return parseMatch();
            if (s == Symbol.FOR && p.look(1).is(TokenKind.LT)) {
                // a closure with a binder: `for<'a> |x: &'a u8| ..`
                List<Item.GenericParam> binder = p.types.parseForBinder();
                Span clo = p.tok.span();
                boolean isConst = p.eatKeyword(Symbol.CONST);
                boolean async = p.edition.atLeast(Parser.Edition.E2018) && p.eatKeyword(Symbol.ASYNC);
                Expr.Closure c = parseClosure(clo, async);
                return new Expr.Closure(c.move(), c.async(), c.params(), c.ret(), c.body(), c.declSpan(), lo.to(c.span()), isConst,
                        binder);
            }
            if (s == Symbol.LOOP || s == Symbol.WHILE || s == Symbol.FOR) return parseLabeled(lo, null);
            if (s == Symbol.UNSAFE && p.look(1).is(TokenKind.OPEN_BRACE)) {
                p.bump();
                Expr.Block b = parseBlock();
                return new Expr.BlockExpr(b, null, Expr.BlockKind.UNSAFE, lo.to(p.prevSpan()));
            }
            if (s == Symbol.CONST && p.look(1).is(TokenKind.OPEN_BRACE)) {
                p.bump();
                Expr.Block b = parseBlock();
                return new Expr.BlockExpr(b, null, Expr.BlockKind.CONST, lo.to(p.prevSpan()));
            }
            if (s == Symbol.CONST && startsClosureAt(1)) {
                // a const closure `const |x| ..`
                p.bump();
                Expr.Closure c = parseClosure(lo, p.eatKeyword(Symbol.ASYNC) && p.edition.atLeast(Parser.Edition.E2018));
                return new Expr.Closure(c.move(), c.async(), c.params(), c.ret(), c.body(), c.declSpan(), c.span(), true, List.of());
            }
            if (s == Symbol.TRY && p.edition.atLeast(Parser.Edition.E2018) && p.look(1).is(TokenKind.OPEN_BRACE)) {
                p.bump();
                Expr.Block b = parseBlock();
                return new Expr.BlockExpr(b, null, Expr.BlockKind.TRY, lo.to(p.prevSpan()));
            }
            if (s == Symbol.GEN && p.edition.atLeast(Parser.Edition.E2024) && (p.look(1).is(TokenKind.OPEN_BRACE)
                    || p.look(1).isKeyword(Symbol.MOVE) && p.look(2).is(TokenKind.OPEN_BRACE))) {
                p.bump();
                p.eatKeyword(Symbol.MOVE);
                Expr.Block b = parseBlock();
                return new Expr.BlockExpr(b, null, Expr.BlockKind.GEN, lo.to(p.prevSpan()));
            }
            if (s == Symbol.ASYNC && p.edition.atLeast(Parser.Edition.E2024) && p.look(1).isKeyword(Symbol.GEN)
                    && (p.look(2).is(TokenKind.OPEN_BRACE) || p.look(2).isKeyword(Symbol.MOVE) && p.look(3).is(TokenKind.OPEN_BRACE))) {
                p.bump();
                p.bump();
                p.eatKeyword(Symbol.MOVE);
                Expr.Block b = parseBlock();
                return new Expr.BlockExpr(b, null, Expr.BlockKind.ASYNC_GEN, lo.to(p.prevSpan()));
            }
            if (s == Symbol.ASYNC && p.edition.atLeast(Parser.Edition.E2018)) {
                if (p.look(1).is(TokenKind.OPEN_BRACE) || p.look(1).isKeyword(Symbol.MOVE) && p.look(2).is(TokenKind.OPEN_BRACE)) {
                    p.bump();
                    p.eatKeyword(Symbol.MOVE);
                    Expr.Block b = parseBlock();
                    return new Expr.BlockExpr(b, null, Expr.BlockKind.ASYNC, lo.to(p.prevSpan()));
                }
                if (p.look(1).is(TokenKind.OR) || p.look(1).is(TokenKind.OROR) || p.look(1).isKeyword(Symbol.MOVE)) {
                    p.bump();
                    return parseClosure(lo, true);
                }
            }
            if (s == Symbol.MOVE && (p.look(1).is(TokenKind.OR) || p.look(1).is(TokenKind.OROR))) {
                return parseClosure(lo, false);
            }
            if (s == Symbol.STATIC && (p.look(1).is(TokenKind.OR) || p.look(1).is(TokenKind.OROR) || p.look(1).isKeyword(Symbol.MOVE))) {
                p.bump();
                return parseClosure(lo, false);
            }
            if (s == Symbol.YIELD) {
                p.bump();
                Expr v = startsExpr() ? parseExpr() : null;
                return new Expr.Yield(v, lo.to(p.prevSpan()));
            }
            if (s == Symbol.BECOME) {
                p.bump();
                Expr v = parseExpr();
                return new Expr.Become(v, lo.to(p.prevSpan()));
            }
            if (s == Symbol.RETURN) {
                p.bump();
                Expr v = startsExpr() ? parseExpr() : null;
                return new Expr.Return(v, lo.to(p.prevSpan()));
            }
            if (s == Symbol.BREAK) {
                p.bump();
                Expr.Label label = null;
                if (p.tok.is(TokenKind.LIFETIME)) label = new Expr.Label(p.parseLifetime());
                Expr v = startsExpr() && !(p.tok.is(TokenKind.OPEN_BRACE) && noStruct) ? parseExpr() : null;
                return new Expr.Break(label, v, lo.to(p.prevSpan()));
            }
            if (s == Symbol.CONTINUE) {
                p.bump();
                Expr.Label label = null;
                if (p.tok.is(TokenKind.LIFETIME)) label = new Expr.Label(p.parseLifetime());
                return new Expr.Continue(label, lo.to(p.prevSpan()));
            }
            if (s == Symbol.LET) {
                p.bump();
                Pat pat = p.pats.parsePatTop();
                p.expect(TokenKind.EQ);
                Expr init = parseAssoc(PREC_AND + 1);
                return new Expr.Let(pat, init, lo.to(p.prevSpan()));
            }
            if (s == Symbol.UNDERSCORE) {
                p.bump();
                return new Expr.Underscore(lo);
            }
            if (p.isReserved(t) && s != Symbol.SELF_LOWER && s != Symbol.SELF_UPPER && s != Symbol.SUPER
                    && s != Symbol.CRATE) {
                p.expected("expression");
                p.unexpected();
                return new Expr.Err(lo);
            }
        }
        Path path = p.parsePath(Parser.PathStyle.EXPR);
        return afterPath(lo, null, path);
    }

    /** After a path: a macro call, a struct literal, or the path itself. */
    private Expr afterPath(Span lo, Path.QSelf qself, Path path) {
        if (qself == null && p.tok.is(TokenKind.NOT) && p.look(1).kind().isOpenDelim()) {
            p.bump();
            MacCall mac = p.items.parseMacCallBody(path);
            return new Expr.MacCallExpr(mac, lo.to(p.prevSpan()));
        }
        if (p.tok.is(TokenKind.OPEN_BRACE) && !noStruct && looksLikeStructLiteral()) {
            return parseStructLiteral(lo, qself, path);
        }
        return new Expr.PathExpr(qself, path, lo.to(p.prevSpan()));
    }

    /** `{ }`, `{ ident: ...`, `{ ident, ...`, `{ ident }`, `{ ..` after a path. */
    private boolean looksLikeStructLiteral() {
        Token a = p.look(1), b = p.look(2);
        if (a.is(TokenKind.CLOSE_BRACE)) return true;
        if (a.is(TokenKind.DOTDOT)) return true;
        if (a.is(TokenKind.POUND)) return true;
        if (a.isIdent() || a.is(TokenKind.LITERAL) && a.lit() == Token.LitKind.INTEGER) {
            return b.is(TokenKind.COLON) || b.is(TokenKind.COMMA) || b.is(TokenKind.CLOSE_BRACE) && a.isIdent();
        }
        return false;
    }

    private Expr parseStructLiteral(Span lo, Path.QSelf qself, Path path) {
        p.expect(TokenKind.OPEN_BRACE);
        List<Expr.FieldInit> fields = new ArrayList<>();
        Expr base = null;
        boolean rest = false;
        boolean old = noStruct;
        noStruct = false;
        while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = p.items.parseOuterAttrs();
            if (p.eat(TokenKind.DOTDOT)) {
                if (p.check(TokenKind.CLOSE_BRACE)) rest = true;
                else base = parseExpr();
                break;
            }
            Span flo = p.tok.span();
            Ident name;
            if (p.tok.is(TokenKind.LITERAL) && p.tok.lit() == Token.LitKind.INTEGER) {
                Token t = p.bump();
                name = new Ident(t.sym(), t.span());
            } else {
                name = p.parseIdent();
            }
            if (p.eat(TokenKind.COLON)) {
                Expr e = parseExpr();
                fields.add(new Expr.FieldInit(name, e, false, flo.to(p.prevSpan()), attrs));
            } else {
                Path fp = new Path(List.of(new Path.Segment(name, null, name.span())), false, name.span());
                fields.add(new Expr.FieldInit(name, new Expr.PathExpr(null, fp, name.span()), true, name.span(), attrs));
            }
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        noStruct = old;
        p.expect(TokenKind.CLOSE_BRACE);
        return new Expr.Struct(qself, path, fields, base, rest, lo.to(p.prevSpan()));
    }

    /** Whether a closure's `move`/`|` starts at lookahead {@code i}. */
    private boolean startsClosureAt(int i) {
        Token t = p.look(i);
        return t.is(TokenKind.OR) || t.is(TokenKind.OROR) || t.isKeyword(Symbol.MOVE)
                || t.isKeyword(Symbol.ASYNC) && p.edition.atLeast(Parser.Edition.E2018)
                && (p.look(i + 1).is(TokenKind.OR) || p.look(i + 1).is(TokenKind.OROR) || p.look(i + 1).isKeyword(Symbol.MOVE));
    }

    private Expr.Closure parseClosure(Span lo, boolean async) {
        boolean move = p.eatKeyword(Symbol.MOVE);
        List<Item.Param> params = new ArrayList<>();
        if (!p.eat(TokenKind.OROR)) {
            p.expect(TokenKind.OR);
            while (!p.check(TokenKind.OR) && !p.tok.is(TokenKind.EOF)) {
                int before = p.pos;
                List<Attribute> attrs = p.items.parseOuterAttrs();
                Span plo = p.tok.span();
                Pat pat = p.pats.parsePatNoTopAlt();
                Type ty = p.eat(TokenKind.COLON) ? p.types.parseTypeNoPlus() : null;
                params.add(new Item.Param(attrs, pat, ty, plo.to(p.prevSpan())));
                if (!p.eat(TokenKind.COMMA)) break;
                if (p.pos == before) break;
            }
            p.expect(TokenKind.OR);
        }
        Span declSpan = lo.to(p.prevSpan());
        Type ret = null;
        Expr body;
        if (p.eat(TokenKind.RARROW)) {
            ret = p.types.parseTypeNoPlus();
            body = parseBlockExpr(null);
        } else {
            boolean old = noStruct;
            noStruct = false;
            body = parseAssoc(PREC_ASSIGN);
            noStruct = old;
        }
        return new Expr.Closure(move, async, params, ret, body, declSpan, lo.to(body.span()));
    }

    private Expr parseLabeled(Span lo, Expr.Label label) {
        if (p.eatKeyword(Symbol.LOOP)) {
            Expr.Block body = parseBlock();
            return new Expr.Loop(body, label, lo.to(p.prevSpan()));
        }
        if (p.eatKeyword(Symbol.WHILE)) {
            Expr cond = parseExprNoStruct();
            Expr.Block body = parseBlock();
            return new Expr.While(cond, body, label, lo.to(p.prevSpan()));
        }
        if (p.eatKeyword(Symbol.FOR)) {
            // `for await x in stream` (2018+)
            boolean isAwait = p.edition.atLeast(Parser.Edition.E2018) && p.eatKeyword(Symbol.AWAIT);
            Pat pat = p.pats.parsePatTop();
            p.expectKeyword(Symbol.IN);
            Expr iter = parseExprNoStruct();
            Expr.Block body = parseBlock();
            return new Expr.ForLoop(pat, iter, body, label, lo.to(p.prevSpan()), isAwait);
        }
        if (p.tok.is(TokenKind.OPEN_BRACE)) return parseBlockExpr(label);
        if (p.tok.isKeyword(Symbol.UNSAFE) && p.look(1).is(TokenKind.OPEN_BRACE)) {
            p.bump();
            Expr.Block b = parseBlock();
            return new Expr.BlockExpr(b, label, Expr.BlockKind.UNSAFE, lo.to(p.prevSpan()));
        }
        p.checkKeyword(Symbol.LOOP);
        p.checkKeyword(Symbol.WHILE);
        p.checkKeyword(Symbol.FOR);
        p.check(TokenKind.OPEN_BRACE);
        p.unexpected();
        return new Expr.Err(lo);
    }

    Expr parseBlockExpr(Expr.Label label) {
        Span lo = label != null ? label.name().span() : p.tok.span();
        Expr.Block b = parseBlock();
        return new Expr.BlockExpr(b, label, Expr.BlockKind.NORMAL, lo.to(p.prevSpan()));
    }

    private Expr parseIf() {
        Span lo = p.tok.span();
        p.expectKeyword(Symbol.IF);
        Expr cond = parseExprNoStruct();
        Expr.Block then = parseBlock();
        Expr els = null;
        if (p.eatKeyword(Symbol.ELSE)) {
            if (p.tok.isKeyword(Symbol.IF)) els = parseIf();
            else els = parseBlockExpr(null);
        }
        return new Expr.If(cond, then, els, lo.to(p.prevSpan()));
    }

    private Expr parseMatch() {
        Span lo = p.tok.span();
        p.expectKeyword(Symbol.MATCH);
        Expr scrut = parseExprNoStruct();
        p.expect(TokenKind.OPEN_BRACE);
        p.items.parseInnerAttrs();
        List<Expr.Arm> arms = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = p.items.parseOuterAttrs();
            Span alo = p.tok.span();
            Pat pat = p.pats.parsePatTop();
            Expr guard = null;
            if (p.eatKeyword(Symbol.IF)) guard = parseExpr();
            if ((p.tok.is(TokenKind.COMMA) || p.tok.is(TokenKind.CLOSE_BRACE)) && AstDump.dump(pat).contains("Never\n")) {
                // an arm whose pattern has `!` needs no body: `Err(!),`
                arms.add(new Expr.Arm(attrs, pat, guard, null, alo.to(p.prevSpan())));
                p.eat(TokenKind.COMMA);
                continue;
            }
            p.expect(TokenKind.FATARROW);
            Expr body = parseArmBody();
            boolean blockLike = isBlockLike(body);
            arms.add(new Expr.Arm(attrs, pat, guard, body, alo.to(p.prevSpan())));
            if (!p.eat(TokenKind.COMMA) && !blockLike && !p.check(TokenKind.CLOSE_BRACE)) {
                p.unexpected();
                p.recoverToStmtEnd();
            }
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_BRACE);
        return new Expr.Match(scrut, arms, lo.to(p.prevSpan()));
    }

    private Expr parseArmBody() {
        boolean old = noStruct;
        noStruct = false;
        try {
            // As rustc's statement-expression restriction: a block-like body (`{ }`, `if`, `match`,
            // loops, `unsafe { }`) ends the arm unless `.` or `?` continues it.
            return parseStmtExpr();
        } finally {
            noStruct = old;
        }
    }

    static boolean isBlockLike(Expr e) {
        return switch (e) {
            case Expr.BlockExpr b -> true;
            case Expr.If i -> true;
            case Expr.Match m -> true;
            case Expr.Loop l -> true;
            case Expr.While w -> true;
            case Expr.ForLoop f -> true;
            case Expr.MacCallExpr m -> m.mac().delim() == TokenTree.Delimiter.BRACE;
            case Expr.Attributed a -> isBlockLike(a.expr());
            default -> false;
        };
    }

    // ---- blocks and statements ----

    Expr.Block parseBlock() {
        Span lo = p.tok.span();
        if (!p.eat(TokenKind.OPEN_BRACE)) {
            p.unexpected();
            return new Expr.Block(List.of(), lo);
        }
        p.items.parseInnerAttrs();
        List<Expr.Stmt> stmts = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            Expr.Stmt s = parseStmt();
            if (s != null) stmts.add(s);
            if (p.recovering || p.pos == before) {
                if (p.pos == before) p.unexpected();
                p.recoverToStmtEnd();
                if (p.pos == before) p.bump();
            }
        }
        p.expect(TokenKind.CLOSE_BRACE);
        return new Expr.Block(stmts, lo.to(p.prevSpan()));
    }

    Expr.Stmt parseStmt() {
        Span lo = p.tok.span();
        if (p.eat(TokenKind.SEMI)) return new Expr.Empty(lo);
        List<Attribute> attrs = p.items.parseOuterAttrs();
        boolean isSuper = p.tok.isKeyword(Symbol.SUPER) && p.look(1).isKeyword(Symbol.LET);
        if (isSuper) p.bump();
        if (p.tok.isKeyword(Symbol.LET)) {
            p.bump();
            Pat pat = p.pats.parsePatTop();
            Type ty = p.eat(TokenKind.COLON) ? p.types.parseType() : null;
            Expr init = null;
            Expr.Block els = null;
            if (p.eat(TokenKind.EQ)) {
                init = parseExpr();
                if (p.eatKeyword(Symbol.ELSE)) els = parseBlock();
            }
            p.expect(TokenKind.SEMI);
            return new Expr.Local(attrs, pat, ty, init, els, lo.to(p.prevSpan()), isSuper);
        }
        if (startsItemInStmt()) {
            Item item = p.items.parseItem(attrs);
            return item == null ? null : new Expr.ItemStmt(item, item.span());
        }
        // A macro call statement: `m!(..);` or `m! { .. }`
        if ((p.tok.isIdent() && !p.isReserved(p.tok) || p.tok.is(TokenKind.PATHSEP)
                || p.tok.isIdent() && p.tok.sym() == Symbol.DOLLAR_CRATE) && p.items.looksLikeMacroCall()) {
            Path path = p.parsePath(Parser.PathStyle.MOD);
            p.expect(TokenKind.NOT);
            MacCall mac = p.items.parseMacCallBody(path);
            if (mac.delim() == TokenTree.Delimiter.BRACE) {
                if (p.tok.is(TokenKind.DOT) || p.tok.is(TokenKind.QUESTION)) {
                    Expr e = parseAssocRest(parsePostfix(new Expr.MacCallExpr(mac, mac.span())), 0);
                    return finishExprStmt(e, lo, attrs);
                }
                boolean semi = p.eat(TokenKind.SEMI);
                return new Expr.MacStmt(attrs, mac, semi, lo.to(p.prevSpan()));
            }
            if (p.eat(TokenKind.SEMI)) return new Expr.MacStmt(attrs, mac, true, lo.to(p.prevSpan()));
            if (p.check(TokenKind.CLOSE_BRACE)) return new Expr.MacStmt(attrs, mac, false, lo.to(p.prevSpan()));
            Expr e = parseAssocRest(parsePostfix(new Expr.MacCallExpr(mac, lo.to(p.prevSpan()))), 0);
            return finishExprStmt(e, lo, attrs);
        }
        Expr e = parseStmtExpr();
        return finishExprStmt(e, lo, attrs);
    }

    private Expr.Stmt finishExprStmt(Expr e, Span lo, List<Attribute> attrs) {
        if (p.eat(TokenKind.SEMI)) return new Expr.ExprStmt(e, true, lo.to(p.prevSpan()), attrs);
        if (p.check(TokenKind.CLOSE_BRACE) || isBlockLike(e)) return new Expr.ExprStmt(e, false, lo.to(p.prevSpan()), attrs);
        if (!p.tok.is(TokenKind.EOF)) {
            p.unexpected();
        }
        return new Expr.ExprStmt(e, false, lo.to(p.prevSpan()), attrs);
    }

    /** An expression at the start of a statement: block-like expressions end it (only `.` and `?` may follow). */
    private Expr parseStmtExpr() {
        Token t = p.tok;
        boolean blockLikeStart = t.is(TokenKind.OPEN_BRACE) || t.isKeyword(Symbol.IF) || t.isKeyword(Symbol.MATCH)
                || t.isKeyword(Symbol.LOOP) || t.isKeyword(Symbol.WHILE) || t.isKeyword(Symbol.FOR)
                || t.isKeyword(Symbol.UNSAFE) && p.look(1).is(TokenKind.OPEN_BRACE)
                || t.is(TokenKind.LIFETIME) && p.look(1).is(TokenKind.COLON);
        if (!blockLikeStart) return parseExpr();
        Expr e = parseBottom();
        if (p.tok.is(TokenKind.DOT) || p.tok.is(TokenKind.QUESTION)) {
            e = parsePostfix(e);
            return parseAssocRest(e, 0);
        }
        return e;
    }

    private boolean startsItemInStmt() {
        Token t = p.tok;
        if (!t.isIdent() || t.raw()) return false;
        String s = t.sym().text();
        return switch (s) {
            case "fn", "struct", "enum", "trait", "impl", "type", "mod", "use", "extern", "pub", "static" ->
                    !(s.equals("static") && (p.look(1).is(TokenKind.OR) || p.look(1).is(TokenKind.OROR) || p.look(1).isKeyword(Symbol.MOVE)));
            case "const" -> !p.look(1).is(TokenKind.OPEN_BRACE) && !startsClosureAt(1);
            case "macro" -> p.look(1).isIdent() && !p.isReserved(p.look(1));
            case "unsafe" -> !p.look(1).is(TokenKind.OPEN_BRACE);
            case "async" -> p.look(1).isKeyword(Symbol.FN) || p.look(1).isKeyword(Symbol.UNSAFE)
                    || p.edition.atLeast(Parser.Edition.E2024) && p.look(1).isKeyword(Symbol.GEN) && p.look(2).isKeyword(Symbol.FN);
            case "gen" -> p.edition.atLeast(Parser.Edition.E2024) && p.look(1).isKeyword(Symbol.FN);
            case "union" -> p.look(1).isIdent() && !p.isReserved(p.look(1));
            case "auto" -> p.look(1).isIdent() && !p.isReserved(p.look(1)) || p.look(1).isKeyword(Symbol.TRAIT);
            case "reuse" -> p.items.isDelegationStart() && p.look(1).isIdent();
            case "macro_rules" -> p.look(1).is(TokenKind.NOT) && p.look(2).isIdent();
            default -> false;
        };
    }
}
