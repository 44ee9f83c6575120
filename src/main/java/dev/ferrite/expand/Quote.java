package dev.ferrite.expand;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Lexer;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.TokenTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the token trees of built-in macro output from Rust text templates: {@code #0}, {@code #1}
 * ... are holes filled with token trees, {@code $crate} becomes the {@code $crate} identifier of a
 * given crate (so that paths in generated code name core whatever the user calls things), and every
 * token gets the span of the invocation.
 */
final class Quote {
    private static final Map<String, List<Token>> CACHE = new ConcurrentHashMap<>();

    private Quote() {
    }

    private static List<Token> lex(String template) {
        return CACHE.computeIfAbsent(template, Quote::lexUncached);
    }

    /** Lexes without caching (for one-off texts such as derive output); the private source map only grows by them. */
    private static List<Token> lexUncached(String text) {
        return Lexer.tokenize(new SourceMap().add("<quote>", text), new DiagCtxt());
    }

    /** The trees of {@code template} with holes filled, spans set to {@code span}. */
    @SafeVarargs
    static List<TokenTree> quote(String template, Span span, int dollarCrate, List<TokenTree>... holes) {
        return fill(lex(template), span, dollarCrate, holes);
    }

    /** {@link #quote} for text that is used once (not cached). */
    static List<TokenTree> quoteOnce(String text, Span span, int dollarCrate) {
        return fill(lexUncached(text), span, dollarCrate);
    }

    @SafeVarargs
    private static List<TokenTree> fill(List<Token> src, Span span, int dollarCrate, List<TokenTree>... holes) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            Token t = src.get(i);
            if (t.is(TokenKind.EOF)) break;
            if (t.is(TokenKind.POUND) && i + 1 < src.size() && src.get(i + 1).is(TokenKind.LITERAL)
                    && src.get(i + 1).lit() == Token.LitKind.INTEGER) {
                int n = Integer.parseInt(src.get(i + 1).sym().text());
                TokenTree.flatten(holes[n], out);
                i++;
                continue;
            }
            if (t.is(TokenKind.DOLLAR) && i + 1 < src.size() && src.get(i + 1).isKeyword(Symbol.CRATE)) {
                out.add(Token.ident(Symbol.DOLLAR_CRATE, span, false).withCtxt(dollarCrate));
                i++;
                continue;
            }
            out.add(t.withSpan(span));
        }
        out.add(Token.punct(TokenKind.EOF, span, false));
        return TokenTrees.build(out);
    }

    /** A string literal token with the given value. */
    static Token str(String value, Span span) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        sb.append('"');
        return new Token(TokenKind.LITERAL, Symbol.intern(sb.toString()), span, false, false, Token.LitKind.STR, null,
                false, 0);
    }

    static TokenTree leaf(Token t) {
        return new TokenTree.Leaf(t);
    }

    /** An integer literal with a suffix ({@code 3usize}). */
    static Token integer(long value, String suffix, Span span) {
        return new Token(TokenKind.LITERAL, Symbol.intern(Long.toString(value)), span, false, false, Token.LitKind.INTEGER,
                suffix == null ? null : Symbol.intern(suffix), false, 0);
    }

    static Token ident(String name, Span span) {
        return Token.ident(Symbol.intern(name), span, false);
    }

    /** Joins tree lists with commas between them (and after the last one if {@code trailing}). */
    static List<TokenTree> commaSep(List<List<TokenTree>> parts, Span span, boolean trailing) {
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.addAll(parts.get(i));
            if (i + 1 < parts.size() || trailing) out.add(leaf(Token.punct(TokenKind.COMMA, span, false)));
        }
        return out;
    }
}
