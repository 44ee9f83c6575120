package dev.ferrite.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For ui tests marked {@code //@ rustc-identical}: Ferrite's diagnostics must be byte-identical to
 * what rustc prints for the same file. Checked when rustc is installed (the development machines
 * and CI have it); without rustc the check is skipped with a note, and the committed snapshot
 * still holds Ferrite to the output that was identical when it was blessed.
 */
final class RustcParity {
    private RustcParity() {
    }

    static String check(String rel, String edition, String ferriteStderr) {
        Path out;
        try {
            out = Files.createTempFile("ferrite-parity", "");
            ProcessBuilder pb = new ProcessBuilder("rustc", "--edition", edition, "--emit=metadata", "-o", out.toString(), rel)
                    .directory(CompileTestSuite.ROOT.toFile()).redirectErrorStream(false);
            pb.environment().remove("RUST_BACKTRACE");
            Process p = pb.start();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "rustc did not finish on " + rel + "\n";
            }
            Files.deleteIfExists(out);
            String rustc = new String(err, StandardCharsets.UTF_8);
            if (rustc.equals(ferriteStderr)) return "";
            return "marked //@ rustc-identical but differs from rustc:\n" + Diff.unified("stderr (rustc)", rustc, ferriteStderr);
        } catch (IOException e) {
            System.out.println("note: rustc not found, parity of " + rel + " not checked");
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted\n";
        }
    }
}
