package dev.ferrite.driver;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ferrite daemon PORTFILE}: a process that keeps the library's metadata loaded and the JIT
 * warm, and checks programs for the launcher (as the Gradle and Kotlin daemons do for theirs). A
 * JVM needs ~40 ms to start and ~100 ms more before its code runs fast; rustc checks a small
 * program in ~30 ms. Only {@code check} and {@code build} go through it (and {@code run}, as a build
 * whose program the launcher then starts): it never runs a user's program, so a program's stdin,
 * environment, exit or endless loop can never touch it.
 *
 * <p>Protocol, over a loopback TCP connection: the client sends the token from the port file,
 * its working directory, a directory for the outputs and the argument count, one line each, then
 * the arguments, each ended by a NUL byte; the daemon runs the command as {@link Main#run} would
 * in that directory, writes {@code out} and {@code err} into the output directory and answers
 * with the exit code and a newline. The port file ({@code port token pid}, readable by its owner
 * only) exists while the daemon serves; one daemon per port file (a file lock). It stops after
 * {@link #IDLE_MILLIS} without requests, after {@link #MAX_REQUESTS} requests, or when its heap
 * stays large (the process's interned symbols, types and expansions only grow).
 */
final class Daemon {
    static final int IDLE_MILLIS = 15 * 60 * 1000;
    static final int MAX_REQUESTS = 2000;
    static final long MAX_HEAP = 768L << 20;

    private final ServerSocket server;
    private final String token;
    private final AtomicInteger served = new AtomicInteger();
    private volatile boolean stopping;

    Daemon(ServerSocket server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Serves until idle or worn; returns the exit code. */
    static int main(Path portFile, PrintStream err) {
        Path dir = portFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(portFile.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.tryLock()) {
                if (lock == null) return 0; // another daemon serves this port file
                try (ServerSocket ss = new ServerSocket(0, 64, InetAddress.getLoopbackAddress())) {
                    byte[] secret = new byte[16];
                    new SecureRandom().nextBytes(secret);
                    Daemon d = new Daemon(ss, HexFormat.of().formatHex(secret));
                    d.warmUp(dir, portFile.getFileName().toString());
                    Path tmp = Files.createTempFile(dir, "port", ".tmp");
                    Files.writeString(tmp, ss.getLocalPort() + " " + d.token + " " + ProcessHandle.current().pid() + "\n");
                    Files.move(tmp, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    try {
                        d.serve(IDLE_MILLIS);
                    } finally {
                        Files.deleteIfExists(portFile);
                    }
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("error: the daemon could not start: " + e.getMessage());
            return 1;
        }
    }

    /** Checks and builds a small program a few times, so the first client finds the JIT warm. */
    private void warmUp(Path dir, String portFileName) throws IOException {
        Path src = Files.createTempFile(dir, "warmup", ".rs");
        Path exe = dir.resolve(src.getFileName() + ".jar");
        try {
            Files.writeString(src, WARM_UP);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            for (int i = 0; i < 8; i++) Main.run(new String[]{"check", src.toString()}, sink, sink, dir);
            for (int i = 0; i < 4; i++) Main.run(new String[]{"build", src.toString(), "-o", exe.toString()}, sink, sink, dir);
            // the program the launcher trains the runtime's AOT cache on (train-HASH/program.jar)
            String name = portFileName.replaceFirst("^ferrite-", "train-").replaceFirst("\\.port$", "");
            Path train = dir.resolve(name);
            Files.createDirectories(train);
            Main.run(new String[]{"build", src.toString(), "-Zrun-dir=" + train}, sink, sink, dir);
        } finally {
            Files.deleteIfExists(src);
            Files.deleteIfExists(exe);
        }
    }

    /** Accepts requests, each on a thread of its own (with the main thread's deep stack), until stopped. */
    void serve(int idleMillis) throws IOException {
        server.setSoTimeout(idleMillis);
        List<Thread> running = new ArrayList<>();
        while (!stopping) {
            Socket s;
            try {
                s = server.accept();
            } catch (SocketTimeoutException e) {
                break;
            }
            Thread t = new Thread(null, () -> handle(s), "ferrite-request", 64L << 20);
            t.start();
            running.add(t);
            running.removeIf(x -> !x.isAlive());
        }
        for (Thread t : running) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void stop() {
        stopping = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing is all that is wanted
        }
    }

    private void handle(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream()); OutputStream reply = s.getOutputStream()) {
            if (!token.equals(readLine(in))) return;
            Path cwd = Path.of(readLine(in));
            Path outDir = Path.of(readLine(in));
            int argc = Integer.parseInt(readLine(in));
            if (argc < 1 || argc > 10_000 || !cwd.isAbsolute() || !Files.isDirectory(outDir)) return;
            String[] args = new String[argc];
            for (int i = 0; i < argc; i++) args[i] = readUntil(in, 0);
            if (args[0].equals("run")) {
                // a build for the launcher, which then starts the program in a JVM of its own
                String[] b = new String[args.length + 1];
                b[0] = "build";
                b[1] = "-Zrun-dir=" + outDir;
                System.arraycopy(args, 1, b, 2, args.length - 1);
                args = b;
            }
            if (!args[0].equals("check") && !args[0].equals("build")) return; // only compiling: the launcher runs programs itself
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), cwd);
            Files.write(outDir.resolve("out"), out.toByteArray());
            Files.write(outDir.resolve("err"), err.toByteArray());
            reply.write((code + "\n").getBytes(StandardCharsets.US_ASCII));
            reply.flush();
        } catch (IOException | RuntimeException e) {
            // the client falls back to compiling in a JVM of its own
        } finally {
            if (served.incrementAndGet() >= MAX_REQUESTS || heapStaysLarge()) stop();
        }
    }

    private static boolean heapStaysLarge() {
        Runtime r = Runtime.getRuntime();
        if (r.totalMemory() - r.freeMemory() < MAX_HEAP) return false;
        System.gc();
        return r.totalMemory() - r.freeMemory() >= MAX_HEAP;
    }

    private static String readLine(InputStream in) throws IOException {
        return readUntil(in, '\n');
    }

    private static String readUntil(InputStream in, int end) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != end; ) {
            if (c < 0) throw new IOException("request cut short");
            if (b.size() > 1 << 20) throw new IOException("request too long");
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** What the daemon checks at start to warm the JIT: the kinds of code most programs have. */
    private static final String WARM_UP = """
            use std::collections::HashMap;
            use std::fmt;

            #[derive(Debug, Clone, PartialEq)]
            enum Shape { Circle(f64), Rect { w: f64, h: f64 } }

            trait Area { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }

            impl Area for Shape {
                fn area(&self) -> f64 {
                    match self { Shape::Circle(r) => 3.14 * r * r, Shape::Rect { w, h } => w * h }
                }
            }

            impl fmt::Display for Shape {
                fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:?}", self) }
            }

            fn parse(s: &str) -> Result<Vec<i64>, std::num::ParseIntError> {
                s.split(',').map(|t| t.trim().parse::<i64>()).collect()
            }

            fn main() {
                let shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }];
                let total: f64 = shapes.iter().map(|s| s.area()).sum();
                let mut counts: HashMap<String, usize> = HashMap::new();
                for s in &shapes { *counts.entry(s.name()).or_insert(0) += 1; }
                let v = parse("1, 2, 3").unwrap_or_default();
                let evens: Vec<i64> = v.iter().filter(|x| *x % 2 == 0).cloned().collect();
                if let Some(first) = shapes.first() { println!("{} {}", first, total); }
                println!("{:?} {:?} {}", counts, evens, v.len());
            }
            """;
}
