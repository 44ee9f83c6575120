package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves imports to a fixpoint (rustc's {@code resolve/imports.rs}): an import whose path can be
 * resolved binds its name in the importing module; a glob import copies the public names of the
 * target module, again whenever that module gains names. What is left unresolved at the end is an
 * error (E0432). Module paths are resolved by {@link #resolveModulePath}, also used for paths in
 * expressions and types.
 */
final class ImportResolver {
    /** The outcome of resolving a path prefix: a module, not yet known, or an error (already described). */
    sealed interface PathResult {
    }

    record Found(Module module) implements PathResult {
    }

    record Indeterminate() implements PathResult {
    }

    record Failed(int segment, String message, String label) implements PathResult {
    }

    private final ModuleGraph graph;
    private final DiagnosticSink diag;

    ImportResolver(ModuleGraph graph, DiagnosticSink diag) {
        this.graph = graph;
        this.diag = diag;
    }

    void resolveAll(List<Import> imports) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Import imp : imports) {
                if (imp.kind == Import.Kind.GLOB) {
                    progress |= glob(imp);
                } else if (!imp.resolved) {
                    progress |= single(imp, false);
                }
            }
        }
        for (Import imp : imports) {
            if (imp.kind == Import.Kind.SINGLE && !imp.resolved) single(imp, true);
            if (imp.kind == Import.Kind.GLOB && !imp.resolved) reportGlob(imp);
        }
    }

    private boolean glob(Import imp) {
        PathResult r = resolveModulePath(imp.owner, imp.path, imp.global, imp.dollarCrate, imp.path.size(), true);
        if (!(r instanceof Found f)) return false;
        boolean changed = !imp.resolved;
        imp.resolved = true;
        for (DefKind.Ns ns : DefKind.Ns.values()) {
            for (Map.Entry<Symbol, Module.Binding> e : new ArrayList<>(f.module().names.get(ns).entrySet())) {
                Module.Binding b = e.getValue();
                if (!b.vis().isPublic() && !graph.isAncestor(b.vis().restrictedTo(), imp.owner)) continue;
                Map<Symbol, Module.Binding> target = imp.owner.names.get(ns);
                Module.Binding existing = target.get(e.getKey());
                if (existing == null) {
                    target.put(e.getKey(), new Module.Binding(b.res(), b.module(), imp.vis, imp.span, Module.Binding.Kind.GLOB_IMPORTED));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private boolean single(Import imp, boolean report) {
        int n = imp.path.size();
        Symbol last = imp.path.get(n - 1);
        Module from;
        if (n == 1) {
            // `use std;`, `use foo as bar;` (an extern crate or an item in scope); `use self;` is invalid.
            Module ext = graph.externCrate(imp.owner.crateRoot, last);
            if (ext != null && !imp.global) {
                bind(imp, DefKind.Ns.TYPE, new Module.Binding(new Res.Def(DefKind.CRATE, ext.def), ext, imp.vis, imp.span,
                        Module.Binding.Kind.IMPORTED));
                imp.resolved = true;
                return true;
            }
            from = graph.is2015(imp.owner) ? imp.owner.crateRoot : imp.owner.normal();
            if (imp.global) {
                if (report) error(imp, 0, "unresolved import `" + last + "`", "no external crate `" + last + "`");
                return false;
            }
        } else {
            PathResult r = resolveModulePath(imp.owner, imp.path, imp.global, imp.dollarCrate, n - 1, true);
            switch (r) {
                case Found f -> from = f.module();
                case Indeterminate i -> {
                    if (report) error(imp, 0, "unresolved import `" + imp.path.getFirst() + "`", "");
                    return false;
                }
                case Failed fl -> {
                    if (report) {
                        String prefix = String.join("::", imp.path.subList(0, fl.segment() + 1).stream().map(Symbol::text).toList());
                        error(imp, fl.segment(), "unresolved import `" + prefix + "`", fl.label());
                    }
                    return false;
                }
            }
        }
        boolean found = false;
        for (DefKind.Ns ns : DefKind.Ns.values()) {
            Module.Binding b = from.get(ns, last);
            if (b == null) continue;
            found = true;
            bind(imp, ns, new Module.Binding(b.res(), b.module(), imp.vis, imp.span, Module.Binding.Kind.IMPORTED));
        }
        if (found) {
            imp.resolved = true;
            return true;
        }
        if (report && !imp.reported) {
            imp.reported = true;
            String where = n == 1 ? "" : " in `" + graph.describe(from) + "`";
            Span whole = imp.segmentSpans.isEmpty() ? imp.span : imp.segmentSpans.getFirst().to(imp.segmentSpans.getLast());
            diag.emit(Diagnostic.error("unresolved import `" + String.join("::", imp.path.stream().map(Symbol::text).toList()) + "`")
                    .code("E0432").primary(whole, "no `" + last + "`" + where));
        }
        return false;
    }

    private void bind(Import imp, DefKind.Ns ns, Module.Binding b) {
        if (imp.target == null) return; // `use Trait as _;`
        Map<Symbol, Module.Binding> names = imp.owner.names.get(ns);
        Module.Binding prev = names.get(imp.target);
        if (prev == null || prev.kind() == Module.Binding.Kind.GLOB_IMPORTED) {
            names.put(imp.target, b);
        } else if (!prev.res().equals(b.res()) && !imp.reported) {
            imp.reported = true;
            diag.emit(Diagnostic.error("the name `" + imp.target + "` is defined multiple times").code("E0252")
                    .primary(imp.span, "`" + imp.target + "` reimported here")
                    .secondary(prev.span(), "previous import of the " + (ns == DefKind.Ns.TYPE ? "type" : "value")
                            + " `" + imp.target + "` here")
                    .note("`" + imp.target + "` must be defined only once in the " + (ns == DefKind.Ns.TYPE ? "type" : ns == DefKind.Ns.VALUE ? "value" : "macro")
                            + " namespace of this module"));
        }
    }

    private void error(Import imp, int segment, String message, String label) {
        if (imp.reported) return;
        imp.reported = true;
        Span span = segment < imp.segmentSpans.size() ? imp.segmentSpans.get(segment) : imp.span;
        Diagnostic d = Diagnostic.error(message).code("E0432").primary(span, label);
        if (label.startsWith("use of unresolved module or unlinked crate")) {
            d.help("you might be missing a crate named `" + imp.path.get(segment) + "`");
        }
        diag.emit(d);
    }

    private void reportGlob(Import imp) {
        PathResult r = resolveModulePath(imp.owner, imp.path, imp.global, imp.dollarCrate, imp.path.size(), true);
        if (r instanceof Failed f) error(imp, f.segment(), f.message(), f.label());
        else error(imp, 0, "unresolved import `" + imp.path.getFirst() + "`", "");
    }

    /**
     * Resolves the first {@code count} segments of a path to a module (or enum, or trait). In import
     * paths ({@code inUse}) the first segment may also name an extern crate.
     */
    PathResult resolveModulePath(Module from, List<Symbol> path, boolean global, Module dollarCrate, int count, boolean inUse) {
        Module cur = null;
        for (int i = 0; i < count; i++) {
            Symbol seg = path.get(i);
            if (i == 0) {
                if (graph.is2015(from) && (global || inUse) && seg != Symbol.CRATE && seg != Symbol.SELF_LOWER
                        && seg != Symbol.SUPER && seg != Symbol.DOLLAR_CRATE) {
                    // edition 2015: `use a::b` and `::a::b` start at the crate root (extern crates are there too)
                    Module.Binding rb = from.crateRoot.get(DefKind.Ns.TYPE, seg);
                    if (rb != null && rb.module() != null) {
                        cur = rb.module();
                        continue;
                    }
                    Module ext = graph.externCrate(from.crateRoot, seg);
                    if (ext != null) {
                        cur = ext;
                        continue;
                    }
                    if (rb == null && graph.hasPendingImports(from.crateRoot)) return new Indeterminate();
                    return new Failed(0, "failed to resolve: could not find `" + seg + "` in the crate root",
                            "could not find `" + seg + "` in the crate root");
                }
                if (global) {
                    cur = graph.externCrate(from.crateRoot, seg);
                    if (cur == null) return new Failed(0, "failed to resolve: could not find `" + seg + "` in the crate root",
                            "could not find `" + seg + "` in the crate root");
                    continue;
                }
                if (seg == Symbol.CRATE) {
                    cur = from.crateRoot;
                    continue;
                }
                if (seg == Symbol.SELF_LOWER) {
                    cur = from.normal();
                    continue;
                }
                if (seg == Symbol.DOLLAR_CRATE) {
                    cur = dollarCrate != null ? dollarCrate : from.crateRoot;
                    continue;
                }
                if (seg == Symbol.SUPER) {
                    Module n = from.normal();
                    if (n.parent == null) return new Failed(0, "too many leading `super` keywords", "there are too many leading `super` keywords");
                    cur = n.parent.normal();
                    continue;
                }
                Module.Binding b = graph.lookupLexical(from, DefKind.Ns.TYPE, seg);
                if (b != null && b.module() != null) {
                    cur = b.module();
                    continue;
                }
                Module ext = graph.externCrate(from.crateRoot, seg);
                if (ext != null) {
                    cur = ext;
                    continue;
                }
                if (graph.mayStillDefine(from, seg)) return new Indeterminate();
                return new Failed(0, "failed to resolve: use of unresolved module or unlinked crate `" + seg + "`",
                        "use of unresolved module or unlinked crate `" + seg + "`");
            }
            if (seg == Symbol.SUPER && cur.parent != null) {
                cur = cur.normal().parent.normal();
                continue;
            }
            Module.Binding b = cur.get(DefKind.Ns.TYPE, seg);
            if (b == null) {
                if (graph.hasPendingImports(cur)) return new Indeterminate();
                return new Failed(i, "failed to resolve: could not find `" + seg + "` in `" + graph.describe(cur) + "`",
                        "could not find `" + seg + "` in `" + graph.describe(cur) + "`");
            }
            if (b.module() == null) {
                return new Failed(i, "failed to resolve: `" + seg + "` is " + graph.describeRes(b.res()) + ", not a module",
                        "`" + seg + "` is " + graph.describeRes(b.res()) + ", not a module");
            }
            cur = b.module();
        }
        return new Found(cur);
    }
}
