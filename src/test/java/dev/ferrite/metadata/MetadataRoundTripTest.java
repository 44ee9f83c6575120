package dev.ferrite.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import dev.ferrite.serialize.Encoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every HIR item and body of the library reads back from its metadata as it was built: both,
 * encoded again on their own, give the same bytes (records compare by value there, literal bytes
 * included, and expansions are numbered in the order met, whatever the process numbered them).
 */
class MetadataRoundTripTest {
    private static byte[] encode(Object v) {
        Encoder e = new Encoder();
        e.writeValue(v);
        e.writeTables();
        return e.toByteArray();
    }

    @Test
    void everyItemAndBodyReadsBackAsBuilt() {
        LibraryBuilder built = new LibraryBuilder(LibrarySources.bundled()).build();
        LibraryMetadata md = LibraryMetadata.read(MetadataWriter.write(built, "k"), LibrarySources.bundled(), "k");
        assertThat(md.defCount()).isEqualTo(built.defs.size());
        int items = 0;
        for (int i = 0; i < md.defCount(); i++) {
            DefId d = new DefId(i);
            Object orig = built.hir.item(d);
            Object back = md.item(d);
            assertThat(back == null).as("item %s", d).isEqualTo(orig == null);
            if (orig == null) continue;
            assertThat(encode(back)).as("item %s", built.defs.path(d)).isEqualTo(encode(orig));
            items++;
        }
        List<dev.ferrite.hir.Body> bodies = built.hir.localBodies();
        assertThat(md.bodyCount()).isEqualTo(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(encode(md.body(i))).as("body %d", i).isEqualTo(encode(bodies.get(i)));
            assertThat(md.bodyOwnedBy(bodies.get(i).owner())).isNotNull();
        }
        assertThat(items).isGreaterThan(1000);
        assertThat(md.traitImpls()).isEqualTo(built.tcx.traitImplIndex());
        assertThat(md.inherentImpls()).isEqualTo(built.tcx.inherentImplIndex());
        assertThat(md.traitItemsByName()).isEqualTo(built.tcx.traitItemIndex());
    }
}
