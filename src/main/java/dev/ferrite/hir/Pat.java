package dev.ferrite.hir;

import dev.ferrite.hir.HirPath.QPath;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.Mutability;
import java.util.List;

/** HIR patterns, children referred to by {@link PatId} into the body's arena. */
public sealed interface Pat {
    Span span();

    /** {@code _} */
    record Wild(Span span) implements Pat {
    }

    /**
     * {@code ref mut name @ sub}: introduces a local variable named by this pattern's own id.
     * {@code byRef} is null for by-value bindings; {@code sub} may be null.
     */
    record Binding(Mutability byRef, boolean mutable, Symbol name, Span nameSpan, PatId sub, Span span)
            implements Pat {
    }

    /** {@code Path { a: p, b, .. }} */
    record Struct(QPath path, List<FieldPat> fields, boolean rest, Span span) implements Pat {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** {@code Path(p, q, ..)}: {@code restIndex} is the position of {@code ..} or -1. */
    record TupleStruct(QPath path, List<PatId> elems, int restIndex, Span span) implements Pat {
        public TupleStruct {
            elems = List.copyOf(elems);
        }
    }

    /** A path to a unit struct/variant or a constant. */
    record Path(QPath path, Span span) implements Pat {
    }

    /** {@code (p, q, ..)} */
    record Tuple(List<PatId> elems, int restIndex, Span span) implements Pat {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** {@code p | q} */
    record Or(List<PatId> alternatives, Span span) implements Pat {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** {@code &p}, {@code &mut p} */
    record Ref(PatId inner, Mutability mutbl, Span span) implements Pat {
    }

    /** {@code box p} */
    record Box(PatId inner, Span span) implements Pat {
    }

    /** A literal or negated literal: {@code 1}, {@code -1}, {@code "a"} (as an expression). */
    record Lit(ExprId expr, Span span) implements Pat {
    }

    /** {@code a..=b}, {@code a..b}, {@code a..}, {@code ..=b}: ends are literal or path expressions or null. */
    record Range(ExprId lo, ExprId hi, boolean inclusive, Span span) implements Pat {
    }

    /** {@code [a, b, rest @ .., z]}: {@code slice} is the {@code ..} part or null. */
    record Slice(List<PatId> before, PatId slice, List<PatId> after, Span span) implements Pat {
        public Slice {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** {@code !} */
    record Never(Span span) implements Pat {
    }

    /** A pattern that could not be lowered; an error has been reported. */
    record Err(Span span) implements Pat {
    }

    /** {@code name: pat} inside a struct pattern. */
    record FieldPat(Symbol name, Span nameSpan, PatId pat, boolean shorthand, Span span) {
    }
}
