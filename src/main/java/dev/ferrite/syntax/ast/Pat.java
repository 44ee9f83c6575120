package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import java.util.List;

/** Patterns as written. */
public sealed interface Pat {
    Span span();

    /** {@code _} */
    record Wild(Span span) implements Pat {
    }

    /** {@code ref mut name @ sub}; {@code sub} may be null. */
    record Ident(boolean byRef, boolean mutable, dev.ferrite.syntax.ast.Ident name, Pat sub, Span span) implements Pat {
    }

    /** {@code Path { a: p, b, .. }} */
    record Struct(Path.QSelf qself, Path path, List<FieldPat> fields, boolean rest, Span span) implements Pat {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** {@code Path(p, .., q)}: a {@link Rest} element marks {@code ..}. */
    record TupleStruct(Path.QSelf qself, Path path, List<Pat> elems, Span span) implements Pat {
        public TupleStruct {
            elems = List.copyOf(elems);
        }
    }

    /** A path to a unit struct, unit variant or constant. */
    record PathPat(Path.QSelf qself, Path path, Span span) implements Pat {
    }

    /** {@code (p, .., q)} */
    record Tuple(List<Pat> elems, Span span) implements Pat {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** {@code p | q} */
    record Or(List<Pat> alternatives, Span span) implements Pat {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** {@code &p}, {@code &mut p} */
    record Ref(Pat inner, boolean mutable, Span span) implements Pat {
    }

    /** {@code box p} */
    record Box(Pat inner, Span span) implements Pat {
    }

    /** A literal, possibly negated, or a path expression used as a constant: {@code 1}, {@code -1}, {@code "a"}. */
    record Lit(Expr expr, Span span) implements Pat {
    }

    /** {@code a..=b}, {@code a..b}, {@code a..}, {@code ..=b} */
    record Range(Expr lo, Expr hi, boolean inclusive, Span span) implements Pat {
    }

    /** {@code [a, .., z]} */
    record Slice(List<Pat> elems, Span span) implements Pat {
        public Slice {
            elems = List.copyOf(elems);
        }
    }

    /** {@code ..} inside tuple, tuple struct and slice patterns. */
    record Rest(Span span) implements Pat {
    }

    /** {@code (p)} */
    record Paren(Pat inner, Span span) implements Pat {
    }

    /** {@code mac!(..)} in pattern position. */
    record MacCallPat(MacCall mac, Span span) implements Pat {
    }

    /** {@code !} */
    record Never(Span span) implements Pat {
    }

    /** A pattern that failed to parse; an error has been reported. */
    record Err(Span span) implements Pat {
    }

    /** {@code name: pat} or shorthand {@code name} / {@code ref mut name} in a struct pattern. */
    record FieldPat(dev.ferrite.syntax.ast.Ident name, Pat pat, boolean shorthand, List<Attribute> attrs, Span span) {
        public FieldPat {
            attrs = List.copyOf(attrs);
        }
    }
}
