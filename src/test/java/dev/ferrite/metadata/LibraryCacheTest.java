package dev.ferrite.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Item;
import dev.ferrite.span.Symbol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's cached metadata never gives a wrong answer: a corrupt or truncated file, another
 * build of Ferrite or a changed library file each make it build the library again.
 */
class LibraryCacheTest {
    private static final Path LIB = Path.of(System.getProperty("ferrite.root", ".")).resolve("library");

    @TempDir
    Path dir;

    private Path onlyFile() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            var files = s.filter(p -> p.toString().endsWith(".meta")).toList();
            assertThat(files).hasSize(1);
            return files.getFirst();
        }
    }

    @Test
    void aCorruptOrTruncatedFileIsRebuiltAndAnotherBuildGetsItsOwnFile() throws IOException {
        LibrarySources lib = LibrarySources.bundled();
        assertThat(LibraryCache.obtain(lib, "build-a", dir).outcome()).isEqualTo(LibraryCache.Outcome.BUILT_AND_WRITTEN);
        LibraryCache.Result loaded = LibraryCache.obtain(lib, "build-a", dir);
        assertThat(loaded.outcome()).isEqualTo(LibraryCache.Outcome.LOADED);
        assertThat(loaded.metadata().crateRoots()).containsOnlyKeys("core", "alloc", "std");

        Path file = onlyFile();
        byte[] data = Files.readAllBytes(file);
        data[data.length / 2] ^= 0x20;
        Files.write(file, data);
        assertThat(LibraryCache.obtain(lib, "build-a", dir).outcome()).isEqualTo(LibraryCache.Outcome.REBUILT_BAD_FILE);
        assertThat(LibraryCache.obtain(lib, "build-a", dir).outcome()).isEqualTo(LibraryCache.Outcome.LOADED);

        data = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(data, data.length - 100));
        assertThat(LibraryCache.obtain(lib, "build-a", dir).outcome()).isEqualTo(LibraryCache.Outcome.REBUILT_BAD_FILE);

        // another build of Ferrite: its own key, and the old file is removed
        assertThat(LibraryCache.obtain(lib, "build-b", dir).outcome()).isEqualTo(LibraryCache.Outcome.BUILT_AND_WRITTEN);
        assertThat(onlyFile()).isNotEqualTo(file);
    }

    @Test
    void aChangedLibraryFileIsRebuiltAndSeen() throws IOException {
        Path copy = dir.resolve("library");
        try (Stream<Path> walk = Files.walk(LIB)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(LIB.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        Path cache = dir.resolve("cache");
        LibrarySources lib = LibrarySources.directory(copy);
        LibraryCache.Result first = LibraryCache.obtain(lib, "build", cache);
        assertThat(first.outcome()).isEqualTo(LibraryCache.Outcome.BUILT_AND_WRITTEN);
        assertThat(find(first.metadata(), "ferrite_cache_probe")).isFalse();
        assertThat(LibraryCache.obtain(lib, "build", cache).outcome()).isEqualTo(LibraryCache.Outcome.LOADED);

        Files.writeString(copy.resolve("core/src/lib.rs"), "\npub fn ferrite_cache_probe() {}\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        LibraryCache.Result changed = LibraryCache.obtain(lib, "build", cache);
        assertThat(changed.outcome()).isEqualTo(LibraryCache.Outcome.BUILT_AND_WRITTEN);
        assertThat(find(changed.metadata(), "ferrite_cache_probe")).isTrue();
    }

    @Test
    void libraryMirBuiltInOneRunIsReadBackInTheNext() throws IOException {
        LibrarySources lib = LibrarySources.bundled();
        LibraryMetadata md = LibraryCache.obtain(lib, "build-m", dir).metadata();
        DefId start = md.externCrates().langItems().get("start");
        assertThat(md.mir().inFile(start)).isFalse();
        byte[] built = encode(md.mir().mirOf(start));
        md.mir().persist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.filter(p -> p.toString().endsWith(".mir")).count()).isEqualTo(1);
        }
        LibraryMetadata again = LibraryCache.obtain(lib, "build-m", dir).metadata();
        assertThat(again.mir().inFile(start)).isTrue();
        assertThat(encode(again.mir().mirOf(start))).isEqualTo(built);
    }

    private static byte[] encode(Object v) {
        dev.ferrite.serialize.Encoder e = new dev.ferrite.serialize.Encoder();
        e.writeValue(v);
        e.writeTables();
        return e.toByteArray();
    }

    /** Whether the library defines a function of this name at the root of core. */
    private static boolean find(LibraryMetadata md, String name) {
        DefId core = md.crateRoots().get("core");
        Item.Mod root = (Item.Mod) md.item(core);
        Symbol sym = Symbol.intern(name);
        return root.items().stream().anyMatch(d -> md.item(d) instanceof Item.Fn f && f.name() == sym);
    }
}
