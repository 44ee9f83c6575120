package dev.ferrite.metadata;

import dev.ferrite.expand.ExpandSession;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Item;
import dev.ferrite.serialize.Encoder;
import dev.ferrite.span.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes the library's metadata (rustc's {@code .rmeta}): what a compilation against the library
 * needs, laid out so that {@link LibraryMetadata} reads the small tables at once and each HIR item
 * and body only when asked for.
 *
 * <pre>
 * "FERRMETA" version:u32 crc32c:u32 toc:u32   (crc32c covers everything after the header)
 * key:string
 * items and bodies, each one value
 * source files, definitions, expansion state, module graph, indexes
 * item index (u32 offset per DefId, 0 = none), body index (u32 per BodyId), owner index (u32 BodyId + 1 per DefId)
 * tables (expansions, symbols, classes)
 * toc: the offsets of the sections above, then the counts
 * </pre>
 */
final class MetadataWriter {
    static final byte[] MAGIC = "FERRMETA".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Changes whenever the layout above changes (the build's hash in the key covers the rest). */
    static final int VERSION = 1;
    static final int HEADER = 20;

    private MetadataWriter() {
    }

    static byte[] write(LibraryBuilder b, String key) {
        Encoder e = new Encoder();
        e.writeBytes(MAGIC);
        e.writeFixedInt(VERSION);
        e.writeFixedInt(0); // crc, patched
        e.writeFixedInt(0); // toc, patched
        e.writeString(key);

        Definitions defs = b.defs;
        int ndefs = defs.size();
        int[] itemAt = new int[ndefs];
        for (int i = 0; i < ndefs; i++) {
            Item it = b.hir.item(new DefId(i));
            if (it == null) continue;
            itemAt[i] = e.position();
            e.writeValue(it);
        }
        List<Body> bodies = b.hir.localBodies();
        int[] bodyAt = new int[bodies.size()];
        int[] ownerBody = new int[ndefs];
        for (int i = 0; i < bodies.size(); i++) {
            bodyAt[i] = e.position();
            e.writeValue(bodies.get(i));
            int owner = bodies.get(i).owner().index();
            if (ownerBody[owner] == 0) ownerBody[owner] = i + 1;
        }

        int filesAt = e.position();
        List<SourceFile> files = b.sm.files();
        e.writeUInt(files.size());
        for (SourceFile f : files) {
            e.writeString(f.name());
            e.writeUInt(f.endPos() - f.startPos());
        }

        int defsAt = e.position();
        e.writeUInt(ndefs);
        for (Definitions.DefData d : defs.toArray()) {
            e.writeUInt(d.kind().ordinal());
            e.writeValue(d.name());
            e.writeUInt(d.parent() == null ? 0 : d.parent().index() + 1);
            e.writeSpan(d.span());
            e.writeUInt(d.krate().index());
        }

        int expandAt = e.position();
        List<ExpandSession.CrateInfo> crates = b.es.crates();
        e.writeValue(crates);
        for (ExpandSession.CrateInfo c : crates) e.writeValue(new LinkedHashMap<>(b.es.exportsOf(c.index())));
        e.writeValue(new LinkedHashMap<>(b.hir.crateRoots()));

        int resolveAt = e.position();
        b.crates.encode(e);

        int indexesAt = e.position();
        e.writeValue(sorted(b.crates.traitsInScope()));
        e.writeValue(sorted(b.tcx.traitImplIndex()));
        e.writeValue(new LinkedHashMap<>(b.tcx.inherentImplIndex()));
        e.writeValue(new LinkedHashMap<>(b.tcx.traitItemIndex()));

        int itemIndexAt = e.position();
        for (int off : itemAt) e.writeFixedInt(off);
        int bodyIndexAt = e.position();
        for (int off : bodyAt) e.writeFixedInt(off);
        int ownerIndexAt = e.position();
        for (int bi : ownerBody) e.writeFixedInt(bi);

        int tablesAt = e.writeTables();

        int toc = e.position();
        for (int off : new int[]{filesAt, defsAt, expandAt, resolveAt, indexesAt, itemIndexAt, bodyIndexAt,
                ownerIndexAt, tablesAt, ndefs, bodies.size()}) {
            e.writeFixedInt(off);
        }
        byte[] data = e.toByteArray();
        putInt(data, 16, toc);
        CRC32C crc = new CRC32C();
        crc.update(data, HEADER, data.length - HEADER);
        putInt(data, 12, (int) crc.getValue());
        return data;
    }

    /** A map in key order (DefIds), so the file does not depend on hash order. */
    private static <V> Map<DefId, V> sorted(Map<DefId, V> m) {
        List<DefId> keys = new ArrayList<>(m.keySet());
        keys.sort(null);
        Map<DefId, V> out = new LinkedHashMap<>();
        for (DefId k : keys) out.put(k, m.get(k));
        return out;
    }

    static void putInt(byte[] data, int at, int v) {
        data[at] = (byte) (v >>> 24);
        data[at + 1] = (byte) (v >>> 16);
        data[at + 2] = (byte) (v >>> 8);
        data[at + 3] = (byte) v;
    }

    static int getInt(byte[] data, int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }
}
