package dev.ferrite.driver;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.diagnostics.JsonEmitter;
import dev.ferrite.syntax.Parser;
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

    Session(Cli.Options opts, PrintStream out, PrintStream err) {
        this.opts = opts;
        this.out = out;
        this.err = err;
    }

    /** rustc's form for errors that have no span: the message, a blank line, the abort line. */
    static void printError(PrintStream err, String message) {
        err.print("error: " + message + "\n\n");
        err.flush();
    }

    /** Reads the crate root, reporting a missing or unreadable file as rustc does. Null on failure. */
    SourceFile readRoot(String input) {
        try {
            return sourceMap.load(Path.of(input));
        } catch (NoSuchFileException e) {
            printError(err, "couldn't read `" + input + "`: No such file or directory (os error 2)");
        } catch (IOException e) {
            String why = Files.isDirectory(Path.of(input)) ? "Is a directory (os error 21)" : e.getMessage();
            printError(err, "couldn't read `" + input + "`: " + why);
        }
        err.print("error: aborting due to 1 previous error\n\n");
        err.flush();
        return null;
    }

    int compile(String command, String input) {
        SourceFile root = readRoot(input);
        if (root == null) return 1;
        Parser.Edition edition = Parser.Edition.of(opts.edition);
        Crate crate = Parser.parseFile(root, diag, edition);
        if (!diag.hasErrors()) {
            CrateLoader loader = new CrateLoader(sourceMap, diag, edition);
            loader.resolve(crate, Path.of(input));
            if (opts.unprettyExpanded && loader.expandedUserCrate() != null) {
                out.print(dev.ferrite.syntax.Pretty.print(loader.expandedUserCrate()));
                out.flush();
            }
        }
        if (emitDiagnostics()) return 1;
        if (command.equals("check")) return 0;
        // FIXME(issue 3): lowering to HIR, type checking (a library already), MIR building and the
        // interpreter are not wired in yet, so `run` and `mir` stop after name resolution.
        throw new UnsupportedOperationException("`ferrite " + command + "` stops after name resolution for now");
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
