package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;

/** Items, attributes, visibility and generics (rustc's {@code parser/item.rs}). */
final class ItemParser {
    private final Parser p;
    /** Whether the associated items being parsed belong to a trait (2015 allows anonymous parameters there). */
    private boolean inTrait;

    ItemParser(Parser p) {
        this.p = p;
    }

    // ---- attributes ----

    List<Attribute> parseInnerAttrs() {
        List<Attribute> out = new ArrayList<>();
        while (true) {
            if (p.tok.is(TokenKind.POUND) && p.look(1).is(TokenKind.NOT) && p.look(2).is(TokenKind.OPEN_BRACKET)) {
                out.add(parseAttr(true));
            } else if (p.tok.is(TokenKind.DOC_COMMENT) && p.tok.inner()) {
                Token t = p.bump();
                out.add(docAttr(t));
            } else {
                return out;
            }
        }
    }

    List<Attribute> parseOuterAttrs() {
        List<Attribute> out = new ArrayList<>();
        while (true) {
            if (p.tok.is(TokenKind.POUND) && p.look(1).is(TokenKind.OPEN_BRACKET)) {
                out.add(parseAttr(false));
            } else if (p.tok.is(TokenKind.DOC_COMMENT) && !p.tok.inner()) {
                Token t = p.bump();
                out.add(docAttr(t));
            } else {
                return out;
            }
        }
    }

    private static Attribute docAttr(Token t) {
        Path path = new Path(List.of(new Path.Segment(new Ident(Symbol.DOC, t.span()), null, t.span())), false, t.span());
        return new Attribute(t.inner(), path, List.of(), t.sym().text(), t.span());
    }

    private Attribute parseAttr(boolean inner) {
        Span lo = p.tok.span();
        p.expect(TokenKind.POUND);
        if (inner) p.expect(TokenKind.NOT);
        p.expect(TokenKind.OPEN_BRACKET);
        boolean unsafe = p.tok.isKeyword(Symbol.UNSAFE) && p.look(1).is(TokenKind.OPEN_PAREN);
        if (unsafe) {
            p.bump();
            p.bump();
        }
        Path path = p.parsePath(Parser.PathStyle.MOD);
        List<TokenTree> args = collectTreesUntil(TokenKind.CLOSE_BRACKET);
        if (unsafe) p.expect(TokenKind.CLOSE_PAREN);
        p.expect(TokenKind.CLOSE_BRACKET);
        return new Attribute(inner, path, args, null, lo.to(p.prevSpan()));
    }

    /** Collects token trees up to (not including) an unnested {@code close}. */
    List<TokenTree> collectTreesUntil(TokenKind close) {
        List<TokenTree> out = new ArrayList<>();
        while (!p.tok.is(close) && !p.tok.is(TokenKind.EOF)) {
            if (p.tok.kind().isCloseDelim()) break;
            out.add(parseTokenTree());
        }
        return out;
    }

    /** One token tree at the cursor. */
    TokenTree parseTokenTree() {
        Token t = p.tok;
        if (t.kind().isOpenDelim()) {
            TokenTree.Delimiter d = switch (t.kind()) {
                case OPEN_PAREN -> TokenTree.Delimiter.PAREN;
                case OPEN_BRACKET -> TokenTree.Delimiter.BRACKET;
                default -> TokenTree.Delimiter.BRACE;
            };
            p.bump();
            List<TokenTree> inner = collectTreesUntil(d.close);
            Span close = p.tok.span();
            p.expect(d.close);
            return new TokenTree.Delimited(d, t.span(), close, inner);
        }
        p.bump();
        return new TokenTree.Leaf(t);
    }

    /** A macro call's delimited body at the cursor. */
    MacCall parseMacCallBody(Path path) {
        Span lo = path.span();
        if (!p.tok.kind().isOpenDelim()) {
            p.check(TokenKind.OPEN_PAREN);
            p.check(TokenKind.OPEN_BRACKET);
            p.check(TokenKind.OPEN_BRACE);
            p.unexpected();
            return new MacCall(path, TokenTree.Delimiter.PAREN, List.of(), lo);
        }
        TokenTree.Delimited d = (TokenTree.Delimited) parseTokenTree();
        return new MacCall(path, d.delim(), d.trees(), lo.to(p.prevSpan()));
    }

    // ---- visibility ----

    Item.Visibility parseVisibility() {
        if (!p.checkKeyword(Symbol.PUB)) return Item.INHERITED;
        Span lo = p.bump().span();
        if (p.tok.is(TokenKind.OPEN_PAREN)) {
            Token next = p.look(1);
            boolean simple = (next.isKeyword(Symbol.CRATE) || next.isKeyword(Symbol.SUPER) || next.isKeyword(Symbol.SELF_LOWER))
                    && p.look(2).is(TokenKind.CLOSE_PAREN);
            if (simple) {
                p.bump();
                Token kw = p.bump();
                p.expect(TokenKind.CLOSE_PAREN);
                Path path = new Path(List.of(new Path.Segment(new Ident(kw.sym(), kw.span()), null, kw.span())), false, kw.span());
                return new Item.Restricted(path, lo.to(p.prevSpan()));
            }
            if (next.isKeyword(Symbol.IN)) {
                p.bump();
                p.bump();
                Path path = p.parsePath(Parser.PathStyle.MOD);
                p.expect(TokenKind.CLOSE_PAREN);
                return new Item.Restricted(path, lo.to(p.prevSpan()));
            }
        }
        return new Item.Public(lo);
    }

    // ---- items ----

    /** Whether the current token can start an item (for recovery). */
    boolean startsItem() {
        Token t = p.tok;
        if (t.is(TokenKind.POUND)) return true;
        if (!t.isIdent() || t.raw()) return false;
        return switch (t.sym().text()) {
            case "fn", "struct", "enum", "trait", "impl", "type", "const", "static", "mod", "use", "extern", "pub",
                 "unsafe", "async", "macro_rules" -> true;
            case "union", "auto" -> p.look(1).isIdent();
            default -> false;
        };
    }

    List<Item> parseItemsUntil(TokenKind end) {
        List<Item> out = new ArrayList<>();
        while (!p.tok.is(end) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = parseOuterAttrs();
            if (p.tok.is(end) || p.tok.is(TokenKind.EOF)) {
                if (!attrs.isEmpty()) {
                    p.error(attrs.getLast().span(), "expected item after attributes", "");
                }
                break;
            }
            Item item = parseItem(attrs);
            if (item != null) out.add(item);
            if (p.recovering || p.pos == before) {
                if (p.pos == before && !p.recovering) {
                    p.unexpected();
                }
                p.recoverToItem();
                if (p.pos == before) p.bump();
            }
        }
        return out;
    }

    /** An item after its outer attributes, or null (an error has been reported). */
    Item parseItem(List<Attribute> attrs) {
        Span lo = attrs.isEmpty() ? p.tok.span() : attrs.getFirst().span();
        Item.Visibility vis = parseVisibility();
        Token t = p.tok;
        if (p.checkKeyword(Symbol.USE)) {
            p.bump();
            Item.UseTree tree = parseUseTree();
            p.expect(TokenKind.SEMI);
            return new Item(attrs, vis, null, new Item.Use(tree), lo.to(p.prevSpan()));
        }
        if (p.tok.isKeyword(Symbol.EXTERN) && p.look(1).isKeyword(Symbol.CRATE)) {
            p.bump();
            p.bump();
            Ident name = p.tok.isKeyword(Symbol.SELF_LOWER) ? new Ident(p.bump().sym(), p.prevSpan()) : p.parseIdent();
            Ident orig = null;
            if (p.eatKeyword(Symbol.AS)) {
                orig = name;
                name = p.tok.isKeyword(Symbol.UNDERSCORE) || p.tok.isIdent() && p.tok.sym() == Symbol.UNDERSCORE
                        ? new Ident(p.bump().sym(), p.prevSpan()) : p.parseIdent();
            }
            p.expect(TokenKind.SEMI);
            return new Item(attrs, vis, name, new Item.ExternCrate(orig), lo.to(p.prevSpan()));
        }
        if (p.tok.isKeyword(Symbol.EXTERN) && (p.look(1).is(TokenKind.OPEN_BRACE)
                || p.look(1).is(TokenKind.LITERAL) && p.look(2).is(TokenKind.OPEN_BRACE))
                || p.tok.isKeyword(Symbol.UNSAFE) && p.look(1).isKeyword(Symbol.EXTERN)
                && (p.look(2).is(TokenKind.OPEN_BRACE) || p.look(3).is(TokenKind.OPEN_BRACE))) {
            p.eatKeyword(Symbol.UNSAFE);
            p.bump();
            String abi = p.tok.is(TokenKind.LITERAL) ? abiOf(p.bump()) : "C";
            p.expect(TokenKind.OPEN_BRACE);
            parseInnerAttrs();
            List<Item> items = parseAssocItems(true);
            p.expect(TokenKind.CLOSE_BRACE);
            return new Item(attrs, vis, null, new Item.ForeignMod(abi, items), lo.to(p.prevSpan()));
        }
        if (isFnStart()) return parseFn(attrs, vis, lo, false);
        if (p.checkKeyword(Symbol.STRUCT)) {
            p.bump();
            Ident name = p.parseIdent();
            Item.Generics g = parseGenerics();
            Item.VariantData data;
            if (p.check(TokenKind.OPEN_PAREN)) {
                data = new Item.VariantData(Item.CtorKind.TUPLE, parseTupleFields());
                g = withWhere(g);
                p.expect(TokenKind.SEMI);
            } else {
                g = withWhere(g);
                if (p.eat(TokenKind.SEMI)) {
                    data = new Item.VariantData(Item.CtorKind.UNIT, List.of());
                } else {
                    data = new Item.VariantData(Item.CtorKind.STRUCT, parseRecordFields());
                }
            }
            return new Item(attrs, vis, name, new Item.Struct(data, g), lo.to(p.prevSpan()));
        }
        if (p.isContextual("union") && p.look(1).isIdent() && !p.isReserved(p.look(1))) {
            p.bump();
            Ident name = p.parseIdent();
            Item.Generics g = withWhere(parseGenerics());
            List<Item.FieldDef> fields = parseRecordFields();
            return new Item(attrs, vis, name, new Item.Union(new Item.VariantData(Item.CtorKind.STRUCT, fields), g),
                    lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.ENUM)) {
            p.bump();
            Ident name = p.parseIdent();
            Item.Generics g = withWhere(parseGenerics());
            p.expect(TokenKind.OPEN_BRACE);
            List<Item.Variant> variants = new ArrayList<>();
            while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
                List<Attribute> va = parseOuterAttrs();
                parseVisibility();
                Span vlo = p.tok.span();
                Ident vname = p.parseIdent();
                Item.VariantData data;
                if (p.check(TokenKind.OPEN_PAREN)) data = new Item.VariantData(Item.CtorKind.TUPLE, parseTupleFields());
                else if (p.check(TokenKind.OPEN_BRACE)) data = new Item.VariantData(Item.CtorKind.STRUCT, parseRecordFields());
                else data = new Item.VariantData(Item.CtorKind.UNIT, List.of());
                Expr discr = null;
                if (p.eat(TokenKind.EQ)) discr = p.exprs.parseExpr();
                variants.add(new Item.Variant(va, vname, data, discr, vlo.to(p.prevSpan())));
                if (!p.eat(TokenKind.COMMA)) break;
            }
            p.expect(TokenKind.CLOSE_BRACE);
            return new Item(attrs, vis, name, new Item.Enum(variants, g), lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.TRAIT) || isTraitStart()) {
            boolean isConst = p.eatKeyword(Symbol.CONST);
            boolean unsafe = p.eatKeyword(Symbol.UNSAFE);
            boolean auto = false;
            if (p.isContextual("auto")) {
                p.bump();
                auto = true;
            }
            p.expectKeyword(Symbol.TRAIT);
            Ident name = p.parseIdent();
            Item.Generics g = parseGenerics();
            List<Item.GenericBound> bounds = List.of();
            if (p.eat(TokenKind.COLON)) bounds = p.types.parseBounds();
            if (p.eat(TokenKind.EQ)) {
                List<Item.GenericBound> aliasBounds = p.types.parseBounds();
                g = withWhere(g);
                p.expect(TokenKind.SEMI);
                return new Item(attrs, vis, name, new Item.TraitAlias(g, aliasBounds), lo.to(p.prevSpan()));
            }
            g = withWhere(g);
            p.expect(TokenKind.OPEN_BRACE);
            parseInnerAttrs();
            boolean outer = inTrait;
            inTrait = true;
            List<Item> items = parseAssocItems(false);
            inTrait = outer;
            p.expect(TokenKind.CLOSE_BRACE);
            return new Item(attrs, vis, name, new Item.Trait(unsafe, auto, g, bounds, items, isConst), lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.IMPL) || isImplStart()) {
            if (p.isContextual("default")) p.bump();
            boolean isConst = p.eatKeyword(Symbol.CONST);
            boolean unsafe = p.eatKeyword(Symbol.UNSAFE);
            p.expectKeyword(Symbol.IMPL);
            Item.Generics g = Item.Generics.EMPTY;
            if (p.checkSplitting(TokenKind.LT)) g = parseGenerics();
            if (p.eatKeyword(Symbol.CONST)) isConst = true;
            // `impl !Trait for T` is a negative impl; `impl ! { }` is an inherent impl on the never type.
            boolean negative = p.tok.is(TokenKind.NOT) && !p.look(1).is(TokenKind.OPEN_BRACE)
                    && !p.look(1).isKeyword(Symbol.WHERE) && p.eat(TokenKind.NOT);
            // `impl dyn Trait + Send { .. }`: the self type may be a sum
            Type first = p.types.parseType();
            Path traitRef = null;
            Type selfTy = first;
            if (p.eatKeyword(Symbol.FOR)) {
                if (first instanceof Type.PathType pt && pt.qself() == null) traitRef = pt.path();
                else p.error(first.span(), "expected a trait, found type", "");
                selfTy = p.types.parseType();
            }
            g = withWhere(g);
            p.expect(TokenKind.OPEN_BRACE);
            parseInnerAttrs();
            boolean outer = inTrait;
            inTrait = false;
            List<Item> items = parseAssocItems(false);
            inTrait = outer;
            p.expect(TokenKind.CLOSE_BRACE);
            return new Item(attrs, vis, null, new Item.Impl(unsafe, negative, g, traitRef, selfTy, items, isConst),
                    lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.TYPE)) return parseTyAlias(attrs, vis, lo);
        if (isDelegationStart()) return parseDelegation(attrs, vis, lo);
        if (p.checkKeyword(Symbol.MACRO) && p.look(1).isIdent() && !p.isReserved(p.look(1))) {
            p.bump();
            Ident name = p.parseIdent();
            List<TokenTree> params = null;
            if (p.check(TokenKind.OPEN_PAREN)) {
                params = ((TokenTree.Delimited) parseTokenTree()).trees();
            }
            if (!p.check(TokenKind.OPEN_BRACE)) {
                p.unexpected();
                return null;
            }
            List<TokenTree> body = ((TokenTree.Delimited) parseTokenTree()).trees();
            return new Item(attrs, vis, name, new Item.MacroDef(params, body), lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.CONST) && !p.look(1).isKeyword(Symbol.FN) && !p.look(1).isKeyword(Symbol.UNSAFE)
                && !p.look(1).isKeyword(Symbol.EXTERN) && !p.look(1).isKeyword(Symbol.ASYNC) && !p.look(1).is(TokenKind.OPEN_BRACE)) {
            return parseConst(attrs, vis, lo);
        }
        if (p.checkKeyword(Symbol.STATIC) && !p.look(1).is(TokenKind.OR) && !p.look(1).is(TokenKind.OROR)
                || p.isContextual("safe") && p.look(1).isKeyword(Symbol.STATIC)) {
            if (p.isContextual("safe")) p.bump();
            p.bump();
            boolean mutable = p.eatKeyword(Symbol.MUT);
            Ident name = p.parseIdent();
            p.expect(TokenKind.COLON);
            Type ty = p.types.parseType();
            Expr value = null;
            if (p.eat(TokenKind.EQ)) value = p.exprs.parseExpr();
            p.expect(TokenKind.SEMI);
            return new Item(attrs, vis, name, new Item.Static(mutable, ty, value), lo.to(p.prevSpan()));
        }
        if (p.checkKeyword(Symbol.MOD) || p.tok.isKeyword(Symbol.UNSAFE) && p.look(1).isKeyword(Symbol.MOD)) {
            p.eatKeyword(Symbol.UNSAFE);
            p.bump();
            Ident name = p.parseIdent();
            if (p.eat(TokenKind.SEMI)) {
                return new Item(attrs, vis, name, new Item.Mod(false, List.of(), List.of(), Span.DUMMY), lo.to(p.prevSpan()));
            }
            Span innerLo = p.tok.span();
            p.expect(TokenKind.OPEN_BRACE);
            List<Attribute> inner = parseInnerAttrs();
            List<Item> items = parseItemsUntil(TokenKind.CLOSE_BRACE);
            p.expect(TokenKind.CLOSE_BRACE);
            return new Item(attrs, vis, name, new Item.Mod(true, inner, items, innerLo.to(p.prevSpan())), lo.to(p.prevSpan()));
        }
        if (p.isContextual("macro_rules") && p.look(1).is(TokenKind.NOT) && p.look(2).isIdent()) {
            p.bump();
            p.bump();
            Ident name = p.parseIdent();
            TokenTree tt = p.tok.kind().isOpenDelim() ? parseTokenTree() : null;
            if (!(tt instanceof TokenTree.Delimited d)) {
                p.check(TokenKind.OPEN_BRACE);
                p.unexpected();
                return null;
            }
            if (d.delim() != TokenTree.Delimiter.BRACE) p.expect(TokenKind.SEMI);
            return new Item(attrs, vis, name, new Item.MacroRules(d.trees(), d.delim()), lo.to(p.prevSpan()));
        }
        // A macro call in item position: `path! { .. }` or `path!(..);`
        if ((t.isIdent() && !p.isReserved(t) || t.is(TokenKind.PATHSEP) || t.isKeyword(Symbol.SELF_LOWER)
                || t.isKeyword(Symbol.SUPER) || t.isKeyword(Symbol.CRATE) || t.isIdent() && t.sym() == Symbol.DOLLAR_CRATE)
                && looksLikeMacroCall()) {
            Path path = p.parsePath(Parser.PathStyle.MOD);
            p.expect(TokenKind.NOT);
            MacCall mac = parseMacCallBody(path);
            if (mac.delim() != TokenTree.Delimiter.BRACE) p.expect(TokenKind.SEMI);
            return new Item(attrs, vis, null, new Item.MacCallItem(mac), lo.to(p.prevSpan()));
        }
        if (!(vis instanceof Item.Inherited)) {
            if (!p.recovering) {
                p.recovering = true;
                p.error(p.tok.span(), "expected item after visibility, found " + Parser.describe(p.tok), "");
            }
            return null;
        }
        if (!p.recovering) {
            p.recovering = true;
            p.error(p.tok.span(), "expected item, found " + Parser.describe(p.tok), "expected item");
        }
        return null;
    }

    /** {@code reuse} followed by a path: a delegation item. */
    boolean isDelegationStart() {
        if (!p.isContextual("reuse")) return false;
        Token n = p.look(1);
        return n.isIdent() && (!p.isReserved(n) || n.isKeyword(Symbol.SELF_UPPER) || n.isKeyword(Symbol.SELF_LOWER)
                || n.isKeyword(Symbol.SUPER) || n.isKeyword(Symbol.CRATE)) || n.is(TokenKind.LT);
    }

    private Item parseDelegation(List<Attribute> attrs, Item.Visibility vis, Span lo) {
        p.bump();
        List<TokenTree> spec = new ArrayList<>();
        // up to `;` or the body's `{` (a `{` right after `::` is a list of names)
        while (!p.tok.is(TokenKind.EOF) && !p.tok.is(TokenKind.SEMI) && !p.tok.kind().isCloseDelim()
                && !(p.tok.is(TokenKind.OPEN_BRACE) && !p.prev().is(TokenKind.PATHSEP))) {
            spec.add(parseTokenTree());
        }
        Expr.Block body = null;
        if (p.check(TokenKind.OPEN_BRACE)) body = p.exprs.parseBlock();
        else p.expect(TokenKind.SEMI);
        return new Item(attrs, vis, null, new Item.Delegation(spec, body), lo.to(p.prevSpan()));
    }

    /** {@code const? unsafe? auto? trait} at the cursor (after a qualifier: a plain `trait` is checked first). */
    private boolean isTraitStart() {
        int i = 0;
        if (p.look(i).isKeyword(Symbol.CONST)) i++;
        if (p.look(i).isKeyword(Symbol.UNSAFE)) i++;
        if (p.look(i).isIdent() && !p.look(i).raw() && p.look(i).sym().text().equals("auto")) i++;
        return i > 0 && p.look(i).isKeyword(Symbol.TRAIT);
    }

    /** {@code default? const? unsafe? impl} at the cursor. */
    private boolean isImplStart() {
        int i = 0;
        if (p.look(i).isIdent() && !p.look(i).raw() && p.look(i).sym().text().equals("default")) i++;
        if (p.look(i).isKeyword(Symbol.CONST)) i++;
        if (p.look(i).isKeyword(Symbol.UNSAFE)) i++;
        return i > 0 && p.look(i).isKeyword(Symbol.IMPL);
    }

    /** Whether a path followed by `!` and a delimiter starts here: a macro call. */
    boolean looksLikeMacroCall() {
        int i = 0;
        if (p.look(i).is(TokenKind.PATHSEP)) i++;
        while (true) {
            if (!p.look(i).isIdent()) return false;
            i++;
            if (p.look(i).is(TokenKind.NOT)) return p.look(i + 1).kind().isOpenDelim();
            if (!p.look(i).is(TokenKind.PATHSEP)) return false;
            i++;
        }
    }

    /** The ABI a string literal names: `"C"` or the raw `r#"C"#`. */
    static String abiOf(Token lit) {
        String s = lit.sym().text();
        if (s.startsWith("r")) {
            int hashes = 0;
            while (1 + hashes < s.length() && s.charAt(1 + hashes) == '#') hashes++;
            int from = 2 + hashes, to = s.length() - 1 - hashes;
            return from <= to ? s.substring(from, to) : s;
        }
        return s.length() >= 2 && s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    boolean isFnStart() {
        int i = 0;
        while (true) {
            Token t = p.look(i);
            if (t.isKeyword(Symbol.FN)) return true;
            if (t.isKeyword(Symbol.CONST) || t.isKeyword(Symbol.ASYNC) && p.edition.atLeast(Parser.Edition.E2018)
                    || t.isKeyword(Symbol.GEN) && p.edition.atLeast(Parser.Edition.E2024)
                    || t.isKeyword(Symbol.UNSAFE) || t.isIdent() && !t.raw() && t.sym().text().equals("safe")
                    || t.isIdent() && !t.raw() && t.sym().text().equals("default") && i == 0) {
                i++;
                continue;
            }
            if (t.isKeyword(Symbol.EXTERN)) {
                i++;
                if (p.look(i).is(TokenKind.LITERAL)) i++;
                continue;
            }
            return false;
        }
    }

    private Item parseFn(List<Attribute> attrs, Item.Visibility vis, Span lo, boolean inTraitOrForeign) {
        boolean isConst = false, isAsync = false, unsafe = false, isGen = false;
        String abi = null;
        while (!p.tok.isKeyword(Symbol.FN)) {
            if (p.eatKeyword(Symbol.CONST)) isConst = true;
            else if (p.eatKeyword(Symbol.ASYNC)) isAsync = true;
            else if (p.edition.atLeast(Parser.Edition.E2024) && p.eatKeyword(Symbol.GEN)) isGen = true;
            else if (p.eatKeyword(Symbol.UNSAFE)) unsafe = true;
            else if (p.isContextual("safe") || p.isContextual("default")) p.bump();
            else if (p.eatKeyword(Symbol.EXTERN)) abi = p.tok.is(TokenKind.LITERAL) ? abiOf(p.bump()) : "C";
            else break;
        }
        p.expectKeyword(Symbol.FN);
        Ident name = p.parseIdent();
        Item.Generics g = parseGenerics();
        Item.FnDecl decl = parseFnDecl(true, inTraitOrForeign && p.edition == Parser.Edition.E2015);
        g = withWhere(g);
        Expr.Block body = null;
        if (!p.eat(TokenKind.SEMI)) {
            if (p.check(TokenKind.OPEN_BRACE)) {
                body = p.exprs.parseBlock();
            } else {
                p.unexpected();
            }
        }
        return new Item(attrs, vis, name, new Item.Fn(new Item.FnHeader(isConst, isAsync, unsafe, abi, isGen), g, decl, body),
                lo.to(p.prevSpan()));
    }

    /** {@code (self, a: T, ...) -> R}; {@code named} parameters need patterns (not in fn pointer types). */
    Item.FnDecl parseFnDecl(boolean allowSelf) {
        return parseFnDecl(allowSelf, false);
    }

    /** Whether the parameter at the cursor starts with a name and a colon (rustc's `is_named_param`). */
    private boolean isNamedParam() {
        int off = p.tok.is(TokenKind.AND) || p.tok.is(TokenKind.ANDAND) || p.tok.isKeyword(Symbol.MUT) ? 1 : 0;
        return p.look(off).isIdent() && p.look(off + 1).is(TokenKind.COLON);
    }

    /** {@code anonymous}: parameters may be bare types (trait methods in 2015). */
    Item.FnDecl parseFnDecl(boolean allowSelf, boolean anonymous) {
        Span lo = p.tok.span();
        p.expect(TokenKind.OPEN_PAREN);
        Item.SelfParam self = null;
        List<Item.Param> params = new ArrayList<>();
        boolean variadic = false;
        boolean first = true;
        while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> pa = parseOuterAttrs();
            if (first && allowSelf) self = tryParseSelf(pa);
            if (self == null || !first) {
                if (p.eat(TokenKind.DOTDOTDOT)) {
                    variadic = true;
                } else if (anonymous && !isNamedParam()) {
                    Span plo = p.tok.span();
                    Type ty = p.types.parseType();
                    params.add(new Item.Param(pa, null, ty, plo.to(p.prevSpan())));
                } else {
                    Span plo = p.tok.span();
                    Pat pat = p.pats.parsePatNoTopAlt();
                    p.expect(TokenKind.COLON);
                    if (p.eat(TokenKind.DOTDOTDOT)) {
                        // a named C variadic `args: ...`: the parameter keeps its pattern and has no type
                        variadic = true;
                        params.add(new Item.Param(pa, pat, null, plo.to(p.prevSpan())));
                    } else {
                        Type ty = p.types.parseType();
                        params.add(new Item.Param(pa, pat, ty, plo.to(p.prevSpan())));
                    }
                }
            }
            first = false;
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_PAREN);
        Type ret = null;
        if (p.eat(TokenKind.RARROW)) ret = p.types.parseType();
        return new Item.FnDecl(self, params, variadic, ret, lo.to(p.prevSpan()));
    }

    private Item.SelfParam tryParseSelf(List<Attribute> attrs) {
        Span lo = p.tok.span();
        Token t0 = p.look(0), t1 = p.look(1), t2 = p.look(2), t3 = p.look(3);
        if (t0.isKeyword(Symbol.SELF_LOWER) && !t1.is(TokenKind.PATHSEP)) {
            p.bump();
            Type explicit = p.eat(TokenKind.COLON) ? p.types.parseType() : null;
            return new Item.SelfParam(attrs, false, false, null, false, explicit, lo.to(p.prevSpan()));
        }
        if (t0.isKeyword(Symbol.MUT) && t1.isKeyword(Symbol.SELF_LOWER) && !t2.is(TokenKind.PATHSEP)) {
            p.bump();
            p.bump();
            Type explicit = p.eat(TokenKind.COLON) ? p.types.parseType() : null;
            return new Item.SelfParam(attrs, false, false, null, true, explicit, lo.to(p.prevSpan()));
        }
        if (t0.is(TokenKind.AND)) {
            if (t1.isKeyword(Symbol.SELF_LOWER) && !t2.is(TokenKind.PATHSEP)) {
                p.bump();
                p.bump();
                return new Item.SelfParam(attrs, true, false, null, false, null, lo.to(p.prevSpan()));
            }
            if (t1.isKeyword(Symbol.MUT) && t2.isKeyword(Symbol.SELF_LOWER) && !t3.is(TokenKind.PATHSEP)) {
                p.bump();
                p.bump();
                p.bump();
                return new Item.SelfParam(attrs, true, true, null, false, null, lo.to(p.prevSpan()));
            }
            if (t1.is(TokenKind.LIFETIME) && t2.isKeyword(Symbol.SELF_LOWER)) {
                p.bump();
                var lt = p.parseLifetime();
                p.bump();
                return new Item.SelfParam(attrs, true, false, lt, false, null, lo.to(p.prevSpan()));
            }
            if (t1.is(TokenKind.LIFETIME) && t2.isKeyword(Symbol.MUT) && t3.isKeyword(Symbol.SELF_LOWER)) {
                p.bump();
                var lt = p.parseLifetime();
                p.bump();
                p.bump();
                return new Item.SelfParam(attrs, true, true, lt, false, null, lo.to(p.prevSpan()));
            }
        }
        return null;
    }

    private Item parseTyAlias(List<Attribute> attrs, Item.Visibility vis, Span lo) {
        p.expectKeyword(Symbol.TYPE);
        Ident name = p.parseIdent();
        Item.Generics g = parseGenerics();
        List<Item.GenericBound> bounds = List.of();
        if (p.eat(TokenKind.COLON)) bounds = p.types.parseBounds();
        g = withWhere(g);
        Type ty = null;
        if (p.eat(TokenKind.EQ)) ty = p.types.parseType();
        g = withWhere(g);
        p.expect(TokenKind.SEMI);
        return new Item(attrs, vis, name, new Item.TyAlias(g, bounds, ty), lo.to(p.prevSpan()));
    }

    private Item parseConst(List<Attribute> attrs, Item.Visibility vis, Span lo) {
        p.expectKeyword(Symbol.CONST);
        Ident name;
        if (p.tok.isIdent() && p.tok.sym() == Symbol.UNDERSCORE) {
            Token t = p.bump();
            name = new Ident(t.sym(), t.span());
        } else {
            name = p.parseIdent();
        }
        Item.Generics g = parseGenerics();
        Type ty;
        if (p.eat(TokenKind.COLON)) {
            ty = p.types.parseType();
        } else {
            p.error(p.tok.span(), "missing type for `const` item", "help: provide a type for the item");
            ty = new Type.Err(p.tok.span());
        }
        Expr value = null;
        if (p.eat(TokenKind.EQ)) value = p.exprs.parseExpr();
        g = withWhere(g);
        p.expect(TokenKind.SEMI);
        return new Item(attrs, vis, name, new Item.Const(g, ty, value), lo.to(p.prevSpan()));
    }

    /** Items inside a trait, impl ({@code foreign} false) or extern block, up to the closing brace. */
    private List<Item> parseAssocItems(boolean foreign) {
        List<Item> out = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = parseOuterAttrs();
            Span lo = attrs.isEmpty() ? p.tok.span() : attrs.getFirst().span();
            Item.Visibility vis = parseVisibility();
            if (p.isContextual("default") && !p.look(1).is(TokenKind.NOT)) p.bump();
            Item item = null;
            if (isFnStart()) {
                item = parseFn(attrs, vis, lo, inTrait && !foreign);
            } else if (isDelegationStart()) {
                item = parseDelegation(attrs, vis, lo);
            } else if (p.checkKeyword(Symbol.TYPE)) {
                item = parseTyAlias(attrs, vis, lo);
            } else if (p.checkKeyword(Symbol.CONST)) {
                item = parseConst(attrs, vis, lo);
            } else if (foreign && (p.checkKeyword(Symbol.STATIC) || p.isContextual("safe") || p.isContextual("unsafe"))) {
                item = parseItem(attrs);
            } else if (p.tok.isIdent() && looksLikeMacroCall()) {
                Path path = p.parsePath(Parser.PathStyle.MOD);
                p.expect(TokenKind.NOT);
                MacCall mac = parseMacCallBody(path);
                if (mac.delim() != TokenTree.Delimiter.BRACE) p.expect(TokenKind.SEMI);
                item = new Item(attrs, vis, null, new Item.MacCallItem(mac), lo.to(p.prevSpan()));
            } else if (!p.recovering) {
                p.check(TokenKind.CLOSE_BRACE);
                p.checkKeyword(Symbol.FN);
                p.checkKeyword(Symbol.TYPE);
                p.checkKeyword(Symbol.CONST);
                p.unexpected();
            }
            if (item != null) out.add(item);
            if (p.recovering || p.pos == before) {
                p.recoverToItem();
                if (p.pos == before) p.bump();
            }
        }
        return out;
    }

    private List<Item.FieldDef> parseRecordFields() {
        p.expect(TokenKind.OPEN_BRACE);
        List<Item.FieldDef> out = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = parseOuterAttrs();
            Span lo = p.tok.span();
            Item.Visibility vis = parseVisibility();
            Ident name = p.parseIdent();
            p.expect(TokenKind.COLON);
            Type ty = p.types.parseType();
            Expr dflt = p.eat(TokenKind.EQ) ? p.exprs.parseExpr() : null;
            out.add(new Item.FieldDef(attrs, vis, name, ty, lo.to(p.prevSpan()), dflt));
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_BRACE);
        return out;
    }

    private List<Item.FieldDef> parseTupleFields() {
        p.expect(TokenKind.OPEN_PAREN);
        List<Item.FieldDef> out = new ArrayList<>();
        while (!p.check(TokenKind.CLOSE_PAREN) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            List<Attribute> attrs = parseOuterAttrs();
            Span lo = p.tok.span();
            Item.Visibility vis = parseVisibility();
            Type ty = p.types.parseType();
            out.add(new Item.FieldDef(attrs, vis, null, ty, lo.to(p.prevSpan())));
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expect(TokenKind.CLOSE_PAREN);
        return out;
    }

    // ---- use trees ----

    private Item.UseTree parseUseTree() {
        Span lo = p.tok.span();
        List<Path.Segment> segs = new ArrayList<>();
        boolean global = false;
        if (p.eat(TokenKind.PATHSEP)) global = true;
        while (true) {
            if (p.check(TokenKind.STAR)) {
                p.bump();
                return new Item.UseGlob(new Path(segs, global, lo), lo.to(p.prevSpan()));
            }
            if (p.check(TokenKind.OPEN_BRACE)) {
                p.bump();
                List<Item.UseTree> trees = new ArrayList<>();
                while (!p.check(TokenKind.CLOSE_BRACE) && !p.tok.is(TokenKind.EOF)) {
                    int before = p.pos;
                    trees.add(parseUseTree());
                    if (!p.eat(TokenKind.COMMA)) break;
                    if (p.pos == before) break;
                }
                p.expect(TokenKind.CLOSE_BRACE);
                return new Item.UseNested(new Path(segs, global, lo), trees, lo.to(p.prevSpan()));
            }
            Ident id;
            if (p.tok.isIdent() && (p.tok.sym() == Symbol.SELF_LOWER || p.tok.sym() == Symbol.SUPER
                    || p.tok.sym() == Symbol.CRATE || p.tok.sym() == Symbol.DOLLAR_CRATE)) {
                Token t = p.bump();
                id = new Ident(t.sym(), t.span(), t.ctxt());
            } else {
                id = p.parseIdent();
            }
            segs.add(new Path.Segment(id, null, id.span()));
            if (p.check(TokenKind.PATHSEP)) {
                p.bump();
                continue;
            }
            break;
        }
        Ident rename = null;
        if (p.eatKeyword(Symbol.AS)) {
            if (p.tok.isIdent() && p.tok.sym() == Symbol.UNDERSCORE) {
                Token t = p.bump();
                rename = new Ident(t.sym(), t.span());
            } else {
                rename = p.parseIdent();
            }
        }
        return new Item.UseSimple(new Path(segs, global, lo.to(p.prevSpan())), rename, lo.to(p.prevSpan()));
    }

    // ---- generics ----

    Item.Generics parseGenerics() {
        if (!p.checkSplitting(TokenKind.LT)) return Item.Generics.EMPTY;
        Span lo = p.tok.span();
        p.expectSplitting(TokenKind.LT);
        List<Item.GenericParam> params = new ArrayList<>();
        while (!p.checkSplitting(TokenKind.GT) && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            params.add(parseGenericParam());
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        p.expectSplitting(TokenKind.GT);
        return new Item.Generics(params, List.of(), lo.to(p.prevSpan()));
    }

    Item.GenericParam parseGenericParam() {
        List<Attribute> attrs = parseOuterAttrs();
        Span lo = p.tok.span();
        if (p.tok.is(TokenKind.LIFETIME)) {
            var lt = p.parseLifetime();
            List<Item.GenericBound> bounds = new ArrayList<>();
            if (p.eat(TokenKind.COLON)) {
                while (p.tok.is(TokenKind.LIFETIME)) {
                    var b = p.parseLifetime();
                    bounds.add(new Item.OutlivesBound(b, b.span()));
                    if (!p.eat(TokenKind.PLUS)) break;
                }
            }
            return new Item.GenericParam(attrs, new Ident(lt.name(), lt.span()), Item.ParamKind.LIFETIME, bounds, null,
                    null, null, lo.to(p.prevSpan()));
        }
        if (p.eatKeyword(Symbol.CONST)) {
            Ident name = p.parseIdent();
            p.expect(TokenKind.COLON);
            Type ty = p.types.parseType();
            Expr def = null;
            if (p.eat(TokenKind.EQ)) {
                def = p.tok.is(TokenKind.OPEN_BRACE) ? p.exprs.parseBlockExpr(null) : p.exprs.parseLiteralMaybeNeg();
            }
            return new Item.GenericParam(attrs, name, Item.ParamKind.CONST, List.of(), null, ty, def, lo.to(p.prevSpan()));
        }
        Ident name = p.parseIdent();
        List<Item.GenericBound> bounds = List.of();
        if (p.eat(TokenKind.COLON)) bounds = p.types.parseBounds();
        Type def = null;
        if (p.eat(TokenKind.EQ)) def = p.types.parseType();
        return new Item.GenericParam(attrs, name, Item.ParamKind.TYPE, bounds, def, null, null, lo.to(p.prevSpan()));
    }

    /** Adds a {@code where} clause (if present) to the generics. */
    Item.Generics withWhere(Item.Generics g) {
        if (!p.eatKeyword(Symbol.WHERE)) return g;
        List<Item.WherePredicate> preds = new ArrayList<>(g.where());
        while (!p.tok.is(TokenKind.OPEN_BRACE) && !p.tok.is(TokenKind.SEMI) && !p.tok.is(TokenKind.EQ)
                && !p.tok.is(TokenKind.EOF)) {
            int before = p.pos;
            Span lo = p.tok.span();
            if (p.tok.is(TokenKind.LIFETIME)) {
                var lt = p.parseLifetime();
                p.expect(TokenKind.COLON);
                List<dev.ferrite.syntax.ast.Lifetime> bounds = new ArrayList<>();
                while (p.tok.is(TokenKind.LIFETIME)) {
                    bounds.add(p.parseLifetime());
                    if (!p.eat(TokenKind.PLUS)) break;
                }
                preds.add(new Item.RegionPredicate(lt, bounds, lo.to(p.prevSpan())));
            } else {
                List<Item.GenericParam> forParams = p.types.parseForBinder();
                Type bounded = p.types.parseType();
                p.expect(TokenKind.COLON);
                List<Item.GenericBound> bounds = p.types.parseBounds();
                preds.add(new Item.BoundPredicate(forParams, bounded, bounds, lo.to(p.prevSpan())));
            }
            if (!p.eat(TokenKind.COMMA)) break;
            if (p.pos == before) break;
        }
        return new Item.Generics(g.params(), preds, g.span().to(p.prevSpan()));
    }
}
