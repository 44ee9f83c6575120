package dev.ferrite.resolve;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module (or a crate root, an enum's variant namespace, a trait's items): the names it defines
 * or imports, per namespace, and the imports still to resolve. Block expressions with items get
 * anonymous modules too.
 */
final class Module {
    final DefId def;
    final Module parent;
    final Module crateRoot;
    /** Whether names from the parent scope are visible (block modules) or not (real modules). */
    final boolean isBlock;
    final EnumMap<DefKind.Ns, Map<Symbol, Binding>> names = new EnumMap<>(DefKind.Ns.class);
    final List<Import> imports = new ArrayList<>();
    /** `#[macro_use]`-style textual macros are handled by expansion; this is path-based macros. */
    boolean noImplicitPrelude;

    Module(DefId def, Module parent, Module crateRoot, boolean isBlock) {
        this.def = def;
        this.parent = parent;
        this.crateRoot = crateRoot == null ? this : crateRoot;
        this.isBlock = isBlock;
        for (DefKind.Ns ns : DefKind.Ns.values()) names.put(ns, new LinkedHashMap<>());
    }

    /** The nearest enclosing non-block module (the module `self::` refers to). */
    Module normal() {
        Module m = this;
        while (m.isBlock) m = m.parent;
        return m;
    }

    Binding get(DefKind.Ns ns, Symbol name) {
        return names.get(ns).get(name);
    }

    /** A name bound in a module: what it resolves to, where, and whether it came from an import. */
    record Binding(Res res, Module module, Visibility vis, Span span, Kind kind) {
        enum Kind { DEFINED, IMPORTED, GLOB_IMPORTED }
    }

    @Override
    public String toString() {
        return "Module(" + def + ")";
    }
}
