package dev.ferrite.metadata;

import dev.ferrite.diagnostics.DiagCtxt;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.HumanEmitter;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.HirCrate;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.MirSource;
import dev.ferrite.mir.build.MirQueries;
import dev.ferrite.serialize.DecodeException;
import dev.ferrite.serialize.Decoder;
import dev.ferrite.serialize.Encoder;
import dev.ferrite.serialize.Reader;
import dev.ferrite.span.SourceMap;
import dev.ferrite.traits.ParamEnv;
import dev.ferrite.traits.Solver;
import dev.ferrite.typeck.SolverInferCtxt;
import dev.ferrite.typeck.TcxTraitDatabase;
import dev.ferrite.typeck.Typeck;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The MIR of the library's bodies, and the hidden types of its {@code impl Trait} return types,
 * as rustc's metadata has them: built in a compilation of the library alone (its own {@link Tcx},
 * solver and type checker over {@link LibraryMetadata}, so what a user's crate adds can never
 * change them), the first time some program needs them, and kept in a file beside the metadata
 * ({@code library-<key>.mir}) so later runs read them instead of type-checking library bodies
 * again. The file grows with what programs use: {@link #persist} rewrites it (atomically) when a
 * run built something new. One instance per process, shared by its compilations (synchronized).
 */
public final class LibraryMir implements MirSource {
    static final byte[] MAGIC = "FERRMIR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MIR = 0, HIDDEN = 1;

    private final LibraryMetadata md;
    private final Path file;
    private final String key;
    /** Read from the file: offsets of the values, decoded on first use. */
    private Decoder dec;
    private final Map<DefId, Integer> mirAt = new HashMap<>();
    private final Map<DefId, Integer> hiddenAt = new HashMap<>();
    private final Map<DefId, Body> mirs = new HashMap<>();
    private final Map<DefId, Ty> hidden = new HashMap<>();
    /** Whether something was built that the file does not have. */
    private boolean dirty;

    private Tcx tcx;
    private Typeck typeck;
    private MirQueries mir;
    private DiagCtxt diag;

    LibraryMir(LibraryMetadata md, Path file, String key) {
        this.md = md;
        this.file = file;
        this.key = key;
        if (file != null) {
            try {
                open(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                // nothing built yet
            } catch (IOException | DecodeException e) {
                mirAt.clear();
                hiddenAt.clear();
                dec = null;
            }
        }
    }

    private void open(byte[] data) {
        int[] toc = FileFrame.open(data, MAGIC, 2);
        Decoder d = new Decoder(data, toc[1]);
        d.setRecordHook(LibraryMir::intern);
        Reader r = d.at(FileFrame.HEADER);
        if (!r.readString().equals(key)) throw new DecodeException("MIR file of another library");
        r = d.at(toc[0]);
        int n = r.readUInt();
        for (int i = 0; i < n; i++) {
            DefId def = new DefId(r.readUInt());
            int kind = r.readByte();
            int at = r.readFixedInt();
            if (def.index() >= md.defCount()) throw new DecodeException("bad DefId in MIR file");
            (kind == MIR ? mirAt : hiddenAt).put(def, at);
        }
        dec = d;
    }

    /** Whether the file had the MIR of {@code def} when this process started. */
    synchronized boolean inFile(DefId def) {
        return mirAt.containsKey(def);
    }

    /** Decoded types are interned, as the type checker's are ({@code ==} on types relies on it). */
    static Object intern(Object o) {
        return o instanceof Ty t ? Ty.intern(t) : o;
    }

    @Override
    public synchronized Body mirOf(DefId def) {
        if (mirs.containsKey(def)) return mirs.get(def);
        Body b;
        Integer at = mirAt.get(def);
        if (at != null) {
            b = dec.at(at).read(Body.class);
        } else {
            int before = context().diag.errorCount();
            try {
                b = mir.mirOf(def);
            } catch (IllegalStateException e) {
                checkErrors(def, before); // with the errors, when there are some
                throw e;
            }
            checkErrors(def, before);
            dirty = true;
        }
        mirs.put(def, b);
        return b;
    }

    /** The type an {@code impl Trait} of a library function stands for. */
    public synchronized Ty hiddenType(DefId opaque) {
        Ty t = hidden.get(opaque);
        if (t != null) return t;
        Integer at = hiddenAt.get(opaque);
        if (at != null) {
            t = dec.at(at).read(Ty.class);
        } else {
            int before = context().diag.errorCount();
            t = typeck.hiddenType(opaque);
            checkErrors(opaque, before);
            dirty = true;
        }
        hidden.put(opaque, t);
        return t;
    }

    /** The library compiled alone, created when something must be built. */
    private LibraryMir context() {
        if (tcx == null) {
            diag = new DiagCtxt();
            HirCrate hir = new HirCrate(md.newDefinitions(), md, Map.of(), List.of(), md.externCrates().langItems(),
                    md.crateRoots(), md.crateRoots().get("std"), null, Map.of());
            tcx = new Tcx(hir, diag);
            TcxTraitDatabase db = new TcxTraitDatabase(tcx);
            Solver solver = new Solver(db);
            typeck = new Typeck(tcx, owner -> new SolverInferCtxt(solver, ParamEnv.elaborate(db, tcx.predicates(owner))));
            tcx.setOpaqueRevealer(typeck::hiddenType);
            mir = new MirQueries(tcx, typeck);
        }
        return this;
    }

    /**
     * An error in a library body is a bug in the library: an internal error, with the errors this
     * body caused (earlier ones belong to other bodies, which have failed already).
     */
    private void checkErrors(DefId def, int errorsBefore) {
        if (diag.errorCount() == errorsBefore) return;
        SourceMap sm = new SourceMap();
        md.addSourceFiles(sm);
        HumanEmitter emitter = new HumanEmitter(sm);
        StringBuilder sb = new StringBuilder("the library failed to compile `" + tcx.defPath(def) + "`:\n");
        List<Diagnostic> all = diag.diagnostics();
        int seen = 0;
        for (Diagnostic d : all) {
            if (d.level() == dev.ferrite.diagnostics.Level.ERROR && seen++ < errorsBefore) continue;
            sb.append(emitter.render(d));
        }
        throw new IllegalStateException(sb.toString());
    }

    /** Writes what this process built, with what the file had, if anything was built. */
    public synchronized void persist() {
        if (!dirty || file == null) return;
        for (DefId d : new ArrayList<>(mirAt.keySet())) mirOf(d);
        for (DefId d : new ArrayList<>(hiddenAt.keySet())) hiddenType(d);
        Encoder e = new Encoder();
        FileFrame.begin(e, MAGIC);
        e.writeString(key);
        List<int[]> index = new ArrayList<>();
        List<DefId> defs = new ArrayList<>(mirs.keySet());
        defs.sort(null);
        for (DefId d : defs) {
            index.add(new int[]{d.index(), MIR, e.position()});
            e.writeValue(mirs.get(d));
        }
        defs = new ArrayList<>(hidden.keySet());
        defs.sort(null);
        for (DefId d : defs) {
            index.add(new int[]{d.index(), HIDDEN, e.position()});
            e.writeValue(hidden.get(d));
        }
        int indexAt = e.position();
        e.writeUInt(index.size());
        for (int[] en : index) {
            e.writeUInt(en[0]);
            e.writeByte(en[1]);
            e.writeFixedInt(en[2]);
        }
        int tablesAt = e.writeTables();
        byte[] data = FileFrame.finish(e, indexAt, tablesAt);
        try {
            Path tmp = Files.createTempFile(file.getParent(), "library-", ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            dirty = false;
        } catch (IOException | UnsupportedOperationException ex) {
            // the cache directory is not writable: the next run builds them again
        }
    }
}
