package dev.ferrite.jvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled program's threads, scheduled as the interpreter schedules its own (so both engines
 * print the same interleaving): each runs on a Java thread of its own, but exactly one holds the
 * baton at a time and hands it on only where the program blocks or yields (join, a futex wait,
 * sleep, {@code yield_now}); the next is the first runnable thread after the current in spawn
 * order. Sleeping with every other thread blocked advances a virtual clock instead of waiting;
 * no runnable thread and no sleeper is a deadlock. One thread at a time also means std's atomics
 * and locks, written for this model, need no JVM synchronisation.
 */
final class JvmThreads {
    sealed interface Blocker {
    }

    record Futex(long addr, int expected) implements Blocker {
    }

    record Join(RustThread target) implements Blocker {
    }

    record Sleep(long until) implements Blocker {
    }

    static final class RustThread {
        final long id;
        final String name;
        final Map<Long, Long> locals = new HashMap<>();
        Blocker blocker;
        boolean finished;
        boolean panicked;
        long stack;

        RustThread(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** Thrown in a waiting thread when the program has ended. */
    static final class Shutdown extends RuntimeException {
        Shutdown() {
            super("shutdown", null, false, false);
        }
    }

    /** The program deadlocked: no thread can run and none sleeps. */
    static final class Deadlock extends RuntimeException {
        Deadlock() {
            super("deadlock", null, false, false);
        }
    }

    private final Object baton = new Object();
    private final List<RustThread> threads = new ArrayList<>();
    private RustThread current;
    private boolean shutdown;
    private int fatalCode = -1;
    private final long startNanos = System.nanoTime();
    private long skippedNanos;

    JvmThreads() {
        current = new RustThread(1, "main");
        threads.add(current);
    }

    RustThread current() {
        return current;
    }

    long monotonicNanos() {
        return System.nanoTime() - startNanos + skippedNanos;
    }

    /** Starts a thread that runs {@code body} once it first gets the baton; returns its id. */
    long spawn(String name, java.util.function.Consumer<RustThread> body, java.util.function.IntConsumer onFatal,
               java.util.function.ToIntFunction<Throwable> exitCodeOf) {
        RustThread t = new RustThread(threads.getLast().id + 1, name);
        synchronized (baton) {
            threads.add(t);
        }
        Thread java = new Thread(null, () -> {
            synchronized (baton) {
                while (current != t && !shutdown) waitBaton();
            }
            if (shutdown) return;
            int code = -1;
            try {
                body.accept(t);
            } catch (Rt.RustPanic p) {
                t.panicked = true;
            } catch (Shutdown s) {
                return;
            } catch (Throwable x) {
                code = exitCodeOf.applyAsInt(x);
            }
            t.finished = true;
            if (code >= 0) {
                end(code);
                return;
            }
            try {
                reschedule(t);
            } catch (Deadlock d) {
                end(exitCodeOf.applyAsInt(d));
            } catch (Shutdown s) {
                // the program ended while this finished thread handed on the baton
            }
        }, "ferrite-thread-" + t.id, 1L << 28);
        java.setDaemon(true);
        java.start();
        return t.id;
    }

    private void end(int code) {
        synchronized (baton) {
            if (fatalCode < 0) fatalCode = code;
            shutdown = true;
            baton.notifyAll();
        }
    }

    void shutdown() {
        synchronized (baton) {
            shutdown = true;
            baton.notifyAll();
        }
    }

    int fatalCode() {
        synchronized (baton) {
            return fatalCode;
        }
    }

    void block(Blocker b) {
        RustThread me = current;
        me.blocker = b;
        if (!ready(me)) reschedule(me);
        me.blocker = null;
    }

    void yieldNow() {
        if (threads.size() > 1) reschedule(current);
    }

    RustThread byId(long id) {
        synchronized (baton) {
            for (RustThread t : threads) if (t.id == id) return t;
        }
        return null;
    }

    private void reschedule(RustThread me) {
        RustThread next = pick(me);
        if (next == me) return;
        synchronized (baton) {
            current = next;
            baton.notifyAll();
            if (me.finished) return;
            while (current != me && !shutdown) waitBaton();
        }
        if (shutdown) throw new Shutdown();
    }

    private RustThread pick(RustThread me) {
        while (true) {
            List<RustThread> all;
            synchronized (baton) {
                all = new ArrayList<>(threads);
            }
            int start = all.indexOf(me);
            int n = all.size();
            long earliest = Long.MAX_VALUE;
            for (int k = 1; k <= n; k++) {
                RustThread t = all.get((start + k) % n);
                if (t.finished) continue;
                if (ready(t)) {
                    t.blocker = null;
                    return t;
                }
                if (t.blocker instanceof Sleep s) earliest = Math.min(earliest, s.until());
            }
            if (earliest == Long.MAX_VALUE) throw new Deadlock();
            long now = monotonicNanos();
            if (earliest > now) skippedNanos += earliest - now;
        }
    }

    private boolean ready(RustThread t) {
        return switch (t.blocker) {
            case null -> true;
            case Join j -> j.target().finished;
            case Sleep s -> monotonicNanos() >= s.until();
            case Futex f -> Mem.i32(f.addr()) != f.expected();
        };
    }

    private void waitBaton() {
        try {
            baton.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown = true;
        }
    }
}
