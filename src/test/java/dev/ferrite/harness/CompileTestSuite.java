package dev.ferrite.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.driver.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiletest-style suites, run in-process through {@link Main#run}:
 * <ul>
 *   <li>{@code tests/run/**.rs}: {@code ferrite run} must print exactly what the rustc-built program
 *       printed ({@code .stdout}, {@code .stderr}, {@code .exit}, recorded by {@code tests/bless-run.sh});
 *       only the thread id in panic messages is normalised.</li>
 *   <li>{@code tests/ui/**.rs}: {@code ferrite check} must fail with the diagnostics in the
 *       {@code .stderr} snapshot, and every {@code //~ ERROR} annotation must match an error on its
 *       line ({@code -Dbless=true} rewrites the snapshots).</li>
 * </ul>
 * Tests listed in {@code tests/known-failures.txt} are expected to fail for now (a FIXME each);
 * when one starts passing, the suite fails so that the list is kept honest.
 */
class CompileTestSuite {
    static final Path ROOT = Path.of(System.getProperty("ferrite.root", "."));
    private static final boolean BLESS = Boolean.getBoolean("bless") || System.getenv("FERRITE_BLESS") != null;
    private static final Pattern THREAD_ID = Pattern.compile("thread '([^']*)' \\(\\d+\\) panicked");

    /** The result of one in-process run of the command line. */
    record Run(int exit, String stdout, String stderr) {
    }

    static Run ferrite(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<Path> testFiles(String dir) throws IOException {
        Path base = ROOT.resolve(dir);
        if (!Files.isDirectory(base)) return List.of();
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    static String rel(Path p) {
        return ROOT.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
    }

    static Set<String> knownFailures() throws IOException {
        return knownFailures("tests/known-failures.txt");
    }

    static Set<String> knownFailures(String file) throws IOException {
        Path f = ROOT.resolve(file);
        if (!Files.exists(f)) return Set.of();
        return Set.copyOf(Files.readAllLines(f).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    static Path sibling(Path rs, String ext) {
        String name = rs.getFileName().toString();
        return rs.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    static String normalize(String s) {
        return THREAD_ID.matcher(s).replaceAll("thread '$1' (ID) panicked");
    }

    /** Edition from a `//@ edition: 2018` header line, or 2021. */
    static String edition(String source) {
        Matcher m = Pattern.compile("(?m)^//@ *edition: *(\\d+)").matcher(source);
        return m.find() ? m.group(1) : "2021";
    }

    /** The run programs in the interpreter ({@code ferrite miri}), against rustc's goldens. */
    @TestFactory
    Stream<DynamicTest> runTests() throws IOException {
        Set<String> known = knownFailures();
        return testFiles("tests/run").stream().map(p -> DynamicTest.dynamicTest("miri " + rel(p), () -> {
            String rel = rel(p);
            String failure = checkRun(p, rel, "miri");
            expectOutcome(rel, failure, known);
        }));
    }

    /**
     * The run programs again compiled ({@code ferrite run}): the same goldens. Those listed in
     * tests/known-failures-jvm.txt must still fail (FIXME: the engine is being completed).
     */
    @TestFactory
    Stream<DynamicTest> jvmRunTests() throws IOException {
        Set<String> known = knownFailures("tests/known-failures-jvm.txt");
        return testFiles("tests/run").stream().map(p -> DynamicTest.dynamicTest("jvm " + rel(p), () -> {
            String rel = rel(p);
            String failure = checkRun(p, rel, "run");
            expectOutcome(rel, failure, known);
        }));
    }

    /** Runs {@code p} with {@code command} ({@code run}: compiled; {@code miri}: interpreted) against its goldens. */
    private String checkRun(Path p, String rel, String command) throws IOException {
        Path stdoutFile = sibling(p, ".stdout");
        if (!Files.exists(stdoutFile)) {
            return "no expected output for " + rel + "; record it with rustc: tests/bless-run.sh " + rel;
        }
        Run r = ferrite(command, "--edition", edition(Files.readString(p)), rel);
        String expOut = read(stdoutFile);
        String expErr = normalize(read(sibling(p, ".stderr")));
        String exitText = read(sibling(p, ".exit")).strip();
        int expExit = exitText.isEmpty() ? 0 : Integer.parseInt(exitText);
        StringBuilder diff = new StringBuilder();
        if (!expOut.equals(r.stdout())) diff.append(Diff.unified("stdout", expOut, r.stdout()));
        if (!expErr.equals(normalize(r.stderr()))) diff.append(Diff.unified("stderr", expErr, normalize(r.stderr())));
        if (expExit != r.exit()) diff.append("exit code: expected ").append(expExit).append(", got ").append(r.exit()).append('\n');
        if (command.equals("miri")) diff.append(checkMir(p, rel));
        if (diff.isEmpty()) return null;
        return rel + " differs from the rustc-built program (re-record with tests/bless-run.sh " + rel + "):\n" + diff;
    }

    /**
     * The skeleton programs also keep a snapshot of `ferrite mir` (Ferrite's own output, not rustc's:
     * rustc's MIR is shaped by its optimisation passes); other run tests may add a `.mir` file.
     */
    private String checkMir(Path p, String rel) throws IOException {
        Path snapshot = sibling(p, ".mir");
        boolean wanted = Files.exists(snapshot) || p.getParent().getFileName().toString().equals("skeleton");
        if (!wanted) return "";
        Run r = ferrite("mir", "--edition", edition(Files.readString(p)), rel);
        if (r.exit() != 0) return "ferrite mir " + rel + " exited with " + r.exit() + ":\n" + r.stderr();
        if (BLESS) {
            Files.writeString(snapshot, r.stdout());
            return "";
        }
        if (!Files.exists(snapshot)) return "no MIR snapshot " + rel(snapshot) + "; create it with ./mvnw -B test -Dbless=true\n";
        if (read(snapshot).equals(r.stdout())) return "";
        return Diff.unified("mir", read(snapshot), r.stdout()) + "(re-bless with ./mvnw -B test -Dbless=true)\n";
    }

    @TestFactory
    Stream<DynamicTest> uiTests() throws IOException {
        Set<String> known = knownFailures();
        return testFiles("tests/ui").stream().map(p -> DynamicTest.dynamicTest(rel(p), () -> {
            String rel = rel(p);
            String failure = checkUi(p, rel);
            expectOutcome(rel, failure, known);
        }));
    }

    private String checkUi(Path p, String rel) throws IOException {
        String source = Files.readString(p);
        Run r = ferrite("check", "--edition", edition(source), rel);
        Path snapshot = sibling(p, ".stderr");
        StringBuilder problems = new StringBuilder();
        if (BLESS) {
            Files.writeString(snapshot, r.stderr());
        } else if (!Files.exists(snapshot)) {
            problems.append("no snapshot ").append(rel(snapshot)).append("; create it with ./mvnw -B test -Dbless=true\n");
        } else if (!read(snapshot).equals(r.stderr())) {
            problems.append(Diff.unified("stderr", read(snapshot), r.stderr()))
                    .append("(re-bless with ./mvnw -B test -Dbless=true)\n");
        }
        if (r.exit() != 1) problems.append("exit code: expected 1 (compile error), got ").append(r.exit()).append('\n');
        problems.append(Annotations.check(source, r.stderr(), rel));
        if (source.contains("//@ rustc-identical")) problems.append(RustcParity.check(rel, edition(source), r.stderr()));
        return problems.isEmpty() ? null : rel + ":\n" + problems;
    }

    /** Passes, fails, or (for known failures) must still fail. */
    static void expectOutcome(String rel, String failure, Set<String> known) {
        if (known.contains(rel)) {
            assertThat(failure)
                    .as("%s is listed in tests/known-failures.txt but now passes: remove it from the list", rel)
                    .isNotNull();
            System.out.println("FIXME: known failure " + rel);
            return;
        }
        if (failure != null) throw new AssertionError(failure);
    }

    /** Lists what the suites would run (used by the robustness test). */
    static List<Path> allPrograms() throws IOException {
        List<Path> all = new ArrayList<>(testFiles("tests/run"));
        all.addAll(testFiles("tests/ui"));
        return all;
    }
}
