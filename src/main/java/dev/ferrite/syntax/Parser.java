package dev.ferrite.syntax;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Lifetime;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The parser: recursive descent for items, statements, patterns and types, precedence climbing
 * for expressions ({@link ExprParser}). A tour: {@link #parseCrate} reads inner attributes and
 * items ({@link ItemParser}); bodies are blocks of statements ({@link ExprParser#parseBlock});
 * {@link PatParser} and {@link TypeParser} do patterns and types; paths and generic arguments are
 * shared by all ({@link #parsePath}).
 *
 * <p>Parsing never fails: an error is reported in rustc's words ("expected one of ..., found ...")
 * and the parser skips to a place where it can go on (the next item or statement). A parser can
 * also be built over token trees, which is how macro expansion parses fragments and expansions.
 */
public final class Parser {
    /** Path parsing styles: in expressions generic arguments need {@code ::<>} (turbofish). */
    enum PathStyle { EXPR, TYPE, MOD }

    final List<Token> tokens;
    final DiagnosticSink diag;
    final Edition edition;
    int pos;
    Token tok;
    private Token prev;

    /** The token consumed last. */
    Token prev() {
        return prev;
    }
    /** Tokens that would have been accepted here, for "expected one of" messages. */
    private final ArrayList<Object> expected = new ArrayList<>();
    int depth;
    boolean recovering;
    final ItemParser items;
    final ExprParser exprs;
    final PatParser pats;
    final TypeParser types;
    final LitDecoder lits;

    public enum Edition {
        E2015, E2018, E2021, E2024;

        public static Edition of(String s) {
            return switch (s) {
                case "2015" -> E2015;
                case "2018" -> E2018;
                case "2024" -> E2024;
                default -> E2021;
            };
        }

        public boolean atLeast(Edition e) {
            return compareTo(e) >= 0;
        }
    }

    private Parser(List<Token> tokens, DiagnosticSink diag, Edition edition) {
        this.tokens = tokens;
        this.diag = diag;
        this.edition = edition;
        this.tok = tokens.getFirst();
        this.items = new ItemParser(this);
        this.exprs = new ExprParser(this);
        this.pats = new PatParser(this);
        this.types = new TypeParser(this);
        this.lits = new LitDecoder(diag);
    }

    /** Parses a whole source file. */
    public static Crate parseFile(SourceFile file, DiagnosticSink diag, Edition edition) {
        // Lexer errors that make the rest of the file meaningless (an unterminated string or
        // comment) and unbalanced delimiters stop here, as in rustc.
        dev.ferrite.diagnostics.DiagCtxt lexDiag = new dev.ferrite.diagnostics.DiagCtxt();
        List<Token> toks = Lexer.tokenize(file, lexDiag);
        if (lexDiag.diagnostics().stream().noneMatch(Parser::isFatalLexError)) TokenTree.build(toks, lexDiag);
        for (Diagnostic d : lexDiag.diagnostics()) diag.emit(d);
        if (lexDiag.diagnostics().stream().anyMatch(Parser::isFatalLexError)) {
            return new Crate(List.of(), List.of(), file.span());
        }
        Parser p = new Parser(toks, diag, edition);
        byte[] bytes = file.bytes();
        int base = file.startPos();
        p.lineBreakBetween = (a, b) -> {
            for (int i = Math.max(0, a - base); i < Math.min(bytes.length, b - base); i++) if (bytes[i] == '\n') return true;
            return false;
        };
        return p.parseCrate(file.span());
    }

    private static boolean isFatalLexError(Diagnostic d) {
        String m = d.message();
        return m.startsWith("unterminated") || m.contains("unclosed delimiter") || m.startsWith("mismatched closing")
                || m.startsWith("unexpected closing delimiter");
    }

    /** A parser over token trees (a macro's input or output). */
    public static Parser fromTrees(List<TokenTree> trees, Span end, DiagnosticSink diag, Edition edition) {
        List<Token> toks = new ArrayList<>();
        TokenTree.flatten(trees, toks);
        toks.add(Token.punct(TokenKind.EOF, end, false));
        return new Parser(toks, diag, edition);
    }

    /** A parser over flat tokens (ending with EOF), as macro matching uses for fragments. */
    public static Parser fromTokens(List<Token> tokens, DiagnosticSink diag, Edition edition) {
        return new Parser(new ArrayList<>(tokens), diag, edition);
    }

    /** How many tokens have been consumed. */
    public int position() {
        return pos;
    }

    /** Whether an error was reported (the fragment did not parse cleanly). */
    public boolean hadError() {
        return recovering;
    }

    /** The token trees of a source file (for tools and tests). */
    public static List<TokenTree> tokenTrees(SourceFile file, DiagnosticSink diag) {
        return TokenTree.build(Lexer.tokenize(file, diag), diag);
    }

    // ---- public entry points (also used by macro expansion) ----

    public Crate parseCrate(Span fileSpan) {
        List<Attribute> inner = items.parseInnerAttrs();
        List<Item> list = items.parseItemsUntil(TokenKind.EOF);
        return new Crate(inner, list, fileSpan);
    }

    public List<Item> parseItems() {
        return items.parseItemsUntil(TokenKind.EOF);
    }

    public Item parseItem() {
        return items.parseItem(items.parseOuterAttrs());
    }

    public Expr parseExpr() {
        return exprs.parseExpr();
    }

    public Type parseTy() {
        return types.parseType();
    }

    /** A pattern; {@code topOr} allows a top-level or-pattern without parentheses. */
    public Pat parsePat(boolean topOr) {
        return topOr ? pats.parsePatTop() : pats.parsePatNoTopAlt();
    }

    public Expr.Stmt parseStmt() {
        return exprs.parseStmt();
    }

    public Expr.Block parseBlock() {
        return exprs.parseBlock();
    }

    public Path parsePath() {
        return parsePath(PathStyle.TYPE);
    }

    public Item.Visibility parseVisibility() {
        return items.parseVisibility();
    }

    public Expr parseLiteral() {
        return exprs.parseLiteralMaybeNeg();
    }

    public Lifetime parseLifetime() {
        if (tok.is(TokenKind.LIFETIME)) {
            Token t = bump();
            return new Lifetime(t.sym(), t.span());
        }
        unexpected();
        return null;
    }

    public boolean atEnd() {
        return tok.is(TokenKind.EOF);
    }

    /** The current token, for callers that match macro fragments. */
    public Token current() {
        return tok;
    }

    /** Consumes the current token (macro fragment matching steps over tokens it does not parse). */
    public Token bumpToken() {
        return bump();
    }

    // ---- token cursor ----

    Token bump() {
        prev = tok;
        if (pos < tokens.size() - 1) pos++;
        tok = tokens.get(pos);
        expected.clear();
        return prev;
    }

    Token prevToken() {
        return prev;
    }

    Span prevSpan() {
        return prev == null ? tok.span() : prev.span();
    }

    Token look(int n) {
        int i = Math.min(tokens.size() - 1, pos + n);
        return tokens.get(i);
    }

    /** Whether the current token is {@code k} (recording it as expected). */
    boolean check(TokenKind k) {
        expected.add(k);
        return tok.kind() == k;
    }

    /** Records a description (e.g. "type") among the things that would have been accepted here. */
    void expected(String what) {
        expected.add(what);
    }

    boolean eat(TokenKind k) {
        if (check(k)) {
            bump();
            return true;
        }
        return false;
    }

    /**
     * Eats {@code k} when the current token is {@code k} or a glued token starting with it (the
     * {@code >} of {@code >>}); the remainder stays as the current token.
     */
    boolean eatSplitting(TokenKind k) {
        expected.add(k);
        if (tok.kind() == k) {
            bump();
            return true;
        }
        TokenKind[] parts = tok.kind().split();
        if (parts != null && parts[0] == k) {
            Span s = tok.span();
            Token first = Token.punct(parts[0], new Span(s.lo(), s.lo() + 1), true);
            Token rest = Token.punct(parts[1], new Span(s.lo() + 1, s.hi()), tok.joint());
            prev = first;
            tok = rest;
            tokens.set(pos, rest);
            expected.clear();
            return true;
        }
        return false;
    }

    boolean checkSplitting(TokenKind k) {
        expected.add(k);
        if (tok.kind() == k) return true;
        TokenKind[] parts = tok.kind().split();
        return parts != null && parts[0] == k;
    }

    boolean checkKeyword(Symbol kw) {
        expected.add(kw);
        return tok.isKeyword(kw);
    }

    boolean eatKeyword(Symbol kw) {
        if (checkKeyword(kw)) {
            bump();
            return true;
        }
        return false;
    }

    /** Contextual keywords (`union`, `auto`, `macro_rules`, `raw`, `safe`) are identifiers that matter in places. */
    boolean isContextual(String word) {
        return tok.isIdent() && !tok.raw() && tok.sym().text().equals(word);
    }

    void expect(TokenKind k) {
        if (!eat(k)) unexpected();
    }

    void expectSplitting(TokenKind k) {
        if (!eatSplitting(k)) unexpected();
    }

    void expectKeyword(Symbol kw) {
        if (!eatKeyword(kw)) unexpected();
    }

    /** Reports "expected one of ..., found ..." at the current token. */
    void unexpected() {
        if (recovering) return;
        recovering = true;
        String found = describe(tok);
        // the expectations are kept as tokens and rendered only here: `check` runs on every token
        TreeSet<String> rendered = new TreeSet<>();
        for (Object e : expected) {
            rendered.add(switch (e) {
                case TokenKind k -> "`" + k.text() + "`";
                case Symbol kw -> "`" + kw.text() + "`";
                default -> e.toString();
            });
        }
        List<String> exp = new ArrayList<>(rendered);
        String msg;
        String label;
        if (exp.isEmpty()) {
            msg = "unexpected token: " + found;
            label = "unexpected token";
        } else if (exp.size() == 1) {
            msg = "expected " + exp.getFirst() + ", found " + found;
            label = "expected " + exp.getFirst();
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < exp.size(); i++) {
                if (i > 0) sb.append(i == exp.size() - 1 ? (exp.size() > 2 ? ", or " : " or ") : ", ");
                sb.append(exp.get(i));
            }
            msg = "expected one of " + sb + ", found " + found;
            // rustc lists short sets in the label too
            label = exp.size() <= 5 ? "expected one of " + sb : "expected one of " + exp.size() + " possible tokens";
        }
        Span at = tok.span();
        if (tok.is(TokenKind.EOF) && prev != null) {
            at = prev.span().shrinkToHi();
        }
        if (exp.contains("`;`") && prev != null && startsNewLine()) {
            // A missing `;` at the end of a line: point there, as rustc does.
            diag.emit(Diagnostic.error("expected `;`, found " + found)
                    .primary(prev.span().shrinkToHi(), "help: add `;` here")
                    .secondary(tok.span(), "unexpected token"));
            return;
        }
        Diagnostic d = Diagnostic.error(msg).primary(at, label);
        if (exp.contains("`,`") && prev != null && (tok.is(TokenKind.LITERAL) || tok.isIdent() && !isReserved(tok))
                && (prev.is(TokenKind.LITERAL) || prev.isIdent() || prev.kind().isCloseDelim())) {
            d.secondary(prev.span().shrinkToHi(), "help: missing `,`");
        }
        diag.emit(d);
    }

    /** Whether the current token is on a later line than the previous one. */
    private boolean startsNewLine() {
        return lineBreakBetween != null && lineBreakBetween.test(prev.span().hi(), tok.span().lo());
    }

    /** Tells whether a line break lies between two positions (set by {@link #parseFile}). */
    private java.util.function.BiPredicate<Integer, Integer> lineBreakBetween;

    /** Reports an error at a span (also ends the current error's recovery). */
    void error(Span span, String msg, String label) {
        diag.emit(Diagnostic.error(msg).primary(span, label));
    }

    /** How rustc names a token in "found ...". */
    static String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "`<eof>`";
            case IDENT -> (isReservedKeyword(t) ? "keyword `" : "`") + t.text() + "`";
            case LITERAL -> switch (t.lit()) {
                case INTEGER, FLOAT -> "`" + t.text() + "`";
                case STR, STR_RAW -> "`" + t.text() + "`";
                default -> "`" + t.text() + "`";
            };
            case DOC_COMMENT -> "doc comment";
            case LIFETIME -> "lifetime `" + t.text() + "`";
            default -> "`" + t.text() + "`";
        };
    }

    /**
     * Whether a token is a reserved keyword in this parser's edition: `async`, `await`, `dyn` and `try` are
     * identifiers in 2015, and `gen` is reserved from 2024 on.
     */
    boolean isReserved(Token t) {
        if (t.raw() || !t.isIdent()) return false;
        String s = t.sym().text();
        if (edition == Edition.E2015) {
            switch (s) {
                case "async", "await", "dyn", "try" -> {
                    return false;
                }
                default -> {
                }
            }
        } else if (edition == Edition.E2024 && s.equals("gen")) {
            return true;
        }
        return isReservedKeyword(t);
    }

    static boolean isReservedKeyword(Token t) {
        if (t.raw() || !t.isIdent()) return false;
        return switch (t.sym().text()) {
            case "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
                 "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
                 "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
                 "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
                 "unsized", "virtual", "yield", "try" -> true;
            default -> false;
        };
    }

    /** Whether the current token is an identifier usable as a name (not a reserved keyword). */
    boolean checkIdent() {
        expected.add("identifier");
        return tok.isIdent() && !isReserved(tok);
    }

    dev.ferrite.syntax.ast.Ident parseIdent() {
        if (checkIdent()) {
            Token t = bump();
            return new dev.ferrite.syntax.ast.Ident(t.sym(), t.span(), t.ctxt());
        }
        if (tok.isIdent() && !recovering) {
            recovering = true;
            diag.emit(Diagnostic.error("expected identifier, found keyword `" + tok.text() + "`")
                    .primary(tok.span(), "expected identifier, found keyword")
                    .suggest("escape `" + tok.text() + "` to use it as an identifier", tok.span(), "r#" + tok.text(),
                            dev.ferrite.diagnostics.Applicability.MAYBE_INCORRECT));
            Token t = bump();
            return new dev.ferrite.syntax.ast.Ident(t.sym(), t.span(), t.ctxt());
        }
        unexpected();
        return new dev.ferrite.syntax.ast.Ident(Symbol.intern("<error>"), tok.span());
    }

    /** Guards against deeply nested input: past the limit, reports once and returns true. */
    boolean tooDeep() {
        if (depth > 400) {
            if (!recovering) {
                recovering = true;
                diag.emit(Diagnostic.error("expression or pattern nested too deeply").primary(tok.span()));
            }
            return true;
        }
        return false;
    }

    // ---- recovery ----

    /** Skips tokens to just after the next `;` or before a `}` at this nesting level (or EOF). */
    void recoverToStmtEnd() {
        int nest = 0;
        while (!tok.is(TokenKind.EOF)) {
            if (tok.kind().isOpenDelim()) nest++;
            else if (tok.kind().isCloseDelim()) {
                if (nest == 0 && tok.is(TokenKind.CLOSE_BRACE)) break;
                if (nest == 0) {
                    bump(); // a stray `)` or `]` left by the error
                    continue;
                }
                nest--;
                if (nest == 0 && tok.is(TokenKind.CLOSE_BRACE)) {
                    bump();
                    break;
                }
            } else if (tok.is(TokenKind.SEMI) && nest == 0) {
                bump();
                break;
            }
            bump();
        }
        recovering = false;
    }

    /** Skips to the start of something that can begin an item, or a closing brace. */
    void recoverToItem() {
        int nest = 0;
        while (!tok.is(TokenKind.EOF)) {
            if (nest == 0 && (tok.is(TokenKind.CLOSE_BRACE) || items.startsItem())) break;
            if (tok.kind().isOpenDelim()) nest++;
            else if (tok.kind().isCloseDelim()) {
                if (nest == 0) break;
                nest--;
            }
            bump();
            if (nest == 0 && prev.is(TokenKind.SEMI)) break;
        }
        recovering = false;
    }

    // ---- paths ----

    /** Parses a path; in {@link PathStyle#EXPR} generic arguments need {@code ::<..>}. */
    Path parsePath(PathStyle style) {
        Span lo = tok.span();
        boolean global = eat(TokenKind.PATHSEP);
        List<Path.Segment> segs = new ArrayList<>();
        while (true) {
            segs.add(parsePathSegment(style));
            if (check(TokenKind.PATHSEP) && (look(1).isIdent() || style != PathStyle.MOD && look(1).is(TokenKind.LT)
                    || look(1).is(TokenKind.SHL) || style != PathStyle.MOD && look(1).is(TokenKind.LARROW))) {
                if (look(1).is(TokenKind.LT) || look(1).is(TokenKind.SHL) || look(1).is(TokenKind.LARROW)) {
                    // `::<` after a segment: turbofish generic arguments
                    bump();
                    Path.Segment last = segs.removeLast();
                    Path.GenericArgs args = parseAngleArgs();
                    segs.add(new Path.Segment(last.ident(), args, last.span().to(prevSpan())));
                    if (check(TokenKind.PATHSEP) && look(1).isIdent()) {
                        bump();
                        continue;
                    }
                    break;
                }
                bump();
                continue;
            }
            break;
        }
        return new Path(segs, global, lo.to(prevSpan()));
    }

    private Path.Segment parsePathSegment(PathStyle style) {
        dev.ferrite.syntax.ast.Ident id;
        if (tok.isIdent() && (tok.sym() == Symbol.SELF_LOWER || tok.sym() == Symbol.SELF_UPPER || tok.sym() == Symbol.SUPER
                || tok.sym() == Symbol.CRATE || tok.sym() == Symbol.DOLLAR_CRATE)) {
            Token t = bump();
            id = new dev.ferrite.syntax.ast.Ident(t.sym(), t.span(), t.ctxt());
        } else {
            id = parseIdent();
        }
        Path.GenericArgs args = null;
        if (style == PathStyle.TYPE) {
            if (checkSplitting(TokenKind.LT) && !tok.is(TokenKind.LE) && !tok.is(TokenKind.SHLEQ)) {
                args = parseAngleArgs();
            } else if (check(TokenKind.OPEN_PAREN)) {
                args = parseParenArgs();
            }
        }
        return new Path.Segment(id, args, id.span().to(prevSpan()));
    }

    /** {@code <A, B, Item = C>} starting at {@code <}. */
    Path.GenericArgs parseAngleArgs() {
        Span lo = tok.span();
        expectSplitting(TokenKind.LT);
        List<Path.AngleArg> args = new ArrayList<>();
        while (!checkSplitting(TokenKind.GT) && !tok.is(TokenKind.EOF)) {
            int before = pos;
            args.add(parseAngleArg());
            if (!eat(TokenKind.COMMA)) break;
            if (pos == before) break;
        }
        expectSplitting(TokenKind.GT);
        return new Path.AngleBracketed(args, lo.to(prevSpan()));
    }

    private Path.AngleArg parseAngleArg() {
        if (tok.is(TokenKind.LIFETIME)) return new Path.LifetimeArg(parseLifetime());
        // `Name = Ty`, `Name: Bound`, `Name<..> = Ty`
        if (tok.isIdent() && !isReserved(tok) && (look(1).is(TokenKind.EQ) || look(1).is(TokenKind.COLON)
                && !look(2).is(TokenKind.COLON))) {
            dev.ferrite.syntax.ast.Ident name = parseIdent();
            if (eat(TokenKind.EQ)) {
                if (tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS) || tok.is(TokenKind.OPEN_BRACE)) {
                    // an associated const equality `N = 3`, `K = { .. }`
                    Expr c = tok.is(TokenKind.OPEN_BRACE) ? exprs.parseBlockExpr(null) : exprs.parseLiteralMaybeNeg();
                    return new Path.Constraint(name, null, null, List.of(), name.span().to(prevSpan()), c);
                }
                Type ty = types.parseType();
                return new Path.Constraint(name, null, ty, List.of(), name.span().to(prevSpan()));
            }
            expect(TokenKind.COLON);
            List<Item.GenericBound> bounds = types.parseBounds();
            return new Path.Constraint(name, null, null, bounds, name.span().to(prevSpan()));
        }
        if (tok.isIdent() && !isReserved(tok) && look(1).is(TokenKind.OPEN_PAREN) && constraintAfterParens()) {
            // return type notation `method(..): Send`
            dev.ferrite.syntax.ast.Ident name = parseIdent();
            Path.GenericArgs gargs = parseParenArgs();
            expect(TokenKind.COLON);
            List<Item.GenericBound> bounds = types.parseBounds();
            return new Path.Constraint(name, gargs, null, bounds, name.span().to(prevSpan()));
        }
        if (tok.isIdent() && !isReserved(tok) && look(1).is(TokenKind.LT) && constraintAfterArgs()) {
            // `Name<'a>: Bound` or `Name<T> = Ty`: a constraint on a generic associated type
            dev.ferrite.syntax.ast.Ident name = parseIdent();
            Path.GenericArgs gargs = parseAngleArgs();
            if (eat(TokenKind.EQ)) {
                Type ty = types.parseType();
                return new Path.Constraint(name, gargs, ty, List.of(), name.span().to(prevSpan()));
            }
            expect(TokenKind.COLON);
            List<Item.GenericBound> bounds = types.parseBounds();
            return new Path.Constraint(name, gargs, null, bounds, name.span().to(prevSpan()));
        }
        if (tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS) || tok.is(TokenKind.OPEN_BRACE)) {
            if (tok.is(TokenKind.OPEN_BRACE)) return new Path.ConstArg(exprs.parseBlockExpr(null));
            return new Path.ConstArg(exprs.parseLiteralMaybeNeg());
        }
        return new Path.TypeArg(types.parseType());
    }

    /** Whether the `(..)` at lookahead 1 is followed by `:` (not `::`). */
    private boolean constraintAfterParens() {
        int depth = 0;
        for (int i = 1; i < 256; i++) {
            Token t = look(i);
            if (t.kind().isOpenDelim()) depth++;
            else if (t.kind().isCloseDelim()) depth--;
            else if (t.is(TokenKind.EOF)) return false;
            if (depth == 0) return look(i + 1).is(TokenKind.COLON) && !look(i + 2).is(TokenKind.COLON);
        }
        return false;
    }

    /** Whether the `<..>` at lookahead 1 is followed by `=` or `:` (not `::`). */
    private boolean constraintAfterArgs() {
        int depth = 0;
        for (int i = 1; i < 256; i++) {
            Token t = look(i);
            switch (t.kind()) {
                case LT -> depth++;
                case SHL -> depth += 2;
                case GT -> depth--;
                case SHR -> depth -= 2;
                case GE -> {
                    // `Item<'a>=Ty`: the `>` of the arguments joined with the `=`
                    if (depth == 1) return true;
                    depth--;
                }
                case EOF, SEMI, OPEN_BRACE, CLOSE_BRACE -> {
                    return false;
                }
                default -> {
                }
            }
            if (depth <= 0) {
                if (depth < 0) return false;
                Token n = look(i + 1);
                return n.is(TokenKind.EQ) || n.is(TokenKind.COLON) && !look(i + 2).is(TokenKind.COLON);
            }
        }
        return false;
    }

    /** {@code (A, B) -> C} for Fn-like traits. */
    private Path.GenericArgs parseParenArgs() {
        Span lo = tok.span();
        if (look(1).is(TokenKind.DOTDOT) && look(2).is(TokenKind.CLOSE_PAREN)) {
            bump();
            bump();
            bump();
            return new Path.ParenthesizedElided(lo.to(prevSpan()));
        }
        expect(TokenKind.OPEN_PAREN);
        List<Type> inputs = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN) && !tok.is(TokenKind.EOF)) {
            inputs.add(types.parseType());
            if (!eat(TokenKind.COMMA)) break;
        }
        expect(TokenKind.CLOSE_PAREN);
        Type out = null;
        if (eat(TokenKind.RARROW)) out = types.parseTypeNoPlus();
        return new Path.Parenthesized(inputs, out, lo.to(prevSpan()));
    }

    /** {@code <T as Trait>::rest} or {@code <T>::rest}, starting at {@code <}. */
    QPathResult parseQPath(PathStyle style) {
        Span lo = tok.span();
        expectSplitting(TokenKind.LT);
        Type self = types.parseType();
        List<Path.Segment> segs = new ArrayList<>();
        boolean global = false;
        int position = 0;
        if (eatKeyword(Symbol.AS)) {
            Path trait = parsePath(PathStyle.TYPE);
            segs.addAll(trait.segments());
            global = trait.global();
            position = segs.size();
        }
        expectSplitting(TokenKind.GT);
        expect(TokenKind.PATHSEP);
        Path rest = parsePath(style);
        segs.addAll(rest.segments());
        Span sp = lo.to(prevSpan());
        return new QPathResult(new Path.QSelf(self, position, lo.to(self.span())), new Path(segs, global, sp));
    }

    record QPathResult(Path.QSelf qself, Path path) {
    }
}
