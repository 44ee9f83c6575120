package dev.ferrite.expand;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the format string of {@code format_args!} (rustc's {@code rustc_parse_format}): literal
 * text with {@code {{}/{@code }}} escapes, and placeholders
 * {@code {[arg][:[[fill]align][sign]['#']['0'][width]['.' precision][type]]}}. Positions are
 * indices into the (unescaped) string; the caller maps them to source spans. Errors use rustc's
 * wording.
 */
public final class FormatString {
    /** A piece of the format string: literal text or a placeholder. */
    public sealed interface Piece {
    }

    public record Lit(String text) implements Piece {
    }

    /** {@code {arg:spec}} spanning {@code [start, end)}. */
    public record Placeholder(Arg arg, Spec spec, int start, int end) implements Piece {
    }

    /** Which argument: the next positional one, an explicit index, or a name. */
    public sealed interface Arg {
        int start();

        int end();
    }

    /** {@code {}}: the next positional argument; {@code start == end} at the placeholder's inside. */
    public record Next(int start, int end) implements Arg {
    }

    public record Index(int index, int start, int end) implements Arg {
    }

    public record Name(String name, int start, int end) implements Arg {
    }

    public enum Align { LEFT, RIGHT, CENTER, UNKNOWN }

    /** A width or precision. */
    public sealed interface Count {
    }

    public record CountIs(int value) implements Count {
    }

    /** {@code 1$} or {@code name$}: the value of another argument. */
    public record CountArg(Arg arg) implements Count {
    }

    /** {@code .*}: the next positional argument is the precision. */
    public record CountStar(int start, int end) implements Count {
    }

    public record CountImplied() implements Count {
    }

    public static final int FLAG_PLUS = 1;
    public static final int FLAG_MINUS = 2;
    public static final int FLAG_ALTERNATE = 4;
    public static final int FLAG_ZERO = 8;
    public static final int FLAG_DEBUG_LOWER_HEX = 16;
    public static final int FLAG_DEBUG_UPPER_HEX = 32;

    /** The options of a placeholder; {@code trait} is "", "?", "x", "X", "o", "b", "e", "E" or "p". */
    public record Spec(int fill, Align align, int flags, Count width, Count precision, String trait, int traitStart,
                       int traitEnd) {
        public boolean isDefault() {
            return fill == ' ' && align == Align.UNKNOWN && flags == 0 && width instanceof CountImplied
                    && precision instanceof CountImplied;
        }
    }

    /** A parse error: message, the range of the primary label and its text, an optional secondary range and a note. */
    public record Error(String message, int start, int end, String label, int secondaryStart, int secondaryEnd,
                        String secondaryLabel, String note) {
    }

    public record Result(List<Piece> pieces, List<Error> errors) {
    }

    private final String s;
    private int pos;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Error> errors = new ArrayList<>();

    private FormatString(String s) {
        this.s = s;
    }

    public static Result parse(String s) {
        FormatString p = new FormatString(s);
        p.run();
        return new Result(List.copyOf(p.pieces), List.copyOf(p.errors));
    }

    private void run() {
        StringBuilder lit = new StringBuilder();
        while (pos < s.length() && errors.isEmpty()) {
            char c = s.charAt(pos);
            if (c == '{') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                    lit.append('{');
                    pos += 2;
                    continue;
                }
                if (!lit.isEmpty()) {
                    pieces.add(new Lit(lit.toString()));
                    lit.setLength(0);
                }
                placeholder();
            } else if (c == '}') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '}') {
                    lit.append('}');
                    pos += 2;
                    continue;
                }
                errors.add(new Error("invalid format string: unmatched `}` found", pos, pos + 1,
                        "unmatched `}` in format string", -1, -1, null,
                        "if you intended to print `}`, you can escape it using `}}`"));
                return;
            } else {
                lit.appendCodePoint(s.codePointAt(pos));
                pos += Character.charCount(s.codePointAt(pos));
            }
        }
        if (!lit.isEmpty()) pieces.add(new Lit(lit.toString()));
    }

    private boolean at(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void skipWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    private void placeholder() {
        int open = pos;
        pos++; // '{'
        skipWs();
        Arg arg = argument();
        if (arg == null) arg = new Next(pos, pos);
        skipWs();
        Spec spec = new Spec(' ', Align.UNKNOWN, 0, new CountImplied(), new CountImplied(), "", pos, pos);
        if (at(':')) {
            pos++;
            spec = spec();
            if (spec == null) return;
        }
        skipWs();
        if (!at('}')) {
            if (pos >= s.length()) {
                errors.add(new Error("invalid format string: expected `}` but string was terminated", pos, pos,
                        "expected `}` in format string", open, open + 1, "because of this opening brace",
                        "if you intended to print `{`, you can escape it using `{{`"));
            } else {
                String found = s.substring(pos, pos + Character.charCount(s.codePointAt(pos)));
                errors.add(new Error("invalid format string: expected `}`, found `" + found + "`", pos, pos + found.length(),
                        "expected `}` in format string", open, open + 1, "because of this opening brace",
                        "if you intended to print `{`, you can escape it using `{{`"));
            }
            return;
        }
        pos++;
        pieces.add(new Placeholder(arg, spec, open, pos));
    }

    /** An integer or an identifier, or null. */
    private Arg argument() {
        int start = pos;
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            long v = 0;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                v = Math.min(Integer.MAX_VALUE, v * 10 + (s.charAt(pos) - '0'));
                pos++;
            }
            return new Index((int) v, start, pos);
        }
        if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            return new Name(s.substring(start, pos), start, pos);
        }
        return null;
    }

    private static Align alignOf(char c) {
        return switch (c) {
            case '<' -> Align.LEFT;
            case '>' -> Align.RIGHT;
            case '^' -> Align.CENTER;
            default -> null;
        };
    }

    private Spec spec() {
        int fill = ' ';
        Align align = Align.UNKNOWN;
        int flags = 0;
        // [[fill]align]
        if (pos < s.length()) {
            int cp = s.codePointAt(pos);
            int next = pos + Character.charCount(cp);
            if (next < s.length() && alignOf(s.charAt(next)) != null) {
                fill = cp;
                align = alignOf(s.charAt(next));
                pos = next + 1;
            } else if (alignOf(s.charAt(pos)) != null) {
                align = alignOf(s.charAt(pos));
                pos++;
            }
        }
        if (at('+')) {
            flags |= FLAG_PLUS;
            pos++;
        } else if (at('-')) {
            flags |= FLAG_MINUS;
            pos++;
        }
        if (at('#')) {
            flags |= FLAG_ALTERNATE;
            pos++;
        }
        Count width = new CountImplied();
        if (at('0') && !(pos + 1 < s.length() && s.charAt(pos + 1) == '$')) {
            flags |= FLAG_ZERO;
            pos++;
        }
        width = count();
        Count precision = new CountImplied();
        if (at('.')) {
            pos++;
            if (at('*')) {
                precision = new CountStar(pos - 1, pos + 1);
                pos++;
            } else {
                precision = count();
                if (precision instanceof CountImplied) {
                    int p = pos;
                    errors.add(new Error("invalid format string: expected `}`, found `" + (p < s.length() ? s.substring(p, p + 1) : "")
                            + "`", p, p + 1, "expected `}` in format string", -1, -1, null, null));
                    return null;
                }
            }
        }
        int traitStart = pos;
        String trait;
        if (at('?')) {
            trait = "?";
            pos++;
        } else if (pos + 1 < s.length() && (s.charAt(pos) == 'x' || s.charAt(pos) == 'X') && s.charAt(pos + 1) == '?') {
            flags |= s.charAt(pos) == 'x' ? FLAG_DEBUG_LOWER_HEX : FLAG_DEBUG_UPPER_HEX;
            trait = "?";
            pos += 2;
        } else if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
            int st = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            trait = s.substring(st, pos);
            if (!List.of("x", "X", "o", "b", "e", "E", "p").contains(trait)) {
                errors.add(new Error("unknown format trait `" + trait + "`", st, pos, "", -1, -1, null,
                        """
                        the only appropriate formatting traits are:
                        - ``, which uses the `Display` trait
                        - `?`, which uses the `Debug` trait
                        - `e`, which uses the `LowerExp` trait
                        - `E`, which uses the `UpperExp` trait
                        - `o`, which uses the `Octal` trait
                        - `p`, which uses the `Pointer` trait
                        - `b`, which uses the `Binary` trait
                        - `x`, which uses the `LowerHex` trait
                        - `X`, which uses the `UpperHex` trait""".stripTrailing()));
                return null;
            }
        } else {
            trait = "";
        }
        return new Spec(fill, align, flags, width, precision, trait, traitStart, pos);
    }

    /** {@code N}, {@code N$}, {@code name$}, or nothing. */
    private Count count() {
        int start = pos;
        Arg a = argument();
        if (a == null) return new CountImplied();
        if (at('$')) {
            pos++;
            return new CountArg(a);
        }
        if (a instanceof Index i) return new CountIs(i.index());
        pos = start; // an identifier without `$` is the format trait, not a count
        return new CountImplied();
    }
}
