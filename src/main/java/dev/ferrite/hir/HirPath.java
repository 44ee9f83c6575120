package dev.ferrite.hir;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.util.List;

/** Resolved paths in HIR. */
public final class HirPath {
    private HirPath() {
    }

    /** A path whose final resolution is known: {@code std::fmt::Display}, {@code x}, {@code Some}. */
    public record Path(Res res, List<Segment> segments, Span span) {
        public Path {
            segments = List.copyOf(segments);
        }

        public Segment last() {
            return segments.getLast();
        }
    }

    /** One segment with its own resolution (if it has one) and generic arguments (or null). */
    public record Segment(Symbol name, Span span, Res res, GenericArgs args) {
    }

    /** {@code <A, B, Item = C>}: types/lifetimes/consts and associated item constraints. */
    public record GenericArgs(List<GenericArg> args, List<Constraint> constraints, boolean parenthesized, Span span) {
        public GenericArgs {
            args = List.copyOf(args);
            constraints = List.copyOf(constraints);
        }
    }

    public sealed interface GenericArg {
        Span span();
    }

    public record TypeArg(HirTy ty) implements GenericArg {
        @Override
        public Span span() {
            return ty.span();
        }
    }

    public record LifetimeArg(Lifetime lifetime) implements GenericArg {
        @Override
        public Span span() {
            return lifetime.span();
        }
    }

    /** A const argument: an anonymous constant body. */
    public record ConstArg(Ids.BodyId body, Span span) implements GenericArg {
    }

    /** {@code Item = T} or {@code Item: Bound}. */
    public record Constraint(Symbol name, Span span, HirTy equals, List<Item.GenericBound> bounds) {
    }

    /** A path in expression or type position, possibly qualified or relative to a type. */
    public sealed interface QPath {
        Span span();
    }

    /** {@code a::b::c} or {@code <T as Trait>::Name}: {@code qself} is null when unqualified. */
    public record Resolved(HirTy qself, Path path) implements QPath {
        @Override
        public Span span() {
            return path.span();
        }
    }

    /** {@code <T>::name}, {@code Vec::<u8>::new}, {@code Self::Item}: resolved by type checking. */
    public record TypeRelative(HirTy base, Segment segment, Span span) implements QPath {
    }

    /** A lifetime with its resolution. */
    public record Lifetime(Symbol name, Span span, LifetimeRes res) {
    }

    public sealed interface LifetimeRes {
        record Static() implements LifetimeRes {
        }

        /** A named lifetime parameter of an item (early or late bound). */
        record Param(DefId param) implements LifetimeRes {
        }

        /** Elided ({@code &T}) or {@code '_}: inferred in bodies, a fresh parameter in signatures. */
        record Infer() implements LifetimeRes {
        }

        record Error() implements LifetimeRes {
        }
    }
}
