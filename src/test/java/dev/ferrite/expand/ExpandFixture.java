package dev.ferrite.expand;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Pretty;
import dev.ferrite.syntax.ast.Crate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Expands the real core, alloc and std from {@code library/}, then a user crate given as text. */
final class ExpandFixture {
    static final Path LIB = Path.of(System.getProperty("ferrite.root", ".")).resolve("library");
    final SourceMap sm = new SourceMap();
    final DiagCtxt diag = new DiagCtxt();
    final ExpandSession session = new ExpandSession(Cfg.host(false), sm, diag);
    Crate core;
    Crate alloc;
    Crate std;

    ExpandFixture() {
        core = library(Symbol.CORE, "core/src", Map.of(Symbol.CORE, 1), List.of());
        alloc = library(Symbol.ALLOC, "alloc/src", Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2), List.of(1));
        std = library(Symbol.STD, "std/src", Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2, Symbol.STD, 3), List.of(1));
    }

    private Crate parse(Path p) {
        try {
            return Parser.parseFile(sm.add(LIB.relativize(p).toString(), Files.readAllBytes(p)), diag, Parser.Edition.E2021);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Crate library(Symbol name, String dir, Map<Symbol, Integer> externs, List<Integer> prelude) {
        ExpandSession.CrateInfo info = session.addCrate(name, Parser.Edition.E2021, externs, prelude);
        return new Expander(session, info, (d, id) -> {
            Path base = Path.of(d);
            for (Path p : List.of(base.resolve(id.name().text() + ".rs"), base.resolve(id.name().text()).resolve("mod.rs"))) {
                if (Files.exists(p)) return parse(p);
            }
            return null;
        }).expandCrate(parse(LIB.resolve(dir).resolve("lib.rs")), LIB.resolve(dir).toString());
    }

    /** Expands {@code src} as the user crate {@code main}; files of `mod foo;` come from {@code files}. */
    Crate expand(String src, Map<String, String> files) {
        ExpandSession.CrateInfo info = session.addCrate(Symbol.intern("main"), Parser.Edition.E2021,
                Map.of(Symbol.CORE, 1, Symbol.STD, 3), List.of(3));
        Crate user = Parser.parseFile(sm.add("main.rs", src), diag, Parser.Edition.E2021);
        return new Expander(session, info, (d, id) -> {
            String text = files.get(d + "/" + id.name().text() + ".rs");
            return text == null ? null : Parser.parseFile(sm.add(id.name().text() + ".rs", text), diag, Parser.Edition.E2021);
        }).expandCrate(user, "");
    }

    /** The pretty-printed expansion of {@code src}. */
    String pretty(String src) {
        return Pretty.print(expand(src, Map.of()));
    }

    String errors() {
        HumanEmitter e = new HumanEmitter(sm);
        return String.join("", diag.diagnostics().stream().map(e::render).toList());
    }
}
