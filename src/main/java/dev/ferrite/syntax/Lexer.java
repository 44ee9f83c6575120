package dev.ferrite.syntax;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a source file's UTF-8 bytes into tokens (rustc's {@code rustc_lexer} plus gluing):
 * identifiers and keywords, lifetimes, literals (kept as written; {@link LitDecoder} gives their
 * values and reports bad escapes), punctuation glued into multi-character tokens, doc comments.
 * Ordinary comments and whitespace are skipped; a shebang line is skipped. Errors are reported
 * and lexing goes on.
 */
public final class Lexer {
    private final byte[] src;
    private final int base;
    private final DiagnosticSink diag;
    private int pos;

    private Lexer(SourceFile file, DiagnosticSink diag) {
        this.src = file.bytes();
        this.base = file.startPos();
        this.diag = diag;
    }

    /** All tokens of the file, ending with {@link TokenKind#EOF}. */
    public static List<Token> tokenize(SourceFile file, DiagnosticSink diag) {
        return new Lexer(file, diag).run();
    }

    private Span span(int lo, int hi) {
        return new Span(base + lo, base + hi);
    }

    private int peek(int off) {
        int i = pos + off;
        return i < src.length ? src[i] & 0xFF : -1;
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        if (src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB && (src[2] & 0xFF) == 0xBF) {
            pos = 3; // a UTF-8 byte order mark is not part of the source
        }
        if (src.length > pos + 2 && src[pos] == '#' && src[pos + 1] == '!' && !attrAfterShebang(pos + 2)) {
            while (pos < src.length && src[pos] != '\n') pos++;
        }
        while (true) {
            boolean trivia = skipTrivia(out);
            if (pos >= src.length) {
                markJoint(out, false);
                out.add(Token.punct(TokenKind.EOF, span(src.length, src.length), false));
                return out;
            }
            markJoint(out, !trivia);
            int before = out.size();
            int startPos = pos;
            lexToken(out);
            if (pos == startPos && pos < src.length) {
                // a token must consume input: never loop on the same byte
                while (out.size() > before) out.removeLast();
                diag.emit(Diagnostic.error("unknown start of token: " + describeChar(decodeAt(pos))).primary(span(pos, pos + 1)));
                pos += utf8Len(src[pos] & 0xFF);
            }
        }
    }

    /** Whether `#!` is an inner attribute's start: `[` follows after whitespace and comments (as rustc decides). */
    private boolean attrAfterShebang(int j) {
        while (j < src.length) {
            int c = src[j];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                j++;
            } else if (c == '/' && j + 1 < src.length && src[j + 1] == '/') {
                while (j < src.length && src[j] != '\n') j++;
            } else if (c == '/' && j + 1 < src.length && src[j + 1] == '*') {
                int k = j + 2;
                while (k + 1 < src.length && !(src[k] == '*' && src[k + 1] == '/')) k++;
                j = k + 2;
            } else {
                return c == '[';
            }
        }
        return false;
    }

    /** Records on the previous token whether the next one follows it immediately. */
    private static void markJoint(List<Token> out, boolean joint) {
        if (out.isEmpty()) return;
        Token last = out.getLast();
        if (last.joint() != joint) {
            out.set(out.size() - 1, new Token(last.kind(), last.sym(), last.span(), joint, last.raw(), last.lit(),
                    last.suffix(), last.inner(), last.ctxt()));
        }
    }

    /** Skips whitespace and comments (emitting doc comments); returns whether anything was skipped. */
    private boolean skipTrivia(List<Token> out) {
        int start = pos;
        while (pos < src.length) {
            int c = src[pos] & 0xFF;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) {
                pos++;
            } else if (c == 0xC2 && peek(1) == 0x85) {
                pos += 2; // NEL
            } else if (c == 0xE2 && peek(1) == 0x80 && (peek(2) == 0x8E || peek(2) == 0x8F || peek(2) == 0xA8 || peek(2) == 0xA9)) {
                pos += 3; // LRM, RLM, LINE/PARAGRAPH SEPARATOR
            } else if (c == '/' && peek(1) == '/') {
                int lo = pos;
                while (pos < src.length && src[pos] != '\n') pos++;
                String text = new String(src, lo, pos - lo, StandardCharsets.UTF_8);
                if (text.startsWith("///") && !text.startsWith("////")) {
                    out.add(docComment(text.substring(3), false, lo, pos));
                } else if (text.startsWith("//!")) {
                    out.add(docComment(text.substring(3), true, lo, pos));
                }
            } else if (c == '/' && peek(1) == '*') {
                int lo = pos;
                pos += 2;
                int depth = 1;
                while (pos < src.length && depth > 0) {
                    if (src[pos] == '/' && peek(1) == '*') {
                        depth++;
                        pos += 2;
                    } else if (src[pos] == '*' && peek(1) == '/') {
                        depth--;
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
                if (depth > 0) {
                    diag.emit(Diagnostic.error("unterminated block comment").code("E0758").primary(span(lo, pos)));
                    return true;
                }
                String text = new String(src, lo, pos - lo, StandardCharsets.UTF_8);
                boolean outerDoc = text.startsWith("/**") && !text.startsWith("/***") && !text.equals("/**/");
                boolean innerDoc = text.startsWith("/*!");
                if (outerDoc || innerDoc) out.add(docComment(text.substring(3, text.length() - 2), innerDoc, lo, pos));
            } else {
                break;
            }
        }
        return pos > start;
    }

    private Token docComment(String text, boolean inner, int lo, int hi) {
        return new Token(TokenKind.DOC_COMMENT, Symbol.intern(text), span(lo, hi), false, false, null, null, inner, 0);
    }

    private void lexToken(List<Token> out) {
        int lo = pos;
        int c = src[pos] & 0xFF;
        // Prefixed literals: b'x', b"..", br"..", r"..", r#"..", c"..", cr"..", and raw identifiers r#x.
        if (c == 'b' && peek(1) == '\'') {
            pos++;
            lexChar(out, lo, Token.LitKind.BYTE);
            return;
        }
        if ((c == 'b' || c == 'c') && peek(1) == '"') {
            pos++;
            lexString(out, lo, c == 'b' ? Token.LitKind.BYTE_STR : Token.LitKind.C_STR);
            return;
        }
        if ((c == 'b' || c == 'c') && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
            pos += 2;
            lexRawString(out, lo, c == 'b' ? Token.LitKind.BYTE_STR_RAW : Token.LitKind.C_STR_RAW);
            return;
        }
        if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) {
            pos += 2;
            int s = pos;
            lexIdentChars();
            String name = new String(src, s, pos - s, StandardCharsets.UTF_8);
            out.add(Token.ident(Symbol.intern(name), span(lo, pos), true));
            return;
        }
        if (c == 'r' && (peek(1) == '"' || peek(1) == '#' && (peek(2) == '"' || peek(2) == '#'))) {
            pos++;
            lexRawString(out, lo, Token.LitKind.STR_RAW);
            return;
        }
        if (isIdentStart(c) && (c < 0x80 || Character.isUnicodeIdentifierStart(decodeAt(pos)))) {
            lexIdentChars();
            String name = new String(src, lo, pos - lo, StandardCharsets.UTF_8);
            if (name.equals("true") || name.equals("false")) {
                out.add(new Token(TokenKind.LITERAL, Symbol.intern(name), span(lo, pos), false, false, Token.LitKind.BOOL, null, false, 0));
            } else {
                out.add(Token.ident(Symbol.intern(name), span(lo, pos), false));
            }
            return;
        }
        if (c >= '0' && c <= '9') {
            lexNumber(out, lo);
            return;
        }
        if (c == '\'') {
            if (peek(1) == 'r' && peek(2) == '#' && isIdentStart(peek(3))) {
                pos += 3;
                lexIdentChars();
                String name = "'" + new String(src, lo + 3, pos - lo - 3, StandardCharsets.UTF_8);
                out.add(new Token(TokenKind.LIFETIME, Symbol.intern(name), span(lo, pos), false, true, null, null, false, 0));
                return;
            }
            // A lifetime 'a (not followed by a closing quote), or a char literal.
            if (isIdentStart(peek(1)) && peek(2) != '\'' && !(peek(1) >= 0x80 && charLiteralAhead())) {
                pos++;
                lexIdentChars();
                if (pos < src.length && src[pos] == '\'') {
                    // 'ab' : an over-long char literal
                    pos = lo;
                    lexChar(out, lo, Token.LitKind.CHAR);
                    return;
                }
                String name = new String(src, lo, pos - lo, StandardCharsets.UTF_8);
                out.add(new Token(TokenKind.LIFETIME, Symbol.intern(name), span(lo, pos), false, false, null, null, false, 0));
                return;
            }
            lexChar(out, lo, Token.LitKind.CHAR);
            return;
        }
        if (c == '"') {
            lexString(out, lo, Token.LitKind.STR);
            return;
        }
        TokenKind p = punct();
        if (p != null) {
            out.add(Token.punct(p, span(lo, pos), false));
            return;
        }
        int cp = decodeAt(pos);
        int len = utf8Len(src[pos] & 0xFF);
        pos += len;
        diag.emit(Diagnostic.error("unknown start of token: " + describeChar(cp)).primary(span(lo, pos)));
    }

    /** For a non-ASCII char after a quote: is this a char literal like '字' rather than a lifetime? */
    private boolean charLiteralAhead() {
        int len = utf8Len(peek(1));
        return peek(1 + len) == '\'';
    }

    private static String describeChar(int cp) {
        if (cp >= 0x20 && cp < 0x7F) return String.valueOf((char) cp);
        return "\\u{" + Integer.toHexString(cp) + "}";
    }

    private TokenKind punct() {
        int c = src[pos] & 0xFF;
        int n = peek(1), n2 = peek(2);
        TokenKind k;
        int len = 1;
        switch (c) {
            case '(' -> k = TokenKind.OPEN_PAREN;
            case ')' -> k = TokenKind.CLOSE_PAREN;
            case '[' -> k = TokenKind.OPEN_BRACKET;
            case ']' -> k = TokenKind.CLOSE_BRACKET;
            case '{' -> k = TokenKind.OPEN_BRACE;
            case '}' -> k = TokenKind.CLOSE_BRACE;
            case ',' -> k = TokenKind.COMMA;
            case ';' -> k = TokenKind.SEMI;
            case '@' -> k = TokenKind.AT;
            case '#' -> k = TokenKind.POUND;
            case '$' -> k = TokenKind.DOLLAR;
            case '?' -> k = TokenKind.QUESTION;
            case '~' -> k = TokenKind.TILDE;
            case ':' -> {
                if (n == ':') { k = TokenKind.PATHSEP; len = 2; } else k = TokenKind.COLON;
            }
            case '.' -> {
                if (n == '.' && n2 == '.') { k = TokenKind.DOTDOTDOT; len = 3; }
                else if (n == '.' && n2 == '=') { k = TokenKind.DOTDOTEQ; len = 3; }
                else if (n == '.') { k = TokenKind.DOTDOT; len = 2; }
                else k = TokenKind.DOT;
            }
            case '=' -> {
                if (n == '=') { k = TokenKind.EQEQ; len = 2; }
                else if (n == '>') { k = TokenKind.FATARROW; len = 2; }
                else k = TokenKind.EQ;
            }
            case '!' -> {
                if (n == '=') { k = TokenKind.NE; len = 2; } else k = TokenKind.NOT;
            }
            case '<' -> {
                if (n == '<' && n2 == '=') { k = TokenKind.SHLEQ; len = 3; }
                else if (n == '<') { k = TokenKind.SHL; len = 2; }
                else if (n == '=') { k = TokenKind.LE; len = 2; }
                else if (n == '-') { k = TokenKind.LARROW; len = 2; }
                else k = TokenKind.LT;
            }
            case '>' -> {
                if (n == '>' && n2 == '=') { k = TokenKind.SHREQ; len = 3; }
                else if (n == '>') { k = TokenKind.SHR; len = 2; }
                else if (n == '=') { k = TokenKind.GE; len = 2; }
                else k = TokenKind.GT;
            }
            case '-' -> {
                if (n == '>') { k = TokenKind.RARROW; len = 2; }
                else if (n == '=') { k = TokenKind.MINUSEQ; len = 2; }
                else k = TokenKind.MINUS;
            }
            case '&' -> {
                if (n == '&') { k = TokenKind.ANDAND; len = 2; }
                else if (n == '=') { k = TokenKind.ANDEQ; len = 2; }
                else k = TokenKind.AND;
            }
            case '|' -> {
                if (n == '|') { k = TokenKind.OROR; len = 2; }
                else if (n == '=') { k = TokenKind.OREQ; len = 2; }
                else k = TokenKind.OR;
            }
            case '+' -> { if (n == '=') { k = TokenKind.PLUSEQ; len = 2; } else k = TokenKind.PLUS; }
            case '*' -> { if (n == '=') { k = TokenKind.STAREQ; len = 2; } else k = TokenKind.STAR; }
            case '/' -> { if (n == '=') { k = TokenKind.SLASHEQ; len = 2; } else k = TokenKind.SLASH; }
            case '%' -> { if (n == '=') { k = TokenKind.PERCENTEQ; len = 2; } else k = TokenKind.PERCENT; }
            case '^' -> { if (n == '=') { k = TokenKind.CARETEQ; len = 2; } else k = TokenKind.CARET; }
            default -> k = null;
        }
        if (k != null) pos += len;
        return k;
    }

    private static boolean isIdentStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    }

    private void lexIdentChars() {
        while (pos < src.length) {
            int c = src[pos] & 0xFF;
            if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                pos++;
            } else if (c >= 0x80) {
                int cp = decodeAt(pos);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) break;
                pos += utf8Len(c);
            } else {
                break;
            }
        }
    }

    private int decodeAt(int i) {
        int len = utf8Len(src[i] & 0xFF);
        if (i + len > src.length) return 0xFFFD;
        return new String(src, i, len, StandardCharsets.UTF_8).codePointAt(0);
    }

    private static int utf8Len(int b) {
        if (b < 0x80) return 1;
        if (b < 0xE0) return 2;
        if (b < 0xF0) return 3;
        return 4;
    }

    private void lexNumber(List<Token> out, int lo) {
        boolean isFloat = false;
        if (src[pos] == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            int radix = peek(1) == 'x' ? 16 : peek(1) == 'o' ? 8 : 2;
            pos += 2;
            while (pos < src.length && (isDigit(src[pos] & 0xFF, radix) || src[pos] == '_')) pos++;
        } else {
            digits();
            // A '.' makes a float unless it starts `..`, a method call or a field (`1.foo`, `1.0.1` tuple indexing).
            if (pos < src.length && src[pos] == '.' && peek(1) != '.' && !isIdentStart(peek(1))) {
                isFloat = true;
                pos++;
                if (pos < src.length && src[pos] >= '0' && src[pos] <= '9') digits();
            }
            if (pos < src.length && (src[pos] == 'e' || src[pos] == 'E')
                    && (isDigitOrUnderscore(peek(1)) || (peek(1) == '+' || peek(1) == '-') && isDigitOrUnderscore(peek(2)))) {
                isFloat = true;
                pos++;
                if (src[pos] == '+' || src[pos] == '-') pos++;
                digits();
            }
        }
        String text = new String(src, lo, pos - lo, StandardCharsets.US_ASCII);
        Symbol suffix = null;
        if (pos < src.length && isIdentStart(src[pos] & 0xFF)) {
            int s = pos;
            lexIdentChars();
            suffix = Symbol.intern(new String(src, s, pos - s, StandardCharsets.UTF_8));
        }
        out.add(new Token(TokenKind.LITERAL, Symbol.intern(text), span(lo, pos), false, false,
                isFloat ? Token.LitKind.FLOAT : Token.LitKind.INTEGER, suffix, false, 0));
    }

    private static boolean isDigitOrUnderscore(int c) {
        return (c >= '0' && c <= '9') || c == '_';
    }

    private void digits() {
        while (pos < src.length && isDigitOrUnderscore(src[pos] & 0xFF)) pos++;
    }

    private static boolean isDigit(int c, int radix) {
        int d = Character.digit(c, 16);
        // Hex digits a-f are part of the literal in any radix so that `0b102` reports the bad digit.
        return d >= 0 && (radix == 16 || d < 10 || c < 'a' && c >= '0');
    }

    private void lexChar(List<Token> out, int lo, Token.LitKind kind) {
        pos++; // opening quote
        while (pos < src.length && src[pos] != '\'' && src[pos] != '\n') {
            if (src[pos] == '\\') pos++;
            pos++;
        }
        if (pos >= src.length || src[pos] != '\'') {
            diag.emit(Diagnostic.error("unterminated " + (kind == Token.LitKind.BYTE ? "byte constant" : "character literal"))
                    .code(kind == Token.LitKind.BYTE ? "E0763" : "E0762").primary(span(lo, pos)));
            return;
        }
        pos++;
        addLiteral(out, lo, kind);
    }

    private void lexString(List<Token> out, int lo, Token.LitKind kind) {
        pos++; // opening quote
        while (pos < src.length && src[pos] != '"') {
            if (src[pos] == '\\') pos++;
            pos++;
        }
        if (pos >= src.length) {
            diag.emit(Diagnostic.error("unterminated double quote " + (kind == Token.LitKind.BYTE_STR ? "byte string" : "string"))
                    .code(kind == Token.LitKind.BYTE_STR ? "E0766" : "E0765").primary(span(lo, src.length)));
            pos = src.length;
            return;
        }
        pos++;
        addLiteral(out, lo, kind);
    }

    private void lexRawString(List<Token> out, int lo, Token.LitKind kind) {
        int hashes = 0;
        while (pos < src.length && src[pos] == '#') {
            hashes++;
            pos++;
        }
        if (pos >= src.length || src[pos] != '"') {
            diag.emit(Diagnostic.error("found invalid character; only `#` is allowed in raw string delimitation")
                    .primary(span(pos, Math.min(src.length, pos + 1)), "invalid character"));
            return;
        }
        pos++;
        while (pos < src.length) {
            if (src[pos] == '"') {
                int h = 0;
                while (h < hashes && pos + 1 + h < src.length && src[pos + 1 + h] == '#') h++;
                if (h == hashes) {
                    pos += 1 + hashes;
                    addLiteral(out, lo, kind);
                    return;
                }
            }
            pos++;
        }
        diag.emit(Diagnostic.error("unterminated raw string").code("E0748").primary(span(lo, lo + 1), "unterminated raw string")
                .note("this raw string should be terminated with `\"" + "#".repeat(hashes) + "`"));
    }

    private void addLiteral(List<Token> out, int lo, Token.LitKind kind) {
        String text = new String(src, lo, pos - lo, StandardCharsets.UTF_8);
        Symbol suffix = null;
        if (pos < src.length && isIdentStart(src[pos] & 0xFF)) {
            int s = pos;
            lexIdentChars();
            suffix = Symbol.intern(new String(src, s, pos - s, StandardCharsets.UTF_8));
        }
        out.add(new Token(TokenKind.LITERAL, Symbol.intern(text), span(lo, pos), false, false, kind, suffix, false, 0));
    }
}
