package dev.ferrite.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every body of the library type-checks and builds its MIR, as rustc compiles all of std before
 * any program uses it. Library bodies are otherwise checked only when a program runs them, so a
 * mistake in one that no test runs would wait for a user to find it.
 */
class LibraryBodiesTest {
    @Test
    void everyLibraryBodyChecksAndBuilds() {
        LibraryMetadata md = LibraryCache.obtain(LibrarySources.bundled(), null, null).metadata();
        Set<DefId> owners = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < md.bodyCount(); i++) {
            DefId owner = md.body(i).owner();
            if (!owners.add(owner)) continue;
            try {
                md.mir().mirOf(owner);
            } catch (RuntimeException e) {
                failures.add(String.valueOf(e.getMessage()));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(owners.size()).isGreaterThan(4000);
    }
}
