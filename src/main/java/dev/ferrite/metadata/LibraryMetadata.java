package dev.ferrite.metadata;

import dev.ferrite.expand.ExpandSession;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.ExternHir;
import dev.ferrite.hir.Item;
import dev.ferrite.resolve.ExternCrates;
import dev.ferrite.serialize.DecodeException;
import dev.ferrite.serialize.Decoder;
import dev.ferrite.serialize.Reader;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library (core, alloc, std) as a compilation of the user's crate sees it, read from the
 * metadata {@link MetadataWriter} wrote: the small tables (files, definitions, exported macros,
 * module graph, impl indexes) are read at once; each HIR item and body is read the first time
 * something asks for it, so what a program does not use is never read. One instance is shared by
 * every compilation of the process ({@link LibraryCache#shared}); it never changes after reading.
 */
public final class LibraryMetadata implements ExternHir {
    private final LibrarySources sources;
    private final Decoder dec;
    private final String[] fileNames;
    private final int[] fileLengths;
    /** The definitions, each read on first use from the offset at {@code defIndexAt + 4 * index}. */
    private final Definitions.DefData[] defs;
    private final int defIndexAt;
    private final List<ExpandSession.CrateInfo> crateInfos;
    private final List<Map<Symbol, ExpandSession.MacroDef>> exports;
    private final Map<String, DefId> crateRoots;
    private final ExternCrates crates;
    private final Map<DefId, Set<DefId>> traitsInScope;
    private final Map<DefId, List<DefId>> traitImpls;
    private final Map<Object, List<DefId>> inherentImpls;
    private final Map<Symbol, List<DefId>> traitItemsByName;
    private final int itemIndexAt;
    private final int bodyIndexAt;
    private final int ownerIndexAt;
    private final int defCount;
    private final int bodyCount;
    private final Item[] items;
    private final Body[] bodies;

    /** Checks the header, the checksum and the key, then reads the tables; a bad file is a {@link DecodeException}. */
    @SuppressWarnings("unchecked")
    static LibraryMetadata read(byte[] data, LibrarySources sources, String key) {
        return new LibraryMetadata(data, sources, key, FileFrame.open(data, MetadataWriter.MAGIC, 11));
    }

    @SuppressWarnings("unchecked")
    private LibraryMetadata(byte[] data, LibrarySources sources, String key, int[] toc) {
        this.sources = sources;
        int filesAt = toc[0], defsAt = toc[1], expandAt = toc[2], resolveAt = toc[3], indexesAt = toc[4];
        itemIndexAt = toc[5];
        bodyIndexAt = toc[6];
        ownerIndexAt = toc[7];
        defCount = toc[9];
        bodyCount = toc[10];
        this.dec = new Decoder(data, toc[8]);
        Reader r = dec.at(FileFrame.HEADER);
        String written = r.readString();
        if (key != null && !key.equals(written)) throw new DecodeException("metadata for another build or library");

        r = dec.at(filesAt);
        int nfiles = r.readUInt();
        fileNames = new String[nfiles];
        fileLengths = new int[nfiles];
        for (int i = 0; i < nfiles; i++) {
            fileNames[i] = r.readString();
            fileLengths[i] = r.readUInt();
        }

        r = dec.at(defsAt);
        if (r.readUInt() != defCount) throw new DecodeException("definition count mismatch");
        defIndexAt = r.position();
        defs = new Definitions.DefData[defCount];

        r = dec.at(expandAt);
        crateInfos = r.readList(ExpandSession.CrateInfo.class);
        List<Map<Symbol, ExpandSession.MacroDef>> ex = new ArrayList<>();
        for (int i = 0; i < crateInfos.size(); i++) {
            int count = r.readUInt();
            java.util.LinkedHashMap<Symbol, Integer> at = java.util.LinkedHashMap.newLinkedHashMap(count);
            for (int k = 0; k < count; k++) at.put(r.readSymbol(), r.readFixedInt());
            ex.add(new LazyValues<>(at, off -> dec.at(off).read(ExpandSession.MacroDef.class)));
        }
        exports = List.copyOf(ex);
        crateRoots = (Map<String, DefId>) r.read(Map.class);

        crates = ExternCrates.decode(dec.at(resolveAt), newDefinitions(), this);

        r = dec.at(indexesAt);
        traitsInScope = lazyMap(r.readFixedInt(), DefId.class, Set.class);
        traitImpls = lazyMap(r.readFixedInt(), DefId.class, List.class);
        inherentImpls = lazyMap(r.readFixedInt(), Object.class, List.class);
        traitItemsByName = lazyMap(r.readFixedInt(), Symbol.class, List.class);
        items = new Item[defCount];
        bodies = new Body[bodyCount];
    }

    private LibraryMir mir;

    /** The MIR of the library's bodies (built alone, cached beside the metadata). */
    public synchronized LibraryMir mir() {
        if (mir == null) mir = new LibraryMir(this, null, "");
        return mir;
    }

    synchronized void attachMir(LibraryMir m) {
        this.mir = m;
    }

    /** A map {@link MetadataWriter#writeLazyMap} wrote: keys now, each value when first asked for. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <K, V> Map<K, V> lazyMap(int indexAt, Class<?> keyType, Class<?> valueType) {
        Reader r = dec.at(indexAt);
        int n = r.readUInt();
        java.util.LinkedHashMap<K, Integer> at = java.util.LinkedHashMap.newLinkedHashMap(n);
        for (int i = 0; i < n; i++) at.put((K) r.read(keyType), r.readFixedInt());
        return new LazyValues<>(at, off -> (V) dec.at(off).read((Class) valueType));
    }

    // ---- what a compilation of the user's crate starts from ----

    /**
     * Adds the library's files to a compilation's source map, first, so that the positions in the
     * metadata's spans are theirs; each file's text is read only if a diagnostic or panic shows it.
     */
    public void addSourceFiles(SourceMap sm) {
        if (!sm.files().isEmpty()) throw new IllegalStateException("the library's files must come first in the source map");
        for (int i = 0; i < fileNames.length; i++) {
            String name = fileNames[i];
            sm.addLazy(name, fileLengths[i], () -> sources.read(name));
        }
    }

    /** A definitions table that starts with the library's definitions. */
    public Definitions newDefinitions() {
        return new Definitions(defCount, this::defData);
    }

    private static final DefKind[] KINDS = DefKind.values();

    private Definitions.DefData defData(int i) {
        Definitions.DefData d = defs[i];
        if (d != null) return d;
        Reader r = dec.at(fixedInt(defIndexAt + 4 * i));
        int kind = r.readUInt();
        if (kind >= KINDS.length) throw new DecodeException("bad definition kind");
        Symbol name = r.read(Symbol.class);
        int parent = r.readUInt();
        Span span = r.readSpan();
        int krate = r.readUInt();
        d = new Definitions.DefData(KINDS[kind], name, parent == 0 ? null : new DefId(parent - 1), span, new DefId(krate));
        defs[i] = d; // records are safely published; a race reads the same definition twice
        return d;
    }

    /** Registers the library's crates and their exported macros as crates 1, 2, 3 of an expansion. */
    public void registerCrates(ExpandSession es) {
        for (int i = 0; i < crateInfos.size(); i++) es.addExternCrate(crateInfos.get(i), exports.get(i));
    }

    public ExternCrates externCrates() {
        return crates;
    }

    /** The root DefIds of the library's crates by name ({@code core}, {@code alloc}, {@code std}). */
    public Map<String, DefId> crateRoots() {
        return crateRoots;
    }

    // ---- ExternHir ----

    @Override
    public int defCount() {
        return defCount;
    }

    @Override
    public int bodyCount() {
        return bodyCount;
    }

    private int fixedInt(int at) {
        return dec.at(at).readFixedInt();
    }

    @Override
    public Item item(DefId def) {
        int i = def.index();
        Item it = items[i];
        if (it == null) {
            int off = fixedInt(itemIndexAt + 4 * i);
            if (off == 0) return null;
            it = dec.at(off).read(Item.class);
            items[i] = it; // a race decodes the same item twice; both are equal
        }
        return it;
    }

    @Override
    public Body body(int index) {
        Body b = bodies[index];
        if (b == null) {
            b = dec.at(fixedInt(bodyIndexAt + 4 * index)).read(Body.class);
            bodies[index] = b;
        }
        return b;
    }

    @Override
    public Body bodyOwnedBy(DefId owner) {
        int b = fixedInt(ownerIndexAt + 4 * owner.index());
        return b == 0 ? null : body(b - 1);
    }

    @Override
    public Set<DefId> traitsInScope(DefId module) {
        return traitsInScope.get(module);
    }

    @Override
    public Map<DefId, List<DefId>> traitImpls() {
        return traitImpls;
    }

    @Override
    public Map<Object, List<DefId>> inherentImpls() {
        return inherentImpls;
    }

    @Override
    public Map<Symbol, List<DefId>> traitItemsByName() {
        return traitItemsByName;
    }

    /** How many items and bodies have been read so far (for {@code -Ztime-passes}). */
    public String loadedSummary() {
        int ni = 0, nb = 0;
        for (Item it : items) if (it != null) ni++;
        for (Body b : bodies) if (b != null) nb++;
        return ni + "/" + defCount + " items, " + nb + "/" + bodyCount + " bodies";
    }
}
