package dev.ferrite.driver;

import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.expand.Cfg;
import dev.ferrite.expand.ExpandSession;
import dev.ferrite.expand.Expander;
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
import java.util.List;
import java.util.Map;

/**
 * Loads the crates of a compilation — {@code core}, {@code alloc} and {@code std} from the library in the jar, then
 * the user's crate — expands each of them ({@link Expander}: {@code mod foo;} files, cfg, macros,
 * derives), resolves their names and lowers them to HIR. Crates are expanded and collected in the
 * same order (core, alloc, std, user), so the crate numbers that {@code $crate} carries are the order of
 * {@link DefCollector#collectCrate}.
 */
final class CrateLoader {
    private final SourceMap sm;
    private final DiagnosticSink diag;
    private final Parser.Edition edition;
    private final Definitions defs = new Definitions();
    /** The directory of the user's crate root file (by the root's DefId), for E0583's help. */
    private final Map<DefId, Path> userDirs = new HashMap<>();

    /** The user's crate after expansion (for {@code -Zunpretty=expanded}). */
    private Crate expandedUser;

    Crate expandedUserCrate() {
        return expandedUser;
    }

    CrateLoader(SourceMap sm, DiagnosticSink diag, Parser.Edition edition) {
        this.sm = sm;
        this.diag = diag;
        this.edition = edition;
    }

    /** Collects core, std and the user's crate rooted at {@code rootFile}, and resolves their imports. */
    HirCrate resolve(Crate user, Path rootFile) {
        DefCollector dc = new DefCollector(defs, diag, this::loadModule);
        dc.setModuleDirForHelp(d -> {
            Path dir = userDirOf(d);
            if (dir == null) return "";
            String shown = displayPath(dir);
            return shown.isEmpty() ? "" : shown + "/";
        });
        ExpandSession es = new ExpandSession(Cfg.host(false), sm, diag);
        ExpandSession.CrateInfo coreInfo = es.addCrate(Symbol.CORE, Parser.Edition.E2021, Map.of(Symbol.CORE, 1), List.of());
        DefId core = libraryCrate(dc, es, coreInfo, "core/src");
        ExpandSession.CrateInfo allocInfo = es.addCrate(Symbol.ALLOC, Parser.Edition.E2021,
                Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2), List.of(1));
        DefId alloc = libraryCrate(dc, es, allocInfo, "alloc/src");
        ExpandSession.CrateInfo stdInfo = es.addCrate(Symbol.STD, Parser.Edition.E2021,
                Map.of(Symbol.CORE, 1, Symbol.ALLOC, 2, Symbol.STD, 3), List.of(1));
        DefId std = libraryCrate(dc, es, stdInfo, "std/src");
        Path dir = rootFile.toAbsolutePath().getParent();
        userDirs.put(new DefId(defs.size()), dir);
        // rustc names the crate after the root file (what module_path! and some messages show)
        String stem = rootFile.getFileName().toString().replaceFirst("\\.rs$", "").replace('-', '_');
        ExpandSession.CrateInfo mainInfo = es.addCrate(Symbol.intern(stem), edition,
                Map.of(Symbol.CORE, 1, Symbol.STD, 3), List.of(3));
        Crate expanded = new Expander(es, mainInfo, this::loadUserModule).warnUnusedMacros().expandCrate(user, dir.toString());
        expandedUser = expanded;
        if (es.hadFatalError()) return null;
        DefId main = dc.collectCrate(Symbol.intern(stem), expanded);
        dc.link(core, Map.of(Symbol.CORE, core));
        dc.link(alloc, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc));
        dc.link(std, Map.of(Symbol.CORE, core, Symbol.ALLOC, alloc, Symbol.STD, std));
        dc.link(main, Map.of(Symbol.CORE, core, Symbol.STD, std));
        dc.resolveImports();
        dc.setPrelude(core, core, "2021");
        dc.setPrelude(alloc, core, "2021");
        dc.setPrelude(std, core, "2021");
        dc.setPrelude(main, std, edition == Parser.Edition.E2015 ? "2015" : edition == Parser.Edition.E2018 ? "2018"
                : edition == Parser.Edition.E2024 ? "2024" : "2021");
        if (hasErrors()) return null;
        ItemLowering lowering = new ItemLowering(dc, defs, diag);
        for (DefId c : List.of(core, alloc, std, main)) lowering.collectLangItems(c);
        for (DefId c : List.of(core, alloc, std, main)) lowering.lowerCrate(c);
        Res mainFn = dc.lookup(main, List.of("main"), DefKind.Ns.VALUE);
        DefId mainDef = mainFn instanceof Res.Def d && d.kind() == DefKind.FN ? d.def() : null;
        return lowering.finish(Map.of("core", core, "alloc", alloc, "std", std, "main", main), main, mainDef);
    }

    private boolean hasErrors() {
        return diag instanceof dev.ferrite.diagnostics.DiagCtxt d && d.hasErrors();
    }

    private DefId libraryCrate(DefCollector dc, ExpandSession es, ExpandSession.CrateInfo info, String dir) {
        Crate parsed = parseLibrary(dir + "/lib.rs");
        Crate expanded = parsed == null ? null : new Expander(es, info, this::loadLibraryModule).expandCrate(parsed, dir);
        return dc.collectCrate(info.name(), expanded);
    }

    /** `mod name;` in a library module whose children are the resources under {@code dir}. */
    private Crate loadLibraryModule(String dir, Ident name) {
        String n = name.name().text();
        for (String rel : new String[]{dir + "/" + n + ".rs", dir + "/" + n + "/mod.rs"}) {
            if (LibrarySources.read(rel) != null) return parseLibrary(rel);
        }
        return null;
    }

    /** `mod name;` in a user module whose children are in directory {@code dir}. */
    private Crate loadUserModule(String dir, Ident name) {
        Path d = Path.of(dir);
        String n = name.name().text();
        for (Path p : new Path[]{d.resolve(n + ".rs"), d.resolve(n).resolve("mod.rs")}) {
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

    private Crate parseLibrary(String rel) {
        byte[] bytes = LibrarySources.read(rel);
        if (bytes == null) return null;
        return Parser.parseFile(sm.add(LibrarySources.PREFIX + rel, bytes), diag, Parser.Edition.E2021);
    }

    /**
     * `mod name;` whose file expansion did not find: there is none (resolution reports E0583).
     * Expansion loads every module file that exists, so this only confirms the absence.
     */
    private Crate loadModule(DefId module, Ident name) {
        return null;
    }

    /** The directory holding the children of a user module: the root's directory and the modules' names. */
    private Path userDirOf(DefId d) {
        List<String> names = new java.util.ArrayList<>();
        DefId cur = d;
        while (cur != null && !userDirs.containsKey(cur)) {
            names.addFirst(defs.name(cur).text());
            cur = defs.parent(cur);
        }
        if (cur == null) return null;
        Path dir = userDirs.get(cur);
        for (String n : names) dir = dir.resolve(n);
        return dir;
    }

    /** Paths shown in diagnostics are relative to the working directory, as rustc shows them. */
    private static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
