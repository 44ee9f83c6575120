package dev.ferrite.metadata;

import dev.ferrite.expand.ExpandSession;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Item;
import dev.ferrite.serialize.Encoder;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the library's metadata (rustc's {@code .rmeta}): what a compilation against the library
 * needs, laid out so that {@link LibraryMetadata} reads the small tables at once and each HIR item
 * and body only when asked for.
 *
 * <pre>
 * "FERRMETA" version:u32 crc32c:u32 toc:u32   (crc32c covers everything after the header)
 * key:string
 * items and bodies, each one value; exported macros, each one value
 * source files, definitions (each, then a u32 offset per DefId), crates and their exported macros' names and offsets, module graph, indexes
 * item index (u32 offset per DefId, 0 = none), body index (u32 per BodyId), owner index (u32 BodyId + 1 per DefId)
 * tables (expansions, symbols, classes)
 * toc: the offsets of the sections above, then the counts
 * </pre>
 */
final class MetadataWriter {
    static final byte[] MAGIC = "FERRMETA".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private MetadataWriter() {
    }

    static byte[] write(LibraryBuilder b, String key) {
        Encoder e = new Encoder();
        FileFrame.begin(e, MAGIC);
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

        List<ExpandSession.CrateInfo> crates = b.es.crates();
        List<int[]> macroAt = new ArrayList<>();
        for (ExpandSession.CrateInfo c : crates) {
            Map<Symbol, ExpandSession.MacroDef> ex = b.es.exportsOf(c.index());
            int[] offs = new int[ex.size()];
            int k = 0;
            for (ExpandSession.MacroDef m : ex.values()) {
                offs[k++] = e.position();
                e.writeValue(m);
            }
            macroAt.add(offs);
        }

        int filesAt = e.position();
        List<SourceFile> files = b.sm.files();
        e.writeUInt(files.size());
        for (SourceFile f : files) {
            e.writeString(f.name());
            e.writeUInt(f.endPos() - f.startPos());
        }

        int[] defAt = new int[ndefs];
        Definitions.DefData[] all = defs.toArray();
        for (int i = 0; i < ndefs; i++) {
            Definitions.DefData d = all[i];
            defAt[i] = e.position();
            e.writeUInt(d.kind().ordinal());
            e.writeValue(d.name());
            e.writeUInt(d.parent() == null ? 0 : d.parent().index() + 1);
            e.writeSpan(d.span());
            e.writeUInt(d.krate().index());
        }
        int defsAt = e.position();
        e.writeUInt(ndefs);
        for (int at : defAt) e.writeFixedInt(at);

        int expandAt = e.position();
        e.writeValue(crates);
        for (int i = 0; i < crates.size(); i++) {
            Map<Symbol, ExpandSession.MacroDef> ex = b.es.exportsOf(crates.get(i).index());
            e.writeUInt(ex.size());
            int k = 0;
            for (Symbol name : ex.keySet()) {
                e.writeSymbol(name);
                e.writeFixedInt(macroAt.get(i)[k++]);
            }
        }
        e.writeValue(new LinkedHashMap<>(b.hir.crateRoots()));

        int resolveAt = e.position();
        b.crates.encode(e);

        int[] lazyMaps = {
            writeLazyMap(e, sorted(b.crates.traitsInScope())),
            writeLazyMap(e, sorted(b.tcx.traitImplIndex())),
            writeLazyMap(e, b.tcx.inherentImplIndex()),
            writeLazyMap(e, b.tcx.traitItemIndex())};
        int indexesAt = e.position();
        for (int at : lazyMaps) e.writeFixedInt(at);

        int itemIndexAt = e.position();
        for (int off : itemAt) e.writeFixedInt(off);
        int bodyIndexAt = e.position();
        for (int off : bodyAt) e.writeFixedInt(off);
        int ownerIndexAt = e.position();
        for (int bi : ownerBody) e.writeFixedInt(bi);

        int tablesAt = e.writeTables();

        return FileFrame.finish(e, filesAt, defsAt, expandAt, resolveAt, indexesAt, itemIndexAt, bodyIndexAt,
                ownerIndexAt, tablesAt, ndefs, bodies.size());
    }

    /**
     * A map whose values {@link LazyValues} reads one at a time: the values, then the index
     * (count, then each key as a value with its value's offset); returns the index's position.
     */
    static int writeLazyMap(Encoder e, Map<?, ?> m) {
        List<Object> keys = new ArrayList<>(m.keySet());
        int[] at = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            at[i] = e.position();
            e.writeValue(m.get(keys.get(i)));
        }
        int index = e.position();
        e.writeUInt(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            e.writeValue(keys.get(i));
            e.writeFixedInt(at[i]);
        }
        return index;
    }

    /** A map in key order (DefIds), so the file does not depend on hash order. */
    private static <V> Map<DefId, V> sorted(Map<DefId, V> m) {
        List<DefId> keys = new ArrayList<>(m.keySet());
        keys.sort(null);
        Map<DefId, V> out = new LinkedHashMap<>();
        for (DefId k : keys) out.put(k, m.get(k));
        return out;
    }
}
