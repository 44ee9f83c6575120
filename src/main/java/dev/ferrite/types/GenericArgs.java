package dev.ferrite.types;

import java.util.List;

/**
 * The arguments of a generic item, parent's first (an impl's parameters, then a method's own), in
 * the order of the item's {@code Generics}; {@link Ty.Param#index()} indexes into this list.
 */
public record GenericArgs(List<GenericArg> list) {
    public static final GenericArgs EMPTY = new GenericArgs(List.of());

    public GenericArgs {
        list = List.copyOf(list);
    }

    public static GenericArgs of(GenericArg... args) {
        return args.length == 0 ? EMPTY : new GenericArgs(List.of(args));
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public GenericArg get(int i) {
        return list.get(i);
    }

    /** The i-th argument, which must be a type. */
    public Ty ty(int i) {
        return (Ty) list.get(i);
    }

    public GenericArgs prefix(int n) {
        return new GenericArgs(list.subList(0, n));
    }

    public GenericArgs concat(GenericArgs more) {
        if (more.isEmpty()) return this;
        if (isEmpty()) return more;
        var l = new java.util.ArrayList<GenericArg>(list);
        l.addAll(more.list);
        return new GenericArgs(l);
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
