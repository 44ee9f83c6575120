package dev.ferrite.driver;

import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Definitions;
import dev.ferrite.resolve.DefCollector;
import dev.ferrite.resolve.ItemLowering;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.hir.Res;
import java.util.List;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Ident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the crates of a compilation — {@code core} and {@code std} from the library in the jar, then
 * the user's crate — with their {@code mod foo;} files, resolves their names and lowers them to HIR.
 */
final class CrateLoader {
    private final SourceMap sm;
    private final DiagnosticSink diag;
    private final Parser.Edition edition;
    private final Definitions defs = new Definitions();
    /** Where the files of each module's `mod foo;` children are: a library resource prefix or a directory. */
    private final Map<DefId, String> libDirs = new HashMap<>();
    private final Map<DefId, Path> userDirs = new HashMap<>();

    CrateLoader(SourceMap sm, DiagnosticSink diag, Parser.Edition edition) {
        this.sm = sm;
        this.diag = diag;
        this.edition = edition;
    }

    /** Collects core, std and the user's crate rooted at {@code rootFile}, and resolves their imports. */
    HirCrate resolve(Crate user, Path rootFile) {
        DefCollector dc = new DefCollector(defs, diag, this::loadModule);
        dc.setModuleDirForHelp(d -> {
            Path dir = userDirs.get(d);
            if (dir == null) return "";
            String shown = displayPath(dir);
            return shown.isEmpty() ? "" : shown + "/";
        });
        DefId core = libraryCrate(dc, Symbol.CORE, "core/src");
        DefId std = libraryCrate(dc, Symbol.STD, "std/src");
        Path dir = rootFile.toAbsolutePath().getParent();
        userDirs.put(new DefId(defs.size()), dir);
        String stem = rootFile.getFileName().toString().replaceFirst("\\.rs$", "").replace('-', '_');
        DefId main = dc.collectCrate(Symbol.intern(stem), user);
        dc.link(core, Map.of(Symbol.CORE, core));
        dc.link(std, Map.of(Symbol.CORE, core, Symbol.STD, std));
        dc.link(main, Map.of(Symbol.CORE, core, Symbol.STD, std));
        dc.resolveImports();
        dc.setPrelude(core, core, "2021");
        dc.setPrelude(std, core, "2021");
        dc.setPrelude(main, std, edition == Parser.Edition.E2015 ? "2015" : edition == Parser.Edition.E2018 ? "2018"
                : edition == Parser.Edition.E2024 ? "2024" : "2021");
        if (hasErrors()) return null;
        ItemLowering lowering = new ItemLowering(dc, defs, diag);
        for (DefId c : List.of(core, std, main)) lowering.collectLangItems(c);
        for (DefId c : List.of(core, std, main)) lowering.lowerCrate(c);
        Res mainFn = dc.lookup(main, List.of("main"), DefKind.Ns.VALUE);
        DefId mainDef = mainFn instanceof Res.Def d && d.kind() == DefKind.FN ? d.def() : null;
        return lowering.finish(Map.of("core", core, "std", std, "main", main), main, mainDef);
    }

    private boolean hasErrors() {
        return diag instanceof dev.ferrite.diagnostics.DiagCtxt d && d.hasErrors();
    }

    private DefId libraryCrate(DefCollector dc, Symbol name, String dir) {
        libDirs.put(new DefId(defs.size()), dir);
        String path = dir + "/lib.rs";
        return dc.collectCrate(name, parseLibrary(path));
    }

    private Crate parseLibrary(String rel) {
        byte[] bytes = LibrarySources.read(rel);
        if (bytes == null) return null;
        return Parser.parseFile(sm.add(LibrarySources.PREFIX + rel, bytes), diag, Parser.Edition.E2021);
    }

    /** `mod name;` declared in the parent of {@code module}: `name.rs` or `name/mod.rs` next to the parent's file. */
    private Crate loadModule(DefId module, Ident name) {
        DefId parent = defs.parent(module);
        String n = name.name().text();
        String libDir = libDirs.get(parent);
        if (libDir != null) {
            libDirs.put(module, libDir + "/" + n);
            for (String rel : new String[]{libDir + "/" + n + ".rs", libDir + "/" + n + "/mod.rs"}) {
                if (LibrarySources.read(rel) != null) return parseLibrary(rel);
            }
            return null;
        }
        Path dir = userDirs.get(parent);
        if (dir == null) return null;
        userDirs.put(module, dir.resolve(n));
        for (Path p : new Path[]{dir.resolve(n + ".rs"), dir.resolve(n).resolve("mod.rs")}) {
            if (Files.isRegularFile(p)) {
                try {
                    return Parser.parseFile(sm.add(displayPath(p), Files.readAllBytes(p)), diag, edition);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Paths shown in diagnostics are relative to the working directory, as rustc shows them. */
    private static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
