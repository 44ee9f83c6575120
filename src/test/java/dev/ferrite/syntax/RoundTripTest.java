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
        DiagCtxt d1 = new DiagCtxt();
        Crate c1 = Parser.parseFile(new SourceMap().add(name, src), d1, Parser.Edition.E2021);
        if (d1.hasErrors()) return null; // only files that parse are compared
        String printed = Pretty.print(c1);
        DiagCtxt d2 = new DiagCtxt();
        Crate c2 = Parser.parseFile(new SourceMap().add(name + " (pretty)", printed), d2, Parser.Edition.E2021);
        if (d2.hasErrors()) return "the pretty-printed source does not parse: " + d2.diagnostics() + "\n" + printed;
        String a = AstDump.dump(c1), b = AstDump.dump(c2);
        if (!a.equals(b)) return "re-parsed AST differs:\n" + firstDifference(a, b);
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

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n"), y = b.split("\n");
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 5); k < i; k++) sb.append("  ").append(x[k]).append('\n');
        if (i < x.length) sb.append("- ").append(x[i]).append('\n');
        if (i < y.length) sb.append("+ ").append(y[i]).append('\n');
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyProgramRoundTrips() throws IOException {
        Stream<Path> files;
        try (Stream<Path> s = Stream.concat(Stream.concat(Files.walk(ROOT.resolve("tests")), Files.walk(ROOT.resolve("library"))),
                Stream.concat(Files.walk(ROOT.resolve("examples")), Files.walk(ROOT.resolve("bench"))))) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream();
        }
        return files.map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            String problem = roundTripProblem(p.toString(), Files.readString(p));
            assertThat(problem).as(p.toString()).isNull();
        }));
    }
}
