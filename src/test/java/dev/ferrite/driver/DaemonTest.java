package dev.ferrite.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon answers a client exactly as a compilation of its own would, in the client's
 * directory; it ignores clients without the token and never runs programs.
 */
class DaemonTest {
    @TempDir
    Path dir;

    /** Sends a request; returns the daemon's answer line, or null if it closed without one. */
    private static String request(int port, String token, Path cwd, Path out, String... args) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream o = s.getOutputStream();
            StringBuilder sb = new StringBuilder(token + "\n" + cwd + "\n" + out + "\n" + args.length + "\n");
            for (String a : args) sb.append(a).append('\0');
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            o.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return answer.isEmpty() ? null : answer.strip();
        }
    }

    @Test
    void answersAsACompilationOfItsOwnInTheClientsDirectory() throws Exception {
        Path src = dir.resolve("proj");
        Files.createDirectories(src.resolve("m"));
        Files.writeString(src.resolve("main.rs"), "mod m;\nfn main() { m::f(); }\n");
        Files.writeString(src.resolve("m").resolve("mod.rs"), "pub fn f() { let x: i32 = \"no\"; }\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        try (ServerSocket ss = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Daemon d = new Daemon(ss, "secret");
            Thread t = new Thread(() -> {
                try {
                    d.serve(60_000);
                } catch (IOException e) {
                    // the test stops it
                }
            });
            t.start();
            try {
                assertThat(request(ss.getLocalPort(), "secret", src, out, "check", "main.rs")).isEqualTo("1");
                ByteArrayOutputStream e = new ByteArrayOutputStream();
                int code = Main.run(new String[]{"check", "main.rs"}, new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(e, true, StandardCharsets.UTF_8), src);
                assertThat(code).isEqualTo(1);
                String direct = e.toString(StandardCharsets.UTF_8);
                assertThat(direct).contains(" --> m/mod.rs:1:27");
                assertThat(Files.readString(out.resolve("err"))).isEqualTo(direct);
                assertThat(Files.readString(out.resolve("out"))).isEmpty();

                assertThat(request(ss.getLocalPort(), "wrong", src, out, "check", "main.rs")).isNull();
                // `run` is served as a build of the program's jar, which the launcher starts: the
                // daemon itself never runs the program
                Files.writeString(src.resolve("ok.rs"), "fn main() { println!(\"ran\"); }\n");
                assertThat(request(ss.getLocalPort(), "secret", src, out, "run", "ok.rs", "--", "a b")).isEqualTo("0");
                assertThat(Files.readString(out.resolve("out"))).isEmpty();
                assertThat(Files.readString(out.resolve("argv"))).isEqualTo("ok\0a b\0");
                assertThat(out.resolve("program.jar")).isNotEmptyFile();
                assertThat(request(ss.getLocalPort(), "secret", src, out, "miri", "ok.rs")).isNull();
            } finally {
                d.stop();
                t.join();
            }
        }
    }
}
