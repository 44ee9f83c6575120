package dev.ferrite.borrowck;

import dev.ferrite.mir.Body;
import dev.ferrite.mir.Local;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places of a body that can be moved from or initialised separately (rustc's
 * {@code MovePath}s): each local, and below it the fields, variants, constant indices and subslices
 * and the contents of a {@code Box} that the body mentions. A place through a reference or raw
 * pointer, or through a variable index, is not a move path: it belongs to the move path of its
 * prefix (its {@link Lookup}).
 */
public final class MovePaths {
    private final Body body;
    private final Tcx tcx;
    private final List<Place> places = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final Map<Place, Integer> index = new HashMap<>();
    private final int[] roots;

    /**
     * Where a place falls: the move path of its longest prefix that is one, and whether the place
     * is exactly that path ({@code exact}).
     */
    public record Lookup(int path, boolean exact) {
    }

    MovePaths(Body body, Tcx tcx) {
        this.body = body;
        this.tcx = tcx;
        roots = new int[body.locals().size()];
        for (int i = 0; i < roots.length; i++) roots[i] = add(Place.of(i), -1);
    }

    private int add(Place p, int parent) {
        int id = places.size();
        places.add(p);
        parents.add(parent);
        children.add(new ArrayList<>());
        if (parent >= 0) children.get(parent).add(id);
        index.put(p, id);
        return id;
    }

    /** The move path of a place, made if the body mentions it first here. */
    Lookup lookup(Place p) {
        int cur = roots[p.local().index()];
        Ty ty = body.local(p.local()).ty();
        List<PlaceElem> proj = p.projection();
        for (int i = 0; i < proj.size(); i++) {
            PlaceElem e = proj.get(i);
            boolean boxDeref = e instanceof PlaceElem.Deref && ty instanceof Ty.Adt a && tcx.boxedTy(a) != null;
            if (e instanceof PlaceElem.Deref && !boxDeref) return new Lookup(cur, false);
            if (e instanceof PlaceElem.Index || e instanceof PlaceElem.OpaqueCast) return new Lookup(cur, false);
            if (ty instanceof Ty.Slice && !(e instanceof PlaceElem.Field)) return new Lookup(cur, false);
            // the fields of a union share its memory: they are the union's one move path
            if (e instanceof PlaceElem.Field && ty instanceof Ty.Adt u && tcx.adtDef(u.def()) != null
                    && tcx.adtDef(u.def()).kind() == dev.ferrite.types.AdtDef.Kind.UNION) {
                return new Lookup(cur, i == proj.size() - 1);
            }
            Place prefix = new Place(p.local(), proj.subList(0, i + 1));
            Integer next = index.get(prefix);
            cur = next != null ? next : add(prefix, cur);
            ty = e instanceof PlaceElem.Index ? null : Place.projectTy(ty, e, tcx::boxedTy);
            if (ty == null) return new Lookup(cur, i == proj.size() - 1);
        }
        return new Lookup(cur, true);
    }

    int count() {
        return places.size();
    }

    Place place(int path) {
        return places.get(path);
    }

    int parent(int path) {
        return parents.get(path);
    }

    int root(Local l) {
        return roots[l.index()];
    }

    /** The path and all paths below it. */
    BitSet subtree(int path) {
        BitSet out = new BitSet();
        addSubtree(path, out);
        return out;
    }

    private void addSubtree(int path, BitSet out) {
        out.set(path);
        for (int c : children.get(path)) addSubtree(c, out);
    }

    /** The path, the paths above it and the paths below it: what a whole use of it needs initialised. */
    BitSet related(int path) {
        BitSet out = subtree(path);
        for (int p = parents.get(path); p >= 0; p = parents.get(p)) out.set(p);
        return out;
    }

    /** The paths strictly above {@code path}. */
    BitSet ancestors(int path) {
        BitSet out = new BitSet();
        for (int p = parents.get(path); p >= 0; p = parents.get(p)) out.set(p);
        return out;
    }
}
