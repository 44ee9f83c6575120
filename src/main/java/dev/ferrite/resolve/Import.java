package dev.ferrite.resolve;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.List;

/**
 * One import from a flattened {@code use} tree: {@code use a::b::c as d;} or {@code use a::b::*;}.
 * {@code path} includes the leading {@code crate}/{@code self}/{@code super}/{@code $crate} segments
 * as written; {@code global} is a leading {@code ::}.
 */
final class Import {
    enum Kind { SINGLE, GLOB }

    final Module owner;
    final List<Symbol> path;
    final List<Span> segmentSpans;
    final boolean global;
    final Kind kind;
    /** The name bound (the last segment or the rename); null for globs and `use x as _`. */
    final Symbol target;
    final Visibility vis;
    final Span span;
    /** The crate `$crate` in the path refers to (the macro's crate), or null. */
    final Module dollarCrate;
    boolean resolved;
    boolean reported;

    Import(Module owner, List<Symbol> path, List<Span> segmentSpans, boolean global, Kind kind, Symbol target,
           Visibility vis, Span span, Module dollarCrate) {
        this.owner = owner;
        this.path = List.copyOf(path);
        this.segmentSpans = List.copyOf(segmentSpans);
        this.global = global;
        this.kind = kind;
        this.target = target;
        this.vis = vis;
        this.span = span;
        this.dollarCrate = dollarCrate;
    }

    @Override
    public String toString() {
        return "use " + (global ? "::" : "") + String.join("::", path.stream().map(Symbol::text).toList())
                + (kind == Kind.GLOB ? "::*" : target != null && !target.equals(path.getLast()) ? " as " + target : "");
    }
}
