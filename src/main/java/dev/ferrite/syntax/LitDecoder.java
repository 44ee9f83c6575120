package dev.ferrite.syntax;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.Span;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The values of literal tokens: escapes in strings and chars resolved, integers parsed in their
 * base (rustc's {@code unescape} and {@code LitKind::from_token_lit}). Bad escapes are reported
 * with rustc's wording.
 */
public final class LitDecoder {
    private final DiagnosticSink diag;
    /** Where the string literal being decoded starts (for the raw-string suggestion), or -1. */
    private int literalStart = -1;

    public LitDecoder(DiagnosticSink diag) {
        this.diag = diag;
    }

    /** The value of an integer literal's text (without suffix), or null if it overflows u128. */
    public static BigInteger integer(String text) {
        String t = text.replace("_", "");
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if (t.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        }
        if (t.isEmpty()) return null;
        try {
            return new BigInteger(t, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The contents of a string-like literal as bytes (UTF-8 for str), escapes resolved. */
    public byte[] string(Token tok) {
        String text = tok.sym().text();
        Token.LitKind k = tok.lit();
        int start = text.indexOf('"');
        if (k == Token.LitKind.STR_RAW || k == Token.LitKind.BYTE_STR_RAW || k == Token.LitKind.C_STR_RAW) {
            int hashes = start - (k == Token.LitKind.STR_RAW ? 1 : 2);
            String body = text.substring(start + 1, text.length() - 1 - hashes);
            return body.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        }
        String body = text.substring(start + 1, text.length() - 1);
        int bodyBase = tok.span().lo() + utf8Len(text.substring(0, start + 1));
        literalStart = tok.span().lo();
        return unescape(body, bodyBase, k == Token.LitKind.BYTE_STR ? Mode.BYTES : k == Token.LitKind.C_STR ? Mode.C_STR : Mode.STR);
    }

    /** The code point of a char literal, or the value of a byte literal. */
    public int charValue(Token tok) {
        String text = tok.sym().text();
        int q = text.indexOf('\'');
        String body = text.substring(q + 1, text.length() - 1);
        int bodyBase = tok.span().lo() + q + 1;
        literalStart = -1;
        boolean isByte = tok.lit() == Token.LitKind.BYTE;
        byte[] bytes = unescape(body, bodyBase, isByte ? Mode.BYTES : Mode.STR);
        String s = new String(bytes, isByte ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (s.codePointCount(0, s.length()) != 1) {
            if (s.isEmpty()) {
                diag.emit(Diagnostic.error("empty character literal").primary(tok.span(), "empty character literal"));
            } else {
                diag.emit(Diagnostic.error("character literal may only contain one codepoint").primary(tok.span()));
            }
            return 0;
        }
        return isByte ? bytes[0] & 0xFF : s.codePointAt(0);
    }

    private static int utf8Len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** What a literal may contain: str (UTF-8, escapes up to \x7f), bytes (ASCII text, any \x escape), C strings (both). */
    private enum Mode { STR, BYTES, C_STR }

    private byte[] unescape(String body, int base, Mode mode) {
        boolean bytes = mode == Mode.BYTES;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] src = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < src.length) {
            int c = src[i] & 0xFF;
            if (c == '\r' && i + 1 < src.length && src[i + 1] == '\n') {
                i++;
                continue;
            }
            if (c != '\\') {
                if (bytes && c >= 0x80) {
                    diag.emit(Diagnostic.error("non-ASCII character in byte string literal").primary(new Span(base + i, base + i + 1), "must be ASCII"));
                }
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= src.length) break;
            int e = src[i] & 0xFF;
            i++;
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'x' -> {
                    int v = 0;
                    int n = 0;
                    while (n < 2 && i < src.length && Character.digit(src[i], 16) >= 0) {
                        v = v * 16 + Character.digit(src[i], 16);
                        i++;
                        n++;
                    }
                    if (n < 2) {
                        diag.emit(Diagnostic.error("numeric character escape is too short").primary(new Span(base + escStart, base + i)));
                    } else if (mode == Mode.STR && v > 0x7F) {
                        diag.emit(Diagnostic.error("out of range hex escape").primary(new Span(base + escStart, base + i),
                                "must be a character in the range [\\x00-\\x7f]"));
                    }
                    out.write(v);
                }
                case 'u' -> {
                    if (i >= src.length || src[i] != '{') {
                        diag.emit(Diagnostic.error("incorrect unicode escape sequence").primary(new Span(base + escStart, base + i)));
                        break;
                    }
                    int close = i;
                    while (close < src.length && src[close] != '}') close++;
                    String hex = new String(src, i + 1, close - i - 1, StandardCharsets.US_ASCII).replace("_", "");
                    i = Math.min(src.length, close + 1);
                    int v;
                    try {
                        v = Integer.parseInt(hex, 16);
                    } catch (NumberFormatException ex) {
                        v = -1;
                    }
                    if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                        diag.emit(Diagnostic.error("invalid unicode character escape").primary(new Span(base + escStart, base + i)));
                        break;
                    }
                    byte[] enc = new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8);
                    out.write(enc, 0, enc.length);
                }
                case '\n' -> {
                    // line continuation: skip the newline and leading whitespace
                    while (i < src.length && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r')) i++;
                }
                default -> {
                    int cpLen = e < 0x80 ? 1 : e < 0xE0 ? 2 : e < 0xF0 ? 3 : 4;
                    String shown = new String(src, i - 1, Math.min(cpLen, src.length - i + 1), StandardCharsets.UTF_8);
                    Diagnostic d = Diagnostic.error("unknown character escape: `" + shown + "`")
                            .primary(new Span(base + escStart + 1, base + escStart + 1 + cpLen), "unknown character escape")
                            .help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
                    if (literalStart >= 0 && mode != Mode.C_STR) {
                        d.suggest("if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal",
                                new Span(literalStart, literalStart), mode == Mode.BYTES ? "br" : "r",
                                dev.ferrite.diagnostics.Applicability.MAYBE_INCORRECT);
                    }
                    diag.emit(d);
                    i += cpLen - 1;
                }
            }
        }
        return out.toByteArray();
    }
}
