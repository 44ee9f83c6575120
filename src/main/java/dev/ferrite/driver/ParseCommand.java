package dev.ferrite.driver;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.diagnostics.Level;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.SourceMap;
import dev.ferrite.syntax.AstDump;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Pretty;
import dev.ferrite.syntax.ast.Crate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code ferrite parse FILE...}: parses many files, names each failing one with its first error, prints a summary. */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(Cli.Options opts, List<String> inputs, PrintStream out, PrintStream err) {
        if (inputs.isEmpty()) {
            Session.printError(err, "no input filename given");
            return 1;
        }
        SourceMap sm = new SourceMap();
        HumanEmitter emitter = new HumanEmitter(sm);
        int failed = 0;
        long bytes = 0;
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        for (String input : inputs) {
            SourceFile file;
            try {
                file = sm.add(input, Files.readAllBytes(Path.of(input)));
            } catch (NoSuchFileException e) {
                Session.printError(err, "couldn't read `" + input + "`: No such file or directory (os error 2)");
                failed++;
                continue;
            } catch (IOException e) {
                Session.printError(err, "couldn't read `" + input + "`: " + e.getMessage());
                failed++;
                continue;
            }
            bytes += file.bytes().length;
            DiagCtxt diag = new DiagCtxt();
            Crate crate;
            try {
                crate = Parser.parseFile(file, diag, Parser.Edition.of(opts.edition));
            } catch (StackOverflowError e) {
                // one pathological file must not end a run over many
                failed++;
                err.println("error: the parser overflowed its stack on " + input);
                continue;
            }
            if (diag.hasErrors()) {
                failed++;
                Diagnostic first = diag.diagnostics().stream().filter(d -> d.level() == Level.ERROR).findFirst().orElseThrow();
                err.print(emitter.render(first));
            } else if (opts.pretty) {
                out.print(Pretty.print(crate));
            } else if (System.getenv("FERRITE_CHECK_ROUNDTRIP") != null) {
                // Developer check: the pretty-printed source must parse to the same AST.
                DiagCtxt d2 = new DiagCtxt();
                Crate again = Parser.parseFile(sm.add(input + " (pretty)", Pretty.print(crate)), d2,
                        Parser.Edition.of(opts.edition));
                if (d2.hasErrors() || !AstDump.same(again, crate)) {
                    failed++;
                    err.println("round trip failed: " + input);
                    if ("diff".equals(System.getenv("FERRITE_CHECK_ROUNDTRIP")) && !d2.hasErrors()) {
                        err.print(AstDump.firstDifference(AstDump.dump(crate), AstDump.dump(again)));
                    }
                }
            }
        }
        if (inputs.size() > 1 || failed > 0) {
            double secs = (System.nanoTime() - start) / 1e9;
            out.println(inputs.size() + " files, " + failed + " failed");
            if (System.getenv("FERRITE_PARSE_STATS") != null) {
                double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                out.printf("%.1f MB in %.2f s (%.1f MB/s); parsing thread CPU %.2f s (%.1f MB/s)%n", bytes / 1e6, secs,
                        bytes / 1e6 / Math.max(secs, 1e-9), cpu, bytes / 1e6 / Math.max(cpu, 1e-9));
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
