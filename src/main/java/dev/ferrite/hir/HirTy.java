package dev.ferrite.hir;

import dev.ferrite.hir.HirPath.Lifetime;
import dev.ferrite.hir.HirPath.QPath;
import dev.ferrite.span.Span;
import dev.ferrite.types.Mutability;
import java.util.List;

/** Types as written, with resolved paths. Converted to {@code Ty} by the types phase. */
public sealed interface HirTy {
    Span span();

    /** {@code Vec<T>}, {@code T}, {@code Self}, {@code <T as Iterator>::Item}. */
    record Path(QPath path, Span span) implements HirTy {
    }

    /** {@code &'a mut T} */
    record Ref(Lifetime lifetime, HirTy ty, Mutability mutbl, Span span) implements HirTy {
    }

    /** {@code *const T} */
    record Ptr(HirTy ty, Mutability mutbl, Span span) implements HirTy {
    }

    /** {@code [T]} */
    record Slice(HirTy elem, Span span) implements HirTy {
    }

    /** {@code [T; N]} with N an anonymous constant body. */
    record Array(HirTy elem, Ids.BodyId len, Span span) implements HirTy {
    }

    /** {@code (A, B)}; {@code ()} is the empty tuple. */
    record Tuple(List<HirTy> elems, Span span) implements HirTy {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** {@code for<'a> unsafe extern "C" fn(A) -> B}; {@code boundParams} are the {@code for<'a>} lifetimes. */
    record FnPtr(List<Item.GenericParam> boundParams, List<HirTy> inputs, HirTy output, boolean unsafe, String abi,
                 boolean cVariadic, Span span) implements HirTy {
        public FnPtr {
            boundParams = List.copyOf(boundParams);
            inputs = List.copyOf(inputs);
        }
    }

    /** {@code !} */
    record Never(Span span) implements HirTy {
    }

    /** {@code _} */
    record Infer(Span span) implements HirTy {
    }

    /** {@code dyn A + B + 'a} */
    record TraitObject(List<Item.GenericBound> bounds, Lifetime lifetime, Span span) implements HirTy {
        public TraitObject {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code impl Trait} in argument or return position; {@code def} is its synthetic parameter or opaque type. */
    record ImplTrait(DefId def, List<Item.GenericBound> bounds, Span span) implements HirTy {
        public ImplTrait {
            bounds = List.copyOf(bounds);
        }
    }

    /** A type that could not be lowered; an error has been reported. */
    record Err(Span span) implements HirTy {
    }
}
