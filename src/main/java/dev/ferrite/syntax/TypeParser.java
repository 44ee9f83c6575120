package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Lifetime;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;

/** Types and bounds (rustc's {@code parser/ty.rs}). */
final class TypeParser {
    private final Parser p;

    TypeParser(Parser p) {
        this.p = p;
    }

    /** A type, allowing {@code Trait + Send} sums (in `dyn`/`impl` and bare trait objects). */
    Type parseType() {
        return parseTypeInner(true);
    }

    /** A type where a `+` would be ambiguous (after `->` in fn types, in `as` casts). */
    Type parseTypeNoPlus() {
        return parseTypeInner(false);
    }

    private Type parseTypeInner(boolean allowPlus) {
        if (p.tooDeep()) return new Type.Err(p.tok.span());
        p.depth++;
        try {
            return parseTypeBody(allowPlus);
        } finally {
            p.depth--;
        }
    }

    private Type parseTypeBody(boolean allowPlus) {
        Span lo = p.tok.span();
        Token t = p.tok;
        if (p.check(TokenKind.OPEN_PAREN)) {
            p.bump();
            List<Type> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
                elems.add(parseType());
                trailingComma = false;
                if (!p.eat(TokenKind.COMMA)) break;
                trailingComma = true;
            }
            p.expect(TokenKind.CLOSE_PAREN);
            if (elems.size() == 1 && !trailingComma && allowPlus && p.tok.is(TokenKind.PLUS)
                    && boundOf(elems.getFirst()) instanceof Item.GenericBound first) {
                // a parenthesized bound starting a bare trait object sum: `(Fn(u8) -> u8) + Send`
                List<Item.GenericBound> bounds = new ArrayList<>(List.of(first));
                while (p.eat(TokenKind.PLUS) && startsBound()) bounds.add(parseBound());
                return new Type.TraitObject(bounds, false, lo.to(p.prevSpan()));
            }
            if (elems.size() == 1 && !trailingComma) return new Type.Paren(elems.getFirst(), lo.to(p.prevSpan()));
            return new Type.Tuple(elems, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.NOT)) {
            p.bump();
            return new Type.Never(lo);
        }
        if (p.checkSplitting(TokenKind.AND)) {
            p.eatSplitting(TokenKind.AND);
            Lifetime lt = p.tok.is(TokenKind.LIFETIME) ? p.parseLifetime() : null;
            boolean mutable = p.eatKeyword(Symbol.MUT);
            Type inner = parseTypeNoPlus();
            return new Type.Ref(lt, mutable, inner, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.STAR)) {
            p.bump();
            boolean mutable;
            if (p.eatKeyword(Symbol.MUT)) mutable = true;
            else if (p.eatKeyword(Symbol.CONST)) mutable = false;
            else {
                p.error(p.tok.span(), "expected `mut` or `const` keyword in raw pointer type", "expected `mut` or `const` in raw pointer type");
                mutable = false;
            }
            Type inner = parseTypeNoPlus();
            return new Type.Ptr(mutable, inner, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.OPEN_BRACKET)) {
            p.bump();
            Type elem = parseType();
            if (p.eat(TokenKind.SEMI)) {
                Expr len = p.exprs.parseExpr();
                p.expect(TokenKind.CLOSE_BRACKET);
                return new Type.Array(elem, len, lo.to(p.prevSpan()));
            }
            p.expect(TokenKind.CLOSE_BRACKET);
            return new Type.Slice(elem, lo.to(p.prevSpan()));
        }
        if (t.isIdent() && t.sym() == Symbol.UNDERSCORE) {
            p.bump();
            return new Type.Infer(lo);
        }
        if (p.checkKeyword(Symbol.IMPL)) {
            p.bump();
            List<Item.GenericBound> bounds = allowPlus ? parseBounds() : List.of(parseBound());
            return new Type.ImplTrait(bounds, lo.to(p.prevSpan()));
        }
        if (t.isKeyword(Symbol.DYN) && p.edition.atLeast(Parser.Edition.E2018)
                || t.isKeyword(Symbol.DYN) && (p.look(1).isIdent() || p.look(1).is(TokenKind.PATHSEP) || p.look(1).is(TokenKind.LT)
                || p.look(1).is(TokenKind.OPEN_PAREN) || p.look(1).is(TokenKind.QUESTION) || p.look(1).is(TokenKind.LIFETIME))) {
            p.bump();
            List<Item.GenericBound> bounds = allowPlus ? parseBounds() : List.of(parseBound());
            return new Type.TraitObject(bounds, true, lo.to(p.prevSpan()));
        }
        if (t.isKeyword(Symbol.FN) || t.isKeyword(Symbol.UNSAFE) || t.isKeyword(Symbol.EXTERN)
                || t.isKeyword(Symbol.FOR) && isBareFnAfterFor()) {
            List<Item.GenericParam> forParams = parseForBinder();
            return parseBareFn(lo, forParams);
        }
        if (t.isKeyword(Symbol.FOR)) {
            List<Item.GenericParam> forParams = parseForBinder();
            Path path = p.parsePath(Parser.PathStyle.TYPE);
            Item.TraitBound b = new Item.TraitBound(forParams, path, false, false, lo.to(p.prevSpan()));
            List<Item.GenericBound> bounds = new ArrayList<>(List.of(b));
            if (allowPlus) while (p.eat(TokenKind.PLUS) && startsBound()) bounds.add(parseBound());
            return new Type.TraitObject(bounds, false, lo.to(p.prevSpan()));
        }
        if (p.checkSplitting(TokenKind.LT)) {
            Parser.QPathResult q = p.parseQPath(Parser.PathStyle.TYPE);
            return new Type.PathType(q.qself(), q.path(), lo.to(p.prevSpan()));
        }
        if (t.isIdent() && (!p.isReserved(t) || t.sym() == Symbol.SELF_UPPER || t.sym() == Symbol.SELF_LOWER
                || t.sym() == Symbol.SUPER || t.sym() == Symbol.CRATE) || t.is(TokenKind.PATHSEP)
                || t.isIdent() && t.sym() == Symbol.DOLLAR_CRATE) {
            Path path = p.parsePath(Parser.PathStyle.TYPE);
            if (p.tok.is(TokenKind.NOT) && p.look(1).kind().isOpenDelim()) {
                p.bump();
                MacCall mac = p.items.parseMacCallBody(path);
                return new Type.MacCallType(mac, lo.to(p.prevSpan()));
            }
            if (allowPlus && p.tok.is(TokenKind.PLUS)) {
                // bare trait object sum `Trait + Send` (2021 rejects it after parsing, as rustc does)
                List<Item.GenericBound> bounds = new ArrayList<>();
                bounds.add(new Item.TraitBound(List.of(), path, false, false, path.span()));
                while (p.eat(TokenKind.PLUS) && startsBound()) bounds.add(parseBound());
                return new Type.TraitObject(bounds, false, lo.to(p.prevSpan()));
            }
            return new Type.PathType(null, path, lo.to(p.prevSpan()));
        }
        if (p.check(TokenKind.QUESTION)) {
            // `?Sized` as a type is only valid in bounds; parse as a trait object for recovery
            List<Item.GenericBound> bounds = parseBounds();
            return new Type.TraitObject(bounds, false, lo.to(p.prevSpan()));
        }
        p.expected("type");
        p.unexpected();
        return new Type.Err(lo);
    }

    private boolean isBareFnAfterFor() {
        // `for<'a> fn(..)` vs `for<'a> Trait<'a>`
        int i = 1;
        if (!p.look(i).is(TokenKind.LT)) return false;
        int nest = 0;
        for (; i < 64; i++) {
            Token t = p.look(i);
            if (t.is(TokenKind.LT)) nest++;
            else if (t.is(TokenKind.GT)) {
                nest--;
                if (nest == 0) break;
            } else if (t.is(TokenKind.EOF)) return false;
        }
        Token after = p.look(i + 1);
        return after.isKeyword(Symbol.FN) || after.isKeyword(Symbol.UNSAFE) || after.isKeyword(Symbol.EXTERN);
    }

    private Type parseBareFn(Span lo, List<Item.GenericParam> forParams) {
        boolean unsafe = p.eatKeyword(Symbol.UNSAFE);
        String abi = null;
        if (p.eatKeyword(Symbol.EXTERN)) {
            abi = "C";
            if (p.tok.is(TokenKind.LITERAL)) {
                abi = ItemParser.abiOf(p.bump());
            }
        }
        p.expectKeyword(Symbol.FN);
        p.expect(TokenKind.OPEN_PAREN);
        List<Item.Param> params = new ArrayList<>();
        boolean variadic = false;
        while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            var attrs = p.items.parseOuterAttrs();
            Span plo = p.tok.span();
            // optional `name:` before the type
            if ((p.tok.isIdent() || p.tok.isIdent() && p.tok.sym() == Symbol.UNDERSCORE) && p.look(1).is(TokenKind.COLON)
                    && !p.look(2).is(TokenKind.COLON)) {
                p.bump();
                p.bump();
            }
            if (p.eat(TokenKind.DOTDOTDOT)) {
                variadic = true;
            } else {
                Type ty = parseType();
                params.add(new Item.Param(attrs, null, ty, plo.to(p.prevSpan())));
            }
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_PAREN);
        Type ret = null;
        if (p.eat(TokenKind.RARROW)) ret = parseTypeNoPlus();
        return new Type.BareFn(forParams, unsafe, abi, params, variadic, ret, lo.to(p.prevSpan()));
    }

    /** {@code for<'a, 'b>} or nothing. */
    List<Item.GenericParam> parseForBinder() {
        if (!p.tok.isKeyword(Symbol.FOR) || !p.look(1).is(TokenKind.LT)) return List.of();
        p.bump();
        return p.items.parseGenerics().params();
    }

    /** The bound a parenthesized type stands for when a `+` follows it, or null. */
    private static Item.GenericBound boundOf(Type t) {
        return switch (t) {
            case Type.PathType pt when pt.qself() == null -> new Item.TraitBound(List.of(), pt.path(), false, false, pt.span());
            case Type.TraitObject o when !o.dyn() && o.bounds().size() == 1 -> o.bounds().getFirst();
            default -> null;
        };
    }

    /** {@code Bound + Bound + 'a}, possibly empty. */
    List<Item.GenericBound> parseBounds() {
        List<Item.GenericBound> out = new ArrayList<>();
        while (startsBound()) {
            out.add(parseBound());
            if (!p.eat(TokenKind.PLUS)) break;
        }
        return out;
    }

    private boolean startsBound() {
        Token t = p.tok;
        return t.is(TokenKind.LIFETIME) || t.is(TokenKind.QUESTION) || t.is(TokenKind.OPEN_PAREN) || t.is(TokenKind.PATHSEP)
                || t.is(TokenKind.LT) || t.is(TokenKind.TILDE) || t.is(TokenKind.OPEN_BRACKET) && p.look(1).isKeyword(Symbol.CONST)
                || t.is(TokenKind.NOT)
                || t.isKeyword(Symbol.USE) && p.look(1).is(TokenKind.LT) || t.isIdent() && (!p.isReserved(t)
                || t.sym() == Symbol.FOR || t.sym() == Symbol.SELF_UPPER || t.sym() == Symbol.SUPER
                || t.sym() == Symbol.CRATE || t.sym() == Symbol.SELF_LOWER || t.sym() == Symbol.CONST
                || t.sym() == Symbol.ASYNC || t.sym() == Symbol.DOLLAR_CRATE);
    }

    Item.GenericBound parseBound() {
        Span lo = p.tok.span();
        if (p.tok.is(TokenKind.LIFETIME)) {
            Lifetime lt = p.parseLifetime();
            return new Item.OutlivesBound(lt, lt.span());
        }
        if (p.tok.isKeyword(Symbol.USE) && p.look(1).is(TokenKind.LT)) {
            // precise capturing `use<'a, T>`
            p.bump();
            p.expectSplitting(TokenKind.LT);
            List<String> args = new ArrayList<>();
            while (!p.checkSplitting(TokenKind.GT) && !p.tok.is(TokenKind.EOF)) {
                if (p.tok.is(TokenKind.LIFETIME)) args.add(p.bump().sym().text());
                else if (p.tok.isKeyword(Symbol.SELF_UPPER)) args.add(p.bump().sym().text());
                else args.add(p.parseIdent().name().text());
                if (!p.eat(TokenKind.COMMA)) break;
            }
            p.expectSplitting(TokenKind.GT);
            return new Item.UseBound(args, lo.to(p.prevSpan()));
        }
        boolean paren = p.eat(TokenKind.OPEN_PAREN);
        // the binder may come before the modifiers: `for<'a> [const] Fn(&'a u8)`
        List<Item.GenericParam> forFirst = parseForBinder();
        boolean isConst = false, maybeConst = false;
        if (p.eat(TokenKind.TILDE)) {
            p.expectKeyword(Symbol.CONST);
            maybeConst = true;
        } else if (p.tok.is(TokenKind.OPEN_BRACKET) && p.look(1).isKeyword(Symbol.CONST)) {
            p.bump();
            p.bump();
            p.expect(TokenKind.CLOSE_BRACKET);
            maybeConst = true;
        } else if (p.tok.isKeyword(Symbol.CONST) && !p.look(1).is(TokenKind.OPEN_BRACE)) {
            p.bump();
            isConst = true;
        }
        p.eatKeyword(Symbol.ASYNC);
        boolean maybe = p.eat(TokenKind.QUESTION);
        boolean negative = !maybe && p.eat(TokenKind.NOT);
        List<Item.GenericParam> forParams = forFirst.isEmpty() ? parseForBinder() : forFirst;
        Path path = p.parsePath(Parser.PathStyle.TYPE);
        if (paren) p.expect(TokenKind.CLOSE_PAREN);
        if (negative) maybe = false;
        return new Item.TraitBound(forParams, path, maybe, isConst, lo.to(p.prevSpan()), maybeConst);
    }
}
