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

    @Override
    public String toString() {
        return MirPrinter.placeToString(this);
    }
}
