package dev.ferrite.interp;

import dev.ferrite.span.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The interpreted program's threads: green threads over the one shared {@link Memory}, scheduled
 * deterministically. Each interpreted thread runs on its own Java thread (so drop glue and other
 * nested runs keep their Java stack), but exactly one of them holds the baton at a time; a thread
 * hands it on only where the program blocks or yields (join, a futex wait behind a contended
 * lock or an empty channel, sleep, {@code yield_now}). The next thread is the first runnable one
 * after the current in spawn order, so every run of a program interleaves the same way.
 *
 * <p>Time is virtual where it matters: when every live thread sleeps, the monotonic clock jumps to
 * the earliest wake-up instead of the JVM waiting. When no thread can run and none sleeps the
 * program has deadlocked, which is reported as an error instead of hanging.
 */
final class Threads {
    /** Why a thread cannot run now. */
    sealed interface Blocker {
    }

    /** Waits while the {@code size}-byte integer at {@code ptr} still equals {@code value}. */
    record Futex(Pointer ptr, long value, int size) implements Blocker {
    }

    /** Waits for another thread to finish. */
    record Join(InterpThread target) implements Blocker {
    }

    /** Waits until the monotonic clock reaches {@code until} nanoseconds. */
    record Sleep(long until) implements Blocker {
    }

    /** One thread of the interpreted program: its frame stack and scheduling state. */
    static final class InterpThread {
        /** The thread's `thread_local!` values: the key's address to the pointer {@code ferrite_tls_set} gave. */
        final java.util.Map<Long, Bytes> locals = new java.util.HashMap<>();
        final long id;
        /** The name given to {@code Builder::name}, or null. */
        final String name;
        List<Interpreter.Frame> stack = new ArrayList<>();
        long stackUsed;
        Span span = Span.DUMMY;
        Blocker blocker;
        boolean finished;
        boolean panicked;
        /**
         * The payloads of the panics this thread is unwinding, innermost last: what
         * {@code ferrite_begin_panic} was given, taken back by the {@code catch_unwind} that stops
         * the unwinding (a panic caught inside a destructor run by another's unwinding is pushed
         * and taken while the outer one stays).
         */
        final java.util.ArrayDeque<Bytes> panicPayloads = new java.util.ArrayDeque<>();

        InterpThread(long id, String name) {
            this.id = id;
            this.name = name;
        }

        /** The name std's panic message prints. */
        String displayName() {
            return name != null ? name : "<unnamed>";
        }
    }

    /** Thrown in a waiting thread when the program has ended (main returned, exit, fatal error elsewhere). */
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

    private final Interpreter in;
    private final Object baton = new Object();
    private final List<InterpThread> threads = new ArrayList<>();
    private InterpThread current;
    private boolean shutdown;
    /** The exit code a thread other than main decided (exit, undefined behaviour); -1 if none. */
    private int fatalCode = -1;
    private final long startNanos = System.nanoTime();
    /** How far sleeping has moved the monotonic clock ahead of real time. */
    private long skippedNanos;

    Threads(Interpreter in) {
        this.in = in;
        InterpThread main = new InterpThread(Intrinsics.MAIN_THREAD_ID, "main");
        threads.add(main);
        current = main;
        main.stack = in.stack;
    }

    InterpThread current() {
        return current;
    }

    /** Nanoseconds on the program's monotonic clock (real time plus the time sleeps skipped). */
    long monotonicNanos() {
        return System.nanoTime() - startNanos + skippedNanos;
    }

    /** Starts a thread that runs {@code body} once it first gets the baton; returns its id. */
    long spawn(String name, Runnable body) {
        InterpThread t = new InterpThread(threads.getLast().id + 1, name);
        threads.add(t);
        Thread java = new Thread(null, () -> runSpawned(t, body), "ferrite-interp-" + t.id, 1L << 28);
        java.setDaemon(true);
        java.start();
        return t.id;
    }

    private void runSpawned(InterpThread me, Runnable body) {
        synchronized (baton) {
            while (current != me && !shutdown) waitBaton();
        }
        if (shutdown) return;
        restore(me);
        int code = -1;
        try {
            body.run();
        } catch (InterpException.Unwinding | InterpException.Panic e) {
            me.panicked = true;
        } catch (Shutdown e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            code = in.exitCodeOf(e);
        }
        me.finished = true;
        if (code >= 0) {
            end(code);
            return;
        }
        try {
            reschedule(me);
        } catch (Deadlock d) {
            end(in.exitCodeOf(d));
        } catch (Shutdown s) {
            // the program ended while this finished thread handed on the baton
        }
    }

    /** Ends the program from a thread other than main: main's Java thread returns {@code code}. */
    private void end(int code) {
        synchronized (baton) {
            if (fatalCode < 0) fatalCode = code;
            shutdown = true;
            baton.notifyAll();
        }
    }

    /** Main returned or the program otherwise ended: every waiting thread stops. */
    void shutdown() {
        synchronized (baton) {
            shutdown = true;
            baton.notifyAll();
        }
    }

    /** The exit code a spawned thread decided, or -1. */
    int fatalCode() {
        synchronized (baton) {
            return fatalCode;
        }
    }

    /** Blocks the current thread until {@code b} no longer holds, running the others meanwhile. */
    void block(Blocker b) {
        InterpThread me = current;
        me.blocker = b;
        if (!ready(me)) reschedule(me);
        me.blocker = null;
    }

    /** Lets the other runnable threads run first ({@code yield_now}). */
    void yieldNow() {
        if (threads.size() > 1) reschedule(current);
    }

    InterpThread byId(long id) {
        for (InterpThread t : threads) if (t.id == id) return t;
        return null;
    }

    /** Hands the baton to the next runnable thread after {@code me} and waits until it comes back. */
    private void reschedule(InterpThread me) {
        InterpThread next = pick(me);
        if (next == me) return;
        save(me);
        synchronized (baton) {
            current = next;
            baton.notifyAll();
            if (me.finished) return;
            while (current != me && !shutdown) waitBaton();
        }
        if (shutdown) throw new Shutdown();
        restore(me);
    }

    private InterpThread pick(InterpThread me) {
        while (true) {
            int start = threads.indexOf(me);
            int n = threads.size();
            long earliest = Long.MAX_VALUE;
            for (int k = 1; k <= n; k++) {
                InterpThread t = threads.get((start + k) % n);
                if (t.finished) continue;
                if (ready(t)) {
                    t.blocker = null;
                    return t;
                }
                if (t.blocker instanceof Sleep s) earliest = Math.min(earliest, s.until());
            }
            if (earliest == Long.MAX_VALUE) throw new Deadlock();
            // everyone waits, some for the clock: skip ahead to the first wake-up
            long now = monotonicNanos();
            if (earliest > now) skippedNanos += earliest - now;
        }
    }

    private boolean ready(InterpThread t) {
        return switch (t.blocker) {
            case null -> true;
            case Join j -> j.target().finished;
            case Sleep s -> monotonicNanos() >= s.until();
            case Futex f -> {
                Memory.Alloc a = in.mem.get(f.ptr().alloc());
                if (a == null || !a.live) yield true;
                Bytes v = in.mem.read(f.ptr(), f.size(), 1);
                yield v.readLong(0, f.size()) != f.value();
            }
        };
    }

    private void save(InterpThread t) {
        t.stack = in.stack;
        t.stackUsed = in.stackUsed;
        t.span = in.currentSpan;
    }

    private void restore(InterpThread t) {
        in.stack = t.stack;
        in.stackUsed = t.stackUsed;
        in.currentSpan = t.span;
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
