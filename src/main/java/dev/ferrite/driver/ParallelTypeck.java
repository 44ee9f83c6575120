package dev.ferrite.driver;

import dev.ferrite.hir.DefId;
import dev.ferrite.typeck.Typeck;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Type-checks bodies on several threads: each worker takes the next unchecked body in source
 * order. The type context is shared (its queries are memoised in concurrent tables, the solver's
 * cache is concurrent and its stacks per thread); what each body infers is its own.
 */
final class ParallelTypeck {
    private ParallelTypeck() {
    }

    /** Threads are worth starting only for crates with enough bodies, with several threads allowed. */
    static boolean worthIt(int bodies, int threads) {
        return bodies >= 32 && workers(threads) > 1;
    }

    /** {@code -Zthreads}: 0 means one per core (at most 8). */
    private static int workers(int threads) {
        return threads > 0 ? threads : Math.min(Runtime.getRuntime().availableProcessors(), 8);
    }

    /** Checks every root; false if a worker failed (the caller checks again on one thread, which reports it). */
    static boolean run(Typeck typeck, List<DefId> roots, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable work = () -> {
            try {
                for (int i; !failed.get() && (i = next.getAndIncrement()) < roots.size(); ) typeck.typeck(roots.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                failed.set(true);
            }
        };
        int n = workers(threads);
        Thread[] workers = new Thread[n - 1];
        for (int t = 0; t < workers.length; t++) {
            // deep bodies recurse deeply: the same stack as the main thread's (-Xss64m)
            workers[t] = new Thread(null, work, "typeck-" + (t + 1), 64L << 20);
            workers[t].setDaemon(true);
            workers[t].start();
        }
        work.run();
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !failed.get();
    }
}
