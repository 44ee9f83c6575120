package dev.ferrite.driver;

import java.io.PrintStream;

/**
 * The {@code ferrite} command line. {@link #run} is the whole program minus {@code System.exit},
 * so tests can call it in-process: it never exits the JVM and never lets an exception escape
 * (an internal failure becomes {@code error: internal compiler error} and exit code 101).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
        int code = run(args, System.in, out, err, java.nio.file.Path.of("").toAbsolutePath());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; returns rustc's exit code (0 ok, 1 compile error, 101 internal error or panic). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, java.nio.file.Path.of("").toAbsolutePath());
    }

    /** Runs one command as if started in the directory {@code cwd} (absolute): how the daemon serves a client. */
    public static int run(String[] args, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        return run(args, java.io.InputStream.nullInputStream(), out, err, cwd);
    }

    /** Runs one command with {@code in} as the standard input of the program it runs. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        try {
            return Cli.dispatch(args, in, out, err, cwd);
        } catch (StackOverflowError | RuntimeException e) {
            err.print(InternalError.report(e));
            err.flush();
            return 101;
        }
    }
}
