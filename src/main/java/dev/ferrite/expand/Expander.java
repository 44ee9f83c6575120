package dev.ferrite.expand;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.expand.ExpandSession.BuiltinDef;
import dev.ferrite.expand.ExpandSession.CrateInfo;
import dev.ferrite.expand.ExpandSession.MacroDef;
import dev.ferrite.expand.ExpandSession.RulesDef;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.Token;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Crate;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.MacCall;
import dev.ferrite.syntax.ast.Pat;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expansion of one crate: an AST to AST fold that loads {@code mod foo;} files, strips what
 * {@code #[cfg]} turns off, applies {@code #[cfg_attr]}, replaces every macro call (item,
 * associated item, statement, expression, pattern and type position) by its expansion, expanded
 * again in turn, and adds the impls of {@code #[derive]}. The result has no macro calls left
 * ({@code macro_rules!} definitions stay, as items of the macro namespace).
 *
 * <p>{@code macro_rules!} names follow rustc's textual scope: a macro is visible after its
 * definition in its module, in child modules declared after it, in blocks after it, and beyond
 * the end of a {@code #[macro_use] mod}. Behind the textual scope come the crate's own exported
 * macros (in the crate root) and the {@code macro_use} prelude (the exported macros of std and
 * core for a user crate). Paths {@code krate::name!}, {@code crate::name!} and
 * {@code $crate::name!} name a crate's exported macros (including those it re-exports with
 * {@code pub use}).
 */
public final class Expander {
    /** Loads the file of {@code mod name;} declared in a module whose children live in {@code dir}. */
    public interface ModuleLoader {
        /** The parsed file, or null if there is none (resolution reports E0583). */
        Crate load(String dir, Ident name);
    }

    static final int RECURSION_LIMIT = 128;

    /** The textual scope: a persistent list of macro_rules definitions, newest first. */
    private record Scope(Symbol name, MacroDef def, Scope next, Span head) {
    }

    /**
     * The macro in scope whose name is closest to {@code name} within rustc's edit distance limit
     * (a third of the name's length, at least 1), or null.
     */
    private static Scope similarlyNamed(Scope scope, String name) {
        Scope best = null;
        int bestDist = Integer.MAX_VALUE;
        int limit = Math.max(name.length(), 3) / 3;
        for (Scope s = scope; s != null; s = s.next()) {
            String cand = s.name().text();
            int dist = cand.equalsIgnoreCase(name) ? 0 : editDistance(cand, name);
            if (dist <= limit && dist < bestDist) {
                best = s;
                bestDist = dist;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    final ExpandSession session;
    final CrateInfo crate;
    final DiagnosticSink diag;
    private final ModuleLoader loader;
    private Scope scope;
    private int depth;
    private String dir;
    private final List<String> modulePath = new ArrayList<>();
    private boolean atRoot = true;
    /** The call site of the outermost macro call being expanded (what line!/file! report). */
    Span outerCallSite = Span.DUMMY;
    /** Calls of macros that do not resolve: reported when the crate is done, as rustc does. */
    private final List<Unresolved> unresolved = new ArrayList<>();

    /** A macro path that did not resolve; {@code kind} is "macro" or "derive macro". */
    private record Unresolved(Path path, String kind, Scope scope) {
    }

    /** Whether to warn about macro_rules! definitions never used (the user's crate). */
    private boolean warnUnused;
    private final java.util.Set<MacroDef> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Item> localDefs = new ArrayList<>();
    /** Every macro_rules! definition seen (name and span of its name), for "it appears later" notes. */
    private final List<Ident> definitions = new ArrayList<>();

    public Expander(ExpandSession session, CrateInfo crate, ModuleLoader loader) {
        this.session = session;
        this.crate = crate;
        this.diag = session.diag;
        this.loader = loader;
    }

    Parser.Edition edition() {
        return crate.edition();
    }

    /** Expands a crate whose root file's {@code mod foo;} children live in {@code rootDir}. */
    public Crate expandCrate(Crate c, String rootDir) {
        dir = rootDir;
        modulePath.add(crate.name().text());
        List<Attribute> inner = configure(c.innerAttrs());
        if (inner == null) return new Crate(List.of(), List.of(), c.span());
        if (inner.stream().anyMatch(Expander::allowsUnusedMacros)) warnUnused = false;
        prescanExports(c.items(), true);
        List<Item> items = expandItems(c.items());
        if (!session.fatal) reportUnresolved();
        if (!session.fatal && warnUnused) reportUnusedMacros();
        return new Crate(inner, items, c.span());
    }

    private void reportUnresolved() {
        // rustc finalizes paths with several segments first, then single names
        List<Unresolved> ordered = new ArrayList<>();
        for (Unresolved m : unresolved) if (m.path().segments().size() > 1) ordered.add(m);
        for (Unresolved m : unresolved) if (m.path().segments().size() == 1) ordered.add(m);
        for (Unresolved u : ordered) {
            List<Path.Segment> segs = u.path().segments();
            Ident name = segs.getLast().ident();
            if (segs.size() > 1) {
                Ident parent = segs.get(segs.size() - 2).ident();
                String where = parent.name() == Symbol.DOLLAR_CRATE || parent.name() == Symbol.CRATE ? "the crate root"
                        : "`" + parent.name() + "`";
                diag.emit(Diagnostic.error("cannot find `" + name.name() + "` in " + where).code("E0433")
                        .primary(name.span(), "could not find `" + name.name() + "` in " + where));
                continue;
            }
            Ident later = null;
            for (Ident d : definitions) {
                if (d.name() == name.name() && d.span().lo() > name.span().lo()) {
                    later = d;
                    break;
                }
            }
            Diagnostic d = Diagnostic.error("cannot find " + u.kind() + " `" + name.name() + "` in this scope");
            Scope similar = later == null ? similarlyNamed(u.scope(), name.name().text()) : null;
            if (later != null) {
                d.primary(name.span(), "consider moving the definition of `" + name.name() + "` before this call")
                        .spanNote(later.span(), "a macro with the same name exists, but it appears later");
            } else if (similar != null && similar.head() != null) {
                d.primary(name.span())
                        .secondary(similar.head(), "similarly named macro `" + similar.name() + "` defined here")
                        .suggest("a macro with a similar name exists", name.span(), similar.name().text(),
                                dev.ferrite.diagnostics.Applicability.MAYBE_INCORRECT);
            } else {
                d.primary(name.span());
            }
            diag.emit(d);
        }
        unresolved.clear();
    }

    /**
     * {@code #[macro_export]} macros are reachable by path ({@code crate::m!}) from anywhere in the
     * crate, also before their definition: register those written directly in the crate's files
     * loaded so far (inline modules included) before expanding. The same holds for the crate
     * root's re-exports of other crates' macros ({@code pub use core::format_args_nl;} in std is
     * what {@code $crate::format_args_nl!} names in std's own modules, which come before it).
     */
    private void prescanExports(List<Item> items, boolean root) {
        for (Item it : items) {
            if (root && it.kind() instanceof Item.Use u && cfgTrueQuiet(it.attrs())) {
                reexports(u.tree(), List.of());
                continue;
            }
            if (it.kind() instanceof Item.MacroRules mr && it.attrs().stream().anyMatch(a -> a.is("macro_export"))
                    && it.attrs().stream().noneMatch(a -> a.is("rustc_builtin_macro")) && cfgTrueQuiet(it.attrs())) {
                session.exports.get(crate.index()).putIfAbsent(it.ident().name(), new RulesDef(it.ident().name(),
                        MacroRules.compile(it.ident().name(), mr.body(), crate.edition(), d -> { }).withDefSpan(macroRulesHead(it)),
                        crate.index()));
            } else if (it.kind() instanceof Item.Mod m && m.inline() && cfgTrueQuiet(it.attrs())) {
                prescanExports(m.items(), false);
            }
        }
    }

    /** Evaluates cfg attributes without reporting malformed ones (they are reported when expanded). */
    private boolean cfgTrueQuiet(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (!a.is("cfg") || a.args().size() != 1 || !(a.args().getFirst() instanceof TokenTree.Delimited d)) continue;
            Cfg.Predicate p = predicateQuiet(d.trees());
            if (p != null && !session.cfg.eval(p)) return false;
        }
        return true;
    }

    private Cfg.Predicate predicateQuiet(List<TokenTree> trees) {
        Expander quiet = new Expander(new ExpandSession(session.cfg, null, d -> { }), crate, null);
        return quiet.predicate(trees, new int[]{0}, Span.DUMMY);
    }

    /** Records a derive whose name does not resolve (reported with the unresolved macros). */
    void unresolvedDerive(Ident name) {
        unresolved.add(new Unresolved(new Path(List.of(new Path.Segment(name, null, name.span())), false, name.span()),
                "derive macro", null));
    }

    /** Warn about this crate's macro_rules! definitions that are never used (rustc's unused_macros lint). */
    public Expander warnUnusedMacros() {
        warnUnused = true;
        return this;
    }

    /** {@code #[allow(unused_macros)]}, {@code #[allow(unused)]} (or {@code expect}). */
    private static boolean allowsUnusedMacros(Attribute a) {
        if (!(a.is("allow") || a.is("expect")) || a.args().size() != 1 || !(a.args().getFirst() instanceof TokenTree.Delimited d)) {
            return false;
        }
        for (TokenTree t : d.trees()) {
            if (t instanceof TokenTree.Leaf l && l.token().isIdent()
                    && (l.token().sym().text().equals("unused_macros") || l.token().sym().text().equals("unused"))) {
                return true;
            }
        }
        return false;
    }

    private void reportUnusedMacros() {
        boolean first = true;
        for (Item it : localDefs) {
            MacroDef def = definedBy.get(it);
            if (def == null || used.contains(def)) continue;
            Diagnostic d = Diagnostic.warning("unused macro definition: `" + it.ident().name() + "`").primary(it.ident().span());
            if (first) d.note("`#[warn(unused_macros)]` (part of `#[warn(unused)]`) on by default");
            first = false;
            diag.emit(d);
        }
    }

    private final java.util.Map<Item, MacroDef> definedBy = new java.util.IdentityHashMap<>();

    // ---- cfg and cfg_attr ----

    /** Applies {@code cfg_attr} and evaluates {@code cfg}: the attributes to keep, or null if configured out. */
    List<Attribute> configure(List<Attribute> attrs) {
        if (attrs.isEmpty()) return attrs;
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : attrs) {
            if (a.is("cfg_attr")) {
                List<Attribute> expanded = cfgAttr(a);
                List<Attribute> inner = configure(expanded);
                if (inner == null) return null;
                out.addAll(inner);
            } else if (a.is("cfg")) {
                Cfg.Predicate p = cfgPredicateOf(a);
                if (p != null && !session.cfg.eval(p)) return null;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    boolean cfgTrue(List<Attribute> attrs) {
        return configure(attrs) != null;
    }

    private Cfg.Predicate cfgPredicateOf(Attribute a) {
        if (a.args().size() != 1 || !(a.args().getFirst() instanceof TokenTree.Delimited d)
                || d.delim() != TokenTree.Delimiter.PAREN) {
            diag.emit(Diagnostic.error("malformed `cfg` attribute input").primary(a.span()));
            return null;
        }
        int[] pos = {0};
        Cfg.Predicate p = predicate(d.trees(), pos, a.span());
        if (p == null || pos[0] != d.trees().size()) {
            if (p != null) diag.emit(Diagnostic.error("multiple `cfg` predicates are specified").primary(d.trees().get(pos[0]).span()));
            return null;
        }
        return p;
    }

    /** Parses one cfg predicate from {@code trees} at {@code pos[0]}, stepping over a following comma. */
    Cfg.Predicate predicate(List<TokenTree> trees, int[] pos, Span at) {
        if (pos[0] >= trees.size()) {
            diag.emit(Diagnostic.error("expected 1 cfg-pattern").primary(at));
            return null;
        }
        TokenTree t = trees.get(pos[0]++);
        Cfg.Predicate result;
        if (t instanceof TokenTree.Leaf l && l.token().is(TokenKind.LITERAL) && l.token().lit() == Token.LitKind.BOOL) {
            result = new Cfg.Bool(l.token().sym().text().equals("true"));
        } else if (t instanceof TokenTree.Leaf l && l.token().isIdent()) {
            String name = l.token().sym().text();
            if (pos[0] < trees.size() && trees.get(pos[0]) instanceof TokenTree.Delimited d
                    && d.delim() == TokenTree.Delimiter.PAREN && (name.equals("all") || name.equals("any") || name.equals("not"))) {
                pos[0]++;
                List<Cfg.Predicate> list = new ArrayList<>();
                int[] p = {0};
                while (p[0] < d.trees().size()) {
                    Cfg.Predicate sub = predicate(d.trees(), p, d.span());
                    if (sub == null) return null;
                    list.add(sub);
                }
                if (name.equals("not")) {
                    if (list.size() != 1) {
                        diag.emit(Diagnostic.error("expected 1 cfg-pattern").primary(d.span()));
                        return null;
                    }
                    result = new Cfg.Not(list.getFirst());
                } else {
                    result = name.equals("all") ? new Cfg.All(list) : new Cfg.Any(list);
                }
            } else if (pos[0] < trees.size() && trees.get(pos[0]) instanceof TokenTree.Leaf eq
                    && eq.token().is(TokenKind.EQ)) {
                pos[0]++;
                if (pos[0] >= trees.size() || !(trees.get(pos[0]) instanceof TokenTree.Leaf v) || !v.token().is(TokenKind.LITERAL)) {
                    diag.emit(Diagnostic.error("expected a literal").primary(eq.span()));
                    return null;
                }
                pos[0]++;
                String text = v.token().sym().text();
                result = new Cfg.KeyValue(name, text.length() >= 2 ? text.substring(1, text.length() - 1) : text);
            } else {
                result = new Cfg.Name(name);
            }
        } else {
            diag.emit(Diagnostic.error("expected identifier, found " + describe(t)).primary(t.span()));
            return null;
        }
        if (pos[0] < trees.size() && trees.get(pos[0]) instanceof TokenTree.Leaf c && c.token().is(TokenKind.COMMA)) pos[0]++;
        return result;
    }

    /** {@code #[cfg_attr(pred, a, b(..))]}: the attributes {@code a}, {@code b(..)} if {@code pred} holds, else none. */
    private List<Attribute> cfgAttr(Attribute a) {
        if (a.args().size() != 1 || !(a.args().getFirst() instanceof TokenTree.Delimited d)) {
            diag.emit(Diagnostic.error("malformed `cfg_attr` attribute input").primary(a.span()));
            return List.of();
        }
        int[] pos = {0};
        Cfg.Predicate p = predicate(d.trees(), pos, a.span());
        if (p == null || !session.cfg.eval(p)) return List.of();
        List<Attribute> out = new ArrayList<>();
        List<TokenTree> trees = d.trees();
        int i = pos[0];
        while (i < trees.size()) {
            int start = i;
            while (i < trees.size() && !(trees.get(i) instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA))) i++;
            List<TokenTree> one = trees.subList(start, i);
            if (i < trees.size()) i++;
            if (one.isEmpty()) continue;
            List<Ident> segs = new ArrayList<>();
            int k = 0;
            while (k < one.size() && one.get(k) instanceof TokenTree.Leaf l && (l.token().isIdent() || l.token().is(TokenKind.PATHSEP))) {
                if (l.token().isIdent()) segs.add(new Ident(l.token().sym(), l.token().span(), l.token().ctxt()));
                k++;
            }
            if (segs.isEmpty()) continue;
            Span sp = one.getFirst().span().to(one.getLast().span());
            List<Path.Segment> ps = segs.stream().map(id -> new Path.Segment(id, null, id.span())).toList();
            Path path = new Path(ps, false, segs.getFirst().span().to(segs.getLast().span()));
            out.add(new Attribute(a.inner(), path, one.subList(k, one.size()), null, sp));
        }
        return out;
    }

    // ---- macro resolution ----

    /** Resolves a macro path, or null. */
    MacroDef resolve(Path p) {
        List<Path.Segment> segs = p.segments();
        Symbol last = segs.getLast().ident().name();
        if (segs.size() == 1 && !p.global()) {
            for (Scope s = scope; s != null; s = s.next()) {
                if (s.name() == last) return s.def();
            }
            MacroDef own = session.exports.get(crate.index()).get(last);
            if (own != null) return own;
            for (int c : crate.macroUsePrelude()) {
                MacroDef d = session.exports.getOrDefault(c, Map.of()).get(last);
                if (d != null) return d;
            }
            return macroImports.get(last);
        }
        if (segs.size() != 2) return resolveInModule(p);
        Ident first = segs.getFirst().ident();
        int target;
        if (p.global()) {
            target = crate.externs().getOrDefault(first.name(), 0);
        } else if (first.name() == Symbol.DOLLAR_CRATE) {
            target = first.ctxt() != 0 ? first.ctxt() : crate.index();
        } else if (first.name() == Symbol.CRATE) {
            target = crate.index();
        } else {
            target = crate.externs().getOrDefault(first.name(), 0);
        }
        if (target == 0) return resolveInModule(p);
        return session.exports.getOrDefault(target, Map.of()).get(last);
    }

    /**
     * A macro named through a module: {@code core::ptr::addr_of!}, or {@code ptr::addr_of!} after
     * {@code use std::ptr;}. Macros 2.0 ({@code pub macro}) are exported under their module path
     * ({@code "ptr::addr_of"}). Expansion runs before imports are resolved, so a first segment that
     * is no crate is taken as the start of such a module path, and a crate's module path may be a
     * re-export of another crate's (std's {@code ptr} is core's): every crate is searched.
     */
    private MacroDef resolveInModule(Path p) {
        List<Path.Segment> segs = p.segments();
        int from = 0;
        int target = 0;
        Symbol first = segs.getFirst().ident().name();
        if (p.global() || crate.externs().containsKey(first)) {
            target = crate.externs().getOrDefault(first, 0);
            from = 1;
        } else if (first == Symbol.DOLLAR_CRATE) {
            Ident id = segs.getFirst().ident();
            target = id.ctxt() != 0 ? id.ctxt() : crate.index();
            from = 1;
        } else if (first == Symbol.CRATE) {
            target = crate.index();
            from = 1;
        }
        if (from >= segs.size()) return null;
        StringBuilder key = new StringBuilder();
        for (int i = from; i < segs.size(); i++) {
            if (i > from) key.append("::");
            key.append(segs.get(i).ident().name().text());
        }
        Symbol k = Symbol.intern(key.toString());
        if (target != 0) {
            MacroDef d = session.exports.getOrDefault(target, Map.of()).get(k);
            if (d != null) return d;
        }
        for (CrateInfo c : session.crates) {
            MacroDef d = session.exports.getOrDefault(c.index(), Map.of()).get(k);
            if (d != null) return d;
        }
        if (from == 0) {
            // a module imported from deeper down: `use core::sync::atomic;` then `atomic::m!`
            String suffix = "::" + k.text();
            for (CrateInfo c : session.crates) {
                for (Map.Entry<Symbol, MacroDef> e : session.exports.getOrDefault(c.index(), Map.of()).entrySet()) {
                    if (e.getKey().text().endsWith(suffix)) return e.getValue();
                }
            }
        }
        return null;
    }

    /** Macros brought into scope by {@code use} items ({@code use std::ptr::addr_of;}), crate-wide. */
    private final Map<Symbol, MacroDef> macroImports = new java.util.HashMap<>();

    /** Records the macros 2.0 that a {@code use} tree imports, under the names it gives them. */
    private void importMacros(Item.UseTree tree, List<Path.Segment> prefix) {
        switch (tree) {
            case Item.UseSimple s -> {
                List<Path.Segment> full = new ArrayList<>(prefix);
                full.addAll(s.prefix().segments());
                if (full.size() < 2) return;
                Symbol as = s.rename() != null ? s.rename().name() : full.getLast().ident().name();
                if (as == Symbol.UNDERSCORE || as == Symbol.SELF_LOWER) return;
                MacroDef d = resolveInModule(new Path(full, s.prefix().global(), s.prefix().span()));
                if (d != null) macroImports.putIfAbsent(as, d);
            }
            case Item.UseNested n -> {
                List<Path.Segment> full = new ArrayList<>(prefix);
                full.addAll(n.prefix().segments());
                for (Item.UseTree t : n.trees()) importMacros(t, full);
            }
            case Item.UseGlob g -> {
                List<Path.Segment> full = new ArrayList<>(prefix);
                full.addAll(g.prefix().segments());
                if (full.isEmpty()) return;
                int from = crate.externs().containsKey(full.getFirst().ident().name()) ? 1 : 0;
                StringBuilder key = new StringBuilder();
                for (int i = from; i < full.size(); i++) key.append(full.get(i).ident().name().text()).append("::");
                if (key.isEmpty()) return;
                String k = key.toString();
                for (CrateInfo c : session.crates) {
                    for (Map.Entry<Symbol, MacroDef> e : session.exports.getOrDefault(c.index(), Map.of()).entrySet()) {
                        String name = e.getKey().text();
                        if (name.startsWith(k) && name.indexOf("::", k.length()) < 0) {
                            macroImports.putIfAbsent(Symbol.intern(name.substring(k.length())), e.getValue());
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code pub macro name(params) { body }} or {@code macro name { (..) => {..}, .. }} (macros
     * 2.0, declarative): expanded like a {@code macro_rules!} with the same rules (hygiene aside).
     * It is in scope in its module and, when public, exported under its module path.
     */
    private void defineMacro2(Item it, Item.MacroDef md) {
        List<TokenTree> rules = new ArrayList<>();
        Span sp = it.ident().span();
        if (md.params() != null) {
            rules.add(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, sp, sp, md.params()));
            rules.add(new TokenTree.Leaf(Token.punct(TokenKind.FATARROW, sp, false)));
            rules.add(new TokenTree.Delimited(TokenTree.Delimiter.BRACE, sp, sp, md.body()));
        } else {
            for (TokenTree t : md.body()) {
                if (t instanceof TokenTree.Leaf l && l.token().kind() == TokenKind.COMMA) {
                    rules.add(new TokenTree.Leaf(Token.punct(TokenKind.SEMI, l.token().span(), false)));
                } else {
                    rules.add(t);
                }
            }
        }
        Symbol name = it.ident().name();
        MacroDef def;
        if (it.attrs().stream().anyMatch(a -> a.is("rustc_builtin_macro"))) {
            def = new BuiltinDef(name, crate.index());
        } else {
            def = new RulesDef(name, MacroRules.compile(name, rules, crate.edition(), diag).withDefSpan(sp), crate.index());
        }
        scope = new Scope(name, def, scope, null);
        used.add(def);
        if (it.vis() instanceof Item.Public) {
            StringBuilder key = new StringBuilder();
            for (int i = 1; i < modulePath.size(); i++) key.append(modulePath.get(i)).append("::");
            key.append(name.text());
            session.exports.get(crate.index()).putIfAbsent(Symbol.intern(key.toString()), def);
        }
    }

    private void define(Item it, Item.MacroRules mr) {
        MacroDef def;
        if (it.attrs().stream().anyMatch(a -> a.is("rustc_builtin_macro"))) {
            def = new BuiltinDef(it.ident().name(), crate.index());
        } else {
            def = new RulesDef(it.ident().name(), MacroRules.compile(it.ident().name(), mr.body(), crate.edition(), diag)
                    .withDefSpan(macroRulesHead(it)), crate.index());
        }
        scope = new Scope(it.ident().name(), def, scope, def instanceof RulesDef ? macroRulesHead(it) : null);
        definitions.add(it.ident());
        if (def instanceof RulesDef && it.attrs().stream().noneMatch(a -> a.is("macro_export") || allowsUnusedMacros(a))) {
            localDefs.add(it);
            definedBy.put(it, def);
        }
        if (it.attrs().stream().anyMatch(a -> a.is("macro_export"))) {
            session.exports.get(crate.index()).putIfAbsent(it.ident().name(), def);
        }
    }

    /** An item's span without its outer attributes (rustc's item span), using the source text to skip whitespace. */
    Span spanWithoutAttrs(Item it, List<Attribute> removed) {
        int lo = it.span().lo();
        for (Attribute a : it.attrs()) if (!a.inner()) lo = Math.max(lo, a.span().hi());
        for (Attribute a : removed) if (!a.inner()) lo = Math.max(lo, a.span().hi());
        if (lo == it.span().lo()) return it.span();
        if (session.sourceMap != null) {
            dev.ferrite.span.SourceFile f = session.sourceMap.fileAt(lo);
            if (f != null) {
                byte[] b = f.bytes();
                int off = lo - f.startPos();
                while (off < b.length) {
                    if (b[off] == ' ' || b[off] == '\n' || b[off] == '\t' || b[off] == '\r') {
                        off++;
                    } else if (b[off] == '/' && off + 1 < b.length && b[off + 1] == '/') {
                        while (off < b.length && b[off] != '\n') off++;
                    } else if (b[off] == '/' && off + 1 < b.length && b[off + 1] == '*') {
                        off += 2;
                        while (off + 1 < b.length && !(b[off] == '*' && b[off + 1] == '/')) off++;
                        off += 2;
                    } else {
                        break;
                    }
                }
                lo = f.startPos() + off;
            }
        }
        return new Span(Math.min(lo, it.span().hi()), it.span().hi());
    }

    /**
     * The span of {@code macro_rules! name} (the item's span starts at its attributes); just the name
     * when a macro wrote {@code macro_rules! $name} (the name is elsewhere in the source).
     */
    private Span macroRulesHead(Item it) {
        if (it.ident().span().ctxt() != it.span().ctxt()) return it.ident().span();
        int lo = it.span().lo();
        for (Attribute a : it.attrs()) lo = Math.max(lo, a.span().hi());
        int hi = it.ident().span().hi();
        if (session.sourceMap != null && lo < hi) {
            dev.ferrite.span.SourceFile f = session.sourceMap.fileAt(lo);
            if (f != null && f.containsPos(hi)) {
                String between = f.text(lo - f.startPos(), hi - f.startPos());
                int k = between.lastIndexOf("macro_rules");
                if (k >= 0) lo += between.substring(0, k).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        return new Span(lo, hi);
    }

    /** {@code pub use krate::{name, ..}} of exported macros re-exports them from this crate's root. */
    private void reexports(Item.UseTree tree, List<Symbol> prefix) {
        switch (tree) {
            case Item.UseSimple s -> {
                List<Symbol> full = new ArrayList<>(prefix);
                s.prefix().segments().forEach(seg -> full.add(seg.ident().name()));
                if (full.size() == 2) {
                    Integer c = crate.externs().get(full.get(0));
                    if (c != null && c != crate.index()) {
                        MacroDef d = session.exports.getOrDefault(c, Map.of()).get(full.get(1));
                        if (d != null) {
                            Symbol as = s.rename() != null ? s.rename().name() : full.get(1);
                            session.exports.get(crate.index()).putIfAbsent(as, d);
                        }
                    }
                }
            }
            case Item.UseNested n -> {
                List<Symbol> full = new ArrayList<>(prefix);
                n.prefix().segments().forEach(seg -> full.add(seg.ident().name()));
                for (Item.UseTree t : n.trees()) reexports(t, full);
            }
            case Item.UseGlob g -> {
            }
        }
    }

    // ---- invocation ----

    /** The expansion of a call as token trees, or null after an error. */
    private List<TokenTree> invoke(MacCall mac, String position) {
        MacroDef def = resolve(mac.path());
        Ident name = mac.path().last().ident();
        if (session.fatal) return null;
        if (def == null) {
            unresolved.add(new Unresolved(mac.path(), "macro", scope));
            return null;
        }
        used.add(def);
        if (depth >= RECURSION_LIMIT) {
            session.fatal = true;
            Diagnostic d = Diagnostic.error("recursion limit reached while expanding `" + name.name() + "!`")
                    .primary(mac.span());
            if (!outerCallSite.isDummy() && !outerCallSite.equals(mac.span())) {
                d.secondary(outerCallSite, "in this macro invocation");
            }
            d.help("consider increasing the recursion limit by adding a `#![recursion_limit = \""
                    + RECURSION_LIMIT * 2 + "\"]` attribute to your crate (`" + crate.name() + "`)");
            d.note("this error originates in the macro `" + name.name()
                    + "` (in Nightly builds, run with -Z macro-backtrace for more info)");
            diag.emit(d);
            return null;
        }
        if (depth == 0) outerCallSite = mac.span();
        return switch (def) {
            case RulesDef r -> r.rules().expand(mac.tokens(), mac.span(), r.crate(), diag);
            case BuiltinDef b -> Builtins.expand(this, b, mac, position);
        };
    }

    String modulePathText() {
        return String.join("::", modulePath);
    }

    private Parser parser(List<TokenTree> out, MacCall mac) {
        return Parser.fromTrees(out, mac.span().shrinkToHi(), diag, crate.edition());
    }

    /** Reports tokens a position's parse left over: rustc's "macro expansion ignores ..." */
    private void trailing(Parser p, MacCall mac, String context) {
        if (p.atEnd()) return;
        Token t = p.current();
        String what = t.isIdent() ? "`" + t.text() + "`" : "`" + t.text() + "`";
        diag.emit(Diagnostic.error("macro expansion ignores " + what + " and any tokens following")
                .primary(t.span())
                .secondary(mac.span(), "caused by the macro expansion here")
                .note("the usage of `" + mac.path().last().ident().name() + "!` is likely invalid in " + context + " context"));
    }

    /** Runs {@code body} one expansion level deeper. */
    private <T> T deeper(java.util.function.Supplier<T> body) {
        depth++;
        try {
            return body.get();
        } finally {
            depth--;
        }
    }

    Expr expandExprMac(MacCall mac, Span span) {
        List<TokenTree> out = invoke(mac, "expression");
        if (out == null) return new Expr.Err(span);
        Parser p = parser(out, mac);
        if (p.atEnd()) {
            diag.emit(Diagnostic.error("macro expansion ends with an incomplete expression: expected expression")
                    .primary(mac.span()));
            return new Expr.Err(span);
        }
        Expr e = p.parseExpr();
        if (p.current().is(TokenKind.SEMI)) p.bumpToken();
        trailing(p, mac, "expression");
        return deeper(() -> foldExpr(e));
    }

    private Pat expandPatMac(MacCall mac, Span span) {
        List<TokenTree> out = invoke(mac, "pattern");
        if (out == null) return new Pat.Err(span);
        Parser p = parser(out, mac);
        Pat pat = p.parsePat(true);
        trailing(p, mac, "pattern");
        return deeper(() -> foldPat(pat));
    }

    private Type expandTypeMac(MacCall mac, Span span) {
        List<TokenTree> out = invoke(mac, "type");
        if (out == null) return new Type.Err(span);
        Parser p = parser(out, mac);
        Type t = p.parseTy();
        trailing(p, mac, "type");
        return deeper(() -> foldType(t));
    }

    private List<Item> expandItemMac(MacCall mac) {
        List<TokenTree> out = invoke(mac, "item");
        if (out == null) return List.of();
        Parser p = parser(out, mac);
        List<Item> items = p.parseItems();
        return deeper(() -> expandItems(items));
    }

    // ---- items ----

    List<Item> expandItems(List<Item> items) {
        // `use` is not ordered: a macro imported below its first call is still in scope
        for (Item it : items) {
            if (it.kind() instanceof Item.Use u) importMacros(u.tree(), List.of());
        }
        List<Item> out = new ArrayList<>();
        for (Item it : items) out.addAll(expandItem(it));
        return out;
    }

    private List<Item> expandItem(Item it) {
        List<Attribute> attrs = configure(it.attrs());
        if (attrs == null) return List.of();
        if (!session.cfg.eval(new Cfg.Name("test")) && attrs.stream().anyMatch(a -> a.is("test"))) return List.of();
        List<Attribute> derives = new ArrayList<>();
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : attrs) (a.is("derive") ? derives : kept).add(a);
        Item.Kind kind = it.kind();
        switch (kind) {
            case Item.MacroRules mr -> {
                Item def = new Item(kept, it.vis(), it.ident(), kind, it.span());
                define(def, mr);
                return List.of(def);
            }
            case Item.MacroDef md -> {
                Item def = new Item(kept, it.vis(), it.ident(), kind, it.span());
                defineMacro2(def, md);
                return List.of(def);
            }
            case Item.MacCallItem mc -> {
                return expandItemMac(mc.mac());
            }
            case Item.Mod m -> {
                return expandMod(it, kept, m);
            }
            case Item.Use u -> {
                if (atRoot) reexports(u.tree(), List.of());
            }
            default -> {
            }
        }
        Item folded = new Item(kept, it.vis(), it.ident(), foldItemKind(kind), it.span());
        if (derives.isEmpty()) return List.of(folded);
        List<Item> out = new ArrayList<>();
        out.add(folded);
        out.addAll(Derive.expand(this, folded, derives));
        return out;
    }

    private List<Item> expandMod(Item it, List<Attribute> attrs, Item.Mod m) {
        String name = it.ident().name().text();
        List<Item> items;
        List<Attribute> inner;
        Span innerSpan = m.innerSpan();
        if (m.inline()) {
            items = m.items();
            inner = m.innerAttrs();
        } else {
            Crate file = loader == null || dir == null ? null : loader.load(dir, it.ident());
            if (file == null) return List.of(new Item(attrs, it.vis(), it.ident(), m, it.span()));
            items = file.items();
            inner = file.innerAttrs();
            innerSpan = file.span();
        }
        inner = configure(inner);
        if (inner == null) return List.of();
        Scope savedScope = scope;
        String savedDir = dir;
        boolean savedRoot = atRoot;
        dir = dir == null ? null : dir + "/" + name;
        atRoot = false;
        modulePath.add(name);
        List<Item> expanded;
        try {
            expanded = expandItems(items);
        } finally {
            modulePath.removeLast();
            dir = savedDir;
            atRoot = savedRoot;
        }
        boolean macroUse = attrs.stream().anyMatch(a -> a.is("macro_use"));
        if (!macroUse) scope = savedScope;
        return List.of(new Item(attrs, it.vis(), it.ident(), new Item.Mod(true, inner, expanded, innerSpan), it.span()));
    }

    private Item.Kind foldItemKind(Item.Kind kind) {
        return switch (kind) {
            case Item.Fn f -> new Item.Fn(f.header(), foldGenerics(f.generics()), foldDecl(f.decl()),
                    f.body() == null ? null : foldBlock(f.body()));
            case Item.Struct s -> new Item.Struct(foldData(s.data()), foldGenerics(s.generics()));
            case Item.Union u -> new Item.Union(foldData(u.data()), foldGenerics(u.generics()));
            case Item.Enum e -> {
                List<Item.Variant> vs = new ArrayList<>();
                for (Item.Variant v : e.variants()) {
                    List<Attribute> a = configure(v.attrs());
                    if (a == null) continue;
                    vs.add(new Item.Variant(a, v.ident(), foldData(v.data()),
                            v.discriminant() == null ? null : foldExpr(v.discriminant()), v.span()));
                }
                yield new Item.Enum(vs, foldGenerics(e.generics()));
            }
            case Item.Trait t -> {
                Scope saved = scope;
                List<Item> items = expandItems(t.items());
                scope = saved;
                yield new Item.Trait(t.unsafe(), t.auto(), foldGenerics(t.generics()), foldBounds(t.bounds()), items);
            }
            case Item.TraitAlias t -> new Item.TraitAlias(foldGenerics(t.generics()), foldBounds(t.bounds()));
            case Item.Impl i -> {
                Scope saved = scope;
                List<Item> items = expandItems(i.items());
                scope = saved;
                yield new Item.Impl(i.unsafe(), i.negative(), foldGenerics(i.generics()),
                        i.traitRef() == null ? null : foldPath(i.traitRef()), foldType(i.selfTy()), items);
            }
            case Item.TyAlias t -> new Item.TyAlias(foldGenerics(t.generics()), foldBounds(t.bounds()),
                    t.ty() == null ? null : foldType(t.ty()));
            case Item.Const c -> new Item.Const(foldGenerics(c.generics()), c.ty() == null ? null : foldType(c.ty()),
                    c.value() == null ? null : foldExpr(c.value()));
            case Item.Static s -> new Item.Static(s.mutable(), foldType(s.ty()), s.value() == null ? null : foldExpr(s.value()));
            case Item.ForeignMod fm -> new Item.ForeignMod(fm.abi(), expandItems(fm.items()));
            default -> kind;
        };
    }

    private Item.VariantData foldData(Item.VariantData d) {
        List<Item.FieldDef> fs = new ArrayList<>();
        for (Item.FieldDef f : d.fields()) {
            List<Attribute> a = configure(f.attrs());
            if (a == null) continue;
            fs.add(new Item.FieldDef(a, f.vis(), f.ident(), foldType(f.ty()), f.span()));
        }
        return new Item.VariantData(d.kind(), fs);
    }

    private Item.FnDecl foldDecl(Item.FnDecl d) {
        Item.SelfParam sp = d.selfParam();
        if (sp != null && sp.explicitTy() != null) {
            sp = new Item.SelfParam(sp.attrs(), sp.ref(), sp.mutRef(), sp.lifetime(), sp.mutable(), foldType(sp.explicitTy()), sp.span());
        }
        return new Item.FnDecl(sp, foldParams(d.params()), d.variadic(), d.ret() == null ? null : foldType(d.ret()), d.span());
    }

    private List<Item.Param> foldParams(List<Item.Param> ps) {
        List<Item.Param> out = new ArrayList<>();
        for (Item.Param p : ps) {
            List<Attribute> a = configure(p.attrs());
            if (a == null) continue;
            out.add(new Item.Param(a, foldPat(p.pat()), p.ty() == null ? null : foldType(p.ty()), p.span()));
        }
        return out;
    }

    private Item.Generics foldGenerics(Item.Generics g) {
        if (g.params().isEmpty() && g.where().isEmpty()) return g;
        List<Item.GenericParam> ps = new ArrayList<>();
        for (Item.GenericParam p : g.params()) {
            List<Attribute> a = configure(p.attrs());
            if (a == null) continue;
            ps.add(foldParam(p, a));
        }
        List<Item.WherePredicate> ws = new ArrayList<>();
        for (Item.WherePredicate w : g.where()) {
            ws.add(switch (w) {
                case Item.BoundPredicate b -> new Item.BoundPredicate(b.forParams(), foldType(b.bounded()),
                        foldBounds(b.bounds()), b.span());
                case Item.RegionPredicate r -> r;
            });
        }
        return new Item.Generics(ps, ws, g.span());
    }

    private Item.GenericParam foldParam(Item.GenericParam p, List<Attribute> attrs) {
        return new Item.GenericParam(attrs, p.ident(), p.kind(), foldBounds(p.bounds()),
                p.defaultTy() == null ? null : foldType(p.defaultTy()), p.constTy() == null ? null : foldType(p.constTy()),
                p.constDefault() == null ? null : foldExpr(p.constDefault()), p.span());
    }

    private List<Item.GenericBound> foldBounds(List<Item.GenericBound> bs) {
        if (bs.isEmpty()) return bs;
        List<Item.GenericBound> out = new ArrayList<>();
        for (Item.GenericBound b : bs) {
            out.add(switch (b) {
                case Item.TraitBound t -> new Item.TraitBound(t.forParams(), foldPath(t.path()), t.maybe(), t.isConst(), t.span(),
                        t.maybeConst());
                case Item.OutlivesBound o -> o;
                default -> b;
            });
        }
        return out;
    }

    // ---- paths and types ----

    private Path foldPath(Path p) {
        boolean any = false;
        for (Path.Segment s : p.segments()) any |= s.args() != null;
        if (!any) return p;
        List<Path.Segment> segs = new ArrayList<>();
        for (Path.Segment s : p.segments()) {
            segs.add(s.args() == null ? s : new Path.Segment(s.ident(), foldArgs(s.args()), s.span()));
        }
        return new Path(segs, p.global(), p.span());
    }

    private Path.GenericArgs foldArgs(Path.GenericArgs a) {
        return switch (a) {
            case Path.AngleBracketed ab -> {
                List<Path.AngleArg> out = new ArrayList<>();
                for (Path.AngleArg x : ab.args()) {
                    out.add(switch (x) {
                        case Path.TypeArg t -> new Path.TypeArg(foldType(t.ty()));
                        case Path.LifetimeArg l -> l;
                        case Path.ConstArg c -> new Path.ConstArg(foldExpr(c.expr()));
                        case Path.Constraint c -> new Path.Constraint(c.ident(), c.args() == null ? null : foldArgs(c.args()),
                                c.eq() == null ? null : foldType(c.eq()), foldBounds(c.bounds()), c.span(),
                                c.eqConst() == null ? null : foldExpr(c.eqConst()));
                    });
                }
                yield new Path.AngleBracketed(out, ab.span());
            }
            case Path.Parenthesized p -> new Path.Parenthesized(p.inputs().stream().map(this::foldType).toList(),
                    p.output() == null ? null : foldType(p.output()), p.span());
            case Path.ParenthesizedElided pe -> pe;
        };
    }

    private Path.QSelf foldQSelf(Path.QSelf q) {
        return q == null ? null : new Path.QSelf(foldType(q.ty()), q.position(), q.span());
    }

    Type foldType(Type t) {
        if (t == null) return null;
        return switch (t) {
            case Type.PathType p -> new Type.PathType(foldQSelf(p.qself()), foldPath(p.path()), p.span());
            case Type.Ref r -> new Type.Ref(r.lifetime(), r.mutable(), foldType(r.ty()), r.span());
            case Type.Ptr p -> new Type.Ptr(p.mutable(), foldType(p.ty()), p.span());
            case Type.Slice s -> new Type.Slice(foldType(s.elem()), s.span());
            case Type.Array a -> new Type.Array(foldType(a.elem()), foldExpr(a.len()), a.span());
            case Type.Tuple tu -> tu.elems().isEmpty() ? tu : new Type.Tuple(tu.elems().stream().map(this::foldType).toList(), tu.span());
            case Type.BareFn f -> new Type.BareFn(f.forParams(), f.unsafe(), f.abi(), foldParams(f.params()), f.variadic(),
                    f.ret() == null ? null : foldType(f.ret()), f.span());
            case Type.ImplTrait i -> new Type.ImplTrait(foldBounds(i.bounds()), i.span());
            case Type.TraitObject o -> new Type.TraitObject(foldBounds(o.bounds()), o.dyn(), o.span());
            case Type.Paren p -> new Type.Paren(foldType(p.inner()), p.span());
            case Type.MacCallType m -> expandTypeMac(m.mac(), m.span());
            case Type.Never n -> n;
            case Type.Infer i -> i;
            case Type.ImplicitSelf s -> s;
            case Type.Err e -> e;
        };
    }

    // ---- patterns ----

    Pat foldPat(Pat p) {
        if (p == null) return null;
        return switch (p) {
            case Pat.Wild w -> w;
            case Pat.Ident i -> i.sub() == null ? i : new Pat.Ident(i.byRef(), i.mutable(), i.name(), foldPat(i.sub()), i.span());
            case Pat.Struct s -> {
                List<Pat.FieldPat> fs = new ArrayList<>();
                for (Pat.FieldPat f : s.fields()) {
                    List<Attribute> a = configure(f.attrs());
                    if (a == null) continue;
                    fs.add(new Pat.FieldPat(f.name(), foldPat(f.pat()), f.shorthand(), a, f.span()));
                }
                yield new Pat.Struct(foldQSelf(s.qself()), foldPath(s.path()), fs, s.rest(), s.span());
            }
            case Pat.TupleStruct t -> new Pat.TupleStruct(foldQSelf(t.qself()), foldPath(t.path()), foldPats(t.elems()), t.span());
            case Pat.PathPat pp -> new Pat.PathPat(foldQSelf(pp.qself()), foldPath(pp.path()), pp.span());
            case Pat.Tuple t -> new Pat.Tuple(foldPats(t.elems()), t.span());
            case Pat.Or o -> new Pat.Or(foldPats(o.alternatives()), o.span());
            case Pat.Ref r -> new Pat.Ref(foldPat(r.inner()), r.mutable(), r.span());
            case Pat.Box b -> new Pat.Box(foldPat(b.inner()), b.span());
            case Pat.Lit l -> new Pat.Lit(foldExpr(l.expr()), l.span());
            case Pat.Range r -> new Pat.Range(r.lo() == null ? null : foldExpr(r.lo()), r.hi() == null ? null : foldExpr(r.hi()),
                    r.inclusive(), r.span());
            case Pat.Slice s -> new Pat.Slice(foldPats(s.elems()), s.span());
            case Pat.Rest r -> r;
            case Pat.Paren pa -> new Pat.Paren(foldPat(pa.inner()), pa.span());
            case Pat.MacCallPat m -> expandPatMac(m.mac(), m.span());
            case Pat.Never n -> n;
            case Pat.Err e -> e;
        };
    }

    private List<Pat> foldPats(List<Pat> ps) {
        List<Pat> out = new ArrayList<>(ps.size());
        for (Pat p : ps) out.add(foldPat(p));
        return out;
    }

    // ---- expressions and statements ----

    Expr.Block foldBlock(Expr.Block b) {
        Scope saved = scope;
        List<Expr.Stmt> out = new ArrayList<>();
        for (Expr.Stmt s : b.stmts()) expandStmt(s, out);
        scope = saved;
        return new Expr.Block(out, b.span());
    }

    private void expandStmt(Expr.Stmt s, List<Expr.Stmt> out) {
        switch (s) {
            case Expr.Local l -> {
                List<Attribute> a = configure(l.attrs());
                if (a == null) return;
                out.add(new Expr.Local(a, foldPat(l.pat()), l.ty() == null ? null : foldType(l.ty()),
                        l.init() == null ? null : foldExpr(l.init()), l.els() == null ? null : foldBlock(l.els()), l.span()));
            }
            case Expr.ItemStmt i -> {
                for (Item it : expandItem(i.item())) out.add(new Expr.ItemStmt(it, it.span()));
            }
            case Expr.ExprStmt e -> {
                List<Attribute> a = configure(e.attrs());
                if (a == null) return;
                out.add(new Expr.ExprStmt(foldExpr(e.expr()), e.semi(), e.span(), a));
            }
            case Expr.MacStmt m -> {
                if (configure(m.attrs()) == null) return;
                List<TokenTree> toks = invoke(m.mac(), "statement");
                if (toks == null) {
                    out.add(new Expr.ExprStmt(new Expr.Err(m.span()), m.semi(), m.span()));
                    return;
                }
                Parser p = parser(toks, m.mac());
                List<Expr.Stmt> stmts = new ArrayList<>();
                while (!p.atEnd()) {
                    int before = p.position();
                    Expr.Stmt st = p.parseStmt();
                    if (st != null) stmts.add(st);
                    if (p.position() == before) {
                        trailing(p, m.mac(), "statement");
                        break;
                    }
                }
                if (m.semi() && !stmts.isEmpty() && stmts.getLast() instanceof Expr.ExprStmt last && !last.semi()) {
                    stmts.set(stmts.size() - 1, new Expr.ExprStmt(last.expr(), true, last.span(), last.attrs()));
                }
                if (m.semi() && !stmts.isEmpty() && stmts.getLast() instanceof Expr.MacStmt last && !last.semi()) {
                    stmts.set(stmts.size() - 1, new Expr.MacStmt(last.attrs(), last.mac(), true, last.span()));
                }
                deeper(() -> {
                    for (Expr.Stmt st : stmts) expandStmt(st, out);
                    return null;
                });
            }
            case Expr.Empty e -> out.add(e);
        }
    }

    private List<Expr> foldExprs(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(foldExpr(e));
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : foldExpr(e);
    }

    Expr foldExpr(Expr e) {
        if (e == null) return null;
        return switch (e) {
            case Expr.Lit l -> l;
            case Expr.PathExpr p -> new Expr.PathExpr(foldQSelf(p.qself()), foldPath(p.path()), p.span());
            case Expr.Call c -> new Expr.Call(foldExpr(c.callee()), foldExprs(c.args()), c.span());
            case Expr.MethodCall m -> new Expr.MethodCall(m.segment().args() == null ? m.segment()
                    : new Path.Segment(m.segment().ident(), foldArgs(m.segment().args()), m.segment().span()),
                    foldExpr(m.receiver()), foldExprs(m.args()), m.span());
            case Expr.Binary b -> new Expr.Binary(b.op(), b.opSpan(), foldExpr(b.lhs()), foldExpr(b.rhs()), b.span());
            case Expr.Unary u -> new Expr.Unary(u.op(), foldExpr(u.operand()), u.span());
            case Expr.Cast c -> new Expr.Cast(foldExpr(c.expr()), foldType(c.ty()), c.span());
            case Expr.AddrOf a -> new Expr.AddrOf(a.raw(), a.mutable(), foldExpr(a.expr()), a.span());
            case Expr.Field f -> new Expr.Field(foldExpr(f.base()), f.name(), f.span());
            case Expr.Index i -> new Expr.Index(foldExpr(i.base()), foldExpr(i.index()), i.span(), i.bracket());
            case Expr.Assign a -> new Expr.Assign(foldExpr(a.lhs()), foldExpr(a.rhs()), a.span());
            case Expr.AssignOp a -> new Expr.AssignOp(a.op(), foldExpr(a.lhs()), foldExpr(a.rhs()), a.span());
            case Expr.BlockExpr b -> new Expr.BlockExpr(foldBlock(b.block()), b.label(), b.kind(), b.span());
            case Expr.If i -> new Expr.If(foldExpr(i.cond()), foldBlock(i.then()), opt(i.els()), i.span());
            case Expr.While w -> new Expr.While(foldExpr(w.cond()), foldBlock(w.body()), w.label(), w.span());
            case Expr.ForLoop f -> new Expr.ForLoop(foldPat(f.pat()), foldExpr(f.iter()), foldBlock(f.body()), f.label(), f.span());
            case Expr.Loop l -> new Expr.Loop(foldBlock(l.body()), l.label(), l.span());
            case Expr.Match m -> {
                Expr scrut = foldExpr(m.scrutinee());
                List<Expr.Arm> arms = new ArrayList<>();
                for (Expr.Arm a : m.arms()) {
                    List<Attribute> at = configure(a.attrs());
                    if (at == null) continue;
                    arms.add(new Expr.Arm(at, foldPat(a.pat()), opt(a.guard()), foldExpr(a.body()), a.span()));
                }
                yield new Expr.Match(scrut, arms, m.span());
            }
            case Expr.Closure c -> new Expr.Closure(c.move(), c.async(), foldParams(c.params()),
                    c.ret() == null ? null : foldType(c.ret()), foldExpr(c.body()), c.declSpan(), c.span());
            case Expr.Break b -> new Expr.Break(b.label(), opt(b.value()), b.span());
            case Expr.Continue c -> c;
            case Expr.Return r -> new Expr.Return(opt(r.value()), r.span());
            case Expr.Struct s -> {
                List<Expr.FieldInit> fs = new ArrayList<>();
                for (Expr.FieldInit f : s.fields()) {
                    List<Attribute> a = configure(f.attrs());
                    if (a == null) continue;
                    fs.add(new Expr.FieldInit(f.name(), foldExpr(f.expr()), f.shorthand(), f.span(), a));
                }
                yield new Expr.Struct(foldQSelf(s.qself()), foldPath(s.path()), fs, opt(s.base()), s.rest(), s.span());
            }
            case Expr.Tuple t -> new Expr.Tuple(foldExprs(t.elems()), t.span());
            case Expr.Array a -> new Expr.Array(foldExprs(a.elems()), a.span());
            case Expr.Repeat r -> new Expr.Repeat(foldExpr(r.elem()), foldExpr(r.count()), r.span());
            case Expr.Range r -> new Expr.Range(opt(r.lo()), opt(r.hi()), r.inclusive(), r.span());
            case Expr.Try t -> new Expr.Try(foldExpr(t.expr()), t.span());
            case Expr.Await a -> new Expr.Await(foldExpr(a.expr()), a.span());
            case Expr.Let l -> new Expr.Let(foldPat(l.pat()), foldExpr(l.init()), l.span());
            case Expr.Paren p -> new Expr.Paren(foldExpr(p.inner()), p.span());
            case Expr.MacCallExpr m -> expandExprMac(m.mac(), m.span());
            case Expr.Underscore u -> u;
            case Expr.Err er -> er;
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.span());
            case Expr.Become b -> new Expr.Become(foldExpr(b.call()), b.span());
            case Expr.Attributed a -> new Expr.Attributed(a.attrs(), foldExpr(a.expr()), a.span());
        };
    }

    private static String describe(TokenTree t) {
        if (t instanceof TokenTree.Leaf l) return "`" + l.token().text() + "`";
        return "`" + ((TokenTree.Delimited) t).delim().open.text() + "`";
    }
}
