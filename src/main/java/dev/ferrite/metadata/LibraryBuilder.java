package dev.ferrite.metadata;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.expand.Cfg;
import dev.ferrite.expand.ExpandSession;
import dev.ferrite.expand.Expander;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.resolve.DefCollector;
import dev.ferrite.resolve.ExternCrates;
import dev.ferrite.resolve.ItemLowering;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.types.Tcx;
import java.util.List;
import java.util.Map;

/**
 * Compiles the library's front end from source: parses, expands, collects, resolves and lowers
 * {@code core}, {@code alloc} and {@code std} to HIR, in that order, in a compilation of their
 * own (their files first in the source map, their DefIds and BodyIds from 0), and hands the
 * result to {@link MetadataWriter}. A user's compilation never runs this; it reads the metadata.
 */
final class LibraryBuilder {
    private final LibrarySources sources;
    final SourceMap sm = new SourceMap();
    final DiagCtxt diag = new DiagCtxt();
    final Definitions defs = new Definitions();
    final ExpandSession es = new ExpandSession(Cfg.host(false), sm, diag);
    DefCollector dc;
    ItemLowering lowering;
    HirCrate hir;
    Tcx tcx;
    ExternCrates crates;

    LibraryBuilder(LibrarySources sources) {
        this.sources = sources;
    }

    LibraryBuilder build() {
        dc = new DefCollector(defs, diag, (DefId d, Ident n) -> null);
        ExpandSession.CrateInfo coreInfo = es.addCrate(Symbol.CORE, Parser.Edition.E2021, Map.of(Symbol.CORE, 1), List.of());
        DefId core = crate(coreInfo, "core/src");
        ExpandSession.CrateInfo allocInfo = es.addCrate(Symbol.ALLOC, Parser.Edition.E2021,
                Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2), List.of(1));
        DefId alloc = crate(allocInfo, "alloc/src");
        ExpandSession.CrateInfo stdInfo = es.addCrate(Symbol.STD, Parser.Edition.E2021,
                Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2, Symbol.STD, 3), List.of(1));
        DefId std = crate(stdInfo, "std/src");
        failOnErrors();
        dc.link(core, Map.of(Symbol.CORE, core));
        dc.link(alloc, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc));
        dc.link(std, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc, Symbol.STD, std));
        dc.resolveImports();
        dc.setPrelude(core, core, "2021");
        dc.setPrelude(alloc, core, "2021");
        dc.setPrelude(std, core, "2021");
        failOnErrors();
        lowering = new ItemLowering(dc, defs, diag);
        for (DefId c : List.of(core, alloc, std)) lowering.collectLangItems(c);
        for (DefId c : List.of(core, alloc, std)) lowering.lowerCrate(c);
        hir = lowering.finish(Map.of("core", core, "alloc", alloc, "std", std), std, null);
        failOnErrors();
        tcx = new Tcx(hir, diag);
        crates = ExternCrates.of(dc, lowering, null);
        return this;
    }

    private DefId crate(ExpandSession.CrateInfo info, String dir) {
        Crate parsed = parse(dir + "/lib.rs");
        Crate expanded = parsed == null ? null : new Expander(es, info, this::loadModule).expandCrate(parsed, dir);
        if (expanded == null) throw new IllegalStateException("the library has no " + dir + "/lib.rs");
        return dc.collectCrate(info.name(), expanded);
    }

    /** `mod name;` in a library module whose children are the files under {@code dir}. */
    private Crate loadModule(String dir, Ident name) {
        String n = name.name().text();
        for (String rel : new String[]{dir + "/" + n + ".rs", dir + "/" + n + "/mod.rs"}) {
            if (sources.read(rel) != null) return parse(rel);
        }
        return null;
    }

    private Crate parse(String rel) {
        byte[] bytes = sources.read(rel);
        if (bytes == null) return null;
        return Parser.parseFile(sm.add(LibrarySources.PREFIX + rel, bytes), diag, Parser.Edition.E2021);
    }

    /** The library must compile: an error in it is Ferrite's bug, reported as an internal error. */
    private void failOnErrors() {
        if (!diag.hasErrors()) return;
        HumanEmitter emitter = new HumanEmitter(sm);
        StringBuilder sb = new StringBuilder("the standard library failed to compile:\n");
        for (Diagnostic d : diag.diagnostics()) sb.append(emitter.render(d));
        throw new IllegalStateException(sb.toString());
    }
}
