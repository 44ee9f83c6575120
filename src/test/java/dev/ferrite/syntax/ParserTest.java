package dev.ferrite.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.span.SourceMap;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private final DiagCtxt diag = new DiagCtxt();

    private Crate parse(String src) {
        return Parser.parseFile(new SourceMap().add("t.rs", src), diag, Parser.Edition.E2021);
    }

    /** The tail expression of `fn f() { <expr> }`, with no errors. */
    private Expr expr(String e) {
        Crate c = parse("fn f() { " + e + " }");
        assertThat(diag.diagnostics()).as("errors parsing %s", e).isEmpty();
        Item.Fn fn = (Item.Fn) c.items().getFirst().kind();
        return ((Expr.ExprStmt) fn.body().stmts().getLast()).expr();
    }

    /** A fully parenthesised rendering of operators, to check precedence and associativity. */
    private static String shape(Expr e) {
        return switch (e) {
            case Expr.Binary b -> "(" + shape(b.lhs()) + " " + b.op().symbol + " " + shape(b.rhs()) + ")";
            case Expr.Unary u -> "(" + u.op() + " " + shape(u.operand()) + ")";
            case Expr.Cast c -> "(" + shape(c.expr()) + " as _)";
            case Expr.Assign a -> "(" + shape(a.lhs()) + " = " + shape(a.rhs()) + ")";
            case Expr.AssignOp a -> "(" + shape(a.lhs()) + " " + a.op().symbol + "= " + shape(a.rhs()) + ")";
            case Expr.Range r -> "(" + (r.lo() == null ? "" : shape(r.lo())) + (r.inclusive() ? "..=" : "..")
                    + (r.hi() == null ? "" : shape(r.hi())) + ")";
            case Expr.Lit l -> l.token().text();
            case Expr.PathExpr p -> p.path().last().ident().name().text();
            case Expr.MethodCall m -> shape(m.receiver()) + "." + m.segment().ident() + "()";
            case Expr.Field f -> shape(f.base()) + "." + f.name();
            case Expr.Try t -> shape(t.expr()) + "?";
            case Expr.Paren p -> shape(p.inner());
            case Expr.Call c -> shape(c.callee()) + "()";
            case Expr.Index i -> shape(i.base()) + "[" + shape(i.index()) + "]";
            default -> e.getClass().getSimpleName();
        };
    }

    @Test
    void binaryOperatorsFollowRustcPrecedence() {
        assertThat(shape(expr("1 + 2 * 3 - 4"))).isEqualTo("((1 + (2 * 3)) - 4)");
        assertThat(shape(expr("a || b && c == d"))).isEqualTo("(a || (b && (c == d)))");
        assertThat(shape(expr("a & b | c ^ d"))).isEqualTo("((a & b) | (c ^ d))");
        assertThat(shape(expr("1 << 2 + 3"))).isEqualTo("(1 << (2 + 3))");
        assertThat(shape(expr("-x as u8 * 2"))).isEqualTo("(((NEG x) as _) * 2)");
        assertThat(shape(expr("a = b = c"))).isEqualTo("(a = (b = c))");
        assertThat(shape(expr("a += b * c"))).isEqualTo("(a += (b * c))");
        assertThat(shape(expr("1..2 + 3"))).isEqualTo("(1..(2 + 3))");
        assertThat(shape(expr("..=n"))).isEqualTo("(..=n)");
        assertThat(shape(expr("!a.b()?"))).isEqualTo("(NOT a.b()?)");
        assertThat(shape(expr("x.0.1"))).isEqualTo("x.0.1");
        assertThat(shape(expr("v[i].len() * *p"))).isEqualTo("(v[i].len() * (DEREF p))");
    }

    @Test
    void genericsCloseWithGluedShift() {
        Crate c = parse("fn f() -> Vec<Vec<u8>> { Vec::<Vec<u8>>::new() }");
        assertThat(diag.diagnostics()).isEmpty();
        assertThat(AstDump.dump(c)).contains("\"Vec\"").doesNotContain("Err");
    }

    @Test
    void noStructLiteralInConditions() {
        Crate c = parse("fn f() { if x == S { a: 1 }.a {} }");
        // `S { a: 1 }` is not a struct literal here: the block after `S` is the if's body.
        assertThat(diag.hasErrors()).isTrue();
        DiagCtxt ok = new DiagCtxt();
        Parser.parseFile(new SourceMap().add("t.rs", "fn f() { if x == (S { a: 1 }).a {} }"), ok, Parser.Edition.E2021);
        assertThat(ok.diagnostics()).isEmpty();
        assertThat(c).isNotNull();
    }

    @Test
    void blockLikeStatementsEndTheStatement() {
        Crate c = parse("fn f() { if a { 1 } else { 2 } - 1; match x { _ => {} } (a, b) }");
        assertThat(diag.diagnostics()).isEmpty();
        Item.Fn fn = (Item.Fn) c.items().getFirst().kind();
        List<Expr.Stmt> stmts = fn.body().stmts();
        // `if .. {} - 1` is two statements; `match .. {} (a, b)` too
        assertThat(stmts).hasSize(4);
    }

    @Test
    void itemsOfAllKindsParse() {
        parse("""
                #![allow(dead_code)]
                use std::{fmt::{self, Display}, collections::*};
                pub(crate) struct P<'a, T: ?Sized + 'a, const N: usize = 3>(&'a T) where T: Display;
                enum E { A = 1, B(i32), C { x: u8 } }
                union U { a: u32, b: f32 }
                trait Tr<T>: Clone where Self: Sized { type Out<'x>: Iterator<Item = &'x T>; const C: u8 = 1; fn m(&self) -> Self::Out<'_>; }
                unsafe impl<T> Send for P<'_, T> {}
                impl<T: Clone> !Sync for E {}
                extern "C" { fn abs(x: i32) -> i32; static mut ERRNO: i32; }
                macro_rules! m { ($e:expr) => { $e }; }
                m!(1);
                type F = for<'a> fn(&'a str, ...) -> !;
                static S: [u8; 2] = [0; 2];
                const _: () = ();
                mod inner { pub fn f() {} }
                async fn g() -> impl core::future::Future<Output = ()> + Send { async move { 1.await } }
                """);
        assertThat(diag.diagnostics()).isEmpty();
    }

    @Test
    void patternsOfAllKindsParse() {
        parse("""
                fn f() {
                    let (a, ref mut b, .., z) = t;
                    let S { x, y: Some(ref v @ 1..=9), .. } = s;
                    match v { [first, rest @ ..] | [first, .., _] => {}, &mut [] => {}, -1 | 0..10 | 'a'..='z' => {}, _ if c => {} }
                    if let Some(x) = o && x > 0 { }
                    let Ok(v) = r else { return; };
                }
                """);
        assertThat(diag.diagnostics()).isEmpty();
    }

    @Test
    void errorsAreReportedAndParsingGoesOn() {
        Crate c = parse("fn a() { let x = ; } fn b() {} struct S { x: } fn c() {}");
        assertThat(diag.errorCount()).isGreaterThanOrEqualTo(2);
        assertThat(c.items()).extracting(i -> i.ident() == null ? null : i.ident().name().text())
                .contains("a", "b", "c");
    }
}
