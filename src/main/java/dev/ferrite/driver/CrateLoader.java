package dev.ferrite.driver;

import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.expand.Cfg;
import dev.ferrite.expand.ExpandSession;
import dev.ferrite.expand.Expander;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Definitions;
import dev.ferrite.metadata.LibraryMetadata;
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
 * Loads the user's crate against the library: the library (core, alloc, std) comes from its
 * metadata ({@link LibraryMetadata}: its definitions, exported macros, module graph and, on
 * demand, its HIR); the user's crate is expanded ({@link Expander}: {@code mod foo;} files, cfg,
 * macros, derives), collected, resolved and lowered to HIR after it, as crate number 4.
 */
final class CrateLoader {
    private final SourceMap sm;
    private final DiagnosticSink diag;
    private final Parser.Edition edition;
    private final LibraryMetadata library;
    private final Definitions defs;
    /** The directory of the user's crate root file (by the root's DefId), for E0583's help. */
    private final Map<DefId, Path> userDirs = new HashMap<>();

    /** The user's crate after expansion (for {@code -Zunpretty=expanded}). */
    private Crate expandedUser;

    Crate expandedUserCrate() {
        return expandedUser;
    }

    private final PassTimer timer;

    private final Path cwd;

    CrateLoader(SourceMap sm, DiagnosticSink diag, Parser.Edition edition, PassTimer timer, LibraryMetadata library,
                Path cwd) {
        this.cwd = cwd;
        this.sm = sm;
        this.diag = diag;
        this.edition = edition;
        this.timer = timer;
        this.library = library;
        this.defs = library.newDefinitions();
    }

    /** Collects the user's crate rooted at {@code rootFile} after the library's, and resolves it. */
    HirCrate resolve(Crate user, Path rootFile) {
        DefCollector dc = new DefCollector(defs, diag, this::loadModule, library.externCrates());
        dc.setModuleDirForHelp(d -> {
            Path dir = userDirOf(d);
            if (dir == null) return "";
            String shown = displayPath(dir);
            return shown.isEmpty() ? "" : shown + "/";
        });
        ExpandSession es = new ExpandSession(Cfg.host(false), sm, diag);
        es.setWorkingDirectory(cwd);
        library.registerCrates(es);
        DefId core = library.crateRoots().get("core");
        DefId std = library.crateRoots().get("std");
        Path dir = rootFile.getParent();
        userDirs.put(new DefId(defs.size()), dir);
        // rustc names the crate after the root file (what module_path! and some messages show)
        String stem = rootFile.getFileName().toString().replaceFirst("\\.rs$", "").replace('-', '_');
        ExpandSession.CrateInfo mainInfo = es.addCrate(Symbol.intern(stem), edition,
                Map.of(Symbol.CORE, 1, Symbol.STD, 3), List.of(3));
        Crate expanded = new Expander(es, mainInfo, this::loadUserModule).warnUnusedMacros().expandCrate(user, dir.toString());
        expandedUser = expanded;
        if (es.hadFatalError()) return null;
        DefId main = dc.collectCrate(Symbol.intern(stem), expanded);
        timer.lap("expand_crate");
        dc.link(main, Map.of(Symbol.CORE, core, Symbol.STD, std));
        if (edition == Parser.Edition.E2015) dc.setEdition2015(main);
        dc.resolveImports();
        dc.setPrelude(main, std, edition == Parser.Edition.E2015 ? "2015" : edition == Parser.Edition.E2018 ? "2018"
                : edition == Parser.Edition.E2024 ? "2024" : "2021");
        timer.lap("resolve_imports");
        if (hasErrors()) return null;
        ItemLowering lowering = new ItemLowering(dc, defs, diag);
        lowering.collectLangItems(main);
        lowering.lowerCrate(main);
        timer.lap("hir_lowering");
        Res mainFn = dc.lookup(main, List.of("main"), DefKind.Ns.VALUE);
        DefId mainDef = mainFn instanceof Res.Def d && d.kind() == DefKind.FN ? d.def() : null;
        Map<String, DefId> roots = new HashMap<>(library.crateRoots());
        roots.put("main", main);
        return lowering.finish(Map.copyOf(roots), main, mainDef);
    }

    private boolean hasErrors() {
        return diag instanceof dev.ferrite.diagnostics.DiagCtxt d && d.hasErrors();
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
    private String displayPath(Path p) {
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
