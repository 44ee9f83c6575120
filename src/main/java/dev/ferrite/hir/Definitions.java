package dev.ferrite.hir;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.List;

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
    private final List<DefData> defs = new ArrayList<>();

    public Definitions() {
        this(0, i -> null);
    }

    /** A table whose first {@code baseCount} definitions are earlier crates' (read through {@code base}); new ones follow. */
    public Definitions(int baseCount, java.util.function.IntFunction<DefData> base) {
        this.base = base;
        this.baseCount = baseCount;
    }

    public synchronized DefId create(DefKind kind, Symbol name, DefId parent, Span span) {
        DefId id = new DefId(baseCount + defs.size());
        DefId krate = parent == null ? id : get(parent).krate();
        defs.add(new DefData(kind, name, parent, span, krate));
        return id;
    }

    public DefData get(DefId id) {
        int i = id.index();
        if (i < baseCount) return base.apply(i);
        synchronized (this) {
            return defs.get(i - baseCount);
        }
    }

    /** All definitions, in DefId order (for metadata). */
    public synchronized DefData[] toArray() {
        DefData[] all = new DefData[baseCount + defs.size()];
        for (int i = 0; i < baseCount; i++) all[i] = base.apply(i);
        for (int i = 0; i < defs.size(); i++) all[baseCount + i] = defs.get(i);
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

    public synchronized int size() {
        return baseCount + defs.size();
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
