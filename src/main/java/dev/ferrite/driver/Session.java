package dev.ferrite.driver;

import dev.ferrite.borrowck.Borrowck;
import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.diagnostics.JsonEmitter;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.interp.TcxProgram;
import dev.ferrite.metadata.LibraryCache;
import dev.ferrite.metadata.LibraryMetadata;
import dev.ferrite.mir.MirPrinter;
import dev.ferrite.mir.TcxMirNames;
import dev.ferrite.mir.build.MirQueries;
import java.util.ArrayList;
import java.util.List;
import dev.ferrite.span.Span;
import dev.ferrite.syntax.Parser;
import dev.ferrite.traits.ParamEnv;
import dev.ferrite.traits.Solver;
import dev.ferrite.typeck.SolverInferCtxt;
import dev.ferrite.typeck.TcxTraitDatabase;
import dev.ferrite.typeck.Typeck;
import dev.ferrite.types.Tcx;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.SourceMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One compilation: the source map, the diagnostics, and the phases asked for in order. */
final class Session {
    final Cli.Options opts;
    final PrintStream out;
    final PrintStream err;
    final SourceMap sourceMap = new SourceMap();
    final DiagCtxt diag = new DiagCtxt();
    final PassTimer timer;

    /** The directory relative paths are resolved against (the daemon serves clients in other directories). */
    final Path cwd;

    /** The standard input of the program that {@code run} runs. */
    final java.io.InputStream stdin;

    Session(Cli.Options opts, java.io.InputStream stdin, PrintStream out, PrintStream err, Path cwd) {
        this.stdin = stdin;
        this.cwd = cwd;
        this.opts = opts;
        this.out = out;
        this.err = err;
        this.timer = new PassTimer(err, opts.timePasses);
    }

    /** rustc's form for errors that have no span: the message, a blank line, the abort line. */
    static void printError(PrintStream err, String message) {
        err.print("error: " + message + "\n\n");
        err.flush();
    }

    /** Reads the crate root, reporting a missing or unreadable file as rustc does. Null on failure. */
    SourceFile readRoot(String input) {
        try {
            return sourceMap.add(Path.of(input).toString(), Files.readAllBytes(cwd.resolve(input)));
        } catch (NoSuchFileException e) {
            printError(err, "couldn't read `" + input + "`: No such file or directory (os error 2)");
        } catch (IOException e) {
            String why = Files.isDirectory(cwd.resolve(input)) ? "Is a directory (os error 21)" : e.getMessage();
            printError(err, "couldn't read `" + input + "`: " + why);
        }
        err.print("error: aborting due to 1 previous error\n\n");
        err.flush();
        return null;
    }

    int compile(String command, String input) {
        LibraryMetadata library = LibraryCache.shared();
        library.addSourceFiles(sourceMap);
        timer.lap("load_library_metadata");
        SourceFile root = readRoot(input);
        if (root == null) return 1;
        Parser.Edition edition = Parser.Edition.of(opts.edition);
        Crate crate = Parser.parseFile(root, diag, edition);
        timer.lap("parse_crate");
        if (diag.hasErrors()) return finish();
        CrateLoader loader = new CrateLoader(sourceMap, diag, edition, timer, library, cwd);
        HirCrate hir = loader.resolve(crate, cwd.resolve(input));
        if (opts.unprettyExpanded && loader.expandedUserCrate() != null) {
            out.print(dev.ferrite.syntax.Pretty.print(loader.expandedUserCrate()));
            out.flush();
            return finish();
        }
        if (hir == null || diag.hasErrors()) return finish();
        int libraryDefs = library.defCount();
        List<DefId> roots = new ArrayList<>();
        for (Body b : hir.localBodies()) {
            DefId owner = b.owner();
            if (!hir.defs().get(owner).krate().equals(hir.localCrate())) continue;
            if (Typeck.isTypeckRoot(hir.defs(), owner)) roots.add(owner);
        }
        TypeContext cx = ParallelTypeck.worthIt(roots.size(), opts.threads) ? checkInParallel(hir, library, roots) : null;
        if (cx == null) cx = new TypeContext(hir, library, diag, sourceMap);
        Tcx tcx = cx.tcx;
        Typeck typeck = cx.typeck;
        Solver solver = cx.solver;
        checkMain(hir, crate, input);
        checkMainReturnType(hir, tcx, solver);
        if (!cx.checked) {
            for (DefId owner : roots) typeck.typeck(owner);
        }
        timer.lap("type_check_crate (" + library.loadedSummary() + ")");
        if (diag.hasErrors()) return finish();
        MirQueries mir = cx.mir;
        List<dev.ferrite.mir.Body> bodies = new ArrayList<>();
        for (DefId d : mir.localBodyOwners()) {
            dev.ferrite.mir.Body b = mir.mirOf(d);
            if (b != null) bodies.add(b);
        }
        Borrowck borrowck = new Borrowck(tcx, typeck::inferCtxt, sourceMap, mir::mirOf,
                edition.compareTo(Parser.Edition.E2021) >= 0);
        for (dev.ferrite.mir.Body b : bodies) borrowck.check(b);
        timer.lap("mir_borrowck");
        if (command.equals("mir")) {
            // the MIR is printed even when borrow checking fails: it is what the errors are about
            MirPrinter printer = new MirPrinter(new TcxMirNames(tcx, sourceMap));
            if (opts.borrowckFacts) {
                for (dev.ferrite.mir.Body b : bodies) {
                    out.print(printer.printAll(List.of(b)));
                    out.print("// borrowck facts\n" + borrowck.facts(b) + "\n");
                }
            } else {
                out.print(printer.printAll(bodies));
            }
            out.flush();
            return emitDiagnostics() ? 1 : 0;
        }
        if (diag.hasErrors() || command.equals("check")) return finish();
        if (emitDiagnostics()) return 1;
        if (command.equals("build")) {
            // as rustc names its binary: after the file, in the working directory
            String stem = Path.of(input).getFileName().toString();
            if (stem.endsWith(".rs")) stem = stem.substring(0, stem.length() - 3);
            Path runDir = opts.runDir == null ? null : cwd.resolve(opts.runDir);
            Path output = runDir != null ? runDir.resolve("program.jar") : cwd.resolve(opts.output != null ? opts.output : stem);
            try {
                TcxProgram.build(tcx, mir, cx.codegenSolver, sourceMap, hir.main(), output, runDir == null);
                if (runDir != null) {
                    StringBuilder argv = new StringBuilder(programName(input)).append('\0');
                    for (String a : opts.programArgs) argv.append(a).append('\0');
                    Files.writeString(runDir.resolve("argv"), argv);
                }
            } catch (IOException e) {
                printError(err, "failed to write `" + output + "`: " + e.getMessage());
                return 1;
            }
            timer.lap("build (" + library.loadedSummary() + ")");
            library.mir().persist();
            return 0;
        }
        try {
            // the program's name, as a binary built from the file would be called, then its arguments
            List<String> argv = new ArrayList<>();
            argv.add(programName(input));
            argv.addAll(opts.programArgs);
            boolean jvm = opts.jvmEngine && command.equals("run");
            int code = TcxProgram.runMain(tcx, mir, cx.codegenSolver, sourceMap, hir.main(), stdin, argv, out, err, jvm);
            timer.lap("run (" + library.loadedSummary() + ")");
            library.mir().persist();
            timer.lap("persist library MIR");
            return code;
        } catch (RuntimeException e) {
            emitDiagnostics(); // errors found in library bodies checked on demand explain the failure
            throw e;
        }
    }

    /** The type context of a compilation: the item queries, the solver and the type checker over them. */
    static final class TypeContext {
        final Tcx tcx;
        final Solver solver;
        /** The solver of code generation (the interpreter, constant evaluation): it sees through opaque types. */
        final Solver codegenSolver;
        final Typeck typeck;
        final MirQueries mir;
        /** Whether every body of the user's crate has been checked already. */
        boolean checked;

        TypeContext(HirCrate hir, LibraryMetadata library, dev.ferrite.diagnostics.DiagnosticSink sink, SourceMap sourceMap) {
            tcx = new Tcx(hir, sink);
            TcxTraitDatabase db = new TcxTraitDatabase(tcx);
            solver = new Solver(db);
            codegenSolver = new Solver(new TcxTraitDatabase(tcx, true));
            typeck = new Typeck(tcx, owner -> new SolverInferCtxt(solver, ParamEnv.elaborate(db, tcx.predicates(owner))));
            int libraryDefs = library.defCount();
            tcx.setOpaqueRevealer(d -> d.index() < libraryDefs ? library.mir().hiddenType(d) : typeck.hiddenType(d));
            mir = new MirQueries(tcx, typeck, library.mir(), libraryDefs);
            tcx.setConstEvaluator(new dev.ferrite.interp.Ctfe(tcx, mir, codegenSolver, sourceMap));
        }
    }

    /**
     * Checks the bodies on all cores. Diagnostics reported from several threads would come in an
     * order that depends on timing, so this pass reports into a buffer of its own: when it finds
     * nothing (the common case) its results are kept; otherwise they are dropped, and the caller
     * checks again on one thread, reporting in rustc's order (null is returned).
     */
    private TypeContext checkInParallel(HirCrate hir, LibraryMetadata library, List<DefId> roots) {
        DiagCtxt scratch = new DiagCtxt();
        SwitchSink sink = new SwitchSink(scratch);
        TypeContext cx = new TypeContext(hir, library, sink, sourceMap);
        boolean ran = ParallelTypeck.run(cx.typeck, roots, opts.threads);
        timer.lap("type_check_crate in parallel (" + (!ran ? "failed" : scratch.diagnostics().isEmpty() ? "clean"
                : scratch.diagnostics().size() + " diagnostics: again on one thread") + ")");
        if (!ran || !scratch.diagnostics().isEmpty()) return null;
        sink.target = diag;
        cx.checked = true;
        return cx;
    }

    /** A sink whose target changes: the parallel pass's buffer, then the compilation's diagnostics. */
    private static final class SwitchSink implements dev.ferrite.diagnostics.DiagnosticSink {
        volatile dev.ferrite.diagnostics.DiagnosticSink target;

        SwitchSink(dev.ferrite.diagnostics.DiagnosticSink target) {
            this.target = target;
        }

        @Override
        public void emit(Diagnostic d) {
            target.emit(d);
        }
    }

    /** The program's name, as a binary built from the file would be called (its {@code args().next()}). */
    private static String programName(String input) {
        return input.endsWith(".rs") ? input.substring(0, input.length() - 3) : input;
    }

    /** Prints the diagnostics; exit code 1 if there were errors. */
    private int finish() {
        return emitDiagnostics() ? 1 : 0;
    }

    /** A binary crate needs `fn main` (rustc's E0601). */
    private void checkMain(HirCrate hir, Crate crate, String input) {
        if (hir.main() != null) return;
        String name = hir.defs().name(hir.localCrate()).text();
        // rustc points just past the crate's last token
        Span end = crate.items().isEmpty() ? crate.span().shrinkToLo() : crate.items().getLast().span().shrinkToHi();
        diag.emit(Diagnostic.error("`main` function not found in crate `" + name + "`").code("E0601")
                .primary(end, "consider adding a `main` function to `" + input + "`"));
    }

    /** What `main` returns must implement `Termination` (rustc's E0277 with its own wording). */
    private void checkMainReturnType(HirCrate hir, Tcx tcx, Solver solver) {
        DefId termination = tcx.langItem("termination");
        if (hir.main() == null || termination == null) return;
        if (!(tcx.item(hir.main()) instanceof dev.ferrite.hir.Item.Fn f) || f.decl().output() == null) return;
        dev.ferrite.types.Ty ret = dev.ferrite.types.TyFolder.eraseRegions(tcx.fnSig(hir.main()).output());
        if (ret instanceof dev.ferrite.types.Ty.Error) return;
        var ref = new dev.ferrite.types.TraitRef(termination, dev.ferrite.types.GenericArgs.of(ret));
        if (solver.selectImpl(ParamEnv.EMPTY, ref).isPresent()) return;
        String shown = new dev.ferrite.types.TyPrinter(tcx).print(ret);
        diag.emit(Diagnostic.error("`main` has invalid return type `" + shown + "`").code("E0277")
                .primary(f.decl().output().span(), "`main` can only return types that implement `Termination`")
                .help("consider using `()`, or a `Result`"));
    }

    /** Prints the diagnostics so far and rustc's summary; true if there were errors. */
    boolean emitDiagnostics() {
        if (opts.errorFormat.equals("json")) {
            JsonEmitter emitter = new JsonEmitter(sourceMap);
            for (Diagnostic d : diag.diagnostics()) err.print(emitter.render(d));
            err.print(emitter.summary(diag.diagnostics()));
        } else {
            HumanEmitter emitter = new HumanEmitter(sourceMap);
            for (Diagnostic d : diag.diagnostics()) err.print(emitter.render(d));
            err.print(HumanEmitter.summary(diag.diagnostics()));
        }
        err.flush();
        return diag.hasErrors();
    }
}
