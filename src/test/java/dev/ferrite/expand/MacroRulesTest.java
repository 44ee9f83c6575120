package dev.ferrite.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Pretty;
import dev.ferrite.syntax.TokenTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroRulesTest {
    private final DiagCtxt diag = new DiagCtxt();
    private final SourceMap sm = new SourceMap();

    private List<TokenTree> trees(String src) {
        return Parser.tokenTrees(sm.add("t.rs", src), diag);
    }

    private String expand(String rules, String input) {
        MacroRules m = MacroRules.compile(Symbol.intern("m"), trees(rules), Parser.Edition.E2021, diag);
        List<TokenTree> out = m.expand(trees(input), Span.DUMMY, 7, diag);
        return out == null ? null : Pretty.print(out);
    }

    /** Token text without spacing (spacing follows the tokens' origin and does not matter). */
    private static String squash(String s) {
        return s == null ? null : s.replace(" ", "");
    }

    @Test
    void expressionFragmentsKeepTheirGrouping() {
        assertThat(squash(expand("($a:expr, $b:expr) => { $a * $b };", "1 + 2, 3"))).isEqualTo("(1+2)*3");
        assertThat(diag.diagnostics()).isEmpty();
    }

    @Test
    void repetitionsWithSeparators() {
        assertThat(squash(expand("($($x:expr),* $(,)?) => { [$($x),*] };", "1, f(2), 3,"))).isEqualTo("[1,(f(2)),3]");
        assertThat(squash(expand("($($k:ident = $v:literal);+) => { $(let $k = $v;)+ };", "a = 1; b = \"s\"")))
                .isEqualTo("leta=1;letb=\"s\";");
    }

    @Test
    void firstMatchingRuleWins() {
        String rules = "() => { none }; ($x:ident) => { one $x }; ($($t:tt)*) => { many $($t)* };";
        assertThat(squash(expand(rules, ""))).isEqualTo("none");
        assertThat(squash(expand(rules, "a"))).isEqualTo("onea");
        assertThat(squash(expand(rules, "a b (c d)"))).isEqualTo("manyab(cd)");
    }

    @Test
    void dollarCrateRemembersTheMacrosCrate() {
        MacroRules m = MacroRules.compile(Symbol.intern("println"),
                trees("($($arg:tt)*) => {{ $crate::io::_print($crate::format_args_nl!($($arg)*)); }};"),
                Parser.Edition.E2021, diag);
        List<TokenTree> out = m.expand(trees("\"{} {}\", x, 1 + 2"), Span.DUMMY, 3, diag);
        assertThat(squash(Pretty.print(out))).isEqualTo("{$crate::io::_print($crate::format_args_nl!(\"{}{}\",x,1+2));}");
        TokenTree.Delimited block = (TokenTree.Delimited) out.getFirst();
        TokenTree.Leaf dollarCrate = (TokenTree.Leaf) block.trees().getFirst();
        assertThat(dollarCrate.token().ctxt()).isEqualTo(3);
    }

    @Test
    void noMatchIsReportedInRustcWords() {
        assertThat(expand("($a:expr) => { $a };", "1; 2")).isNull();
        assertThat(diag.diagnostics().getFirst().message()).isEqualTo("no rules expected `;`");
    }
}
