package dev.ferrite.hir;

/** Small typed ids into the arenas of a {@link Body}. */
public final class Ids {
    private Ids() {
    }

    /** An expression of a body. */
    public record ExprId(int index) {
        @Override
        public String toString() {
            return "e" + index;
        }
    }

    /** A pattern of a body; a binding pattern's id also names the local variable it introduces. */
    public record PatId(int index) {
        @Override
        public String toString() {
            return "p" + index;
        }
    }

    /** A body: of a function, constant, static, anonymous constant or closure. */
    public record BodyId(int index) {
        @Override
        public String toString() {
            return "body" + index;
        }
    }
}
