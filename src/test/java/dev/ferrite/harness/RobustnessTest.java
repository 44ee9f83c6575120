package dev.ferrite.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input must give diagnostics, never a crash: every test program, truncated at many points
 * and with tokens deleted or swapped, is checked in-process; the exit code must be 0 or 1 and the
 * output must not mention an internal compiler error or a Java exception. Mutations are
 * deterministic (fixed seed) so a failure reproduces.
 */
class RobustnessTest {
    @TempDir
    static Path tmp;

    /** Crude tokens: runs of word characters, single punctuation, whitespace kept as separators. */
    static List<String> tokens(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            int j = i;
            char c = src.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
            } else {
                j++;
            }
            out.add(src.substring(i, j));
            i = j;
        }
        return out;
    }

    static List<String> mutants(String src, long seed) {
        List<String> out = new ArrayList<>();
        Random rnd = new Random(seed);
        for (int k = 1; k <= 12; k++) out.add(src.substring(0, src.length() * k / 13));
        List<String> toks = tokens(src);
        List<Integer> solid = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) if (!toks.get(i).isBlank()) solid.add(i);
        if (solid.size() < 2) return out;
        for (int k = 0; k < 12; k++) {
            List<String> t = new ArrayList<>(toks);
            t.remove((int) solid.get(rnd.nextInt(solid.size())));
            out.add(String.join("", t));
        }
        for (int k = 0; k < 6; k++) {
            List<String> t = new ArrayList<>(toks);
            int a = rnd.nextInt(solid.size() - 1);
            int i = solid.get(a), j = solid.get(a + 1);
            String x = t.get(i);
            t.set(i, t.get(j));
            t.set(j, x);
            out.add(String.join("", t));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> mutatedProgramsNeverCrash() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(null, r, "robustness", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        return CompileTestSuite.allPrograms().stream().map(p -> DynamicTest.dynamicTest(CompileTestSuite.rel(p), () -> {
            String src = Files.readString(p);
            List<String> ms = mutants(src, CompileTestSuite.rel(p).hashCode());
            List<Future<CompileTestSuite.Run>> runs = new ArrayList<>();
            for (int k = 0; k < ms.size(); k++) {
                Path f = tmp.resolve(p.getFileName().toString().replace(".rs", "") + "-" + k + ".rs");
                Files.writeString(f, ms.get(k));
                runs.add(pool.submit(() -> CompileTestSuite.ferrite("check", f.toString())));
            }
            for (int k = 0; k < ms.size(); k++) {
                Future<CompileTestSuite.Run> run = runs.get(k);
                CompileTestSuite.Run r;
                try {
                    r = run.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    throw new AssertionError("check did not finish in time on this mutant of " + p + ":\n" + ms.get(k));
                } catch (ExecutionException e) {
                    throw new AssertionError("Main.run threw on this mutant of " + p + ":\n" + ms.get(k), e.getCause());
                }
                String all = r.stdout() + r.stderr();
                assertThat(r.exit()).as("exit code on this mutant of %s:%n%s%n%s", p, ms.get(k), all).isIn(0, 1);
                assertThat(all).as("mutant of %s:%n%s", p, ms.get(k))
                        .doesNotContain("internal compiler error").doesNotContain("Exception").doesNotContain("\tat ");
            }
        }));
    }
}
