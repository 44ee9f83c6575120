package dev.ferrite.resolve;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.ExternHir;
import dev.ferrite.hir.Res;
import dev.ferrite.serialize.DecodeException;
import dev.ferrite.serialize.Encoder;
import dev.ferrite.serialize.Reader;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What name resolution of earlier crates (the library) leaves for a crate compiled against them:
 * their module graph with every import resolved, the constructors of their tuple and unit structs,
 * their lang items and their HIR. A {@link DefCollector} built over it adds the user's crate; the
 * library's modules are shared, never changed, by every compilation of the process.
 *
 * <p>{@link #encode} and {@link #decode} keep it in the library's metadata.
 */
public final class ExternCrates {
    final ModuleGraph graph;
    final Map<DefId, DefId> ctors;
    final Map<String, DefId> langItems;
    final ExternHir hir;

    private ExternCrates(ModuleGraph graph, Map<DefId, DefId> ctors, Map<String, DefId> langItems, ExternHir hir) {
        this.graph = graph;
        this.ctors = ctors;
        this.langItems = langItems;
        this.hir = hir;
    }

    /** The crates a collector and its lowering have resolved, with their HIR (as read back later). */
    public static ExternCrates of(DefCollector dc, ItemLowering lowering, ExternHir hir) {
        return new ExternCrates(dc.graph(), Map.copyOf(dc.ctors()), Map.copyOf(lowering.langItems), hir);
    }

    public ExternHir hir() {
        return hir;
    }

    public Map<String, DefId> langItems() {
        return langItems;
    }

    /** The traits in scope of each module of these crates (for their HIR's metadata). */
    public Map<DefId, java.util.Set<DefId>> traitsInScope() {
        return graph.traitsInScope();
    }

    // ---- metadata ----

    /** Writes the module graph, constructors and lang items (not the HIR: the caller keeps it). */
    public void encode(Encoder e) {
        Map<Module, Integer> index = new IdentityHashMap<>();
        List<Module> order = new ArrayList<>();
        List<Module> own = new ArrayList<>(graph.ownModules());
        own.sort((a, b) -> a.def.compareTo(b.def));
        for (Module m : own) number(m, index, order);
        for (int i = 0; i < order.size(); i++) {
            Module m = order.get(i);
            for (Map<Symbol, Module.Binding> names : m.names.values()) {
                for (Module.Binding b : names.values()) if (b.module() != null) number(b.module(), index, order);
            }
        }
        e.writeUInt(order.size());
        for (Module m : order) {
            e.writeUInt(m.def.index());
            e.writeUInt(m.parent == null ? 0 : index.get(m.parent) + 1);
            e.writeUInt(index.get(m.crateRoot));
            e.writeByte((m.isBlock ? 1 : 0) | (m.noImplicitPrelude ? 2 : 0) | (graph.module(m.def) == m ? 4 : 0));
        }
        for (Module m : order) {
            for (DefKind.Ns ns : DefKind.Ns.values()) {
                Map<Symbol, Module.Binding> names = m.names.get(ns);
                e.writeUInt(names.size());
                for (Map.Entry<Symbol, Module.Binding> en : names.entrySet()) {
                    Module.Binding b = en.getValue();
                    e.writeSymbol(en.getKey());
                    e.writeValue(b.res());
                    e.writeUInt(b.module() == null ? 0 : index.get(b.module()) + 1);
                    e.writeInt(b.vis().restrictedTo() == null ? -1 : b.vis().restrictedTo().index());
                    e.writeSpan(b.span());
                    e.writeUInt(b.kind().ordinal());
                }
            }
        }
        List<Module> roots = graph.crateRoots();
        e.writeUInt(roots.size());
        for (Module r : roots) {
            e.writeUInt(index.get(r));
            Map<Symbol, Module> ext = graph.externPrelude(r);
            e.writeUInt(ext == null ? 0 : ext.size());
            if (ext != null) {
                for (Map.Entry<Symbol, Module> en : ext.entrySet()) {
                    e.writeSymbol(en.getKey());
                    e.writeUInt(index.get(en.getValue()));
                }
            }
            Module prelude = graph.prelude(r);
            e.writeUInt(prelude == null ? 0 : index.get(prelude) + 1);
        }
        e.writeValue(new LinkedHashMap<>(ctors));
        e.writeValue(new LinkedHashMap<>(langItems));
    }

    private static void number(Module m, Map<Module, Integer> index, List<Module> order) {
        if (m == null || index.containsKey(m)) return;
        number(m.parent, index, order);
        if (m.crateRoot != m) number(m.crateRoot, index, order);
        if (index.containsKey(m)) return;
        index.put(m, order.size());
        order.add(m);
    }

    /** Reads what {@link #encode} wrote; the definitions table must hold the crates' DefIds. */
    @SuppressWarnings("unchecked")
    public static ExternCrates decode(Reader r, Definitions defs, ExternHir hir) {
        ModuleGraph graph = new ModuleGraph(defs, null);
        int n = r.readUInt();
        Module[] mods = new Module[n];
        boolean[] registered = new boolean[n];
        for (int i = 0; i < n; i++) {
            DefId def = new DefId(r.readUInt());
            int parent = r.readUInt();
            int root = r.readUInt();
            int flags = r.readByte();
            if (parent > i || root > i) throw new DecodeException("module graph out of order");
            Module p = parent == 0 ? null : mods[parent - 1];
            Module m = new Module(def, p, root == i ? null : mods[root], (flags & 1) != 0);
            m.noImplicitPrelude = (flags & 2) != 0;
            mods[i] = m;
            registered[i] = (flags & 4) != 0;
        }
        DefKind.Ns[] nss = DefKind.Ns.values();
        Module.Binding.Kind[] kinds = Module.Binding.Kind.values();
        for (int i = 0; i < n; i++) {
            Module m = mods[i];
            for (DefKind.Ns ns : nss) {
                int count = r.readUInt();
                Map<Symbol, Module.Binding> names = m.names.get(ns);
                for (int k = 0; k < count; k++) {
                    Symbol name = r.readSymbol();
                    Res res = r.read(Res.class);
                    int mod = r.readUInt();
                    int vis = r.readInt();
                    Span span = r.readSpan();
                    int kind = r.readUInt();
                    if (mod > n || kind >= kinds.length) throw new DecodeException("bad binding in module graph");
                    names.put(name, new Module.Binding(res, mod == 0 ? null : mods[mod - 1],
                            vis < 0 ? Visibility.PUBLIC : new Visibility(new DefId(vis)), span, kinds[kind]));
                }
            }
            if (registered[i]) graph.add(m);
        }
        int roots = r.readUInt();
        for (int i = 0; i < roots; i++) {
            Module root = mods[r.readUInt()];
            graph.addCrateRoot(root);
            int ext = r.readUInt();
            Map<Symbol, Module> crates = new HashMap<>();
            for (int k = 0; k < ext; k++) crates.put(r.readSymbol(), mods[r.readUInt()]);
            graph.setExternPrelude(root, crates);
            int prelude = r.readUInt();
            if (prelude != 0) graph.setPrelude(root, mods[prelude - 1]);
        }
        Map<DefId, DefId> ctors = (Map<DefId, DefId>) r.read(Map.class);
        Map<String, DefId> langItems = (Map<String, DefId>) r.read(Map.class);
        return new ExternCrates(graph, ctors, langItems, hir);
    }
}
