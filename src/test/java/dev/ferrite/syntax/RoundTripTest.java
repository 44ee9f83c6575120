package dev.ferrite.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.span.SourceMap;
import dev.ferrite.syntax.ast.Crate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Pretty-print → re-parse gives the same AST (ignoring spans), for every program in the repository. */
class RoundTripTest {
    static final Path ROOT = Path.of(System.getProperty("ferrite.root", "."));

    static String roundTripProblem(String name, String src) {
        // the parser snapshot inputs may name their edition on the first line: `// edition:2015`
        Parser.Edition edition = src.startsWith("// edition:") ? Parser.Edition.of(src.substring(11, 15)) : Parser.Edition.E2021;
        DiagCtxt d1 = new DiagCtxt();
        Crate c1 = Parser.parseFile(new SourceMap().add(name, src), d1, edition);
        if (d1.hasErrors()) return null; // only files that parse are compared
        String printed = Pretty.print(c1);
        DiagCtxt d2 = new DiagCtxt();
        Crate c2 = Parser.parseFile(new SourceMap().add(name + " (pretty)", printed), d2, edition);
        if (d2.hasErrors()) return "the pretty-printed source does not parse: " + d2.diagnostics() + "\n" + printed;
        String a = AstDump.dump(c1), b = AstDump.dump(c2);
        if (!a.equals(b)) return "re-parsed AST differs:\n" + AstDump.firstDifference(a, b);
        if (!AstDump.same(c1, c2)) return "AstDump.same disagrees with equal dumps";
        return null;
    }

    @org.junit.jupiter.api.Test
    void sameTellsAstsApart() {
        Crate a = Parser.parseFile(new SourceMap().add("a.rs", "fn f() { #[a] x + 1; }"), new DiagCtxt(), Parser.Edition.E2021);
        Crate b = Parser.parseFile(new SourceMap().add("b.rs", "fn f() {\n    #[a] x + 1;\n}\n"), new DiagCtxt(), Parser.Edition.E2021);
        Crate c = Parser.parseFile(new SourceMap().add("c.rs", "fn f() { #[a] x + 2; }"), new DiagCtxt(), Parser.Edition.E2021);
        Crate d = Parser.parseFile(new SourceMap().add("d.rs", "fn f() { x + 1; }"), new DiagCtxt(), Parser.Edition.E2021);
        assertThat(AstDump.same(a, b)).isTrue();
        assertThat(AstDump.same(a, c)).isFalse();
        assertThat(AstDump.same(a, d)).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> everyProgramRoundTrips() throws IOException {
        Stream<Path> files;
        try (Stream<Path> s = Stream.concat(Stream.concat(Files.walk(ROOT.resolve("tests")), Files.walk(ROOT.resolve("library"))),
                Stream.concat(Stream.concat(Files.walk(ROOT.resolve("examples")), Files.walk(ROOT.resolve("bench"))),
                        Files.walk(ROOT.resolve("src/test/resources/syntax/parser/ok"))))) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream();
        }
        return files.map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            String problem = roundTripProblem(p.toString(), Files.readString(p));
            assertThat(problem).as(p.toString()).isNull();
        }));
    }
}
