package dev.ferrite.driver;

import java.io.PrintStream;

/**
 * {@code -Ztime-passes}: the wall time and the heap in use after each phase, printed to stderr in
 * rustc's shape ({@code time:   0.123; rss:  80MB ->  95MB ( +15MB)	phase}). Off, it costs nothing.
 */
final class PassTimer {
    private final PrintStream err;
    private final boolean on;
    private long start;
    private long startMem;

    PassTimer(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
        reset();
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private void reset() {
        if (!on) return;
        start = System.nanoTime();
        startMem = usedMb();
    }

    /** Ends the phase {@code name} that began at the previous call (or at construction). */
    void lap(String name) {
        if (!on) return;
        long mem = usedMb();
        err.printf("time: %8.3f; rss: %4dMB -> %4dMB (%+5dMB)\t%s%n",
                (System.nanoTime() - start) / 1e9, startMem, mem, mem - startMem, name);
        err.flush();
        reset();
    }
}
