package dev.ferrite.expand;

import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Symbol;
import dev.ferrite.syntax.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the expansion of several crates shares: the configuration, and the crates expanded so far
 * with their {@code #[macro_export]} macros (so that {@code std::println!}, {@code $crate::panic!}
 * and the {@code macro_use} prelude of later crates find them).
 *
 * <p>Crates are numbered from 1 in the order they are added; the number is the hygiene context
 * ({@code ctxt}) of the {@code $crate} identifiers that macros of that crate produce, and the
 * resolver maps it back to the crate root (crates must be collected in the same order).
 */
public final class ExpandSession {
    /** A macro: a {@code macro_rules!} definition or a built-in declared with {@code #[rustc_builtin_macro]}. */
    public sealed interface MacroDef {
        Symbol name();

        /** The crate (number) that defines it: what {@code $crate} in its output means. */
        int crate();
    }

    public record RulesDef(Symbol name, MacroRules rules, int crate) implements MacroDef {
    }

    public record BuiltinDef(Symbol name, int crate) implements MacroDef {
    }

    /** One crate: its name, the crates it can name ({@code core}, {@code std}) and whose exported macros it sees by name. */
    public record CrateInfo(int index, Symbol name, Parser.Edition edition, Map<Symbol, Integer> externs,
                            List<Integer> macroUsePrelude) {
    }

    final Cfg cfg;
    final SourceMap sourceMap;
    final DiagnosticSink diag;
    final List<CrateInfo> crates = new ArrayList<>();
    /** Exported macros by crate number, in definition order (re-exports included). */
    final Map<Integer, Map<Symbol, MacroDef>> exports = new HashMap<>();
    /** The crate that declares the built-in macros (core): `$crate` of their output and of derives. */
    int builtinCrate;
    /** What relative file names (in the source map) are relative to: {@code include_str!} reads from there. */
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();

    public void setWorkingDirectory(java.nio.file.Path dir) {
        this.cwd = dir;
    }

    /** A fatal error (the recursion limit) stopped expansion; later phases should not run. */
    boolean fatal;

    public ExpandSession(Cfg cfg, SourceMap sourceMap, DiagnosticSink diag) {
        this.cfg = cfg;
        this.sourceMap = sourceMap;
        this.diag = diag;
    }

    /**
     * Registers the next crate; {@code externs} maps the names of crates it may use to their
     * numbers, {@code macroUsePrelude} lists the crates whose exported macros it sees by plain name.
     */
    public CrateInfo addCrate(Symbol name, Parser.Edition edition, Map<Symbol, Integer> externs,
                              List<Integer> macroUsePrelude) {
        CrateInfo c = new CrateInfo(crates.size() + 1, name, edition, Map.copyOf(externs), List.copyOf(macroUsePrelude));
        crates.add(c);
        exports.put(c.index(), new LinkedHashMap<>());
        if (name == Symbol.CORE && builtinCrate == 0) builtinCrate = c.index();
        return c;
    }

    /**
     * Registers the next crate as one expanded before (the library, read from its metadata), with
     * the macros it exports (a map that may read each macro on first use; never changed); its
     * number must be the one it had then.
     */
    public void addExternCrate(CrateInfo c, Map<Symbol, MacroDef> exported) {
        if (c.index() != crates.size() + 1) throw new IllegalStateException("crate " + c.name() + " out of order");
        crates.add(c);
        exports.put(c.index(), exported); // read only: only the crate being expanded adds exports
        if (c.name() == Symbol.CORE && builtinCrate == 0) builtinCrate = c.index();
    }

    /** The crates registered so far, in order. */
    public List<CrateInfo> crates() {
        return List.copyOf(crates);
    }

    /** Whether a fatal error stopped expansion (rustc aborts the compilation there). */
    public boolean hadFatalError() {
        return fatal;
    }

    /** The exported macros of a crate (for tests and tools). */
    public Map<Symbol, MacroDef> exportsOf(int crate) {
        return exports.getOrDefault(crate, Map.of());
    }
}
