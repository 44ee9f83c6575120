package dev.ferrite.expand;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.expand.ExpandSession.BuiltinDef;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.syntax.LitDecoder;
import dev.ferrite.syntax.Pretty;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.MacCall;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in function-like macros. They are declared in core as
 * {@code #[rustc_builtin_macro] macro_rules! name { .. }} (as rustc's core does) and resolved like
 * any other macro; the declaration's body is ignored and the expansion is computed here, as token
 * trees that the caller parses in the call's position.
 */
final class Builtins {
    private Builtins() {
    }

    static List<TokenTree> expand(Expander ex, BuiltinDef def, MacCall mac, String position) {
        Span call = mac.span();
        String name = def.name().text();
        return switch (name) {
            case "format_args", "const_format_args" -> FormatArgs.expand(ex, mac, false);
            case "format_args_nl" -> FormatArgs.expand(ex, mac, true);
            case "stringify" -> List.of(Quote.leaf(Quote.str(Pretty.print(visible(mac.tokens())), call)));
            case "concat" -> concat(ex, mac);
            case "line", "column", "file" -> location(ex, name, call);
            case "module_path" -> List.of(Quote.leaf(Quote.str(ex.modulePathText(), call)));
            case "cfg" -> {
                int[] pos = {0};
                Cfg.Predicate p = ex.predicate(mac.tokens(), pos, call);
                if (p == null) yield null;
                boolean v = ex.session.cfg.eval(p);
                yield List.of(Quote.leaf(new Token(TokenKind.LITERAL, dev.ferrite.span.Symbol.intern(v ? "true" : "false"),
                        call, false, false, Token.LitKind.BOOL, null, false, 0)));
            }
            case "compile_error" -> {
                String msg = stringArg(ex, mac);
                if (msg != null) ex.diag.emit(Diagnostic.error(msg).primary(call));
                yield null;
            }
            case "env" -> {
                String var = stringArg(ex, mac);
                if (var != null) {
                    ex.diag.emit(Diagnostic.error("environment variable `" + var + "` not defined at compile time")
                            .primary(call)
                            .help("use `std::env::var(\"" + var + "\")` to read the variable at run time"));
                }
                yield null;
            }
            case "include_str", "include_bytes" -> include(ex, mac, name.equals("include_bytes"));
            case "option_env" -> {
                if (stringArg(ex, mac) == null) yield null;
                int dc = ex.session.builtinCrate != 0 ? ex.session.builtinCrate : ex.crate.index();
                yield Quote.quote("$crate::option::Option::None::<&'static str>", call, dc);
            }
            default -> {
                ex.diag.emit(Diagnostic.error("cannot find a built-in macro with name `" + name + "`").primary(call));
                yield null;
            }
        };
    }

    /**
     * The trees without the invisible groups {@link MacroRules} wraps expression fragments in (their
     * delimiters have empty spans), so that {@code stringify!($e)} shows {@code a == b} as written.
     */
    static List<TokenTree> visible(List<TokenTree> trees) {
        List<TokenTree> out = new java.util.ArrayList<>();
        for (TokenTree t : trees) {
            if (t instanceof TokenTree.Delimited d) {
                if (d.delim() == TokenTree.Delimiter.PAREN && d.open().len() == 0 && d.close().len() == 0) {
                    out.addAll(visible(d.trees()));
                } else {
                    out.add(new TokenTree.Delimited(d.delim(), d.open(), d.close(), visible(d.trees())));
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The value of the single string literal argument, or null after an error. */
    private static String stringArg(Expander ex, MacCall mac) {
        List<MacArgs.Arg> args = MacArgs.parse(ex, mac.tokens(), mac.span(), false);
        if (args == null) return null;
        if (args.isEmpty()) {
            ex.diag.emit(Diagnostic.error(mac.path().last().ident().name() + "! takes 1 argument").primary(mac.span()));
            return null;
        }
        Expr e = ex.foldExpr(args.getFirst().expr());
        if (e instanceof Expr.Lit l && (l.token().lit() == Token.LitKind.STR || l.token().lit() == Token.LitKind.STR_RAW)) {
            return new String(new LitDecoder(ex.diag).string(l.token()), StandardCharsets.UTF_8);
        }
        ex.diag.emit(Diagnostic.error("expected string literal").primary(e.span()));
        return null;
    }

    private static List<TokenTree> concat(Expander ex, MacCall mac) {
        List<MacArgs.Arg> args = MacArgs.parse(ex, mac.tokens(), mac.span(), false);
        if (args == null) return null;
        StringBuilder sb = new StringBuilder();
        LitDecoder dec = new LitDecoder(ex.diag);
        for (MacArgs.Arg a : args) {
            Expr e = ex.foldExpr(a.expr());
            boolean neg = false;
            if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.Lit) {
                neg = true;
                e = u.operand();
            }
            if (!(e instanceof Expr.Lit l)) {
                ex.diag.emit(Diagnostic.error("expected a literal").primary(e.span())
                        .note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"));
                return null;
            }
            Token t = l.token();
            if (neg) sb.append('-');
            switch (t.lit()) {
                case STR, STR_RAW -> sb.append(new String(dec.string(t), StandardCharsets.UTF_8));
                case CHAR -> sb.appendCodePoint(dec.charValue(t));
                case INTEGER, FLOAT, BOOL -> sb.append(t.sym().text());
                default -> {
                    ex.diag.emit(Diagnostic.error("cannot concatenate a byte string literal").primary(e.span()));
                    return null;
                }
            }
        }
        return List.of(Quote.leaf(Quote.str(sb.toString(), mac.span())));
    }

    /** The file's contents as a string (or byte string) literal; the path is relative to the calling file. */
    private static List<TokenTree> include(Expander ex, MacCall mac, boolean bytes) {
        String rel = stringArg(ex, mac);
        if (rel == null) return null;
        Span call = mac.span();
        Span at = ex.outerCallSite.isDummy() ? call : ex.outerCallSite;
        java.nio.file.Path p = java.nio.file.Path.of(rel);
        SourceMap sm = ex.session.sourceMap;
        dev.ferrite.span.SourceFile from = sm == null ? null : sm.fileAt(at.lo());
        if (!p.isAbsolute() && from != null) {
            java.nio.file.Path parent = java.nio.file.Path.of(from.name()).getParent();
            if (parent != null) p = parent.resolve(p);
        }
        byte[] content;
        try {
            content = java.nio.file.Files.readAllBytes(ex.session.cwd.resolve(p));
        } catch (java.nio.file.NoSuchFileException e) {
            ex.diag.emit(Diagnostic.error("couldn't read `" + p + "`: No such file or directory (os error 2)").primary(call));
            return null;
        } catch (java.io.IOException e) {
            ex.diag.emit(Diagnostic.error("couldn't read `" + p + "`: " + e.getMessage()).primary(call));
            return null;
        }
        if (!bytes) {
            String text = new String(content, StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), content)) {
                ex.diag.emit(Diagnostic.error("`" + p + "` wasn't a utf-8 file").primary(call));
                return null;
            }
            return List.of(Quote.leaf(Quote.str(text, call)));
        }
        StringBuilder sb = new StringBuilder("b\"");
        for (byte b : content) {
            int v = b & 0xff;
            if (v >= 0x20 && v < 0x7f && v != '"' && v != '\\') sb.append((char) v);
            else sb.append(String.format("\\x%02x", v));
        }
        sb.append('"');
        return List.of(Quote.leaf(new Token(TokenKind.LITERAL, dev.ferrite.span.Symbol.intern(sb.toString()), call, false, false,
                Token.LitKind.BYTE_STR, null, false, 0)));
    }

    private static List<TokenTree> location(Expander ex, String which, Span call) {
        SourceMap sm = ex.session.sourceMap;
        Span at = ex.outerCallSite.isDummy() ? call : ex.outerCallSite;
        if (sm == null || at.isDummy()) {
            return List.of(Quote.leaf(which.equals("file") ? Quote.str("<unknown>", call) : Quote.integer(1, "u32", call)));
        }
        SourceMap.Loc loc = sm.lookup(at.lo());
        return switch (which) {
            case "file" -> List.of(Quote.leaf(Quote.str(loc.file().name(), call)));
            case "line" -> List.of(Quote.leaf(Quote.integer(loc.line(), "u32", call)));
            default -> List.of(Quote.leaf(Quote.integer(loc.col(), "u32", call)));
        };
    }
}
