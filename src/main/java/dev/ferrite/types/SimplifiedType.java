package dev.ferrite.types;

import dev.ferrite.hir.DefId;

/**
 * The outermost shape of a type, used as a key to find inherent impls and to filter candidate
 * impls quickly (rustc's {@code SimplifiedType}).
 */
public sealed interface SimplifiedType {
    record Adt(DefId def) implements SimplifiedType {
    }

    /** A primitive or built-in type constructor, by name: {@code i32}, {@code str}, {@code slice}, {@code *const}, ... */
    record Builtin(String name) implements SimplifiedType {
    }

    /** Null for types with no nominal shape (params, inference variables, projections). */
    static SimplifiedType of(Ty ty) {
        return switch (ty) {
            case Ty.Adt a -> new Adt(a.def());
            case Ty.Foreign f -> new Adt(f.def());
            case Ty.Opaque o -> new Adt(o.def());
            case Ty.Bool b -> new Builtin("bool");
            case Ty.Char c -> new Builtin("char");
            case Ty.Int i -> new Builtin(i.kind().typeName());
            case Ty.Float f -> new Builtin(f.kind().typeName());
            case Ty.Str s -> new Builtin("str");
            case Ty.Never n -> new Builtin("!");
            case Ty.Ref r -> new Builtin(r.mutbl() == Mutability.MUT ? "&mut" : "&");
            case Ty.RawPtr p -> new Builtin(p.mutbl() == Mutability.MUT ? "*mut" : "*const");
            case Ty.Array a -> new Builtin("array");
            case Ty.Slice s -> new Builtin("slice");
            case Ty.Tuple t -> new Builtin("tuple" + t.elems().size());
            case Ty.FnPtr f -> new Builtin("fnptr");
            case Ty.FnDef f -> new Builtin("fndef");
            case Ty.Closure c -> new Builtin("closure");
            case Ty.Dynamic d -> d.preds().isEmpty() ? new Builtin("dyn")
                    : switch (d.preds().getFirst()) {
                        case ExistentialPredicate.Trait t -> new Adt(t.traitId());
                        case ExistentialPredicate.AutoTrait t -> new Adt(t.traitId());
                        case ExistentialPredicate.Projection p -> new Builtin("dyn");
                    };
            case Ty.Param p -> null;
            case Ty.Alias a -> null;
            case Ty.Infer i -> switch (i.kind()) {
                case TY -> null;
                case INT, FLOAT -> null;
            };
            case Ty.Bound b -> null;
            case Ty.Placeholder p -> null;
            case Ty.Error e -> null;
        };
    }
}
