package dev.ferrite.metadata;

import dev.ferrite.serialize.DecodeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the library's metadata comes from: a file in the cache directory whose name is the key
 * (a hash of Ferrite's build and of the library's sources), or, when there is none or it is not
 * sound (another build, a changed library, a truncated or corrupt file), a fresh build of the
 * library that is then written there for the next run. The file is written under a temporary
 * name and moved into place, so processes that start together never see half a file; files of
 * other keys are removed.
 *
 * <p>The launcher passes the jar's hash as {@code -Dferrite.build} and the directory as
 * {@code -Dferrite.cache.dir}; without a build id (tests running from class directories) nothing
 * is written and each process builds the library once in memory.
 */
public final class LibraryCache {
    private LibraryCache() {
    }

    /** What happened when the metadata was obtained (for tests and {@code -Ztime-passes}). */
    public enum Outcome { LOADED, BUILT_AND_WRITTEN, BUILT_NOT_CACHED, REBUILT_BAD_FILE }

    /** The metadata and how it was obtained. */
    public record Result(LibraryMetadata metadata, Outcome outcome, Path file) {
    }

    private static LibraryMetadata shared;

    /** The library for the compilations of this process, obtained on first use. */
    public static synchronized LibraryMetadata shared() {
        if (shared == null) {
            String dir = System.getProperty("ferrite.cache.dir");
            shared = obtain(LibrarySources.bundled(), buildId(), dir == null || dir.isEmpty() ? null : Path.of(dir)).metadata();
        }
        return shared;
    }

    /** The id of Ferrite's build: the launcher's {@code ferrite.build}, else the hash of the jar we run from, else null. */
    static String buildId() {
        String id = System.getProperty("ferrite.build");
        if (id != null && !id.isEmpty()) return id;
        try {
            Path code = Path.of(LibraryCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) return null;
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(code)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** The key of a library's metadata for a build, or null if it cannot be told (nothing is cached then). */
    static String key(LibrarySources sources, String buildId) {
        String content = sources.contentHash();
        if (buildId == null || content == null) return null;
        // The bundled library is inside the jar whose hash the launcher passes: that hash is the key
        // (no digest to compute at start-up). Anything else is hashed together.
        if (content.equals("bundled") && buildId.matches("[0-9A-Za-z_-]{1,64}")) {
            return "v" + FileFrame.VERSION + "-" + buildId;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("ferrite-metadata-v" + FileFrame.VERSION + "\0" + buildId + "\0" + content)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Reads the cached metadata of {@code sources} for {@code buildId} from {@code dir}, or builds (and caches) it. */
    public static Result obtain(LibrarySources sources, String buildId, Path dir) {
        String key = key(sources, buildId);
        Result r = obtainMetadata(sources, key, dir);
        Path mirFile = r.file() == null ? null : dir.resolve("library-" + key + ".mir");
        r.metadata().attachMir(new LibraryMir(r.metadata(), mirFile, key == null ? "" : key));
        return r;
    }

    private static Result obtainMetadata(LibrarySources sources, String key, Path dir) {
        Path file = key == null || dir == null ? null : dir.resolve("library-" + key + ".meta");
        boolean bad = false;
        if (file != null) {
            try {
                byte[] data = Files.readAllBytes(file);
                return new Result(LibraryMetadata.read(data, sources, key), Outcome.LOADED, file);
            } catch (NoSuchFileException e) {
                // first run of this build: build it below
            } catch (IOException | DecodeException e) {
                bad = true;
            }
        }
        byte[] data = MetadataWriter.write(new LibraryBuilder(sources).build(), key == null ? "" : key);
        LibraryMetadata md = LibraryMetadata.read(data, sources, key);
        if (file == null) return new Result(md, Outcome.BUILT_NOT_CACHED, null);
        boolean written = store(dir, file, data, key);
        return new Result(md, bad ? Outcome.REBUILT_BAD_FILE : written ? Outcome.BUILT_AND_WRITTEN : Outcome.BUILT_NOT_CACHED,
                file);
    }

    /** Writes the file atomically and removes the metadata of other keys; false if the directory is not writable. */
    private static boolean store(Path dir, Path file, byte[] data, String key) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "library-", ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "library-*.{meta,mir}")) {
                for (Path p : ds) if (!p.getFileName().toString().startsWith("library-" + key + ".")) Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
