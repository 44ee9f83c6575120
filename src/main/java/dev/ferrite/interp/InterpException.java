package dev.ferrite.interp;

import dev.ferrite.span.Span;

/** How interpretation stops early: the program exits, has undefined behaviour, or uses something unsupported. */
public abstract sealed class InterpException extends RuntimeException {
    protected InterpException(String msg) {
        super(msg, null, false, false);
    }

    /** {@code exit(code)} or a panic reaching the top (code 101). */
    public static final class Exit extends InterpException {
        public final int code;

        public Exit(int code) {
            super("exit " + code);
            this.code = code;
        }
    }

    /** A panic starts unwinding from the current frame (thrown by {@code ferrite_begin_panic}, caught by the step loop). */
    public static final class Panic extends InterpException {
        public Panic() {
            super("panic");
        }
    }

    /** Unwinding left a frame that was run from Java (drop glue, const evaluation, main): the Java caller continues it. */
    public static final class Unwinding extends InterpException {
        public Unwinding() {
            super("unwinding");
        }
    }

    /** Undefined behaviour at {@code span} (filled in by the interpreter from the current statement). */
    public static final class UndefinedBehavior extends InterpException {
        public Span span;

        public UndefinedBehavior(String msg) {
            super(msg);
        }
    }

    /** Something the interpreter cannot do (a missing body, an unknown intrinsic): a compiler bug or limit. */
    public static final class Unsupported extends InterpException {
        public Span span;

        public Unsupported(String msg) {
            super(msg);
        }
    }

    public static UndefinedBehavior ub(String msg) {
        return new UndefinedBehavior(msg);
    }

    public static Unsupported unsupported(String msg) {
        return new Unsupported(msg);
    }
}
