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

    /**
     * Reserves {@code count} numbers for expansions read back from a file (filled by {@link #set}):
     * the file's expansion i (from 1) becomes {@code base + i}, where {@code base} is returned.
     */
    public static synchronized int reserve(int count) {
        int base = TABLE.size();
        for (int i = 0; i < count; i++) TABLE.add(new Expansion(Span.DUMMY, ""));
        return base;
    }

    /** Fills a number that {@link #reserve} handed out. */
    public static synchronized void set(int ctxt, Span callSite, String macro) {
        TABLE.set(ctxt - 1, new Expansion(callSite, macro));
    }

    public static synchronized Span callSite(int ctxt) {
        return TABLE.get(ctxt - 1).callSite();
    }

    public static synchronized String macroName(int ctxt) {
        return TABLE.get(ctxt - 1).macro();
    }
}
