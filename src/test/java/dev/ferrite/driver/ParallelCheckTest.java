package dev.ferrite.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking bodies on several threads ({@code -Zthreads}) gives exactly what one thread gives:
 * the same exit code and the same diagnostics in the same order.
 */
class ParallelCheckTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A crate of many small functions (enough bodies to check in parallel); {@code bad} of them have type errors. */
    private Path program(String name, int bad) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("fn f").append(i).append("(x: u32) -> u32 {\n");
            sb.append("    let v: Vec<u32> = (0..x).map(|k| k * ").append(i).append(").collect();\n");
            if (i % 20 == 7 && bad-- > 0) sb.append("    let s: String = v.len();\n");
            sb.append("    v.iter().sum::<u32>() + ").append(i).append("\n}\n");
        }
        sb.append("fn main() {\n    let mut t = 0;\n");
        for (int i = 0; i < 60; i++) sb.append("    t += f").append(i).append("(3);\n");
        sb.append("    println!(\"{}\", t);\n}\n");
        Path p = dir.resolve(name + ".rs");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void aCleanCrateChecksAndRunsAlike() throws IOException {
        Path p = program("clean", 0);
        Outcome one = run("run", "-Zthreads=1", p.toString());
        Outcome two = run("run", "-Zthreads=2", p.toString());
        assertThat(one.code()).isZero();
        assertThat(two).isEqualTo(one);
    }

    @Test
    void errorsComeInTheSameOrder() throws IOException {
        Path p = program("errors", 3);
        Outcome one = run("check", "-Zthreads=1", p.toString());
        assertThat(one.code()).isEqualTo(1);
        assertThat(one.err()).contains("error[E0308]: mismatched types").contains("aborting due to 3 previous errors");
        for (int i = 0; i < 3; i++) assertThat(run("check", "-Zthreads=2", p.toString())).isEqualTo(one);
    }
}
