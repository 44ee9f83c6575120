package dev.ferrite.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Pretty;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expansion snapshots (pretty-printed) over the real core and std. */
class ExpanderTest {
    private final ExpandFixture f = new ExpandFixture();

    private String expand(String src) {
        return f.pretty(src);
    }

    /** Whitespace-insensitive form, so snapshots do not depend on the printer's line breaking. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theLibraryExpandsWithoutErrors() {
        assertThat(f.errors()).isEmpty();
        assertThat(f.session.exportsOf(3)).containsKeys(Symbol.intern("println"), Symbol.intern("format_args"),
                Symbol.intern("assert"), Symbol.intern("format"), Symbol.intern("vec"));
    }

    @Test
    void macroRulesInItemStatementExpressionPatternAndTypePosition() {
        String out = expand("""
                macro_rules! item { ($n:ident) => { fn $n() {} }; }
                macro_rules! e { ($x:expr) => { $x * 2 }; }
                macro_rules! p { ($x:pat) => { Some($x) }; }
                macro_rules! t { () => { u32 }; }
                item!(made);
                fn main() {
                    item!(local);
                    let v: t!() = e!(1 + 2);
                    if let p!(z) = None::<u8> {}
                }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("fnmade(){}")
                .contains("fnmain(){fnlocal(){}letv:u32=(1+2)*2;ifletSome(z)=None::<u8>{}}");
    }

    @Test
    void statementMacrosExpandToSeveralItemsAndStatements() {
        String out = expand("""
                macro_rules! two { ($a:ident, $b:ident) => { fn $a() {} fn $b() {} }; }
                macro_rules! lets { ($($n:ident = $v:expr),*) => { $(let $n = $v;)* }; }
                two!(f1, f2);
                fn main() {
                    two!(g1, g2);
                    lets!(a = 1, b = 2);
                    g1();
                }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("fnf1(){}fnf2(){}")
                .contains("fnmain(){fng1(){}fng2(){}leta=1;letb=2;g1();}");
    }

    @Test
    void nestedMacrosExpandInsideOut() {
        String out = expand("""
                macro_rules! inner { ($x:expr) => { $x + 1 }; }
                macro_rules! outer { ($x:expr) => { inner!($x) * inner!(0) }; }
                fn main() { let v = outer!(5); }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("letv=5+1*0+1;");
    }

    @Test
    void textualScopeFollowsDefinitionOrderModulesAndMacroUse() {
        String out = expand("""
                macro_rules! early { () => { 1 }; }
                mod child { fn f() -> i32 { early!() } }
                #[macro_use]
                mod defs { macro_rules! from_defs { () => { 7 }; } }
                fn g() -> i32 { from_defs!() }
                mod plain { macro_rules! hidden { () => { 0 }; } }
                fn h() -> i32 { hidden!() }
                """);
        assertThat(squash(out)).contains("fnf()->i32{1}").contains("fng()->i32{7}");
        assertThat(f.errors()).isEqualTo("""
                error: cannot find macro `hidden` in this scope
                 --> main.rs:7:17
                  |
                7 | fn h() -> i32 { hidden!() }
                  |                 ^^^^^^

                """);
    }

    @Test
    void aMacroUsedBeforeItsDefinitionIsReportedWithANote() {
        expand("""
                fn f() { later!(); }
                macro_rules! later { () => {}; }
                """);
        assertThat(f.errors()).isEqualTo("""
                error: cannot find macro `later` in this scope
                 --> main.rs:1:10
                  |
                1 | fn f() { later!(); }
                  |          ^^^^^ consider moving the definition of `later` before this call
                  |
                note: a macro with the same name exists, but it appears later
                 --> main.rs:2:14
                  |
                2 | macro_rules! later { () => {}; }
                  |              ^^^^^

                """);
    }

    @Test
    void outlineModulesAreLoadedAndExpanded() {
        Crate c = f.expand("""
                #[macro_use]
                mod macros;
                mod user;
                """, Map.of("/macros.rs", "macro_rules! m { () => { 42 }; }", "/user.rs", "fn f() -> i32 { m!() }"));
        assertThat(f.errors()).isEmpty();
        Item.Mod user = (Item.Mod) c.items().get(1).kind();
        assertThat(user.inline()).isTrue();
        assertThat(squash(Pretty.print(c))).contains("moduser{fnf()->i32{42}}");
    }

    @Test
    void dollarCrateNamesTheMacrosCrate() {
        Crate c = f.expand("""
                macro_rules! mine { () => { $crate::f() }; }
                fn f() {}
                fn main() { mine!(); println!("x"); }
                """, Map.of());
        assertThat(f.errors()).isEmpty();
        List<Path> paths = new ArrayList<>();
        collectCallPaths(c, paths);
        // mine!() -> $crate of the user crate (4); println! -> std (3); format_args_nl! -> core (1)
        assertThat(paths).extracting(p -> p.segments().getFirst().ident().name().text() + "#"
                + p.segments().getFirst().ident().ctxt() + "::" + p.last().ident().name())
                .contains("$crate#4::f", "$crate#3::_print", "$crate#1::new_const");
    }

    private static void collectCallPaths(Crate c, List<Path> out) {
        for (Item it : c.items()) {
            if (it.kind() instanceof Item.Fn fn && fn.body() != null) {
                for (Expr.Stmt s : fn.body().stmts()) collect(s, out);
            }
        }
    }

    private static void collect(Expr.Stmt s, List<Path> out) {
        if (s instanceof Expr.ExprStmt e) collect(e.expr(), out);
    }

    private static void collect(Expr e, List<Path> out) {
        switch (e) {
            case Expr.Call c -> {
                if (c.callee() instanceof Expr.PathExpr p) out.add(p.path());
                c.args().forEach(a -> collect(a, out));
            }
            case Expr.BlockExpr b -> b.block().stmts().forEach(s -> collect(s, out));
            default -> {
            }
        }
    }

    @Test
    void cfgStripsItemsFieldsVariantsArmsAndStatementsAndCfgAttrApplies() {
        String out = expand("""
                struct S { #[cfg(unix)] a: u8, #[cfg(windows)] b: u8 }
                enum V { #[cfg(test)] T, U }
                #[cfg(windows)]
                fn gone() {}
                #[cfg_attr(unix, derive(Clone))]
                struct C;
                #[cfg_attr(windows, derive(Clone))]
                struct D;
                fn main() {
                    let x = match 1 { #[cfg(test)] 1 => 0, _ => 2 };
                    #[cfg(windows)] let w = 1;
                    #[cfg(not(windows))] let k = 1;
                    #[cfg(windows)] gone();
                    #[cfg(unix)] kept();
                    let s = S { #[cfg(unix)] a: 1, #[cfg(windows)] b: 2 };
                }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("structS{a:u8,}").contains("enumV{U,}").doesNotContain("gone")
                .contains("impl$crate::clone::CloneforC").doesNotContain("forD")
                .contains("letx=match1{_=>2,};letk=1;kept();lets=S{a:1};}").doesNotContain("letw");
    }

    @Test
    void simpleBuiltins() {
        String out = expand("""
                fn main() {
                    let s = concat!("a", 1, 'c', true);
                    let t = stringify!(a + b);
                    let l = line!();
                    let p = module_path!();
                    let c = cfg!(all(unix, not(test)));
                }
                mod m { fn f() { let p = module_path!(); } }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("lets=\"a1ctrue\";").contains("lett=\"a+b\";").contains("letl=4u32;")
                .contains("letp=\"main\";").contains("letc=true;").contains("letp=\"main::m\";");
    }

    @Test
    void formatArgsWithoutArgumentsIsNewConst() {
        String out = expand("fn main() { let a = format_args!(\"lit only\"); let b = format_args_nl!(\"x{{}}\"); }");
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("leta=$crate::fmt::Arguments::new_const(&[\"litonly\"]);")
                .contains("letb=$crate::fmt::Arguments::new_const(&[\"x{}\\n\"]);");
    }

    @Test
    void formatArgsWithDefaultSpecsIsNewV1AndEvaluatesEachArgumentOnce() {
        String out = expand("fn main() { let x = 1; let a = format_args!(\"a{}b{:?}\", x + 1, g()); }");
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("leta=$crate::fmt::Arguments::new_v1(&[\"a\",\"b\"],&match(&(x+1),&(g())){"
                + "args=>[$crate::fmt::rt::Argument::new_display(args.0),$crate::fmt::rt::Argument::new_debug(args.1)],});");
    }

    @Test
    void formatArgsSharesOneArgumentPerArgumentAndTraitAndCapturesNames() {
        String out = expand("fn main() { let x = 1; let a = format_args!(\"{x} {0:x} {x}\", 5); }");
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("&match(&5,&x){args=>[$crate::fmt::rt::Argument::new_display(args.1),"
                        + "$crate::fmt::rt::Argument::new_lower_hex(args.0)],}")
                .contains("new_v1_formatted(&[\"\",\"\",\"\"]")
                .contains("Placeholder::new(0usize,'',$crate::fmt::rt::Alignment::Unknown,0u32,"
                        + "$crate::fmt::rt::Count::Implied,$crate::fmt::rt::Count::Implied),"
                        + "$crate::fmt::rt::Placeholder::new(1usize,'',$crate::fmt::rt::Alignment::Unknown,0u32,"
                        + "$crate::fmt::rt::Count::Implied,$crate::fmt::rt::Count::Implied),"
                        + "$crate::fmt::rt::Placeholder::new(0usize,");
    }

    @Test
    void formatArgsWithSpecsIsNewV1Formatted() {
        String out = expand("fn main() { let a = format_args!(\"[{:>8}|{:*^+#08.3?}|{:.*}|{:1$}]\", 1, 2, 3, 4.5, 6); }");
        assertThat(f.errors()).isEmpty();
        String s = squash(out);
        assertThat(s).contains("new_v1_formatted(&[\"[\",\"|\",\"|\",\"|\",\"]\"]")
                .contains("&match(&1,&2,&3,&4.5,&6)")
                // {:>8}
                .contains("Placeholder::new(0usize,'',$crate::fmt::rt::Alignment::Right,0u32,$crate::fmt::rt::Count::Implied,"
                        + "$crate::fmt::rt::Count::Is(8usize))")
                // {:*^+#08.3?}: fill '*', centre, flags + (1) # (4) 0 (8)
                .contains("Placeholder::new(1usize,'*',$crate::fmt::rt::Alignment::Center,13u32,$crate::fmt::rt::Count::Is(3usize),"
                        + "$crate::fmt::rt::Count::Is(8usize))")
                // {:.*}: precision from argument 2 (as usize), value argument 3
                .contains("Argument::from_usize(args.2),$crate::fmt::rt::Argument::new_display(args.3)")
                .contains("Placeholder::new(3usize,'',$crate::fmt::rt::Alignment::Unknown,0u32,$crate::fmt::rt::Count::Param(2usize),"
                        + "$crate::fmt::rt::Count::Implied)")
                // {:1$}: value argument 4, width from argument 1
                .contains("Argument::from_usize(args.1),$crate::fmt::rt::Argument::new_display(args.4)")
                .contains("Placeholder::new(5usize,'',$crate::fmt::rt::Alignment::Unknown,0u32,$crate::fmt::rt::Count::Implied,"
                        + "$crate::fmt::rt::Count::Param(4usize))");
    }

    @Test
    void formatArgsNlAppendsANewlineToTheLastPiece() {
        String out = expand("fn main() { let a = format_args_nl!(\"{}\", 1); let b = format_args_nl!(\"{} end\", 1); }");
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("new_v1(&[\"\",\"\\n\"]").contains("new_v1(&[\"\",\"end\\n\"]");
    }

    @Test
    void formatStringErrorsPointIntoTheLiteral() {
        expand("fn main() {\n    let a = format_args!(\"a\\n{} {}\", 1);\n    let b = format_args!(\"{:y}\", 1);\n}\n");
        assertThat(f.errors()).isEqualTo("""
                error: 2 positional arguments in format string, but there is 1 argument
                 --> main.rs:2:30
                  |
                2 |     let a = format_args!("a\\n{} {}", 1);
                  |                              ^^ ^^   -

                error: unknown format trait `y`
                 --> main.rs:3:29
                  |
                3 |     let b = format_args!("{:y}", 1);
                  |                             ^
                  |
                  = note: the only appropriate formatting traits are:
                          - ``, which uses the `Display` trait
                          - `?`, which uses the `Debug` trait
                          - `e`, which uses the `LowerExp` trait
                          - `E`, which uses the `UpperExp` trait
                          - `o`, which uses the `Octal` trait
                          - `p`, which uses the `Pointer` trait
                          - `b`, which uses the `Binary` trait
                          - `x`, which uses the `LowerHex` trait
                          - `X`, which uses the `UpperHex` trait

                """);
    }

    @Test
    void deriveProducesImplsWithBoundsOnTypeParameters() {
        String out = expand("""
                #[derive(Clone, Debug, PartialEq)]
                struct P<T> { x: i32, y: T }
                #[derive(Debug)]
                enum E { A, B(u8), C { f: u8 } }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out))
                .contains("impl<T:$crate::clone::Clone>$crate::clone::CloneforP<T>{fnclone(&self)->Self{"
                        + "P{x:$crate::clone::Clone::clone(&self.x),y:$crate::clone::Clone::clone(&self.y)}}}")
                .contains("impl<T:$crate::fmt::Debug>$crate::fmt::DebugforP<T>{fnfmt(&self,f:&mut$crate::fmt::Formatter<'_>)"
                        + "->$crate::fmt::Result{f.debug_struct(\"P\").field(\"x\",&self.x).field(\"y\",&self.y).finish()}}")
                .contains("impl<T:$crate::cmp::PartialEq>$crate::cmp::PartialEqforP<T>{fneq(&self,other:&Self)->bool{"
                        + "*(&self.x)==*(&other.x)&&*(&self.y)==*(&other.y)}}")
                .contains("matchself{E::A=>f.write_str(\"A\"),E::B(__self_0)=>f.debug_tuple(\"B\").field(__self_0).finish(),"
                        + "E::C{f:__self_0}=>f.debug_struct(\"C\").field(\"f\",__self_0).finish(),}");
    }

    @Test
    void unknownDerivesAreReportedWithTheUnresolvedMacros() {
        expand("""
                #[derive(Nope)]
                struct S;
                fn main() { nope!(); }
                """);
        assertThat(f.errors()).isEqualTo("""
                error: cannot find derive macro `Nope` in this scope
                 --> main.rs:1:10
                  |
                1 | #[derive(Nope)]
                  |          ^^^^

                error: cannot find macro `nope` in this scope
                 --> main.rs:3:13
                  |
                3 | fn main() { nope!(); }
                  |             ^^^^

                """);
    }

    @Test
    void theRecursionLimitIsFatal() {
        expand("""
                macro_rules! rec { () => { rec!() }; }
                fn main() { rec!(); nope!(); }
                """);
        assertThat(f.errors()).isEqualTo("""
                error: recursion limit reached while expanding `rec!`
                 --> main.rs:1:28
                  |
                1 | macro_rules! rec { () => { rec!() }; }
                  |                            ^^^^^^
                2 | fn main() { rec!(); nope!(); }
                  |             ------ in this macro invocation
                  |
                  = help: consider increasing the recursion limit by adding a `#![recursion_limit = "256"]` attribute to your crate (`main`)
                  = note: this error originates in the macro `rec` (in Nightly builds, run with -Z macro-backtrace for more info)

                """);
        assertThat(f.session.hadFatalError()).isTrue();
    }

    @Test
    void exportedMacrosAreReachableByPathBeforeTheirDefinition() {
        String out = expand("""
                fn f() -> i32 { crate::exported!() + $crate_free() }
                fn $crate_free() -> i32 { 0 }
                mod m { #[macro_export] macro_rules! exported { () => { 1 }; } }
                fn g() -> i32 { exported!() + std::matches!(1, 1) as i32 }
                """.replace("$crate_free", "h"));
        assertThat(f.errors()).isEmpty();
        assertThat(squash(out)).contains("fnf()->i32{1+h()}").contains("fng()->i32{1+match1{1=>true,_=>false,}asi32}");
    }

    @Test
    void assertShowsItsConditionAsWritten() {
        String out = expand("fn main() { let a = 1; assert!(a == 1); }");
        assertThat(f.errors()).isEmpty();
        assertThat(out).contains("$crate::panicking::panic(\"assertion failed: a == 1\")");
    }
}
