package dev.ferrite.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.span.SourceMap;
import dev.ferrite.syntax.ast.Crate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser snapshots in rust-analyzer's spirit: each {@code src/test/resources/syntax/parser/{ok,err}/NAME.rs}
 * has {@code NAME.txt} with the span-free AST dump and the rendered errors. {@code ok} inputs must
 * parse without errors, {@code err} inputs must report some and still produce the rest of the file.
 * Inputs parse as edition 2021 unless their first line says otherwise ({@code // edition:2015}).
 * Re-bless with {@code ./mvnw -B test -Dtest=ParserSnapshotTest -Dbless=true}.
 */
class ParserSnapshotTest {
    private static final Path DIR = Path.of(System.getProperty("ferrite.root", ".")).resolve("src/test/resources/syntax/parser");
    private static final boolean BLESS = Boolean.getBoolean("bless");

    @TestFactory
    Stream<DynamicTest> snapshots() throws IOException {
        try (Stream<Path> s = Files.walk(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(DIR.relativize(p).toString(), () -> check(p)));
        }
    }

    private static void check(Path p) throws IOException {
        SourceMap sm = new SourceMap();
        DiagCtxt diag = new DiagCtxt();
        String name = DIR.relativize(p).toString();
        byte[] src = Files.readAllBytes(p);
        // an input may name its edition on its first line: `// edition:2015`
        String head = new String(src, 0, Math.min(src.length, 20), java.nio.charset.StandardCharsets.UTF_8);
        Parser.Edition edition = head.startsWith("// edition:") ? Parser.Edition.of(head.substring(11, 15)) : Parser.Edition.E2021;
        Crate c = Parser.parseFile(sm.add(name, src), diag, edition);
        StringBuilder actual = new StringBuilder(AstDump.dump(c));
        HumanEmitter emitter = new HumanEmitter(sm);
        for (Diagnostic d : diag.diagnostics()) actual.append(emitter.render(d));
        boolean ok = name.startsWith("ok");
        assertThat(diag.hasErrors()).as("%s: errors expected only in err/ inputs", name).isEqualTo(!ok);
        Path snap = p.resolveSibling(p.getFileName().toString().replace(".rs", ".txt"));
        if (BLESS || !Files.exists(snap)) {
            Files.writeString(snap, actual.toString());
            assertThat(BLESS).as("snapshot %s was missing and has been written; review and commit it", snap).isTrue();
            return;
        }
        assertThat(actual.toString()).as("%s (re-bless: ./mvnw -B test -Dtest=ParserSnapshotTest -Dbless=true)", name)
                .isEqualTo(Files.readString(snap));
    }
}
