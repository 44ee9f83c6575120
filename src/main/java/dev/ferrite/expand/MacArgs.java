package dev.ferrite.expand;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.span.Span;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.TokenTrees;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import java.util.ArrayList;
import java.util.List;

/** The comma-separated arguments of a built-in macro: expressions, optionally {@code name = expr}. */
final class MacArgs {
    /** One argument: its name (or null), the parsed expression, and its tokens as trees. */
    record Arg(Ident name, Expr expr, List<TokenTree> trees, Span span) {
    }

    private MacArgs() {
    }

    /** Parses the arguments; null after reporting an error. */
    static List<Arg> parse(Expander ex, List<TokenTree> input, Span callSite, boolean allowNamed) {
        List<Token> toks = new ArrayList<>();
        TokenTree.flatten(input, toks);
        Token eof = Token.punct(TokenKind.EOF, callSite.shrinkToHi(), false);
        List<Arg> out = new ArrayList<>();
        int pos = 0;
        while (pos < toks.size()) {
            Ident name = null;
            if (allowNamed && pos + 1 < toks.size() && toks.get(pos).isIdent() && toks.get(pos + 1).is(TokenKind.EQ)) {
                Token n = toks.get(pos);
                name = new Ident(n.sym(), n.span(), n.ctxt());
                pos += 2;
            }
            List<Token> rest = new ArrayList<>(toks.subList(pos, toks.size()));
            rest.add(eof);
            DiagCtxt local = new DiagCtxt();
            Parser p = Parser.fromTokens(rest, local, ex.edition());
            if (p.atEnd()) {
                ex.diag.emit(Diagnostic.error("expected expression, found end of macro arguments").primary(eof.span(),
                        "expected expression"));
                return null;
            }
            Expr e = p.parseExpr();
            local.diagnostics().forEach(ex.diag::emit);
            if (local.hasErrors()) return null;
            int consumed = p.position();
            List<Token> used = new ArrayList<>(toks.subList(pos, pos + consumed));
            used.add(eof);
            List<TokenTree> trees = TokenTrees.build(used);
            out.add(new Arg(name, e, trees, e.span()));
            pos += consumed;
            if (pos >= toks.size()) break;
            Token sep = toks.get(pos);
            if (!sep.is(TokenKind.COMMA)) {
                ex.diag.emit(Diagnostic.error("expected `,`, found `" + sep.text() + "`").primary(sep.span(), "expected `,`"));
                return null;
            }
            pos++;
        }
        return out;
    }
}
