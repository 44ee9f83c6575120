package dev.ferrite.jvm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of a program built by {@code ferrite build}: {@code java -cp PROGRAM
 * dev.ferrite.jvm.Launch NAME ARGS...}, or {@code java -cp FERRITE_JAR dev.ferrite.jvm.Launch
 * --program JAR NAME ARGS...} for the jar of the program alone (how {@code ferrite run} starts a
 * program the daemon built; the class path is then always the same, so the JVM's ahead-of-time
 * cache of the runtime applies). It maps the program's data ({@link Image}), links its functions
 * to the classes of the jar and runs {@code main}; it exits with the program's exit code. Nothing
 * of the compiler is loaded.
 */
public final class Launch {
    /** The jar entry that describes the program: see {@link JvmEngine#build}. */
    static final String PROGRAM = "ferrite/program";
    static final int MAGIC = 0x46455231; // "FER1"

    private Launch() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (RuntimeException | Error | IOException x) {
            out.flush();
            err.print("error: internal compiler error: " + x + "\n");
            code = 101;
        }
        out.flush();
        err.flush();
        Runtime.getRuntime().halt(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        JarLinker linker = new JarLinker();
        InputStream res;
        if (args.length >= 2 && args[0].equals("--program")) {
            linker.jar = new java.util.zip.ZipFile(args[1]);
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
            var entry = linker.jar.getEntry(PROGRAM);
            if (entry == null) throw new IOException("no " + PROGRAM + " in the program's jar");
            res = linker.jar.getInputStream(entry);
        } else {
            res = Launch.class.getClassLoader().getResourceAsStream(PROGRAM);
            if (res == null) throw new IOException("no " + PROGRAM + " in the class path");
        }
        int runtime, start, main;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(res, 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException(PROGRAM + " was written by another version of Ferrite");
            runtime = in.readInt();
            start = in.readInt();
            main = in.readInt();
            for (int n = in.readInt(); n > 0; n--) {
                int id = in.readInt();
                String[] nameAndType = in.readUTF().split(" ", 2);
                linker.callables.put(id, nameAndType);
            }
            for (int n = in.readInt(); n > 0; n--) {
                long vt = in.readLong();
                int target = in.readInt();
                linker.upcasts.put(List.of(vt, (long) target), in.readLong());
            }
            Image.load(in);
        }
        JvmRuntime rt = JvmRuntime.registerAt(runtime, linker);
        List<String> argv = List.of(args);
        rt.withProcess(System.in, argv.isEmpty() ? List.of("main") : argv, out, err);
        return rt.runMain(start, main);
    }

    /** Links the callables of a built program to the classes of its jar. */
    static final class JarLinker implements JvmRuntime.Linker {
        final Map<Integer, String[]> callables = new HashMap<>();
        final Map<List<Long>, Long> upcasts = new HashMap<>();
        private final Map<Integer, MethodHandle> handles = new HashMap<>();
        /** The program's jar when it is not on the class path: its classes are defined from it into this package. */
        java.util.zip.ZipFile jar;

        @Override
        public synchronized MethodHandle handle(int id) {
            MethodHandle h = handles.get(id);
            if (h != null) return h;
            String[] c = callables.get(id);
            if (c == null) throw new IllegalStateException("calling callable " + id + ", which the build did not compile");
            if (c[0].equals("!")) throw new IllegalStateException(c[1]);
            try {
                Class<?> k;
                if (jar == null) {
                    k = Class.forName("dev.ferrite.jvm." + c[0], true, Launch.class.getClassLoader());
                } else {
                    var entry = jar.getEntry("dev/ferrite/jvm/" + c[0] + ".class");
                    if (entry == null) throw new ClassNotFoundException(c[0]);
                    try (InputStream in = jar.getInputStream(entry)) {
                        k = MethodHandles.lookup().defineClass(in.readAllBytes());
                    }
                }
                h = MethodHandles.lookup().findStatic(k, "f", MethodType.fromMethodDescriptorString(c[1], Launch.class.getClassLoader()));
            } catch (ReflectiveOperationException | IOException x) {
                throw new IllegalStateException("linking " + c[0], x);
            }
            handles.put(id, h);
            return h;
        }

        @Override
        public long upcastVtable(long vt, int target) {
            Long up = upcasts.get(List.of(vt, (long) target));
            if (up == null) throw new IllegalStateException("upcasting with 0x" + Long.toHexString(vt) + ", which the build did not foresee");
            return up;
        }

        @Override
        public String describe(int id) {
            String[] c = callables.get(id);
            return c == null ? "callable " + id : c[0];
        }
    }
}
