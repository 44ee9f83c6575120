package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;

/**
 * A token. {@code sym} is the identifier or lifetime name (with its {@code '}), a literal's text as
 * written (without the suffix), or a doc comment's text. {@code joint} tells that the next token
 * follows without whitespace (macro_rules sees {@code = >} and {@code =>} differently).
 * {@code ctxt} is the syntax context for hygiene (0: written by the user).
 *
 * @param raw     an identifier written {@code r#name}
 * @param lit     the literal kind for {@link TokenKind#LITERAL}, else null
 * @param suffix  a literal's suffix ({@code u8} in {@code 1u8}), or null
 * @param inner   for doc comments: {@code //!} / {@code /*!} (inner) rather than outer
 */
public record Token(TokenKind kind, Symbol sym, Span span, boolean joint, boolean raw, LitKind lit, Symbol suffix,
                    boolean inner, int ctxt) {

    /** The kinds of literal tokens. */
    public enum LitKind { INTEGER, FLOAT, STR, STR_RAW, BYTE_STR, BYTE_STR_RAW, C_STR, C_STR_RAW, CHAR, BYTE, BOOL, ERR }

    public static Token punct(TokenKind kind, Span span, boolean joint) {
        return new Token(kind, null, span, joint, false, null, null, false, 0);
    }

    public static Token ident(Symbol sym, Span span, boolean raw) {
        return new Token(TokenKind.IDENT, sym, span, false, raw, null, null, false, 0);
    }

    public Token withSpan(Span s) {
        return new Token(kind, sym, s, joint, raw, lit, suffix, inner, ctxt);
    }

    public Token withCtxt(int c) {
        return new Token(kind, sym, span, joint, raw, lit, suffix, inner, c);
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** An identifier that is exactly this (non-raw) keyword. */
    public boolean isKeyword(Symbol kw) {
        return kind == TokenKind.IDENT && !raw && sym == kw;
    }

    public boolean isIdent() {
        return kind == TokenKind.IDENT;
    }

    /** How the token is written, for error messages and pretty-printing. */
    public String text() {
        return switch (kind) {
            case IDENT -> raw ? "r#" + sym.text() : sym.text();
            case LIFETIME -> sym.text();
            case LITERAL -> suffix == null ? sym.text() : sym.text() + suffix.text();
            case DOC_COMMENT -> (inner ? "//!" : "///") + sym.text();
            case EOF -> "<eof>";
            default -> kind.text();
        };
    }

    @Override
    public String toString() {
        return text();
    }
}
