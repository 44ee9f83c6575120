package dev.ferrite.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.expand.Cfg;
import dev.ferrite.expand.ExpandSession;
import dev.ferrite.expand.Expander;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Res;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.ast.Crate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Collects the real standard library (core, alloc and std from {@code library/}) and resolves all its
 * imports: every `use` must resolve, and well-known paths must name what they should.
 */
class LibraryResolveTest {
    private static final Path LIB = Path.of(System.getProperty("ferrite.root", ".")).resolve("library");
    private final SourceMap sm = new SourceMap();
    private final DiagCtxt diag = new DiagCtxt();
    private final Definitions defs = new Definitions();

    private Crate parse(Path p) {
        try {
            return Parser.parseFile(sm.add(LIB.relativize(p).toString(), Files.readAllBytes(p)), diag, Parser.Edition.E2021);
        } catch (IOException e) {
            return null;
        }
    }

    private final ExpandSession expansion = new ExpandSession(Cfg.host(false), sm, diag);

    /** A library crate parsed and expanded (its `mod foo;` files loaded from `dir`). */
    private Crate expanded(Symbol name, String dir) {
        ExpandSession.CrateInfo info = name == Symbol.CORE
                ? expansion.addCrate(Symbol.CORE, Parser.Edition.E2021, Map.of(Symbol.CORE, 1), List.of())
                : name == Symbol.ALLOC
                ? expansion.addCrate(Symbol.ALLOC, Parser.Edition.E2021, Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2), List.of(1))
                : expansion.addCrate(Symbol.STD, Parser.Edition.E2021, Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2, Symbol.STD, 3), List.of(1));
        Crate root = parse(LIB.resolve(dir).resolve("lib.rs"));
        return new Expander(expansion, info, (d, id) -> {
            Path base = Path.of(d);
            for (Path p : List.of(base.resolve(id.name().text() + ".rs"), base.resolve(id.name().text()).resolve("mod.rs"))) {
                if (Files.exists(p)) return parse(p);
            }
            return null;
        }).expandCrate(root, LIB.resolve(dir).toString());
    }

    /** Expansion has loaded every module file there is: a `mod foo;` left to resolution has none. */
    private Crate load(DefId module, dev.ferrite.syntax.ast.Ident name) {
        return null;
    }

    /** Collects core and std and links them as a user crate sees them. */
    private DefId[] library(DefCollector dc) {
        DefId core = dc.collectCrate(Symbol.CORE, expanded(Symbol.CORE, "core/src"));
        DefId alloc = dc.collectCrate(Symbol.ALLOC, expanded(Symbol.ALLOC, "alloc/src"));
        DefId std = dc.collectCrate(Symbol.STD, expanded(Symbol.STD, "std/src"));
        dc.link(core, Map.of(Symbol.CORE, core));
        dc.link(alloc, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc));
        dc.link(std, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc, Symbol.STD, std));
        return new DefId[]{core, std};
    }

    @Test
    void unresolvedImportsAreReportedInRustcWords() {
        DefCollector dc = new DefCollector(defs, diag, this::load);
        DefId[] lib = library(dc);
        Crate user = Parser.parseFile(sm.add("main.rs", "use std::fmt::Foo;\nuse nosuch::Bar;\nuse std::fmt::Display;\nfn main() {}\n"),
                diag, Parser.Edition.E2021);
        DefId main = dc.collectCrate(Symbol.intern("main"), user);
        dc.link(main, Map.of(Symbol.CORE, lib[0], Symbol.STD, lib[1]));
        dc.resolveImports();
        String out = String.join("", diag.diagnostics().stream().map(new HumanEmitter(sm)::render).toList());
        assertThat(out).isEqualTo("""
                error[E0432]: unresolved import `std::fmt::Foo`
                 --> main.rs:1:5
                  |
                1 | use std::fmt::Foo;
                  |     ^^^^^^^^^^^^^ no `Foo` in `fmt`

                error[E0432]: unresolved import `nosuch`
                 --> main.rs:2:5
                  |
                2 | use nosuch::Bar;
                  |     ^^^^^^ use of unresolved module or unlinked crate `nosuch`
                  |
                  = help: you might be missing a crate named `nosuch`

                """);
    }

    @Test
    void everyImportAndSignatureOfTheStandardLibraryResolves() {
        DefCollector dc = new DefCollector(defs, diag, this::load);
        // Expansion loads the modules' files, cfg-strips and expands all macros first.
        DefId core = dc.collectCrate(Symbol.CORE, expanded(Symbol.CORE, "core/src"));
        DefId alloc = dc.collectCrate(Symbol.ALLOC, expanded(Symbol.ALLOC, "alloc/src"));
        DefId std = dc.collectCrate(Symbol.STD, expanded(Symbol.STD, "std/src"));
        dc.link(core, Map.of(Symbol.CORE, core));
        dc.link(alloc, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc));
        dc.link(std, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc, Symbol.STD, std));
        dc.resolveImports();
        dc.setPrelude(core, core, "2021");
        dc.setPrelude(alloc, core, "2021");
        dc.setPrelude(std, core, "2021");
        ItemLowering lowering = new ItemLowering(dc, defs, diag);
        for (DefId c : List.of(core, alloc, std)) lowering.collectLangItems(c);
        for (DefId c : List.of(core, alloc, std)) lowering.lowerCrate(c);
        HumanEmitter e = new HumanEmitter(sm);
        assertThat(diag.diagnostics()).as(() -> String.join("", diag.diagnostics().stream().map(e::render).toList())).isEmpty();

        assertThat(dc.lookup(std, List.of("fmt", "Display"), DefKind.Ns.TYPE)).isInstanceOf(Res.Def.class)
                .extracting(r -> ((Res.Def) r).kind()).isEqualTo(DefKind.TRAIT);
        assertThat(dc.lookup(std, List.of("option", "Option"), DefKind.Ns.TYPE))
                .extracting(r -> ((Res.Def) r).kind()).isEqualTo(DefKind.ENUM);
        assertThat(dc.lookup(std, List.of("prelude", "rust_2021", "Some"), DefKind.Ns.VALUE))
                .extracting(r -> ((Res.Def) r).kind()).isEqualTo(DefKind.CTOR);
        assertThat(dc.lookup(std, List.of("println"), DefKind.Ns.MACRO))
                .extracting(r -> ((Res.Def) r).kind()).isEqualTo(DefKind.MACRO);
        assertThat(dc.lookup(std, List.of("format_args"), DefKind.Ns.MACRO)).isNotNull();
        // std::fmt is core::fmt: the same definition
        assertThat(dc.lookup(std, List.of("fmt", "Formatter"), DefKind.Ns.TYPE))
                .isEqualTo(dc.lookup(core, List.of("fmt", "Formatter"), DefKind.Ns.TYPE));
    }
}
