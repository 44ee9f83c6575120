package dev.ferrite.syntax;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens grouped by delimiters, as macros see them: macro invocation bodies and attribute
 * arguments are kept as token trees until expansion parses them.
 */
public sealed interface TokenTree {
    Span span();

    /** A single token (never a delimiter). */
    record Leaf(Token token) implements TokenTree {
        @Override
        public Span span() {
            return token.span();
        }
    }

    /** {@code ( ... )}, {@code [ ... ]} or {@code { ... }}. */
    record Delimited(Delimiter delim, Span open, Span close, List<TokenTree> trees) implements TokenTree {
        public Delimited {
            trees = List.copyOf(trees);
        }

        @Override
        public Span span() {
            return open.to(close);
        }
    }

    enum Delimiter {
        PAREN(TokenKind.OPEN_PAREN, TokenKind.CLOSE_PAREN),
        BRACKET(TokenKind.OPEN_BRACKET, TokenKind.CLOSE_BRACKET),
        BRACE(TokenKind.OPEN_BRACE, TokenKind.CLOSE_BRACE);

        public final TokenKind open;
        public final TokenKind close;

        Delimiter(TokenKind open, TokenKind close) {
            this.open = open;
            this.close = close;
        }

        static Delimiter of(TokenKind open) {
            for (Delimiter d : values()) if (d.open == open) return d;
            return null;
        }
    }

    /** Flattens trees back into tokens, delimiters included (without a final EOF). */
    static void flatten(List<TokenTree> trees, List<Token> out) {
        for (TokenTree t : trees) {
            switch (t) {
                case Leaf l -> out.add(l.token());
                case Delimited d -> {
                    out.add(Token.punct(d.delim().open, d.open(), false));
                    flatten(d.trees(), out);
                    out.add(Token.punct(d.delim().close, d.close(), false));
                }
            }
        }
    }

    /**
     * Groups a token list (delimiters balanced or not) into trees; unbalanced delimiters are
     * reported. Tokens from {@code from} up to EOF.
     */
    static List<TokenTree> build(List<Token> tokens, DiagnosticSink diag) {
        dev.ferrite.span.Span eof = tokens.isEmpty() ? dev.ferrite.span.Span.DUMMY : tokens.getLast().span();
        List<List<TokenTree>> stack = new ArrayList<>();
        List<Token> opens = new ArrayList<>();
        List<TokenTree> cur = new ArrayList<>();
        for (Token t : tokens) {
            if (t.is(TokenKind.EOF)) break;
            if (t.kind().isOpenDelim()) {
                stack.add(cur);
                opens.add(t);
                cur = new ArrayList<>();
            } else if (t.kind().isCloseDelim()) {
                if (opens.isEmpty()) {
                    diag.emit(Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`")
                            .primary(t.span(), "unexpected closing delimiter"));
                    continue;
                }
                Token open = opens.removeLast();
                Delimiter d = Delimiter.of(open.kind());
                if (d.close != t.kind()) {
                    diag.emit(Diagnostic.error("mismatched closing delimiter: `" + t.text() + "`")
                            .primary(t.span(), "mismatched closing delimiter")
                            .secondary(open.span(), "unclosed delimiter"));
                }
                List<TokenTree> inner = cur;
                cur = stack.removeLast();
                cur.add(new Delimited(d, open.span(), t.span(), inner));
            } else {
                cur.add(new Leaf(t));
            }
        }
        while (!opens.isEmpty()) {
            Token open = opens.removeLast();
            diag.emit(Diagnostic.error("this file contains an unclosed delimiter").primary(eof)
                    .secondary(open.span(), "unclosed delimiter"));
            List<TokenTree> inner = cur;
            cur = stack.removeLast();
            Delimiter d = Delimiter.of(open.kind());
            Span end = inner.isEmpty() ? open.span() : inner.getLast().span();
            cur.add(new Delimited(d, open.span(), end.shrinkToHi(), inner));
        }
        return cur;
    }
}
