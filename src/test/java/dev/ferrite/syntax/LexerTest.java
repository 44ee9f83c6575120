package dev.ferrite.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.span.SourceMap;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private final DiagCtxt diag = new DiagCtxt();

    private List<Token> lex(String src) {
        return Lexer.tokenize(new SourceMap().add("t.rs", src), diag);
    }

    private List<String> texts(String src) {
        return lex(src).stream().map(Token::text).toList();
    }

    @Test
    void punctuationIsGlued() {
        assertThat(texts("a>>=b..=c::d=>e->f")).containsExactly("a", ">>=", "b", "..=", "c", "::", "d", "=>", "e", "->", "f", "<eof>");
        List<Token> t = lex("= >");
        assertThat(t.get(0).joint()).isFalse();
        assertThat(lex("=>").get(0).kind()).isEqualTo(TokenKind.FATARROW);
    }

    @Test
    void literalsKeepTheirTextAndSuffix() {
        List<Token> t = lex("1_000u32 0x_ff 1.5e-3f64 1e10 2. b'a' 'x' \"s\" r#\"raw\"# br\"b\" c\"c\" 1.foo");
        assertThat(t.get(0).sym().text()).isEqualTo("1_000");
        assertThat(t.get(0).suffix().text()).isEqualTo("u32");
        assertThat(t.get(1).lit()).isEqualTo(Token.LitKind.INTEGER);
        assertThat(t.get(2).lit()).isEqualTo(Token.LitKind.FLOAT);
        assertThat(t.get(2).suffix().text()).isEqualTo("f64");
        assertThat(t.get(3).lit()).isEqualTo(Token.LitKind.FLOAT);
        assertThat(t.get(4).lit()).isEqualTo(Token.LitKind.FLOAT);
        assertThat(t.get(5).lit()).isEqualTo(Token.LitKind.BYTE);
        assertThat(t.get(6).lit()).isEqualTo(Token.LitKind.CHAR);
        assertThat(t.get(8).lit()).isEqualTo(Token.LitKind.STR_RAW);
        assertThat(t.get(9).lit()).isEqualTo(Token.LitKind.BYTE_STR_RAW);
        assertThat(t.get(10).lit()).isEqualTo(Token.LitKind.C_STR);
        // `1.foo` is an integer and a method call, not a float
        assertThat(t.get(11).lit()).isEqualTo(Token.LitKind.INTEGER);
        assertThat(t.get(12).kind()).isEqualTo(TokenKind.DOT);
        assertThat(diag.diagnostics()).isEmpty();
        assertThat(LitDecoder.integer("0x_ff")).isEqualTo(BigInteger.valueOf(255));
        assertThat(LitDecoder.integer("0b1010_1010")).isEqualTo(BigInteger.valueOf(170));
    }

    @Test
    void lifetimesAndCharsAreTold() {
        List<Token> t = lex("'a 'static 'x' '\\n' r#type");
        assertThat(t.get(0).kind()).isEqualTo(TokenKind.LIFETIME);
        assertThat(t.get(1).kind()).isEqualTo(TokenKind.LIFETIME);
        assertThat(t.get(2).lit()).isEqualTo(Token.LitKind.CHAR);
        assertThat(t.get(3).lit()).isEqualTo(Token.LitKind.CHAR);
        assertThat(t.get(4).raw()).isTrue();
        assertThat(t.get(4).sym().text()).isEqualTo("type");
    }

    @Test
    void commentsAreSkippedAndDocCommentsKept() {
        List<Token> t = lex("/* a /* nested */ b */ x // line\n/// doc\n//! inner\ny");
        assertThat(t.stream().map(Token::kind).toList())
                .containsExactly(TokenKind.IDENT, TokenKind.DOC_COMMENT, TokenKind.DOC_COMMENT, TokenKind.IDENT, TokenKind.EOF);
        assertThat(t.get(1).sym().text()).isEqualTo(" doc");
        assertThat(t.get(2).inner()).isTrue();
    }

    @Test
    void escapesAreDecoded() {
        LitDecoder d = new LitDecoder(diag);
        List<Token> t = lex("\"a\\n\\t\\x41\\u{1F600}\\\\\" 'é' b'\\xff'");
        assertThat(new String(d.string(t.get(0)), StandardCharsets.UTF_8)).isEqualTo("a\n\tA\uD83D\uDE00\\");
        assertThat(d.charValue(t.get(1))).isEqualTo('é');
        assertThat(d.charValue(t.get(2))).isEqualTo(0xFF);
        assertThat(diag.diagnostics()).isEmpty();
    }

    @Test
    void errorsUseRustcWords() {
        lex("\"open");
        assertThat(diag.diagnostics().getFirst().message()).isEqualTo("unterminated double quote string");
        assertThat(diag.diagnostics().getFirst().code()).isEqualTo("E0765");
        DiagCtxt d2 = new DiagCtxt();
        Lexer.tokenize(new SourceMap().add("t.rs", "/* never"), d2);
        assertThat(d2.diagnostics().getFirst().code()).isEqualTo("E0758");
    }
}
