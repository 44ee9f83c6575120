package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import java.util.List;

/** Types as written. */
public sealed interface Type {
    Span span();

    /** {@code Vec<T>}, {@code <T as Trait>::Item}; {@code qself} null when unqualified. */
    record PathType(Path.QSelf qself, Path path, Span span) implements Type {
    }

    /** {@code &'a mut T} */
    record Ref(Lifetime lifetime, boolean mutable, Type ty, Span span) implements Type {
    }

    /** {@code *const T}, {@code *mut T} */
    record Ptr(boolean mutable, Type ty, Span span) implements Type {
    }

    record Slice(Type elem, Span span) implements Type {
    }

    /** {@code [T; N]} */
    record Array(Type elem, Expr len, Span span) implements Type {
    }

    /** {@code (A, B)}; {@code ()} is the empty tuple. */
    record Tuple(List<Type> elems, Span span) implements Type {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** {@code for<'a> unsafe extern "C" fn(A, ...) -> B} */
    record BareFn(List<Item.GenericParam> forParams, boolean unsafe, String abi, List<Item.Param> params,
                  boolean variadic, Type ret, Span span) implements Type {
        public BareFn {
            forParams = List.copyOf(forParams);
            params = List.copyOf(params);
        }
    }

    /** {@code !} */
    record Never(Span span) implements Type {
    }

    /** {@code _} */
    record Infer(Span span) implements Type {
    }

    /** {@code impl Trait + 'a} */
    record ImplTrait(List<Item.GenericBound> bounds, Span span) implements Type {
        public ImplTrait {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code dyn Trait + Send} (or a bare trait object in 2015 when {@code dyn} is false). */
    record TraitObject(List<Item.GenericBound> bounds, boolean dyn, Span span) implements Type {
        public TraitObject {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code (T)} */
    record Paren(Type inner, Span span) implements Type {
    }

    /** {@code mac!(...)} in type position. */
    record MacCallType(MacCall mac, Span span) implements Type {
    }

    /** The implicit type of {@code self}, {@code &self}, {@code &mut self}. */
    record ImplicitSelf(Span span) implements Type {
    }

    /** A type that failed to parse; an error has been reported. */
    record Err(Span span) implements Type {
    }
}
