package dev.ferrite.mir;

import java.util.ArrayList;
import java.util.List;

/**
 * A memory location: a local followed by projections ({@code (*_1).0}, {@code _2[_3]},
 * {@code ((_4 as Some).0: i32)}).
 */
public record Place(Local local, List<PlaceElem> projection) {
    public Place {
        projection = List.copyOf(projection);
    }

    public static Place of(Local local) {
        return new Place(local, List.of());
    }

    public static Place of(int local) {
        return new Place(Local.of(local), List.of());
    }

    public static final Place RETURN = of(Local.RETURN_PLACE);

    public Place project(PlaceElem elem) {
        List<PlaceElem> p = new ArrayList<>(projection.size() + 1);
        p.addAll(projection);
        p.add(elem);
        return new Place(local, p);
    }

    public Place field(int index, dev.ferrite.types.Ty ty) {
        return project(new PlaceElem.Field(index, ty));
    }

    public Place deref() {
        return project(PlaceElem.DEREF);
    }

    public Place index(Local idx) {
        return project(new PlaceElem.Index(idx));
    }

    public Place downcast(dev.ferrite.span.Symbol name, int variant) {
        return project(new PlaceElem.Downcast(name, variant));
    }

    /** A bare local, no projections. */
    public boolean isLocal() {
        return projection.isEmpty();
    }

    /** True if the place goes through a {@link PlaceElem.Deref}. */
    public boolean hasDeref() {
        for (PlaceElem e : projection) if (e instanceof PlaceElem.Deref) return true;
        return false;
    }

    /**
     * The type of this place, from its local's type {@code localTy}; null where a projection does
     * not fit the type. {@code boxed} gives the contents of a {@code Box} type (null for others).
     */
    public dev.ferrite.types.Ty ty(dev.ferrite.types.Ty localTy,
                                   java.util.function.Function<dev.ferrite.types.Ty.Adt, dev.ferrite.types.Ty> boxed) {
        dev.ferrite.types.Ty t = localTy;
        for (PlaceElem e : projection) {
            t = projectTy(t, e, boxed);
            if (t == null) return null;
        }
        return t;
    }

    /** The type of {@code t}'s projection {@code e}, or null where it does not fit. */
    public static dev.ferrite.types.Ty projectTy(dev.ferrite.types.Ty t, PlaceElem e,
                                                 java.util.function.Function<dev.ferrite.types.Ty.Adt, dev.ferrite.types.Ty> boxed) {
        return switch (e) {
            case PlaceElem.Deref d -> switch (t) {
                case dev.ferrite.types.Ty.Ref r -> r.pointee();
                case dev.ferrite.types.Ty.RawPtr r -> r.pointee();
                case dev.ferrite.types.Ty.Adt a -> boxed.apply(a);
                default -> null;
            };
            case PlaceElem.Field f -> f.ty();
            case PlaceElem.Index i -> elemTy(t);
            case PlaceElem.ConstantIndex ci -> elemTy(t);
            case PlaceElem.Subslice s -> t instanceof dev.ferrite.types.Ty.Array a ? dev.ferrite.types.Ty.slice(a.elem()) : t;
            case PlaceElem.Downcast d -> t;
            case PlaceElem.OpaqueCast oc -> oc.ty();
        };
    }

    /** The element type of an array or slice type, else null. */
    public static dev.ferrite.types.Ty elemTy(dev.ferrite.types.Ty t) {
        return switch (t) {
            case dev.ferrite.types.Ty.Array a -> a.elem();
            case dev.ferrite.types.Ty.Slice s -> s.elem();
            default -> null;
        };
    }

    @Override
    public String toString() {
        return MirPrinter.placeToString(this);
    }
}
