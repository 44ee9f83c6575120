package dev.ferrite.resolve;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Definitions;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The first pass of name resolution (rustc's {@code DefCollector} and {@code BuildReducedGraph}):
 * walks a crate's items, gives each definition a {@link DefId}, builds the module graph with the
 * names each module defines, and records its imports for {@link ImportResolver}. Enums and
 * traits get modules of their own (variants, associated items) so that {@code Option::Some} and
 * {@code use Ordering::*} resolve like module paths.
 */
public final class DefCollector {
    private final Definitions defs;
    private final ModuleGraph graph;
    private final DiagnosticSink diag;
    private final List<Import> imports = new ArrayList<>();
    /** The DefId of each AST item, variant and associated item (by identity). */
    private final Map<DefId, DefId> ctors = new java.util.HashMap<>();
    private final java.util.IdentityHashMap<Object, DefId> astDefs = new java.util.IdentityHashMap<>();
    /** The items of each module (inline or loaded from its file), for later passes. */
    private final Map<DefId, List<Item>> moduleItems = new java.util.HashMap<>();
    /** Duplicate definitions, reported after collection (rustc finds them after loading all modules). */
    private final List<Diagnostic> duplicates = new ArrayList<>();
    /**
     * Loads the file of {@code mod name;}: called with the new module's DefId (whose parent is the
     * declaring module) and its name; null if there is no such file.
     */
    private final BiFunction<DefId, Ident, Crate> loadModule;
    /** How E0583's help names the directory of a module's children (`tests/ui/` or empty). */
    private java.util.function.Function<DefId, String> moduleDirForHelp = d -> "";

    /** The crates compiled before (the library), or null. */
    final ExternCrates extern;

    public DefCollector(Definitions defs, DiagnosticSink diag, BiFunction<DefId, Ident, Crate> loadModule) {
        this(defs, diag, loadModule, null);
    }

    /** A collector for crates compiled against {@code extern} (whose DefIds {@code defs} already holds). */
    public DefCollector(Definitions defs, DiagnosticSink diag, BiFunction<DefId, Ident, Crate> loadModule,
                        ExternCrates extern) {
        this.defs = defs;
        this.graph = new ModuleGraph(defs, extern == null ? null : extern.graph);
        this.diag = diag;
        this.loadModule = loadModule;
        this.extern = extern;
    }

    Map<DefId, DefId> ctors() {
        return ctors;
    }

    /** Sets how E0583's help names the directory where a module's `mod foo;` files would be. */
    public void setModuleDirForHelp(java.util.function.Function<DefId, String> f) {
        moduleDirForHelp = f;
    }

    ModuleGraph graph() {
        return graph;
    }

    List<Import> imports() {
        return imports;
    }

    /** Collects a crate; returns its root module's DefId. */
    public DefId collectCrate(Symbol name, Crate crate) {
        DefId root = defs.create(DefKind.CRATE, name, null, crate.span());
        Module m = new Module(root, null, null, false);
        graph.add(m);
        graph.addCrateRoot(m);
        for (Attribute a : crate.innerAttrs()) {
            if (a.is("no_core") || a.is("no_implicit_prelude")) m.noImplicitPrelude = true;
        }
        items(m, crate.items());
        return root;
    }

    /** Sets which crates a crate may name ({@code extern} prelude) and its standard prelude module path. */
    public void link(DefId crate, Map<Symbol, DefId> externCrates) {
        Map<Symbol, Module> ext = new java.util.HashMap<>();
        externCrates.forEach((k, v) -> ext.put(k, graph.module(v)));
        graph.setExternPrelude(graph.module(crate), ext);
    }

    /** Resolves all imports of all collected crates; reports what stays unresolved. */
    public void resolveImports() {
        duplicates.forEach(diag::emit);
        duplicates.clear();
        new ImportResolver(graph, diag).resolveAll(imports);
    }

    /** Uses {@code crate::prelude::<edition>} of {@code preludeCrate} as the prelude of {@code crate}. */
    /** Marks a crate as edition 2015 (before its imports are resolved: its `use` paths start at the crate root). */
    public void setEdition2015(DefId crate) {
        graph.markEdition2015(graph.module(crate));
    }

    public void setPrelude(DefId crate, DefId preludeCrate, String edition) {
        Module root = graph.module(preludeCrate);
        Module.Binding p = root.get(DefKind.Ns.TYPE, Symbol.intern("prelude"));
        if (p == null || p.module() == null) return;
        Module.Binding ed = p.module().get(DefKind.Ns.TYPE, Symbol.intern("rust_" + edition));
        if (ed != null && ed.module() != null) graph.setPrelude(graph.module(crate), ed.module());
    }

    /** Looks a path up after import resolution (for tests and tools): {@code core::option::Option}. */
    public Res lookup(DefId crate, List<String> path, DefKind.Ns ns) {
        Module m = graph.module(crate);
        for (int i = 0; i < path.size() - 1; i++) {
            Module.Binding b = m.get(DefKind.Ns.TYPE, Symbol.intern(path.get(i)));
            if (b == null || b.module() == null) return null;
            m = b.module();
        }
        Module.Binding b = m.get(ns, Symbol.intern(path.getLast()));
        return b == null ? null : b.res();
    }

    // ---- items ----

    private void items(Module m, List<Item> items) {
        moduleItems.computeIfAbsent(m.def, k -> new ArrayList<>()).addAll(items);
        for (Item it : items) item(m, it);
    }

    /** The DefId given to an AST item, variant or associated item, or null. */
    DefId defOf(Object astNode) {
        return astDefs.get(astNode);
    }

    /** The constructor of a tuple or unit struct or variant, or null. */
    DefId ctorOf(DefId structOrVariant) {
        DefId c = ctors.get(structOrVariant);
        return c == null && extern != null ? extern.ctors.get(structOrVariant) : c;
    }

    /** The items of a module (crate roots included). */
    List<Item> itemsOf(DefId module) {
        return moduleItems.getOrDefault(module, List.of());
    }

    Module moduleNamed(DefId def) {
        return graph.module(def);
    }

    private Visibility vis(Module m, Item.Visibility v) {
        return switch (v) {
            case Item.Public p -> Visibility.PUBLIC;
            case Item.Inherited i -> new Visibility(m.normal().def);
            case Item.Restricted r -> {
                String first = r.path().segments().getFirst().ident().name().text();
                if (first.equals("crate")) yield new Visibility(m.crateRoot.def);
                if (first.equals("super") && m.normal().parent != null) yield new Visibility(m.normal().parent.normal().def);
                yield new Visibility(m.normal().def);
            }
        };
    }

    private DefId define(Module m, DefKind kind, Ident name, Span span, Visibility vis, Module module) {
        DefId d = defs.create(kind, name.name(), m.def, span);
        currentItemDef = d;
        bind(m, kind.ns(), name, new Module.Binding(new Res.Def(kind, d), module, vis, span, Module.Binding.Kind.DEFINED), true);
        return d;
    }

    private void bind(Module m, DefKind.Ns ns, Ident name, Module.Binding b) {
        bind(m, ns, name, b, true);
    }

    /** Binds a name; a second definition in the same namespace is E0428 (binding spans are whole items). */
    private void bind(Module m, DefKind.Ns ns, Ident name, Module.Binding b, boolean report) {
        if (ns == null || name.name() == Symbol.UNDERSCORE) return;
        Module.Binding prev = m.names.get(ns).putIfAbsent(name.name(), b);
        if (report && prev != null && prev.kind() == Module.Binding.Kind.DEFINED && ns != DefKind.Ns.MACRO) {
            String what = ns == DefKind.Ns.TYPE ? "type" : "value";
            duplicates.add(Diagnostic.error("the name `" + name.name() + "` is defined multiple times").code("E0428")
                    .primary(b.span(), "`" + name.name() + "` redefined here")
                    .secondary(prev.span(), "previous definition of the " + what + " `" + name.name() + "` here")
                    .note("`" + name.name() + "` must be defined only once in the " + what + " namespace of this module"));
        }
    }

    /** The DefId the item being collected got (set by {@link #define}). */
    private DefId currentItemDef;

    private void item(Module m, Item it) {
        currentItemDef = null;
        itemBody(m, it);
        if (currentItemDef != null) astDefs.put(it, currentItemDef);
    }

    private void itemBody(Module m, Item it) {
        Visibility v = vis(m, it.vis());
        Ident name = it.ident();
        switch (it.kind()) {
            case Item.Mod mod -> {
                Module child = defineModuleLike(m, DefKind.MOD, name, it, v);
                DefId d = child.def;
                if (mod.inline()) {
                    items(child, mod.items());
                    currentItemDef = d;
                } else {
                    Crate file = loadModule.apply(d, name);
                    if (file == null) {
                        diag.emit(Diagnostic.error("file not found for module `" + name.name() + "`").code("E0583")
                                .primary(it.span())
                                .help("to create the module `" + name.name() + "`, create file \"" + moduleDirForHelp.apply(m.def)
                                        + name.name() + ".rs\" or \"" + moduleDirForHelp.apply(m.def) + name.name() + "/mod.rs\"")
                                .note("if there is a `mod " + name.name() + "` elsewhere in the crate already, import it with `use crate::...` instead"));
                    } else {
                        items(child, file.items());
                    }
                }
                currentItemDef = d; // the children's collection moved it
            }
            case Item.Struct s -> {
                DefId d = define(m, DefKind.STRUCT, name, it.span(), v, null);
                ctor(m, d, s.data(), name, v, it.span());
            }
            case Item.Union u -> define(m, DefKind.UNION, name, it.span(), v, null);
            case Item.Enum e -> {
                Module em = defineModuleLike(m, DefKind.ENUM, name, it, v);
                DefId d = em.def;
                for (Item.Variant var : e.variants()) {
                    DefId vd = defs.create(DefKind.VARIANT, var.ident().name(), d, var.span());
                    astDefs.put(var, vd);
                    bind(em, DefKind.Ns.TYPE, var.ident(), new Module.Binding(new Res.Def(DefKind.VARIANT, vd), null,
                            Visibility.PUBLIC, var.ident().span(), Module.Binding.Kind.DEFINED));
                    ctor(em, vd, var.data(), var.ident(), Visibility.PUBLIC, var.span());
                }
            }
            case Item.Trait t -> {
                Module tm = defineModuleLike(m, DefKind.TRAIT, name, it, v);
                DefId d = tm.def;
                for (Item ai : t.items()) assocItem(tm, d, ai);
            }
            case Item.TraitAlias t -> define(m, DefKind.TRAIT_ALIAS, name, it.span(), v, null);
            case Item.Impl impl -> {
                DefId d = defs.create(DefKind.IMPL, null, m.def, it.span());
                for (Item ai : impl.items()) {
                    if (ai.ident() == null) continue;
                    DefKind k = assocKind(ai);
                    if (k == null) continue;
                    DefId ad = defs.create(k, ai.ident().name(), d, ai.span());
                    astDefs.put(ai, ad);
                    bodyItems(m, ad, ai.kind());
                }
                currentItemDef = d;
            }
            case Item.Fn f -> {
                // rustc: the signature; joined with `to`, as its ends may come from different texts (`$vis fn f()` in a macro)
                Span sig = it.span().shrinkToLo().to(f.decl().span().shrinkToHi());
                DefId d = define(m, DefKind.FN, name, sig, v, null);
                bodyItems(m, d, f.body());
                currentItemDef = d;
            }
            case Item.Const c -> {
                DefId d = define(m, DefKind.CONST, name, it.span(), v, null);
                bodyItems(m, d, c.value());
                currentItemDef = d;
            }
            case Item.Static s -> {
                DefId d = define(m, DefKind.STATIC, name, it.span(), v, null);
                bodyItems(m, d, s.value());
                currentItemDef = d;
            }
            case Item.TyAlias t -> define(m, DefKind.TY_ALIAS, name, it.span(), v, null);
            case Item.ExternCrate ec -> {
                Symbol crateName = ec.orig() != null ? ec.orig().name() : name.name();
                Module target = crateName == Symbol.SELF_LOWER ? m.crateRoot : graph.externCrate(m.crateRoot, crateName);
                if (target != null && name.name() != Symbol.UNDERSCORE) {
                    bind(m, DefKind.Ns.TYPE, name, new Module.Binding(new Res.Def(DefKind.CRATE, target.def), target, v,
                            name.span(), Module.Binding.Kind.DEFINED));
                }
            }
            case Item.ForeignMod fm -> {
                for (Item fi : fm.items()) {
                    if (fi.ident() == null) continue;
                    DefKind k = switch (fi.kind()) {
                        case Item.Fn f -> DefKind.FN;
                        case Item.Static s -> DefKind.STATIC;
                        case Item.TyAlias t -> DefKind.FOREIGN_TY;
                        default -> null;
                    };
                    if (k != null) astDefs.put(fi, define(m, k, fi.ident(), fi.span(), vis(m, fi.vis()), null));
                }
                currentItemDef = null; // the extern block itself has no DefId
            }
            case Item.Use u -> {
                if (it.attrs().stream().anyMatch(a -> a.is("prelude_import"))) {
                    // `#[prelude_import] use prelude::rust_20xx::*;` (core's own prelude): the crate
                    // gets its standard prelude (set by the driver) despite `#![no_core]`.
                    m.crateRoot.noImplicitPrelude = false;
                } else {
                    useTree(m, u.tree(), List.of(), List.of(), false, v, it.span());
                }
            }
            case Item.MacroRules mr -> {
                DefId d = defs.create(DefKind.MACRO, name.name(), m.def, it.span());
                Module.Binding b = new Module.Binding(new Res.Def(DefKind.MACRO, d), null, Visibility.PUBLIC, name.span(),
                        Module.Binding.Kind.DEFINED);
                boolean exported = it.attrs().stream().anyMatch(a -> a.is("macro_export"));
                if (exported) m.crateRoot.names.get(DefKind.Ns.MACRO).putIfAbsent(name.name(), b);
            }
            case Item.Delegation dg -> {
                // Delegations are not lowered yet: they define nothing.
            }
            case Item.MacroDef md -> {
                // A macro 2.0 (`pub macro addr_of(..) {..}`) is an item of its module's macro
                // namespace, so `use core::ptr::addr_of;` resolves; the expander has expanded its calls.
                define(m, DefKind.MACRO, name, it.span(), v, null);
            }
            case Item.MacCallItem mc -> {
                // Expansion removes macro calls before collection; none is left to define anything.
            }
        }
    }

    // ---- items inside bodies ----

    /** The anonymous module of each block that declares items, by AST identity. */
    private final java.util.IdentityHashMap<dev.ferrite.syntax.ast.Expr.Block, Module> blockModules =
            new java.util.IdentityHashMap<>();

    /** The anonymous module of a block that declares items (rustc's block module), or null. */
    Module blockModule(dev.ferrite.syntax.ast.Expr.Block b) {
        return blockModules.get(b);
    }

    /**
     * Finds the blocks of a body (of item {@code owner}, in module {@code m}) that declare items and
     * collects those items into an anonymous module per block, whose parent is the enclosing block's
     * module (or {@code m}). The items' DefIds are children of {@code owner}, as rustc's def paths
     * (`main::helper`) have them.
     */
    private void bodyItems(Module m, DefId owner, Object node) {
        switch (node) {
            case null -> {
            }
            case dev.ferrite.syntax.ast.Expr.Block b -> {
                Module inner = m;
                if (b.stmts().stream().anyMatch(st -> st instanceof dev.ferrite.syntax.ast.Expr.ItemStmt)) {
                    inner = new Module(owner, m, m.crateRoot, true);
                    blockModules.put(b, inner);
                    DefId saved = currentItemDef;
                    for (dev.ferrite.syntax.ast.Expr.Stmt st : b.stmts()) {
                        if (st instanceof dev.ferrite.syntax.ast.Expr.ItemStmt is) item(inner, is.item());
                    }
                    currentItemDef = saved;
                }
                for (dev.ferrite.syntax.ast.Expr.Stmt st : b.stmts()) {
                    if (!(st instanceof dev.ferrite.syntax.ast.Expr.ItemStmt)) bodyItems(inner, owner, st);
                }
            }
            case List<?> l -> {
                for (Object o : l) bodyItems(m, owner, o);
            }
            case Item it -> {
                // an item outside a block (none in bodies) is collected where it is declared
            }
            case Record r -> {
                for (var c : BODY_COMPONENTS.get(r.getClass())) {
                    try {
                        bodyItems(m, owner, c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The record components that may contain a block: not spans, names, tokens, types or patterns. */
    private static final ClassValue<java.lang.reflect.RecordComponent[]> BODY_COMPONENTS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.RecordComponent[] computeValue(Class<?> c) {
            return java.util.Arrays.stream(c.getRecordComponents()).filter(rc -> {
                Class<?> t = rc.getType();
                return !t.isPrimitive() && !t.isEnum() && t != Span.class && t != Symbol.class && t != Ident.class
                        && t != String.class && t != dev.ferrite.syntax.Token.class && t != Path.class
                        && t != dev.ferrite.syntax.ast.Type.class && t != dev.ferrite.syntax.ast.Pat.class
                        && t != dev.ferrite.syntax.ast.Lifetime.class && t != dev.ferrite.syntax.ast.MacCall.class;
            }).peek(rc -> rc.getAccessor().setAccessible(true)).toArray(java.lang.reflect.RecordComponent[]::new);
        }
    };

    /** Modules, enums and traits: a definition with a module of its own (children, variants, items). */
    private Module defineModuleLike(Module m, DefKind kind, Ident name, Item it, Visibility v) {
        DefId d = defs.create(kind, name.name(), m.def, it.span());
        currentItemDef = d;
        Module own = new Module(d, m, m.crateRoot, false);
        graph.add(own);
        bind(m, DefKind.Ns.TYPE, name, new Module.Binding(new Res.Def(kind, d), own, v, it.span(), Module.Binding.Kind.DEFINED));
        return own;
    }

    private static DefKind assocKind(Item ai) {
        return switch (ai.kind()) {
            case Item.Fn f -> DefKind.ASSOC_FN;
            case Item.Const c -> DefKind.ASSOC_CONST;
            case Item.TyAlias t -> DefKind.ASSOC_TY;
            default -> null;
        };
    }

    private void assocItem(Module traitModule, DefId trait, Item ai) {
        if (ai.ident() == null) return;
        DefKind k = assocKind(ai);
        if (k == null) return;
        DefId d = defs.create(k, ai.ident().name(), trait, ai.span());
        astDefs.put(ai, d);
        bodyItems(traitModule.parent, d, ai.kind());
        bind(traitModule, k.ns(), ai.ident(), new Module.Binding(new Res.Def(k, d), null, Visibility.PUBLIC,
                ai.ident().span(), Module.Binding.Kind.DEFINED));
    }

    /** Tuple and unit structs and variants are also values: their constructors. */
    private void ctor(Module m, DefId owner, Item.VariantData data, Ident name, Visibility v, Span span) {
        if (data.kind() == Item.CtorKind.STRUCT) return;
        DefId c = defs.create(DefKind.CTOR, name.name(), owner, span);
        ctors.put(owner, c);
        // A clash in the value namespace is the same clash as the type's: reported once, as rustc does.
        bind(m, DefKind.Ns.VALUE, name, new Module.Binding(new Res.Def(DefKind.CTOR, c), null, v, span,
                Module.Binding.Kind.DEFINED), false);
    }

    private void useTree(Module m, Item.UseTree t, List<Symbol> prefix, List<Span> spans, boolean global, Visibility v,
                         Span itemSpan) {
        switch (t) {
            case Item.UseSimple s -> {
                List<Symbol> path = new ArrayList<>(prefix);
                List<Span> sp = new ArrayList<>(spans);
                for (Path.Segment seg : s.prefix().segments()) {
                    path.add(seg.ident().name());
                    sp.add(seg.ident().span());
                }
                boolean g = global || s.prefix().global();
                Symbol target;
                if (path.getLast() == Symbol.SELF_LOWER && path.size() > 1) {
                    // `use a::b::{self}` imports `b` itself
                    path.removeLast();
                    sp.removeLast();
                }
                target = s.rename() != null ? s.rename().name() : path.getLast();
                if (target == Symbol.UNDERSCORE) target = null;
                add(new Import(m, path, sp, g, Import.Kind.SINGLE, target, v, s.span(), dollarCrateOf(s.prefix(), m)));
            }
            case Item.UseGlob gl -> {
                List<Symbol> path = new ArrayList<>(prefix);
                List<Span> sp = new ArrayList<>(spans);
                for (Path.Segment seg : gl.prefix().segments()) {
                    path.add(seg.ident().name());
                    sp.add(seg.ident().span());
                }
                if (path.isEmpty()) return;
                add(new Import(m, path, sp, global || gl.prefix().global(), Import.Kind.GLOB, null, v, gl.span(),
                        dollarCrateOf(gl.prefix(), m)));
            }
            case Item.UseNested n -> {
                List<Symbol> path = new ArrayList<>(prefix);
                List<Span> sp = new ArrayList<>(spans);
                for (Path.Segment seg : n.prefix().segments()) {
                    path.add(seg.ident().name());
                    sp.add(seg.ident().span());
                }
                for (Item.UseTree sub : n.trees()) useTree(m, sub, path, sp, global || n.prefix().global(), v, itemSpan);
            }
        }
    }

    private void add(Import imp) {
        imports.add(imp);
        graph.addImport(imp);
    }

    /** `$crate` in a path refers to the crate the macro came from (its number is the identifier's context). */
    private Module dollarCrateOf(Path p, Module m) {
        Module d = graph.dollarCrate(p);
        return d != null ? d : m.crateRoot;
    }
}
