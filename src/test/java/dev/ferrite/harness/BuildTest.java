package dev.ferrite.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferrite build}: programs of {@code tests/run} built into executables, each run in a
 * process of its own against the same rustc goldens as the suite's. The programs are a sample of
 * what a build must carry over from the compiler's process: statics evaluated at build time and
 * pointing at each other or at temporaries, vtables and their upcasts, thread-locals and threads,
 * panics caught and uncaught, exit codes. (The launcher's {@code run} starts every program this
 * way when its daemon is up; the whole of {@code tests/run} passes so, measured by hand.)
 */
class BuildTest {
    private static final List<String> SAMPLE = List.of(
            "tests/run/skeleton/panic.rs",
            "tests/run/lang/trait_upcasting.rs",
            "tests/run/lang/statics_pointing_at_each_other.rs",
            "tests/run/lang/static_refs_to_temporaries.rs",
            "tests/run/lang/dyn_megamorphic.rs",
            "tests/run/library/thread_local.rs",
            "tests/run/library/thread_panic.rs",
            "tests/run/library/main_exit_code.rs",
            "tests/run/library/catch_unwind_parser.rs");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> builtProgramsPrintWhatRustcsPrint() {
        return SAMPLE.stream().map(rel -> DynamicTest.dynamicTest("build " + rel, () -> {
            Path p = CompileTestSuite.ROOT.resolve(rel);
            Path exe = dir.resolve(p.getFileName().toString().replace(".rs", ""));
            var b = CompileTestSuite.ferrite("build", "--edition", CompileTestSuite.edition(Files.readString(p)), rel, "-o", exe.toString());
            assertThat(b.stderr()).isEmpty();
            assertThat(b.exit()).isZero();
            assertThat(Files.isExecutable(exe)).isTrue();
            var r = run(exe);
            String exitText = CompileTestSuite.read(CompileTestSuite.sibling(p, ".exit")).strip();
            assertThat(r.stdout()).isEqualTo(CompileTestSuite.read(CompileTestSuite.sibling(p, ".stdout")));
            assertThat(CompileTestSuite.normalize(r.stderr()))
                    .isEqualTo(CompileTestSuite.normalize(CompileTestSuite.read(CompileTestSuite.sibling(p, ".stderr"))));
            assertThat(r.exit()).isEqualTo(exitText.isEmpty() ? 0 : Integer.parseInt(exitText));
        }));
    }

    @Test
    void namesTheExecutableAfterTheFileAndReportsAMissingOutputArgument() throws Exception {
        Files.writeString(dir.resolve("args.rs"), "fn main() { for a in std::env::args().skip(1) { println!(\"{a}\"); } }\n");
        var b = CompileTestSuite.ferrite("build", dir.resolve("args.rs").toString());
        // rustc writes its binary into the working directory; the test's is the project root
        Path exe = Path.of("args").toAbsolutePath();
        try {
            assertThat(b.exit()).isZero();
            var r = run(exe, "x", "y z");
            assertThat(r.stdout()).isEqualTo("x\ny z\n");
            assertThat(r.exit()).isZero();
        } finally {
            Files.deleteIfExists(exe);
        }
        var missing = CompileTestSuite.ferrite("build", "x.rs", "-o");
        assertThat(missing.stderr()).isEqualTo("error: Argument to option 'o' missing\n\n");
        assertThat(missing.exit()).isEqualTo(1);
    }

    private static CompileTestSuite.Run run(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("RUST_BACKTRACE");
        // the script looks for a JDK 25 in JAVA_HOME first: the one running the tests
        pb.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        Path out = Files.createTempFile("build-test", ".out"), err = Files.createTempFile("build-test", ".err");
        try {
            Process pr = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!pr.waitFor(60, TimeUnit.SECONDS)) {
                pr.destroyForcibly();
                throw new AssertionError(exe + " ran for more than 60 s");
            }
            return new CompileTestSuite.Run(pr.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
