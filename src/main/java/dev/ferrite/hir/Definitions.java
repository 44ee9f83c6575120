package dev.ferrite.hir;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;

/**
 * The table of all definitions of the compilation: for each {@link DefId} its kind, name, parent
 * and span. Filled by name resolution; read by every later phase. Paths for diagnostics
 * ({@code std::fmt::Display}) are derived from the parent chain.
 */
public final class Definitions {
    /** One definition. {@code krate} is the crate root's DefId. */
    public record DefData(DefKind kind, Symbol name, DefId parent, Span span, DefId krate) {
    }

    /** The definitions of earlier crates (the library), shared and never changed: DefIds {@code [0, baseCount)}. */
    private final java.util.function.IntFunction<DefData> base;
    private final int baseCount;
    /**
     * This compilation's definitions, in chunks so that reading needs no lock (bodies are checked
     * on several threads): a writer fills the slot, then publishes it through {@link #count}.
     */
    private volatile DefData[][] chunks = new DefData[1][];
    private volatile int count;
    private static final int CHUNK = 4096;

    public Definitions() {
        this(0, i -> null);
    }

    /** A table whose first {@code baseCount} definitions are earlier crates' (read through {@code base}); new ones follow. */
    public Definitions(int baseCount, java.util.function.IntFunction<DefData> base) {
        this.base = base;
        this.baseCount = baseCount;
    }

    public synchronized DefId create(DefKind kind, Symbol name, DefId parent, Span span) {
        int n = count;
        DefId id = new DefId(baseCount + n);
        DefId krate = parent == null ? id : get(parent).krate();
        DefData[][] cs = chunks;
        int c = n / CHUNK;
        if (c >= cs.length) cs = java.util.Arrays.copyOf(cs, cs.length * 2);
        if (cs[c] == null) cs[c] = new DefData[CHUNK];
        cs[c][n % CHUNK] = new DefData(kind, name, parent, span, krate);
        chunks = cs;
        count = n + 1;
        return id;
    }

    public DefData get(DefId id) {
        int i = id.index();
        if (i < baseCount) return base.apply(i);
        int k = i - baseCount;
        if (k >= count) throw new IndexOutOfBoundsException("no definition " + id);
        return chunks[k / CHUNK][k % CHUNK];
    }

    /** All definitions, in DefId order (for metadata). */
    public synchronized DefData[] toArray() {
        DefData[] all = new DefData[baseCount + count];
        for (int i = 0; i < all.length; i++) all[i] = get(new DefId(i));
        return all;
    }

    public DefKind kind(DefId id) {
        return get(id).kind();
    }

    public Symbol name(DefId id) {
        return get(id).name();
    }

    public DefId parent(DefId id) {
        return get(id).parent();
    }

    public Span span(DefId id) {
        return get(id).span();
    }

    public int size() {
        return baseCount + count;
    }

    /** {@code crate::a::b} style path of names from the crate root (the root printed by its name). */
    public String path(DefId id) {
        StringBuilder sb = new StringBuilder();
        build(id, sb);
        return sb.toString();
    }

    private void build(DefId id, StringBuilder sb) {
        DefData d = get(id);
        if (d.parent() != null) {
            DefData p = get(d.parent());
            // impls and blocks have no name in paths; skip nameless parents other than the crate
            if (p.kind() != DefKind.IMPL || p.parent() != null) {
                build(d.parent(), sb);
                if (!sb.isEmpty()) sb.append("::");
            }
        }
        if (d.name() != null) sb.append(d.name().text());
    }
}
