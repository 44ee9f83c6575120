package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import java.util.List;

/**
 * A path {@code a::b::<T>::c}; {@code global} for a leading {@code ::}. In {@code <T as Trait>::Name}
 * the path is {@code Trait::Name} with a {@link QSelf} giving {@code T} and how many segments
 * belong to the trait.
 */
public record Path(List<Segment> segments, boolean global, Span span) {
    public Path {
        segments = List.copyOf(segments);
    }

    /** {@code name::<args>}; {@code args} is null when there are none. */
    public record Segment(Ident ident, GenericArgs args, Span span) {
    }

    /** The qualified self type of {@code <T as Trait>::Name} and the number of segments of the trait path. */
    public record QSelf(Type ty, int position, Span span) {
    }

    public sealed interface GenericArgs {
        Span span();
    }

    /** {@code <A, 'a, N, Item = B, Item: Bound>} */
    public record AngleBracketed(List<AngleArg> args, Span span) implements GenericArgs {
        public AngleBracketed {
            args = List.copyOf(args);
        }
    }

    /** {@code (A, B) -> C} in {@code Fn(A, B) -> C}; {@code output} null for {@code ()}. */
    public record Parenthesized(List<Type> inputs, Type output, Span span) implements GenericArgs {
        public Parenthesized {
            inputs = List.copyOf(inputs);
        }
    }

    /** Return type notation {@code method(..)}: the elided arguments of a method's return type. */
    public record ParenthesizedElided(Span span) implements GenericArgs {
    }

    public sealed interface AngleArg {
    }

    public record TypeArg(Type ty) implements AngleArg {
    }

    public record LifetimeArg(Lifetime lifetime) implements AngleArg {
    }

    /** A const argument: a literal, a block, or a negated literal (paths parse as types). */
    public record ConstArg(Expr expr) implements AngleArg {
    }

    /** {@code Item = T} ({@code eq}) or {@code Item: Bounds}. */
    public record Constraint(Ident ident, GenericArgs args, Type eq, List<Item.GenericBound> bounds, Span span,
            Expr eqConst) implements AngleArg {
        public Constraint {
            bounds = List.copyOf(bounds);
        }

        public Constraint(Ident ident, GenericArgs args, Type eq, List<Item.GenericBound> bounds, Span span) {
            this(ident, args, eq, bounds, span, null);
        }
    }

    public Segment last() {
        return segments.getLast();
    }
}
