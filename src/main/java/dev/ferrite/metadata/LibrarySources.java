package dev.ferrite.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sources of Ferrite's standard library ({@code library/} in the repository): packaged in the
 * jar under {@code ferrite-library/} ({@link #bundled}), or read from a directory (tests that
 * change a library file). Files are named in diagnostics as {@code library/core/src/...}.
 */
public abstract class LibrarySources {
    public static final String PREFIX = "library/";

    /** The bytes of {@code library/<path>} (the prefix is optional), or null if there is no such file. */
    public abstract byte[] read(String path);

    /**
     * What identifies this library's contents in the key of its cached metadata ({@code bundled}
     * for the library inside the jar, which the build's hash covers), or null if it cannot be
     * told (then nothing is cached).
     */
    abstract String contentHash();

    static String relative(String path) {
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    }

    private static final LibrarySources BUNDLED = new LibrarySources() {
        @Override
        public byte[] read(String path) {
            try (InputStream in = LibrarySources.class.getResourceAsStream("/ferrite-library/" + relative(path))) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        String contentHash() {
            return "bundled";
        }
    };

    /** The library inside Ferrite's jar (or its classes directory). */
    public static LibrarySources bundled() {
        return BUNDLED;
    }

    /** A library in a directory laid out as {@code library/} (with {@code core/src/lib.rs}, ...). */
    public static LibrarySources directory(Path root) {
        return new LibrarySources() {
            @Override
            public byte[] read(String path) {
                Path p = root.resolve(relative(path));
                try {
                    return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            String contentHash() {
                try (Stream<Path> walk = Files.walk(root)) {
                    List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    for (Path f : files) {
                        md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update((byte) 0);
                        md.update(Files.readAllBytes(f));
                        md.update((byte) 0);
                    }
                    return HexFormat.of().formatHex(md.digest());
                } catch (IOException | NoSuchAlgorithmException e) {
                    return null;
                }
            }
        };
    }
}
