package dev.ferrite.expand;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.Expansions;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code macro_rules!} macro: its rules compiled to matchers, matching of an invocation's tokens
 * (by backtracking; fragments such as {@code $e:expr} are parsed with the real {@link Parser}), and
 * transcription of the first rule that matches (rustc's {@code mbe}). Expression fragments are
 * transcribed in parentheses so that {@code $e * 2} keeps the grouping of {@code $e} (rustc uses
 * invisible delimiters for the same purpose).
 */
public record MacroRules(Symbol name, List<Rule> rules, Parser.Edition edition, Span defSpan) {
    /** One piece of a rule's left-hand side. */
    sealed interface Matcher {
    }

    /** A literal token that must appear as is. */
    record Tok(Token token) implements Matcher {
    }

    /** A delimited group whose contents are matched by {@code inner}. */
    record Group(TokenTree.Delimiter delim, List<Matcher> inner) implements Matcher {
    }

    /** {@code $name:kind} */
    record Frag(Symbol name, String kind) implements Matcher {
    }

    /** {@code $( inner ) sep op} with op one of {@code * + ?}. */
    record Rep(List<Matcher> inner, Token sep, char op) implements Matcher {
    }

    record Rule(List<Matcher> lhs, List<TokenTree> rhs, Span span) {
    }

    /** What a metavariable matched: tokens of a fragment, or one entry per repetition. */
    sealed interface Binding {
    }

    record Leaf(List<Token> tokens, String kind) implements Binding {
    }

    record Seq(List<Map<Symbol, Binding>> reps) implements Binding {
    }

    public MacroRules {
        rules = List.copyOf(rules);
    }

    /** Compiles the body of {@code macro_rules! name { (lhs) => { rhs }; ... }}. */
    public static MacroRules compile(Symbol name, List<TokenTree> body, Parser.Edition edition, DiagnosticSink diag) {
        List<Rule> rules = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            if (!(body.get(i) instanceof TokenTree.Delimited lhs)) {
                diag.emit(Diagnostic.error("expected macro rule matcher in delimiters").primary(body.get(i).span()));
                break;
            }
            i++;
            if (i + 1 >= body.size() || !(body.get(i) instanceof TokenTree.Leaf arrow && arrow.token().is(TokenKind.FATARROW))
                    || !(body.get(i + 1) instanceof TokenTree.Delimited rhs)) {
                diag.emit(Diagnostic.error("expected `=>` and a macro rule body after the matcher").primary(lhs.span()));
                break;
            }
            i += 2;
            rules.add(new Rule(compileMatchers(lhs.trees()), rhs.trees(), lhs.span()));
            if (i < body.size() && body.get(i) instanceof TokenTree.Leaf semi && semi.token().is(TokenKind.SEMI)) i++;
        }
        return new MacroRules(name, rules, edition, null);
    }

    private static List<Matcher> compileMatchers(List<TokenTree> trees) {
        List<Matcher> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Leaf l && l.token().is(TokenKind.DOLLAR) && i + 1 < trees.size()) {
                TokenTree next = trees.get(i + 1);
                if (next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delimiter.PAREN) {
                    // $( ... ) sep? op
                    int j = i + 2;
                    Token sep = null;
                    char op = '*';
                    if (j < trees.size() && trees.get(j) instanceof TokenTree.Leaf s && isRepOp(s.token())) {
                        op = s.token().kind() == TokenKind.STAR ? '*' : s.token().kind() == TokenKind.PLUS ? '+' : '?';
                        j++;
                    } else if (j + 1 < trees.size() && trees.get(j) instanceof TokenTree.Leaf s
                            && trees.get(j + 1) instanceof TokenTree.Leaf o && isRepOp(o.token())) {
                        sep = s.token();
                        op = o.token().kind() == TokenKind.STAR ? '*' : o.token().kind() == TokenKind.PLUS ? '+' : '?';
                        j += 2;
                    }
                    out.add(new Rep(compileMatchers(d.trees()), sep, op));
                    i = j - 1;
                    continue;
                }
                if (next instanceof TokenTree.Leaf n && n.token().isIdent() && i + 3 < trees.size() && trees.get(i + 2) instanceof TokenTree.Leaf colon
                        && colon.token().is(TokenKind.COLON)
                        && trees.get(i + 3) instanceof TokenTree.Leaf kind && kind.token().isIdent()) {
                    out.add(new Frag(n.token().sym(), kind.token().sym().text()));
                    i += 3;
                    continue;
                }
            }
            switch (t) {
                case TokenTree.Leaf l -> out.add(new Tok(l.token()));
                case TokenTree.Delimited d -> out.add(new Group(d.delim(), compileMatchers(d.trees())));
            }
        }
        return out;
    }

    private static boolean isRepOp(Token t) {
        return t.is(TokenKind.STAR) || t.is(TokenKind.PLUS) || t.is(TokenKind.QUESTION);
    }

    // ---- matching ----

    /**
     * Flat view of the input token trees with delimiters, ending with EOF, and how far matching got
     * (a macro is shared by the compilations of a process, so this state is per invocation).
     */
    private static final class Input {
        final List<Token> toks;
        int furthest;
        /** A literal token of a rule that failed to match at {@link #furthest} (for "while trying to match"). */
        Token expectedAtFurthest;

        Input(List<Token> toks) {
            this.toks = toks;
        }

        Token at(int i) {
            return toks.get(Math.min(i, toks.size() - 1));
        }
    }

    /** The same macro whose "no rules expected" errors also point at {@code macro_rules! name} ({@code span}). */
    public MacroRules withDefSpan(Span span) {
        return new MacroRules(name, rules, edition, span);
    }

    /**
     * Expands an invocation: the transcription of the first rule that matches, or null after
     * reporting "no rules expected ...". {@code dollarCrate} is put into the hygiene context of
     * {@code $crate} tokens so resolution knows which crate they mean.
     */
    public List<TokenTree> expand(List<TokenTree> input, Span callSite, int dollarCrate, DiagnosticSink diag) {
        List<Token> flat = new ArrayList<>();
        flattenInto(input, flat);
        flat.add(Token.punct(TokenKind.EOF, callSite.shrinkToHi(), false));
        Input in = new Input(flat);
        for (Rule r : rules) {
            Map<Symbol, Binding> b = new HashMap<>();
            int end = matchSeq(r.lhs(), 0, in, b, flat.size() - 1);
            if (end == flat.size() - 1) {
                List<TokenTree> out = transcribe(r.rhs(), b, dollarCrate, callSite, diag);
                if (r.rhs().isEmpty()) return out;
                // The tokens written in the rule (not those substituted from the input) belong to this expansion.
                Span body = r.rhs().getFirst().span().to(r.rhs().getLast().span());
                return respan(out, body, Expansions.fresh(callSite, name.text()));
            }
        }
        Token bad = in.at(in.furthest);
        Diagnostic d;
        if (bad.is(TokenKind.EOF)) {
            Span close = callSite.isDummy() || callSite.len() == 0 ? callSite : new Span(callSite.hi() - 1, callSite.hi());
            d = Diagnostic.error("unexpected end of macro invocation").primary(close, "missing tokens in macro arguments");
        } else {
            d = Diagnostic.error("no rules expected " + describe(bad)).primary(bad.span(),
                    "no rules expected this token in macro call");
        }
        if (defSpan != null) d.secondary(defSpan, "when calling this macro");
        if (in.expectedAtFurthest != null) {
            d.spanNote(in.expectedAtFurthest.span(), "while trying to match `" + in.expectedAtFurthest.text() + "`");
        }
        diag.emit(d);
        return null;
    }

    private static List<TokenTree> respan(List<TokenTree> trees, Span body, int ctxt) {
        List<TokenTree> out = new ArrayList<>(trees.size());
        for (TokenTree t : trees) {
            switch (t) {
                case TokenTree.Leaf l -> out.add(inBody(l.token().span(), body)
                        ? new TokenTree.Leaf(l.token().withSpan(l.token().span().withCtxt(ctxt))) : l);
                case TokenTree.Delimited d -> out.add(new TokenTree.Delimited(d.delim(),
                        inBody(d.open(), body) ? d.open().withCtxt(ctxt) : d.open(),
                        inBody(d.close(), body) ? d.close().withCtxt(ctxt) : d.close(), respan(d.trees(), body, ctxt)));
            }
        }
        return out;
    }

    private static boolean inBody(Span s, Span body) {
        return s.ctxt() == body.ctxt() && body.contains(s) && !s.isDummy();
    }

    private static String describe(Token t) {
        return "`" + t.text() + "`";
    }

    private static void flattenInto(List<TokenTree> trees, List<Token> out) {
        for (TokenTree t : trees) {
            switch (t) {
                case TokenTree.Leaf l when l.token().is(TokenKind.DOC_COMMENT) -> desugarDocComment(l.token(), out);
                case TokenTree.Leaf l -> out.add(l.token());
                case TokenTree.Delimited d -> {
                    out.add(Token.punct(d.delim().open, d.open(), false));
                    flattenInto(d.trees(), out);
                    out.add(Token.punct(d.delim().close, d.close(), false));
                }
            }
        }
    }

    /**
     * A doc comment in a macro's input is matched as the attribute it stands for, as rustc does:
     * {@code /// text} is {@code #[doc = " text"]} (a raw string when the text needs it).
     */
    private static void desugarDocComment(Token doc, List<Token> out) {
        Span sp = doc.span();
        String text = doc.sym().text();
        String lit;
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            lit = "\"" + text + "\"";
        } else {
            int hashes = 0, run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = text.charAt(i) == '#' ? run + 1 : 0;
                hashes = Math.max(hashes, run);
            }
            String h = "#".repeat(hashes + 1);
            lit = "r" + h + "\"" + text + "\"" + h;
        }
        Token.LitKind kind = lit.startsWith("r") ? Token.LitKind.STR_RAW : Token.LitKind.STR;
        out.add(Token.punct(TokenKind.POUND, sp, doc.inner()));
        if (doc.inner()) out.add(Token.punct(TokenKind.NOT, sp, false));
        out.add(Token.punct(TokenKind.OPEN_BRACKET, sp, false));
        out.add(Token.ident(Symbol.intern("doc"), sp, false));
        out.add(Token.punct(TokenKind.EQ, sp, false));
        out.add(new Token(TokenKind.LITERAL, Symbol.intern(lit), sp, false, false, kind, null, false, 0));
        out.add(Token.punct(TokenKind.CLOSE_BRACKET, sp, false));
    }

    /** Matches {@code ms} from token {@code pos} up to {@code limit}; returns the end position or -1. */
    private int matchSeq(List<Matcher> ms, int pos, Input in, Map<Symbol, Binding> b, int limit) {
        return matchFrom(ms, 0, pos, in, b, limit);
    }

    private int matchFrom(List<Matcher> ms, int k, int pos, Input in, Map<Symbol, Binding> b, int limit) {
        if (pos > in.furthest) {
            in.furthest = pos;
            in.expectedAtFurthest = null;
        }
        if (k == ms.size()) return pos;
        Matcher m = ms.get(k);
        switch (m) {
            case Tok t -> {
                if (pos >= limit || !sameToken(in.at(pos), t.token())) {
                    if (pos == in.furthest && in.expectedAtFurthest == null) in.expectedAtFurthest = t.token();
                    return -1;
                }
                return matchFrom(ms, k + 1, pos + 1, in, b, limit);
            }
            case Group g -> {
                if (pos >= limit || in.at(pos).kind() != g.delim().open) return -1;
                int close = matchingClose(in, pos);
                Map<Symbol, Binding> inner = new HashMap<>();
                int end = matchSeq(g.inner(), pos + 1, in, inner, close);
                if (end != close) return -1;
                b.putAll(inner);
                return matchFrom(ms, k + 1, close + 1, in, b, limit);
            }
            case Frag f -> {
                int end = matchFragment(f.kind(), pos, in, limit);
                if (end < 0) return -1;
                Map<Symbol, Binding> copy = new HashMap<>(b);
                copy.put(f.name(), new Leaf(List.copyOf(in.toks.subList(pos, end)), f.kind()));
                int r = matchFrom(ms, k + 1, end, in, copy, limit);
                if (r >= 0) b.putAll(copy);
                return r;
            }
            case Rep r -> {
                // Greedy: as many repetitions as possible, backing off one at a time if the rest fails.
                List<Map<Symbol, Binding>> reps = new ArrayList<>();
                List<Integer> ends = new ArrayList<>();
                int cur = pos;
                while (true) {
                    if (r.op() == '?' && reps.size() == 1) break;
                    int start = cur;
                    if (!reps.isEmpty() && r.sep() != null) {
                        if (start >= limit || !sameToken(in.at(start), r.sep())) break;
                        start++;
                    }
                    Map<Symbol, Binding> one = new HashMap<>();
                    int end = matchSeq(r.inner(), start, in, one, limit);
                    if (end < 0 || end == cur) break;
                    reps.add(one);
                    ends.add(end);
                    cur = end;
                }
                for (int n = reps.size(); n >= (r.op() == '+' ? 1 : 0); n--) {
                    int after = n == 0 ? pos : ends.get(n - 1);
                    Map<Symbol, Binding> copy = new HashMap<>(b);
                    List<Map<Symbol, Binding>> used = reps.subList(0, n);
                    for (Symbol v : varsOf(r.inner())) copy.put(v, new Seq(List.copyOf(used)));
                    int res = matchFrom(ms, k + 1, after, in, copy, limit);
                    if (res >= 0) {
                        b.putAll(copy);
                        return res;
                    }
                }
                return -1;
            }
        }
    }

    private static List<Symbol> varsOf(List<Matcher> ms) {
        List<Symbol> out = new ArrayList<>();
        for (Matcher m : ms) {
            switch (m) {
                case Frag f -> out.add(f.name());
                case Group g -> out.addAll(varsOf(g.inner()));
                case Rep r -> out.addAll(varsOf(r.inner()));
                case Tok t -> {
                }
            }
        }
        return out;
    }

    private static boolean sameToken(Token a, Token b) {
        if (a.kind() != b.kind()) return false;
        return switch (a.kind()) {
            case IDENT, LIFETIME, LITERAL -> a.sym() == b.sym() && a.suffix() == b.suffix();
            default -> true;
        };
    }

    private static int matchingClose(Input in, int open) {
        int depth = 0;
        for (int i = open; i < in.toks.size(); i++) {
            Token t = in.at(i);
            if (t.kind().isOpenDelim()) depth++;
            else if (t.kind().isCloseDelim() && --depth == 0) return i;
        }
        return in.toks.size() - 1;
    }

    /** The end of a fragment of the given kind starting at {@code pos}, or -1. */
    private int matchFragment(String kind, int pos, Input in, int limit) {
        Token t = in.at(pos);
        switch (kind) {
            case "tt" -> {
                if (pos >= limit || t.kind().isCloseDelim()) return -1;
                return t.kind().isOpenDelim() ? matchingClose(in, pos) + 1 : pos + 1;
            }
            case "ident" -> {
                return pos < limit && t.isIdent() && t.sym() != Symbol.UNDERSCORE ? pos + 1 : -1;
            }
            case "lifetime" -> {
                return pos < limit && t.is(TokenKind.LIFETIME) ? pos + 1 : -1;
            }
            case "literal" -> {
                if (pos < limit && t.is(TokenKind.MINUS) && in.at(pos + 1).is(TokenKind.LITERAL)) return pos + 2;
                return pos < limit && t.is(TokenKind.LITERAL) ? pos + 1 : -1;
            }
            case "block" -> {
                return pos < limit && t.is(TokenKind.OPEN_BRACE) ? matchingClose(in, pos) + 1 : -1;
            }
            default -> {
                if (pos >= limit) return kind.equals("vis") ? pos : -1;
                List<Token> rest = new ArrayList<>(in.toks.subList(pos, limit));
                rest.add(Token.punct(TokenKind.EOF, in.at(limit).span(), false));
                DiagCtxt quiet = new DiagCtxt();
                Parser p = Parser.fromTokens(rest, quiet, edition);
                switch (kind) {
                    case "expr", "expr_2021" -> p.parseExpr();
                    case "ty" -> p.parseTy();
                    // Before 2021, `pat` is `pat_param`: no top-level `|`, so `$($p:pat)|+` works.
                    case "pat" -> p.parsePat(edition.atLeast(Parser.Edition.E2021));
                    case "pat_param" -> p.parsePat(false);
                    case "path" -> p.parsePath();
                    case "stmt" -> p.parseStmt();
                    case "item" -> p.parseItem();
                    case "vis" -> p.parseVisibility();
                    case "meta" -> {
                        // `path`, `path(tokens)` / `path[..]` / `path{..}`, or `path = expr`
                        p.parsePath();
                        if (p.current().kind().isOpenDelim()) {
                            if (quiet.hasErrors() || p.hadError()) return -1;
                            return matchingClose(in, pos + p.position()) + 1;
                        }
                        if (p.current().is(TokenKind.EQ)) {
                            p.bumpToken();
                            p.parseExpr();
                        }
                    }
                    default -> {
                        return -1;
                    }
                }
                if (quiet.hasErrors() || p.hadError()) return -1;
                int consumed = p.position();
                if (consumed == 0 && !kind.equals("vis")) return -1;
                return pos + consumed;
            }
        }
    }

    // ---- transcription ----

    private List<TokenTree> transcribe(List<TokenTree> rhs, Map<Symbol, Binding> b, int dollarCrate, Span callSite,
                                       DiagnosticSink diag) {
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < rhs.size(); i++) {
            TokenTree t = rhs.get(i);
            if (t instanceof TokenTree.Leaf l && l.token().is(TokenKind.DOLLAR) && i + 1 < rhs.size()) {
                TokenTree next = rhs.get(i + 1);
                if (next instanceof TokenTree.Leaf n && n.token().isIdent()) {
                    Symbol v = n.token().sym();
                    if (v == Symbol.CRATE) {
                        out.add(new TokenTree.Leaf(Token.ident(Symbol.DOLLAR_CRATE, n.token().span(), false).withCtxt(dollarCrate)));
                        i++;
                        continue;
                    }
                    Binding bound = b.get(v);
                    if (bound instanceof Leaf leaf) {
                        out.addAll(fragmentTrees(leaf));
                        i++;
                        continue;
                    }
                    if (bound instanceof Seq) {
                        diag.emit(Diagnostic.error("variable `" + v + "` is still repeating at this depth").primary(n.span()));
                        i++;
                        continue;
                    }
                }
                if (next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delimiter.PAREN) {
                    int j = i + 2;
                    Token sep = null;
                    if (j < rhs.size() && rhs.get(j) instanceof TokenTree.Leaf s && isRepOp(s.token())) {
                        j++;
                    } else if (j + 1 < rhs.size() && rhs.get(j) instanceof TokenTree.Leaf s
                            && rhs.get(j + 1) instanceof TokenTree.Leaf o && isRepOp(o.token())) {
                        sep = s.token();
                        j += 2;
                    }
                    int count = repCount(d.trees(), b);
                    for (int r = 0; r < count; r++) {
                        if (r > 0 && sep != null) out.add(new TokenTree.Leaf(sep));
                        Map<Symbol, Binding> inner = new HashMap<>(b);
                        for (var e : b.entrySet()) {
                            if (e.getValue() instanceof Seq s && r < s.reps().size()) inner.putAll(s.reps().get(r));
                        }
                        out.addAll(transcribe(d.trees(), inner, dollarCrate, callSite, diag));
                    }
                    i = j - 1;
                    continue;
                }
            }
            switch (t) {
                case TokenTree.Leaf l -> out.add(l);
                case TokenTree.Delimited d -> out.add(new TokenTree.Delimited(d.delim(), d.open(), d.close(),
                        transcribe(d.trees(), b, dollarCrate, callSite, diag)));
            }
        }
        return out;
    }

    /** How many times a transcriber repetition runs: the length of the repeating variables it uses. */
    private static int repCount(List<TokenTree> trees, Map<Symbol, Binding> b) {
        int n = -1;
        for (int i = 0; i + 1 < trees.size(); i++) {
            if (trees.get(i) instanceof TokenTree.Leaf l && l.token().is(TokenKind.DOLLAR)
                    && trees.get(i + 1) instanceof TokenTree.Leaf v && v.token().isIdent()
                    && b.get(v.token().sym()) instanceof Seq s) {
                n = Math.max(n, s.reps().size());
            }
            if (trees.get(i) instanceof TokenTree.Delimited d) n = Math.max(n, repCount(d.trees(), b));
        }
        if (!trees.isEmpty() && trees.getLast() instanceof TokenTree.Delimited d) n = Math.max(n, repCount(d.trees(), b));
        return Math.max(n, 0);
    }

    /** The token trees of a matched fragment; expressions are parenthesised to keep their grouping. */
    private static List<TokenTree> fragmentTrees(Leaf leaf) {
        List<Token> toks = new ArrayList<>(leaf.tokens());
        toks.add(Token.punct(TokenKind.EOF, toks.isEmpty() ? Span.DUMMY : toks.getLast().span().shrinkToHi(), false));
        List<TokenTree> trees = buildTrees(toks);
        boolean wrap = (leaf.kind().equals("expr") || leaf.kind().equals("expr_2021"))
                && !(trees.size() == 1 && (trees.getFirst() instanceof TokenTree.Delimited
                || trees.getFirst() instanceof TokenTree.Leaf));
        if (!wrap) return trees;
        Span s = trees.getFirst().span().to(trees.getLast().span());
        return List.of(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, s.shrinkToLo(), s.shrinkToHi(), trees));
    }

    private static List<TokenTree> buildTrees(List<Token> toks) {
        return dev.ferrite.syntax.TokenTrees.build(toks);
    }
}
