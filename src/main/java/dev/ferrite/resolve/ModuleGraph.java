package dev.ferrite.resolve;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Symbol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All modules of the compilation and how crates see each other: each crate root's extern prelude
 * (the crates it may name) and its standard prelude module ({@code std::prelude::rust_2021}, or
 * {@code core}'s for {@code #![no_std]} crates). Lexical lookup of a name walks block modules out
 * to the enclosing module; the preludes come after, in {@link #lookupWithPreludes}.
 */
final class ModuleGraph {
    final Definitions defs;
    private final Map<DefId, Module> modules = new HashMap<>();
    private final Map<Module, Map<Symbol, Module>> externPreludes = new HashMap<>();
    private final Map<Module, Module> preludes = new HashMap<>();
    private final Map<Module, List<Import>> importsByModule = new HashMap<>();

    /** The modules of earlier crates (the library), or null: looked up when this graph has no answer. */
    final ModuleGraph base;

    ModuleGraph(Definitions defs, ModuleGraph base) {
        this.defs = defs;
        this.base = base;
        if (base != null) crateRoots.addAll(base.crateRoots);
    }

    /** Crate roots in the order the crates were collected: crate number n (from 1) is at n - 1. */
    private final java.util.List<Module> crateRoots = new java.util.ArrayList<>();

    /** The modules this graph added (not its base's), in no particular order. */
    java.util.Collection<Module> ownModules() {
        return modules.values();
    }

    List<Module> crateRoots() {
        return crateRoots;
    }

    Map<Symbol, Module> externPrelude(Module crateRoot) {
        Map<Symbol, Module> m = externPreludes.get(crateRoot);
        return m == null && base != null ? base.externPrelude(crateRoot) : m;
    }

    void addCrateRoot(Module root) {
        crateRoots.add(root);
    }

    /**
     * The crate a path's leading {@code $crate} names: expansion gives {@code $crate} the number of
     * the macro's crate as its hygiene context; null if the path does not start with one.
     */
    Module dollarCrate(dev.ferrite.syntax.ast.Path p) {
        if (p == null || p.segments().isEmpty()) return null;
        dev.ferrite.syntax.ast.Ident first = p.segments().getFirst().ident();
        if (first.name() != dev.ferrite.span.Symbol.DOLLAR_CRATE || first.ctxt() <= 0 || first.ctxt() > crateRoots.size()) return null;
        return crateRoots.get(first.ctxt() - 1);
    }

    Module module(DefId def) {
        Module m = modules.get(def);
        return m == null && base != null ? base.module(def) : m;
    }

    void add(Module m) {
        modules.put(m.def, m);
    }

    void addImport(Import imp) {
        importsByModule.computeIfAbsent(imp.owner, k -> new java.util.ArrayList<>()).add(imp);
        imp.owner.imports.add(imp);
    }

    void setExternPrelude(Module crateRoot, Map<Symbol, Module> crates) {
        externPreludes.put(crateRoot, crates);
    }

    void setPrelude(Module crateRoot, Module prelude) {
        preludes.put(crateRoot, prelude);
    }

    /** Crate roots of edition 2015 crates, where `use` paths and `::` paths start at the crate root. */
    private final java.util.Set<Module> edition2015 = new java.util.HashSet<>();

    void markEdition2015(Module crateRoot) {
        edition2015.add(crateRoot);
    }

    /** Whether {@code m} is in a 2015 crate (its imports and `::` paths are relative to the crate root). */
    boolean is2015(Module m) {
        return edition2015.contains(m.crateRoot) || base != null && base.is2015(m);
    }

    Module prelude(Module crateRoot) {
        Module p = preludes.get(crateRoot);
        return p == null && base != null ? base.prelude(crateRoot) : p;
    }

    /**
     * For every module, the traits whose methods its code may call by name: those the module
     * defines or imports (under any name, `_` included) and those of its crate's standard prelude;
     * a block module adds its enclosing scope's.
     */
    Map<DefId, java.util.Set<DefId>> traitsInScope() {
        Map<DefId, java.util.Set<DefId>> out = new HashMap<>();
        for (Module m : modules.values()) out.put(m.def, traitsOf(m, new HashMap<>()));
        return out;
    }

    private java.util.Set<DefId> traitsOf(Module m, Map<Module, java.util.Set<DefId>> memo) {
        java.util.Set<DefId> done = memo.get(m);
        if (done != null) return done;
        java.util.Set<DefId> set = new java.util.HashSet<>();
        memo.put(m, set);
        addTraits(m, set);
        Module prelude = prelude(m.crateRoot);
        if (prelude != null && !m.noImplicitPrelude) addTraits(prelude, set);
        if (m.isBlock && m.parent != null) set.addAll(traitsOf(m.parent, memo));
        return java.util.Set.copyOf(set);
    }

    private static void addTraits(Module m, java.util.Set<DefId> set) {
        for (Module.Binding b : m.names.get(dev.ferrite.hir.DefKind.Ns.TYPE).values()) {
            if (b.res() instanceof dev.ferrite.hir.Res.Def d && d.kind() == dev.ferrite.hir.DefKind.TRAIT) set.add(d.def());
        }
    }

    Module externCrate(Module crateRoot, Symbol name) {
        Map<Symbol, Module> m = externPrelude(crateRoot);
        return m == null ? null : m.get(name);
    }

    /** Whether {@code ancestor} (a module DefId) is {@code m} or contains it. */
    boolean isAncestor(DefId ancestor, Module m) {
        for (Module cur = m; cur != null; cur = cur.parent) if (cur.def.equals(ancestor)) return true;
        return false;
    }

    /** A name in the scope of {@code from}: its block modules outwards to the enclosing module. */
    Module.Binding lookupLexical(Module from, DefKind.Ns ns, Symbol name) {
        for (Module m = from; m != null; m = m.parent) {
            Module.Binding b = m.get(ns, name);
            if (b != null) return b;
            if (!m.isBlock) break;
        }
        return null;
    }

    /** Lexical lookup, then the crate's standard prelude (items and names of {@code prelude::rust_20xx}). */
    Module.Binding lookupWithPreludes(Module from, DefKind.Ns ns, Symbol name) {
        Module.Binding b = lookupLexical(from, ns, name);
        if (b != null) return b;
        Module prelude = prelude(from.crateRoot);
        if (prelude != null && !from.crateRoot.noImplicitPrelude) {
            b = prelude.get(ns, name);
            if (b != null) return b;
        }
        return null;
    }

    /** Whether an unresolved import in scope of {@code from} could still bind {@code name}. */
    boolean mayStillDefine(Module from, Symbol name) {
        for (Module m = from; m != null; m = m.parent) {
            for (Import imp : m.imports) {
                if (!imp.resolved && (imp.kind == Import.Kind.GLOB || name.equals(imp.target))) return true;
            }
            if (!m.isBlock) break;
        }
        return false;
    }

    boolean hasPendingImports(Module m) {
        for (Import imp : m.imports) if (!imp.resolved) return true;
        return false;
    }

    /** How rustc names a module in "could not find `x` in `m`". */
    String describe(Module m) {
        Symbol name = defs.name(m.def);
        return name == null ? "crate" : name.text();
    }

    String describeRes(Res res) {
        if (res instanceof Res.Def d) {
            String descr = d.kind().descr();
            return (startsWithVowel(descr) ? "an " : "a ") + descr;
        }
        return "not a module";
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0;
    }
}
