package dev.ferrite.resolve;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Symbol;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Resolves paths in expressions, patterns and types (rustc's late resolution): a single name is
 * looked up in the lexical ribs (locals, generics), then the modules in scope, then the preludes
 * and the primitive types; a longer path walks modules and stops at the first segment that names a
 * type, leaving the rest to type checking ({@code Vec::new}, {@code T::Item}).
 */
final class PathResolver {
    /** How far a path resolved: {@code res} for the first {@code resolvedSegments}, the rest is type-relative. */
    record Partial(Res res, int resolvedSegments, Module module) {
        boolean full(int total) {
            return resolvedSegments == total;
        }
    }

    /** A resolution failure at {@code segment} with rustc's message and label. */
    record Failure(int segment, String message, String label) {
    }

    private final ModuleGraph graph;

    PathResolver(ModuleGraph graph) {
        this.graph = graph;
    }

    /** A single name in namespace {@code ns}, from the ribs (innermost last) and module {@code scope}. */
    Res resolveIdent(Symbol name, DefKind.Ns ns, Deque<Rib> ribs, Module scope) {
        boolean crossedItem = false;
        for (Iterator<Rib> it = ribs.descendingIterator(); it.hasNext(); ) {
            Rib rib = it.next();
            Res r = ns == DefKind.Ns.TYPE ? rib.types.get(name) : ns == DefKind.Ns.VALUE ? rib.values.get(name) : null;
            if (r != null) {
                if (crossedItem && (r instanceof Res.Local || isGenericParam(r))) return null;
                return r;
            }
            if (rib.blockModule != null) {
                Module.Binding b = rib.blockModule.get(ns, name);
                if (b != null) return b.res();
            }
            if (rib.kind == Rib.Kind.ITEM) crossedItem = true;
        }
        Module.Binding b = graph.lookupWithPreludes(scope, ns, name);
        if (b != null) return b.res();
        if (ns == DefKind.Ns.TYPE) {
            Module ext = graph.externCrate(scope.crateRoot, name);
            if (ext != null) return new Res.Def(DefKind.CRATE, ext.def);
            Res.PrimTy prim = Res.PrimTy.byName(name.text());
            if (prim != null) return new Res.Prim(prim);
        }
        return null;
    }

    private static boolean isGenericParam(Res r) {
        return r instanceof Res.Def d && (d.kind() == DefKind.TY_PARAM || d.kind() == DefKind.CONST_PARAM);
    }

    /**
     * Resolves a path of several segments; the last one in {@code ns}. Returns a {@link Partial}
     * (possibly stopping early at a type) or a {@link Failure}.
     */
    /** The crate a leading {@code $crate} of {@code p} names, or null. */
    Module dollarCrateOf(dev.ferrite.syntax.ast.Path p) {
        return graph.dollarCrate(p);
    }

    Object resolvePath(List<Symbol> segs, boolean global, Module dollarCrate, DefKind.Ns ns, Deque<Rib> ribs, Module scope) {
        int n = segs.size();
        Module cur;
        int i;
        Symbol first = segs.getFirst();
        if (global && graph.is2015(scope) && scope.crateRoot.get(DefKind.Ns.TYPE, first) != null
                && scope.crateRoot.get(DefKind.Ns.TYPE, first).module() != null) {
            // edition 2015: `::a::b` starts at the crate root
            cur = scope.crateRoot.get(DefKind.Ns.TYPE, first).module();
            i = 1;
        } else if (global) {
            cur = graph.externCrate(scope.crateRoot, first);
            if (cur == null) return new Failure(0, "failed to resolve: could not find `" + first + "` in the list of imported crates",
                    "could not find `" + first + "` in the list of imported crates");
            i = 1;
        } else if (first == Symbol.CRATE) {
            cur = scope.crateRoot;
            i = 1;
        } else if (first == Symbol.DOLLAR_CRATE) {
            cur = dollarCrate != null ? dollarCrate : scope.crateRoot;
            i = 1;
        } else if (first == Symbol.SELF_LOWER && n > 1) {
            cur = scope.normal();
            i = 1;
        } else if (first == Symbol.SUPER) {
            cur = scope.normal();
            i = 0;
            while (i < n && segs.get(i) == Symbol.SUPER) {
                if (cur.parent == null) return new Failure(i, "too many leading `super` keywords", "there are too many leading `super` keywords");
                cur = cur.parent.normal();
                i++;
            }
        } else {
            if (n == 1) {
                Res r = resolveIdent(first, ns, ribs, scope);
                if (r == null) return new Failure(0, null, null);
                // a module named like a primitive type (`use std::u32;`) is not what `x: u32` means
                if (ns == DefKind.Ns.TYPE && r instanceof Res.Def d && d.kind() == DefKind.MOD
                        && Res.PrimTy.byName(first.text()) != null) {
                    return new Partial(new Res.Prim(Res.PrimTy.byName(first.text())), 1, null);
                }
                return new Partial(r, 1, null);
            }
            Res r = resolveIdent(first, DefKind.Ns.TYPE, ribs, scope);
            if (r == null) {
                return new Failure(0, "failed to resolve: use of undeclared type `" + first + "`",
                        "use of undeclared type `" + first + "`");
            }
            Module m = moduleOf(r);
            if (m == null) return new Partial(r, 1, null); // a type: the rest is type-relative
            Res.PrimTy prim = Res.PrimTy.byName(first.text());
            if (prim != null && m.get(n == 2 ? ns : DefKind.Ns.TYPE, segs.get(1)) == null) {
                // rustc: `char::from_u32` with `use std::char;` in scope falls back to the primitive type
                return new Partial(new Res.Prim(prim), 1, null);
            }
            if (isTypeLike(r) && m.get(n == 2 ? ns : DefKind.Ns.TYPE, segs.get(1)) == null) {
                return new Partial(r, 1, null); // `Enum::assoc_fn` (e.g. a derived `default`): type-relative
            }
            cur = m;
            i = 1;
        }
        if (i == n) {
            // `crate`, `self`, `super` alone: the module itself
            return new Partial(new Res.Def(graph.defs.kind(cur.def), cur.def), n, cur);
        }
        for (; i < n - 1; i++) {
            Module.Binding b = cur.get(DefKind.Ns.TYPE, segs.get(i));
            if (b == null) {
                return new Failure(i, "failed to resolve: could not find `" + segs.get(i) + "` in `" + graph.describe(cur) + "`",
                        "could not find `" + segs.get(i) + "` in `" + graph.describe(cur) + "`");
            }
            if (b.module() == null) return new Partial(b.res(), i + 1, null);
            if (isTypeLike(b.res())) {
                // An enum or trait used as a path prefix: variants/items are found through its module.
                Module.Binding next = b.module().get(n - 1 == i + 1 ? ns : DefKind.Ns.TYPE, segs.get(i + 1));
                if (next == null) return new Partial(b.res(), i + 1, null);
            }
            cur = b.module();
        }
        Module.Binding b = cur.get(ns, segs.get(n - 1));
        if (b == null) return new Failure(n - 1, null, "`" + graph.describe(cur) + "`");
        return new Partial(b.res(), n, b.module());
    }

    private static boolean isTypeLike(Res r) {
        return r instanceof Res.Def d && (d.kind() == DefKind.ENUM || d.kind() == DefKind.TRAIT);
    }

    /** The module-like scope of a resolution (modules, crates, enums, traits), or null. */
    Module moduleOf(Res r) {
        if (r instanceof Res.Def d) {
            DefId def = d.def();
            return graph.module(def);
        }
        return null;
    }
}
