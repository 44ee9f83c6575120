package dev.ferrite.span;

import java.util.ArrayList;
import java.util.List;

/**
 * The macro expansions of the process, numbered from 1: for each, the span of the invocation and
 * the macro's name. A {@link Span}'s {@code ctxt} refers to one. Shared by all compilations of the
 * process (numbers only grow), which keeps spans plain values.
 */
public final class Expansions {
    private record Expansion(Span callSite, String macro) {
    }

    private static final List<Expansion> TABLE = new ArrayList<>();

    private Expansions() {
    }

    /** A new expansion of {@code macro} invoked at {@code callSite}; returns its context number. */
    public static synchronized int fresh(Span callSite, String macro) {
        TABLE.add(new Expansion(callSite, macro));
        return TABLE.size();
    }

    public static synchronized Span callSite(int ctxt) {
        return TABLE.get(ctxt - 1).callSite();
    }

    public static synchronized String macroName(int ctxt) {
        return TABLE.get(ctxt - 1).macro();
    }
}
