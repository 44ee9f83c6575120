package dev.ferrite.jvm;

import dev.ferrite.interp.Instance;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * What {@code ferrite build} writes: a jar with the program's classes, its data and the runtime
 * classes it needs ({@link Launch} and what it refers to, none of the compiler), behind a short
 * shell script that finds a JDK 25 or later and starts the jar (the zip format reads from the end,
 * so a prefix does not disturb it). The file is executable, as rustc's binary is.
 */
public final class Executable {
    private Executable() {
    }

    /**
     * The JVM options of a built program (the launcher's {@code program_jvm} for {@code run} are
     * the same). Generated code is unlike Java: large methods, many small functions, a memory access
     * every few bytes. So C2 compiles methods above 8,000 bytes of bytecode too (a Rust {@code main}
     * often is one; it used to stay interpreted), has no cap on how much it inlines into one method
     * ({@code -ClipInlining}), and inlines somewhat larger callees than it does for Java (450 bytes
     * when hot, 50 otherwise: the direct memory accesses of {@link DirectMemory} made every function
     * a third larger). bench/cpu: dyn_shapes 1.6 s -> 1.3 s, nbody 1.3 s -> 0.9 s, the others within
     * noise.
     */
    public static final String JVM_OPTIONS = "'-Xlog:cds*=off' '-Xlog:aot*=off' --enable-native-access=ALL-UNNAMED"
            + " --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -XX:-ClipInlining -XX:-DontCompileHugeMethods"
            + " -XX:FreqInlineSize=450 -XX:MaxInlineSize=50";

    private static final String SCRIPT = """
            #!/bin/sh
            # A Rust program compiled by Ferrite (ferrite build): a jar behind this script, which
            # starts it on a JDK of version 25 or later ($JAVA_HOME, else one under /usr/lib/jvm).
            j=""
            for d in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
              [ -n "$d" ] && [ -x "$d/bin/java" ] && [ -f "$d/release" ] || continue
              v=$(sed -n 's/^JAVA_VERSION="\\([0-9]*\\).*/\\1/p' "$d/release" | head -n1)
              if [ -n "$v" ] && [ "$v" -ge 25 ]; then j="$d/bin/java"; break; fi
            done
            if [ -z "$j" ]; then echo "error: this program needs a JDK of version 25 or later (set JAVA_HOME)" >&2; exit 1; fi
            exec "$j" %s -cp "$0" dev.ferrite.jvm.Launch "$0" "$@"
            """.formatted(JVM_OPTIONS);

    /**
     * Builds the program starting at {@code start} ({@code lang_start}, or null) and {@code main}
     * into the file {@code out}, made executable. With {@code standalone} false, the jar holds the
     * program alone and runs with Ferrite's jar on the class path (how {@code ferrite run} uses it).
     */
    public static void write(JvmEngine engine, Instance start, Instance main, Path out, boolean standalone) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ferrite-build", ".tmp");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                if (standalone) file.write(SCRIPT.getBytes(StandardCharsets.UTF_8));
                Manifest manifest = new Manifest();
                manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
                manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launch.class.getName());
                manifest.getMainAttributes().putValue("Enable-Native-Access", "ALL-UNNAMED");
                try (JarOutputStream jar = new JarOutputStream(file, manifest)) {
                    jar.setLevel(1);
                    engine.build(start, main, jar);
                    if (standalone) {
                        for (String c : runtimeClasses()) {
                            jar.putNextEntry(new ZipEntry(c + ".class"));
                            jar.write(classBytes(c));
                            jar.closeEntry();
                        }
                    }
                }
            }
            if (standalone) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException notPosix) {
                    // the file system has no such permissions
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final Pattern CLASS_NAME = Pattern.compile("dev/ferrite/[A-Za-z0-9_/$]+");

    /** {@link Launch} and the classes of Ferrite that it refers to, directly or not (internal names). */
    static Set<String> runtimeClasses() throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> work = new ArrayDeque<>();
        String first = Launch.class.getName().replace('.', '/');
        seen.add(first);
        work.add(first);
        while (!work.isEmpty()) {
            String c = work.poll();
            for (PoolEntry e : ClassFile.of().parse(classBytes(c)).constantPool()) {
                if (!(e instanceof Utf8Entry u)) continue;
                Matcher m = CLASS_NAME.matcher(u.stringValue());
                while (m.find()) {
                    String name = m.group();
                    if (seen.contains(name) || Executable.class.getClassLoader().getResource(name + ".class") == null) continue;
                    seen.add(name);
                    work.add(name);
                }
            }
        }
        return seen;
    }

    private static byte[] classBytes(String internalName) throws IOException {
        try (InputStream in = Executable.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            if (in == null) throw new IOException("no class " + internalName);
            return in.readAllBytes();
        }
    }
}
