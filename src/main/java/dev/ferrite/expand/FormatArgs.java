package dev.ferrite.expand;

import dev.ferrite.diagnostics.Applicability;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.MacCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code format_args!}, {@code format_args_nl!} and {@code const_format_args!}: parses the format
 * string with {@link FormatString} and produces the {@code core::fmt} calls that
 * {@code library/core/src/fmt} consumes:
 * <ul>
 * <li>no placeholders: {@code Arguments::new_const(&["text"])};
 * <li>each argument used once, in order, with default options:
 *     {@code Arguments::new_v1(&[pieces], &match (&a, &b,) { args => [rt::Argument::new_display(args.0), ..] })};
 * <li>otherwise {@code Arguments::new_v1_formatted(&[pieces], &match .. { args => [..] }, &[rt::Placeholder::new(..)])}.
 * </ul>
 * {@code pieces[i]} is the literal text before the i-th placeholder (maybe empty), plus the trailing
 * text if it is not empty. The arguments array holds one entry per distinct (argument, trait) pair
 * in order of first use, plus {@code rt::Argument::from_usize} entries for widths and precisions
 * taken from arguments. Each argument expression is evaluated once, by the {@code match}.
 */
final class FormatArgs {
    private FormatArgs() {
    }

    /** Maps positions in the unescaped format string to source positions. */
    private record SpanMap(int[] pos, Span whole) {
        Span span(int start, int end) {
            if (pos == null) return whole;
            int s = pos[Math.min(start, pos.length - 1)];
            int e = pos[Math.min(end, pos.length - 1)];
            return new Span(s, Math.max(s, e));
        }
    }

    private record Slot(int arg, String trait) {
    }

    static List<TokenTree> expand(Expander ex, MacCall mac, boolean newline) {
        Span call = mac.span();
        if (mac.tokens().isEmpty()) {
            ex.diag.emit(Diagnostic.error("requires at least a format string argument").primary(call));
            return null;
        }
        List<MacArgs.Arg> parsed = MacArgs.parse(ex, mac.tokens(), call, true);
        if (parsed == null || parsed.isEmpty()) return null;
        MacArgs.Arg fmtArg = parsed.getFirst();
        if (fmtArg.name() != null) {
            ex.diag.emit(Diagnostic.error("format argument must be a string literal").primary(fmtArg.span()));
            return null;
        }
        Expr fmtExpr = ex.foldExpr(fmtArg.expr());
        while (fmtExpr instanceof Expr.Paren p) fmtExpr = p.inner();
        if (!(fmtExpr instanceof Expr.Lit lit) || (lit.token().lit() != Token.LitKind.STR && lit.token().lit() != Token.LitKind.STR_RAW)) {
            Span sp = fmtArg.span();
            ex.diag.emit(Diagnostic.error("format argument must be a string literal").primary(sp)
                    .suggest("you might be missing a string literal to format with", sp.shrinkToLo(), "\"{}\", ",
                            Applicability.MAYBE_INCORRECT));
            return null;
        }
        Token litTok = lit.token();
        StringBuilder decoded = new StringBuilder();
        SpanMap map;
        try {
            map = decode(litTok, decoded);
        } catch (RuntimeException badEscape) {
            // the lexer has reported the malformed escape; format what the decoder makes of it
            decoded.setLength(0);
            decoded.append(new String(new dev.ferrite.syntax.LitDecoder(d -> { }).string(litTok), StandardCharsets.UTF_8));
            map = new SpanMap(null, litTok.span());
        }
        String fmt = decoded.toString();
        FormatString.Result r = FormatString.parse(fmt);
        if (!r.errors().isEmpty()) {
            for (FormatString.Error e : r.errors()) {
                Span primary = map.span(e.start(), e.end() == e.start() ? e.end() + 1 : e.end());
                Diagnostic d = Diagnostic.error(e.message());
                if (e.label() == null || e.label().isEmpty()) d.primary(primary);
                else d.primary(primary, e.label());
                if (e.secondaryStart() >= 0) d.secondary(map.span(e.secondaryStart(), e.secondaryEnd()), e.secondaryLabel());
                if (e.note() != null) d.note(e.note());
                ex.diag.emit(d);
            }
            return null;
        }
        List<MacArgs.Arg> args = new ArrayList<>(parsed.subList(1, parsed.size()));
        int explicit = args.size();
        Map<Symbol, Integer> named = new HashMap<>();
        int firstNamed = explicit;
        for (int i = 0; i < args.size(); i++) {
            MacArgs.Arg a = args.get(i);
            if (a.name() != null) {
                named.putIfAbsent(a.name().name(), i);
                firstNamed = Math.min(firstNamed, i);
            }
        }
        int positional = firstNamed;
        boolean[] used = new boolean[explicit];

        // Resolve each placeholder's argument and counts.
        record Resolved(FormatString.Placeholder ph, int arg, FormatString.Count width, int widthArg,
                        FormatString.Count precision, int precArg) {
        }
        List<Resolved> resolved = new ArrayList<>();
        int next = 0;
        int implicitRefs = 0;
        List<Span> implicitSpans = new ArrayList<>();
        List<FormatString.Placeholder> starPlaceholders = new ArrayList<>();
        List<int[]> badExplicit = new ArrayList<>();
        boolean invalid = false;
        for (FormatString.Piece piece : r.pieces()) {
            if (!(piece instanceof FormatString.Placeholder ph)) continue;
            FormatString.Spec spec = ph.spec();
            int precArg = -1;
            if (spec.precision() instanceof FormatString.CountStar) {
                precArg = next++;
                implicitRefs = Math.max(implicitRefs, next);
                starPlaceholders.add(ph);
                if (precArg >= positional) invalid = true;
            } else if (spec.precision() instanceof FormatString.CountArg ca) {
                precArg = argIndex(ca.arg(), named, args, map, ex, litTok);
                if (ca.arg() instanceof FormatString.Index ix && ix.index() >= positional) {
                    badExplicit.add(new int[]{ix.index(), ix.start(), ix.end()});
                }
            }
            int widthArg = -1;
            if (spec.width() instanceof FormatString.CountArg ca) {
                widthArg = argIndex(ca.arg(), named, args, map, ex, litTok);
                if (ca.arg() instanceof FormatString.Index ix && ix.index() >= positional) {
                    badExplicit.add(new int[]{ix.index(), ix.start(), ix.end()});
                }
            }
            int arg;
            if (ph.arg() instanceof FormatString.Next) {
                arg = next++;
                implicitRefs = Math.max(implicitRefs, next);
                implicitSpans.add(map.span(ph.start(), ph.end()));
                if (arg >= positional) invalid = true;
            } else {
                arg = argIndex(ph.arg(), named, args, map, ex, litTok);
                if (ph.arg() instanceof FormatString.Index ix && ix.index() >= positional) {
                    badExplicit.add(new int[]{ix.index(), ix.start(), ix.end()});
                }
            }
            for (int x : new int[]{arg, widthArg, precArg}) if (x >= 0 && x < explicit) used[x] = true;
            resolved.add(new Resolved(ph, arg, spec.width(), widthArg, spec.precision(), precArg));
        }
        if (invalid) {
            String have = positional == 0 ? "no arguments were given"
                    : positional == 1 ? "there is 1 argument" : "there are " + positional + " arguments";
            Diagnostic d = Diagnostic.error(implicitRefs + " positional argument" + (implicitRefs == 1 ? "" : "s")
                    + " in format string, but " + have);
            for (Span s : implicitSpans) d.primary(s);
            for (FormatString.Placeholder ph : starPlaceholders) {
                FormatString.CountStar cs = (FormatString.CountStar) ph.spec().precision();
                if (implicitSpans.isEmpty()) d.primary(map.span(ph.start(), ph.end()));
                d.secondary(map.span(cs.start(), cs.end()), "this precision flag adds an extra required argument at position "
                        + resolved.stream().filter(x -> x.ph() == ph).mapToInt(Resolved::precArg).findFirst().orElse(0) + ", which is why there " + (implicitRefs == 1 ? "is 1 argument" : "are "
                        + implicitRefs + " arguments") + " expected");
            }
            for (int i = 0; i < positional; i++) d.secondary(args.get(i).span(), "");
            if (!starPlaceholders.isEmpty()) {
                d.note("positional arguments are zero-based");
                d.note("for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
            }
            ex.diag.emit(d);
            return null;
        }
        if (!badExplicit.isEmpty()) {
            int[] b = badExplicit.getFirst();
            String have = positional == 0 ? "no arguments were given"
                    : positional == 1 ? "there is 1 argument" : "there are " + positional + " arguments";
            ex.diag.emit(Diagnostic.error("invalid reference to positional argument " + b[0] + " (" + have + ")")
                    .primary(map.span(b[1], b[2]))
                    .note("positional arguments are zero-based"));
            return null;
        }
        // Unused arguments.
        List<Integer> unused = new ArrayList<>();
        for (int i = 0; i < explicit; i++) if (!used[i]) unused.add(i);
        if (!unused.isEmpty()) {
            Span fmtSpan = fmtArg.span();
            if (unused.size() == 1) {
                MacArgs.Arg a = args.get(unused.getFirst());
                String what = a.name() != null ? "named argument never used" : "argument never used";
                Diagnostic d = Diagnostic.error(what).primary(a.span(), what).secondary(fmtSpan, "formatting specifier missing");
                if (a.name() == null && resolved.isEmpty()) {
                    d.suggest("format specifiers use curly braces, consider adding a format specifier",
                            map.span(fmt.length(), fmt.length()).shrinkToLo(), "{}", Applicability.MACHINE_APPLICABLE);
                }
                ex.diag.emit(d);
            } else {
                Diagnostic d = Diagnostic.error("multiple unused formatting arguments");
                for (int i : unused) {
                    MacArgs.Arg a = args.get(i);
                    d.primary(a.span(), a.name() != null ? "named argument never used" : "argument never used");
                }
                d.secondary(fmtSpan, "multiple missing formatting specifiers");
                if (resolved.isEmpty() && unused.stream().allMatch(i -> args.get(i).name() == null)) {
                    d.suggest("format specifiers use curly braces, consider adding " + unused.size() + " format specifiers",
                            map.span(fmt.length(), fmt.length()).shrinkToLo(), "{}".repeat(unused.size()),
                            Applicability.MACHINE_APPLICABLE);
                }
                ex.diag.emit(d);
            }
            return null;
        }

        // Pieces.
        List<String> pieces = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (FormatString.Piece piece : r.pieces()) {
            switch (piece) {
                case FormatString.Lit l -> pending.append(l.text());
                case FormatString.Placeholder ph -> {
                    pieces.add(pending.toString());
                    pending.setLength(0);
                }
            }
        }
        if (newline) pending.append('\n');
        if (!pending.isEmpty()) pieces.add(pending.toString());
        int dc = ex.session.builtinCrate != 0 ? ex.session.builtinCrate : ex.crate.index();
        List<TokenTree> pieceTrees = Quote.commaSep(pieces.stream()
                .map(s -> List.<TokenTree>of(Quote.leaf(Quote.str(s, call)))).toList(), call, false);
        if (resolved.isEmpty()) {
            return Quote.quote("$crate::fmt::Arguments::new_const(&[#0])", call, dc, pieceTrees);
        }

        // Slots: one per distinct (argument, trait) in order of first use.
        Map<Slot, Integer> slots = new LinkedHashMap<>();
        boolean simple = true;
        int idx = 0;
        for (Resolved rs : resolved) {
            FormatString.Spec spec = rs.ph().spec();
            if (rs.precArg() >= 0) slots.putIfAbsent(new Slot(rs.precArg(), "usize"), slots.size());
            if (rs.widthArg() >= 0) slots.putIfAbsent(new Slot(rs.widthArg(), "usize"), slots.size());
            Slot s = new Slot(rs.arg(), spec.trait());
            Integer before = slots.get(s);
            if (before == null) slots.put(s, slots.size());
            if (!spec.isDefault() || spec.flags() != 0 || before != null || slots.get(s) != idx) simple = false;
            idx++;
        }
        if (slots.size() != resolved.size()) simple = false;

        List<List<TokenTree>> tuple = new ArrayList<>();
        for (MacArgs.Arg a : args) {
            List<TokenTree> t = new ArrayList<>();
            t.add(Quote.leaf(Token.punct(TokenKind.AND, a.span(), false)));
            if (a.trees().size() == 1) {
                t.addAll(a.trees());
            } else {
                t.add(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, a.span().shrinkToLo(), a.span().shrinkToHi(), a.trees()));
            }
            tuple.add(t);
        }
        List<List<TokenTree>> slotExprs = new ArrayList<>();
        for (Slot s : slots.keySet()) {
            String ctor = switch (s.trait()) {
                case "" -> "new_display";
                case "?" -> "new_debug";
                case "x" -> "new_lower_hex";
                case "X" -> "new_upper_hex";
                case "o" -> "new_octal";
                case "b" -> "new_binary";
                case "p" -> "new_pointer";
                case "e" -> "new_lower_exp";
                case "E" -> "new_upper_exp";
                default -> "from_usize";
            };
            Span sp = args.get(s.arg()).span();
            List<TokenTree> field = List.of(Quote.leaf(Quote.ident("args", sp)), Quote.leaf(Token.punct(TokenKind.DOT, sp, false)),
                    Quote.leaf(Quote.integer(s.arg(), null, sp)));
            slotExprs.add(Quote.quote("$crate::fmt::rt::Argument::" + ctor + "(#0)", sp, dc, field));
        }
        List<TokenTree> tupleTrees = Quote.commaSep(tuple, call, true);
        List<TokenTree> slotTrees = Quote.commaSep(slotExprs, call, false);
        if (simple) {
            return Quote.quote("$crate::fmt::Arguments::new_v1(&[#0], &match (#1) { args => [#2] })", call, dc,
                    pieceTrees, tupleTrees, slotTrees);
        }
        List<List<TokenTree>> placeholders = new ArrayList<>();
        for (Resolved rs : resolved) {
            FormatString.Spec spec = rs.ph().spec();
            int position = slots.get(new Slot(rs.arg(), spec.trait()));
            String align = switch (spec.align()) {
                case LEFT -> "Left";
                case RIGHT -> "Right";
                case CENTER -> "Center";
                case UNKNOWN -> "Unknown";
            };
            List<TokenTree> fill = List.of(Quote.leaf(charLit(spec.fill(), call)));
            placeholders.add(Quote.quote("$crate::fmt::rt::Placeholder::new(#0, #1, $crate::fmt::rt::Alignment::" + align
                            + ", #2, #3, #4)", call, dc,
                    List.of(Quote.leaf(Quote.integer(position, "usize", call))), fill,
                    List.of(Quote.leaf(Quote.integer(spec.flags(), "u32", call))),
                    count(spec.precision(), rs.precArg(), slots, call, dc), count(spec.width(), rs.widthArg(), slots, call, dc)));
        }
        return Quote.quote("$crate::fmt::Arguments::new_v1_formatted(&[#0], &match (#1) { args => [#2] }, &[#3])", call, dc,
                pieceTrees, tupleTrees, slotTrees, Quote.commaSep(placeholders, call, false));
    }



    private static List<TokenTree> count(FormatString.Count c, int arg, Map<Slot, Integer> slots, Span call, int dc) {
        return switch (c) {
            case FormatString.CountIs is -> Quote.quote("$crate::fmt::rt::Count::Is(#0)", call, dc,
                    List.of(Quote.leaf(Quote.integer(is.value(), "usize", call))));
            case FormatString.CountImplied ci -> Quote.quote("$crate::fmt::rt::Count::Implied", call, dc);
            default -> Quote.quote("$crate::fmt::rt::Count::Param(#0)", call, dc,
                    List.of(Quote.leaf(Quote.integer(slots.get(new Slot(arg, "usize")), "usize", call))));
        };
    }

    private static Token charLit(int cp, Span span) {
        String body = switch (cp) {
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> new String(Character.toChars(cp));
        };
        return new Token(TokenKind.LITERAL, Symbol.intern("'" + body + "'"), span, false, false, Token.LitKind.CHAR, null, false, 0);
    }

    /** The argument an explicit index or name refers to; a name that is no argument is captured from the scope. */
    private static int argIndex(FormatString.Arg a, Map<Symbol, Integer> named, List<MacArgs.Arg> args, SpanMap map,
                                Expander ex, Token lit) {
        return switch (a) {
            case FormatString.Index i -> i.index();
            case FormatString.Name n -> {
                Symbol s = Symbol.intern(n.name());
                Integer i = named.get(s);
                if (i != null) yield i;
                Span sp = map.span(n.start(), n.end());
                Token id = Token.ident(s, sp, false);
                Expr e = new Expr.PathExpr(null, new dev.ferrite.syntax.ast.Path(List.of(new dev.ferrite.syntax.ast.Path.Segment(
                        new dev.ferrite.syntax.ast.Ident(s, sp), null, sp)), false, sp), sp);
                args.add(new MacArgs.Arg(null, e, List.of(Quote.leaf(id)), sp));
                named.put(s, args.size() - 1);
                yield args.size() - 1;
            }
            case FormatString.Next nx -> -1;
        };
    }

    /** Unescapes a string literal into {@code out}; returns where each of its chars is in the source. */
    private static SpanMap decode(Token tok, StringBuilder out) {
        String text = tok.sym().text();
        Span sp = tok.span();
        int start = text.indexOf('"');
        boolean raw = tok.lit() == Token.LitKind.STR_RAW;
        int hashes = raw ? start - 1 : 0;
        int end = text.length() - 1 - hashes;
        boolean exact = sp.len() == text.getBytes(StandardCharsets.UTF_8).length;
        List<Integer> pos = new ArrayList<>();
        int b = sp.lo() + utf8(text.substring(0, start + 1));
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (!raw && c == '\\' && i + 1 < end) {
                char n = text.charAt(i + 1);
                int len;
                int value;
                switch (n) {
                    case 'n' -> { value = '\n'; len = 2; }
                    case 't' -> { value = '\t'; len = 2; }
                    case 'r' -> { value = '\r'; len = 2; }
                    case '0' -> { value = 0; len = 2; }
                    case '\\', '\'', '"' -> { value = n; len = 2; }
                    case 'x' -> {
                        len = 4;
                        value = Integer.parseInt(text.substring(i + 2, Math.min(end, i + 4)), 16);
                    }
                    case 'u' -> {
                        int close = text.indexOf('}', i);
                        len = close - i + 1;
                        value = Integer.parseInt(text.substring(i + 3, close).replace("_", ""), 16);
                    }
                    case '\n', '\r' -> {
                        int j = i + 1;
                        while (j < end && Character.isWhitespace(text.charAt(j))) j++;
                        b += utf8(text.substring(i, j));
                        i = j;
                        continue;
                    }
                    default -> { value = n; len = 2; }
                }
                for (char u : Character.toChars(value)) {
                    out.append(u);
                    pos.add(b);
                }
                b += len;
                i += len;
                continue;
            }
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            for (int k = 0; k < units; k++) pos.add(b);
            out.appendCodePoint(cp);
            b += utf8(new String(Character.toChars(cp)));
            i += units;
        }
        pos.add(b);
        if (!exact) return new SpanMap(null, sp);
        int[] arr = new int[pos.size()];
        for (int k = 0; k < arr.length; k++) arr[k] = pos.get(k);
        return new SpanMap(arr, sp);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
