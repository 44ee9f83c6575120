package dev.ferrite.mir;

/** The pointer coercions of {@link CastKind.PointerCoercionCast} (rustc's {@code PointerCoercion}). */
public enum PointerCoercion {
    /** fn item to fn pointer: {@code ReifyFnPointer(Safe)}. */
    REIFY_FN_POINTER("ReifyFnPointer(Safe)"),
    /** safe fn pointer to unsafe fn pointer. */
    UNSAFE_FN_POINTER("UnsafeFnPointer"),
    /** non-capturing closure to fn pointer. */
    CLOSURE_FN_POINTER("ClosureFnPointer(Safe)"),
    /** {@code *mut T} to {@code *const T}. */
    MUT_TO_CONST_POINTER("MutToConstPointer"),
    /** {@code *const [T; N]} to {@code *const T}. */
    ARRAY_TO_POINTER("ArrayToPointer"),
    /** thin to wide pointer: {@code &[T; N]} to {@code &[T]}, {@code &T} to {@code &dyn Trait}, {@code Box<T>} to {@code Box<dyn Trait>}. */
    UNSIZE("Unsize");

    private final String mirName;

    PointerCoercion(String mirName) {
        this.mirName = mirName;
    }

    public String mirName() {
        return mirName;
    }
}
