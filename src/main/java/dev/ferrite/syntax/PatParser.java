package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import java.util.ArrayList;
import java.util.List;

/** Patterns (rustc's {@code parser/pat.rs}). */
final class PatParser {
    private final Parser p;

    PatParser(Parser p) {
        this.p = p;
    }

    /** A pattern with top-level alternatives ({@code a | b}), and an optional leading {@code |}. */
    Pat parsePatTop() {
        Span lo = p.tok.span();
        p.eat(TokenKind.OR);
        Pat first = parsePatNoTopAlt();
        if (!p.tok.is(TokenKind.OR)) return first;
        List<Pat> alts = new ArrayList<>(List.of(first));
        while (p.eat(TokenKind.OR)) alts.add(parsePatNoTopAlt());
        return new Pat.Or(alts, lo.to(p.prevSpan()));
    }

    Pat parsePatNoTopAlt() {
        if (p.tooDeep()) return new Pat.Err(p.tok.span());
        p.depth++;
        try {
            Pat pat = parsePatInner();
            // range patterns `a..=b`, `a..b`, `a..`
            if (pat instanceof Pat.Lit || pat instanceof Pat.PathPat) {
                Expr lo = pat instanceof Pat.Lit l ? l.expr() : new Expr.PathExpr(((Pat.PathPat) pat).qself(), ((Pat.PathPat) pat).path(), pat.span());
                if (p.tok.is(TokenKind.DOTDOTEQ) || p.tok.is(TokenKind.DOTDOTDOT)) {
                    p.bump();
                    Expr hi = parseRangeEnd();
                    return new Pat.Range(lo, hi, true, pat.span().to(p.prevSpan()));
                }
                if (p.tok.is(TokenKind.DOTDOT)) {
                    p.bump();
                    Expr hi = startsRangeEnd() ? parseRangeEnd() : null;
                    return new Pat.Range(lo, hi, false, pat.span().to(p.prevSpan()));
                }
            }
            return pat;
        } finally {
            p.depth--;
        }
    }

    private boolean startsRangeEnd() {
        Token t = p.tok;
        return t.is(TokenKind.LITERAL) || t.is(TokenKind.MINUS) || t.is(TokenKind.PATHSEP) || t.is(TokenKind.LT)
                || t.isIdent() && !p.isReserved(t) || t.isIdent() && t.sym() == Symbol.SELF_UPPER;
    }

    private Expr parseRangeEnd() {
        if (p.tok.is(TokenKind.LITERAL) || p.tok.is(TokenKind.MINUS)) return p.exprs.parseLiteralMaybeNeg();
        Span lo = p.tok.span();
        if (p.checkSplitting(TokenKind.LT)) {
            Parser.QPathResult q = p.parseQPath(Parser.PathStyle.EXPR);
            return new Expr.PathExpr(q.qself(), q.path(), lo.to(p.prevSpan()));
        }
        Path path = p.parsePath(Parser.PathStyle.EXPR);
        return new Expr.PathExpr(null, path, path.span());
    }

    private Pat parsePatInner() {
        Span lo = p.tok.span();
        Token t = p.tok;
        if (t.isIdent() && t.sym() == Symbol.UNDERSCORE) {
            p.bump();
            return new Pat.Wild(lo);
        }
        if (p.check(TokenKind.DOTDOT) && !startsRangeEndAfterDots()) {
            p.bump();
            return new Pat.Rest(lo);
        }
        if (p.tok.is(TokenKind.DOTDOTEQ) || p.tok.is(TokenKind.DOTDOT)) {
            boolean inclusive = p.bump().is(TokenKind.DOTDOTEQ);
            Expr hi = parseRangeEnd();
            return new Pat.Range(null, hi, inclusive, lo.to(p.prevSpan()));
        }
        if (p.checkSplitting(TokenKind.AND)) {
            p.eatSplitting(TokenKind.AND);
            boolean mutable = p.eatKeyword(Symbol.MUT);
            Pat inner = parsePatNoTopAlt();
            return new Pat.Ref(inner, mutable, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.OPEN_PAREN)) {
            p.bump();
            List<Pat> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
                int before = p.pos;
                elems.add(parsePatTop());
                trailingComma = false;
                if (!p.eat(TokenKind.COMMA)) break;
                trailingComma = true;
                if (p.pos == before) break;
            }
            p.expect(TokenKind.CLOSE_PAREN);
            if (elems.size() == 1 && !trailingComma && !(elems.getFirst() instanceof Pat.Rest)) {
                return new Pat.Paren(elems.getFirst(), lo.to(p.prevSpan()));
            }
            return new Pat.Tuple(elems, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.OPEN_BRACKET)) {
            p.bump();
            List<Pat> elems = new ArrayList<>();
            while (!p.check(TokenKind.CLOSE_BRACKET) && !p.tok.is(TokenKind.EOF)) {
                int before = p.pos;
                elems.add(parsePatTop());
                if (!p.eat(TokenKind.COMMA)) break;
                if (p.pos == before) break;
            }
            p.expect(TokenKind.CLOSE_BRACKET);
            return new Pat.Slice(elems, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.NOT)) {
            p.bump();
            return new Pat.Never(lo);
        }
        if (t.is(TokenKind.LITERAL) || t.is(TokenKind.MINUS)) {
            Expr e = p.exprs.parseLiteralMaybeNeg();
            return new Pat.Lit(e, e.span());
        }
        if (t.isKeyword(Symbol.CONST) && p.look(1).is(TokenKind.OPEN_BRACE)) {
            p.bump();
            Expr e = p.exprs.parseBlockExpr(null);
            return new Pat.Lit(e, lo.to(p.prevSpan()));
        }
        if (t.isKeyword(Symbol.BOX)) {
            p.bump();
            Pat inner = parsePatNoTopAlt();
            return new Pat.Box(inner, lo.to(p.prevSpan()));
        }
        if (t.isKeyword(Symbol.REF) || t.isKeyword(Symbol.MUT)) {
            boolean byRef = p.eatKeyword(Symbol.REF);
            boolean mutable = p.eatKeyword(Symbol.MUT);
            Ident name = p.parseIdent();
            Pat sub = p.eat(TokenKind.AT) ? parsePatNoTopAlt() : null;
            return new Pat.Ident(byRef, mutable, name, sub, lo.to(p.prevSpan()));
        }
        if (p.checkSplitting(TokenKind.LT)) {
            Parser.QPathResult q = p.parseQPath(Parser.PathStyle.EXPR);
            return afterPath(lo, q.qself(), q.path());
        }
        if (t.isIdent() && (!p.isReserved(t) || t.sym() == Symbol.SELF_UPPER || t.sym() == Symbol.SELF_LOWER
                || t.sym() == Symbol.SUPER || t.sym() == Symbol.CRATE) || t.is(TokenKind.PATHSEP)
                || t.isIdent() && t.sym() == Symbol.DOLLAR_CRATE) {
            // A plain identifier is a binding unless a path, call, struct or macro follows.
            Token next = p.look(1);
            if (t.isIdent() && !p.isReserved(t) && t.sym() != Symbol.DOLLAR_CRATE && !next.is(TokenKind.PATHSEP)
                    && !next.is(TokenKind.OPEN_PAREN) && !next.is(TokenKind.OPEN_BRACE) && !next.is(TokenKind.NOT)
                    && !next.is(TokenKind.DOTDOT) && !next.is(TokenKind.DOTDOTEQ) && !next.is(TokenKind.DOTDOTDOT)) {
                Ident name = p.parseIdent();
                Pat sub = p.eat(TokenKind.AT) ? parsePatNoTopAlt() : null;
                return new Pat.Ident(false, false, name, sub, lo.to(p.prevSpan()));
            }
            Path path = p.parsePath(Parser.PathStyle.EXPR);
            if (p.tok.is(TokenKind.NOT) && p.look(1).kind().isOpenDelim()) {
                p.bump();
                MacCall mac = p.items.parseMacCallBody(path);
                return new Pat.MacCallPat(mac, lo.to(p.prevSpan()));
            }
            return afterPath(lo, null, path);
        }
        p.expected("pattern");
        p.unexpected();
        return new Pat.Err(lo);
    }

    private boolean startsRangeEndAfterDots() {
        Token n = p.look(1);
        return n.is(TokenKind.LITERAL) || n.is(TokenKind.MINUS) || n.is(TokenKind.PATHSEP) || n.is(TokenKind.LT)
                || n.isIdent() && (!p.isReserved(n) || n.sym() == Symbol.SELF_UPPER || n.sym() == Symbol.SELF_LOWER
                || n.sym() == Symbol.SUPER || n.sym() == Symbol.CRATE);
    }

    private Pat afterPath(Span lo, Path.QSelf qself, Path path) {
        if (p.check(TokenKind.OPEN_PAREN)) {
            p.bump();
            List<Pat> elems = new ArrayList<>();
            while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
                int before = p.pos;
                elems.add(parsePatTop());
                if (!p.eat(TokenKind.COMMA)) break;
                if (p.pos == before) break;
            }
            p.expect(TokenKind.CLOSE_PAREN);
            return new Pat.TupleStruct(qself, path, elems, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.OPEN_BRACE)) {
            p.bump();
            List<Pat.FieldPat> fields = new ArrayList<>();
            boolean rest = false;
            while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
                int before = p.pos;
                List<Attribute> attrs = p.items.parseOuterAttrs();
                if (p.eat(TokenKind.DOTDOT)) {
                    rest = true;
                    break;
                }
                Span flo = p.tok.span();
                if (p.tok.isKeyword(Symbol.BOX) || p.tok.isKeyword(Symbol.REF) || p.tok.isKeyword(Symbol.MUT)
                        || !p.look(1).is(TokenKind.COLON)) {
                    // shorthand: `x`, `ref x`, `mut x`, `box x`
                    p.eatKeyword(Symbol.BOX);
                    boolean byRef = p.eatKeyword(Symbol.REF);
                    boolean mutable = p.eatKeyword(Symbol.MUT);
                    Ident name = p.parseIdent();
                    Pat bind = new Pat.Ident(byRef, mutable, name, null, flo.to(p.prevSpan()));
                    fields.add(new Pat.FieldPat(name, bind, true, attrs, flo.to(p.prevSpan())));
                } else {
                    Ident name;
                    if (p.tok.is(TokenKind.LITERAL) && p.tok.lit() == Token.LitKind.INTEGER) {
                        Token lt = p.bump();
                        name = new Ident(lt.sym(), lt.span());
                    } else {
                        name = p.parseIdent();
                    }
                    p.expect(TokenKind.COLON);
                    Pat pat = parsePatTop();
                    fields.add(new Pat.FieldPat(name, pat, false, attrs, flo.to(p.prevSpan())));
                }
                if (!p.eat(TokenKind.COMMA)) break;
                if (p.pos == before) break;
            }
            p.expect(TokenKind.CLOSE_BRACE);
            return new Pat.Struct(qself, path, fields, rest, lo.to(p.prevSpan()));
        }
        return new Pat.PathPat(qself, path, lo.to(p.prevSpan()));
    }
}
