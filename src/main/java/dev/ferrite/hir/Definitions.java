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

    /** The definitions of earlier crates (the library), shared and never changed: DefIds {@code [0, base.length)}. */
    private final DefData[] base;
    private final List<DefData> defs = new ArrayList<>();

    public Definitions() {
        this.base = new DefData[0];
    }

    /** A table whose first definitions are {@code base} (those of earlier crates); new ones follow. */
    public Definitions(DefData[] base) {
        this.base = base;
    }

    public synchronized DefId create(DefKind kind, Symbol name, DefId parent, Span span) {
        DefId id = new DefId(base.length + defs.size());
        DefId krate = parent == null ? id : get(parent).krate();
        defs.add(new DefData(kind, name, parent, span, krate));
        return id;
    }

    public DefData get(DefId id) {
        int i = id.index();
        if (i < base.length) return base[i];
        synchronized (this) {
            return defs.get(i - base.length);
        }
    }

    /** All definitions, in DefId order (for metadata). */
    public synchronized DefData[] toArray() {
        DefData[] all = java.util.Arrays.copyOf(base, base.length + defs.size());
        for (int i = 0; i < defs.size(); i++) all[base.length + i] = defs.get(i);
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
        return base.length + defs.size();
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
