package dev.ferrite.borrowck;

import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.span.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The input facts of the initialisation analysis, in Polonius's terms, with one point per
 * statement and terminator of a body (point {@code p} is statement {@code p - start(bb)} of block
 * {@code bb}, the terminator last):
 * <ul>
 *   <li>{@code cfg_edge(p, q)}: control goes from point {@code p} to {@code q};</li>
 *   <li>{@code path_accessed_at_base(path, p)}: the point reads or borrows the path (with the
 *       {@link Access} that says how, and the span to point at);</li>
 *   <li>{@code path_moved_at_base(path, p)}: the point moves out of the path;</li>
 *   <li>{@code path_assigned_at_base(path, p)}: the point writes the whole path;</li>
 *   <li>{@code storage_live_at(local, p)}: the local's binding comes into scope (what was
 *       assigned before no longer counts as a first assignment);</li>
 *   <li>{@code child_path(child, parent)} and {@code path_is_var(path, local)}: from {@link MovePaths}.</li>
 * </ul>
 * {@link Initialization} computes what is (maybe) initialised at each point from them.
 */
public final class Facts {
    /** How a point uses a path. */
    public enum AccessKind { USE, MOVE, BORROW, MUT_BORROW }

    public record Access(int path, boolean exact, AccessKind kind, Place place, Span span) {
    }

    /** A move out of {@code path}; {@code call} and {@code arg} say which call argument it is, if one. */
    /**
     * A move out of {@code path}; {@code call} and {@code arg} say which call argument it is, if
     * one; {@code into} is the local a plain {@code local = move place} moves into, else null.
     */
    public record Move(int path, Place place, Span span, TerminatorKind.Call call, int arg, dev.ferrite.mir.Local into) {
        Move(int path, Place place, Span span) {
            this(path, place, span, null, -1, null);
        }
    }

    final Body body;
    final MovePaths paths;
    final int[] blockStart;
    final int points;
    final List<List<Integer>> successors = new ArrayList<>();
    final List<List<Integer>> predecessors = new ArrayList<>();
    final List<List<Access>> accessed = new ArrayList<>();
    final List<List<Move>> moved = new ArrayList<>();
    final List<List<Integer>> assigned = new ArrayList<>();
    final List<List<Integer>> storageLive = new ArrayList<>();
    /** Writes to a part of a path ({@code x.0 = v}): the path above must be initialised. */
    final List<List<Access>> partlyAssigned = new ArrayList<>();
    /** Moves out of what cannot be moved from: behind a reference or pointer, or an indexed element (E0507, E0508). */
    final List<List<Move>> illegalMoves = new ArrayList<>();
    final boolean[] cleanup;
    private final Predicate<Place> isCopy;
    private final Predicate<Place> refTyped;
    private final Predicate<TerminatorKind.Call> dropElaboration;
    private final java.util.function.BiFunction<dev.ferrite.hir.DefId, Integer, List<dev.ferrite.mir.PlaceElem>> capturedFields;

    /**
     * {@code isCopy} tells whether a place's type is {@code Copy} (then a {@code move} of it moves
     * nothing); {@code dropElaboration} whether a call belongs to drop elaboration (not checked);
     * {@code capturedFields} the fields of the i-th captured variable that a closure uses, when it
     * uses only fields of it (else null: it captures the whole variable).
     */
    Facts(Body body, MovePaths paths, Predicate<Place> isCopy, Predicate<TerminatorKind.Call> dropElaboration,
          java.util.function.BiFunction<dev.ferrite.hir.DefId, Integer, List<dev.ferrite.mir.PlaceElem>> capturedFields,
          Predicate<Place> refTyped) {
        this.refTyped = refTyped;
        this.body = body;
        this.paths = paths;
        this.isCopy = isCopy;
        this.dropElaboration = dropElaboration;
        this.capturedFields = capturedFields;
        blockStart = new int[body.blocks().size() + 1];
        for (int b = 0; b < body.blocks().size(); b++) {
            blockStart[b + 1] = blockStart[b] + body.blocks().get(b).statements().size() + 1;
        }
        points = blockStart[body.blocks().size()];
        cleanup = new boolean[points];
        for (int i = 0; i < points; i++) {
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
            accessed.add(new ArrayList<>());
            moved.add(new ArrayList<>());
            assigned.add(new ArrayList<>());
            storageLive.add(new ArrayList<>());
            partlyAssigned.add(new ArrayList<>());
            illegalMoves.add(new ArrayList<>());
        }
        for (int b = 0; b < body.blocks().size(); b++) {
            BasicBlockData data = body.blocks().get(b);
            int p = blockStart[b];
            for (Statement s : data.statements()) {
                cleanup[p] = data.isCleanup();
                edge(p, p + 1);
                statement(p++, s);
            }
            cleanup[p] = data.isCleanup();
            terminator(p, data.terminator());
            for (BasicBlock succ : data.terminator().successors()) edge(p, blockStart[succ.index()]);
        }
    }

    private void edge(int from, int to) {
        successors.get(from).add(to);
        predecessors.get(to).add(from);
    }

    int pointOf(int block, int stmt) {
        return blockStart[block] + stmt;
    }

    int blockOf(int point) {
        int lo = 0, hi = body.blocks().size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockStart[mid] <= point) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private void statement(int p, Statement s) {
        Span span = s.sourceInfo().span();
        switch (s.kind()) {
            case StatementKind.Assign a -> {
                int before = moved.get(p).size();
                int beforeIllegal = illegalMoves.get(p).size();
                rvalue(p, a.rvalue(), span);
                if (a.place().isLocal() && a.rvalue() instanceof Rvalue.Use) {
                    for (List<Move> list : List.of(moved.get(p), illegalMoves.get(p))) {
                        if (list.size() != (list == moved.get(p) ? before : beforeIllegal) + 1) continue;
                        Move m = list.removeLast();
                        list.add(new Move(m.path(), m.place(), m.span(), null, -1, a.place().local()));
                    }
                }
                write(p, a.place(), span);
            }
            case StatementKind.StorageLive l -> storageLive.get(p).add(paths.root(l.local()));
            case StatementKind.StorageDead d -> storageLive.get(p).add(paths.root(d.local()));
            case StatementKind.FakeRead f -> access(p, f.place(), AccessKind.USE, span);
            case StatementKind.SetDiscriminant d -> write(p, d.place(), span);
            case StatementKind.CopyNonOverlapping c -> {
                operand(p, c.src(), span);
                operand(p, c.dst(), span);
                operand(p, c.count(), span);
            }
            case StatementKind.Assume a -> operand(p, a.cond(), span);
            default -> {
            }
        }
    }

    private void terminator(int p, Terminator t) {
        Span span = t.sourceInfo().span();
        switch (t.kind()) {
            case TerminatorKind.SwitchInt s -> operand(p, s.discr(), span);
            case TerminatorKind.Assert a -> operand(p, a.cond(), span);
            case TerminatorKind.Call c when dropElaboration.test(c) -> {
                // freeing a box whose contents were moved out: drop elaboration, which rustc does
                // after borrow checking (the call runs only when its drop flag says so)
            }
            case TerminatorKind.Call c -> {
                operand(p, c.func(), span);
                for (int i = 0; i < c.args().size(); i++) {
                    int before = moved.get(p).size();
                    operand(p, c.args().get(i), c.argSpan(i, span));
                    if (moved.get(p).size() > before) {
                        Move m = moved.get(p).removeLast();
                        moved.get(p).add(new Move(m.path(), m.place(), m.span(), c, i, null));
                    }
                }
                write(p, c.destination(), span);
            }
            case TerminatorKind.Drop d -> {
                // a drop is no use (drop elaboration only drops what is initialised), but what it
                // drops is gone
                MovePaths.Lookup l = paths.lookup(d.place());
                if (l.exact()) moved.get(p).add(new Move(l.path(), d.place(), span));
            }
            case TerminatorKind.Return r -> access(p, Place.RETURN, AccessKind.USE, span);
            default -> {
            }
        }
    }

    private void rvalue(int p, Rvalue rv, Span span) {
        switch (rv) {
            case Rvalue.Use u -> operand(p, u.operand(), span);
            case Rvalue.Repeat r -> operand(p, r.operand(), span);
            case Rvalue.Ref r -> access(p, r.place(), r.kind().isMut() ? AccessKind.MUT_BORROW : AccessKind.BORROW, span);
            case Rvalue.RawPtr r -> access(p, r.place(), AccessKind.BORROW, span);
            case Rvalue.Len l -> access(p, l.place(), AccessKind.USE, span);
            // `r as *mut T` of a reference reborrows it (rustc's `&raw mut *r`): the reference stays
            case Rvalue.Cast c when c.ty() instanceof dev.ferrite.types.Ty.RawPtr && c.operand() instanceof Operand.Move m
                    && refTyped.test(m.place()) -> access(p, m.place(), AccessKind.USE, span);
            case Rvalue.Cast c -> operand(p, c.operand(), span);
            case Rvalue.BinaryOp b -> {
                operand(p, b.left(), span);
                operand(p, b.right(), span);
            }
            case Rvalue.UnaryOp u -> operand(p, u.operand(), span);
            case Rvalue.Discriminant d -> access(p, d.place(), AccessKind.USE, span);
            case Rvalue.Aggregate a when a.kind() instanceof dev.ferrite.mir.AggregateKind.Closure c -> {
                for (int i = 0; i < a.operands().size(); i++) {
                    Operand o = a.operands().get(i);
                    List<dev.ferrite.mir.PlaceElem> fields = o instanceof Operand.Move m && !isCopy.test(m.place())
                            ? capturedFields.apply(c.def(), i) : null;
                    if (fields == null) {
                        operand(p, o, span);
                        continue;
                    }
                    // edition 2021: the closure captures only the fields it uses (rustc's
                    // disjoint captures), so only they move into it
                    Place base = ((Operand.Move) o).place();
                    for (var f : fields) operand(p, new Operand.Move(base.project(f)), span);
                }
            }
            case Rvalue.Aggregate a -> {
                for (Operand o : a.operands()) operand(p, o, span);
            }
            case Rvalue.ShallowInitBox b -> operand(p, b.operand(), span);
            case Rvalue.CopyForDeref c -> access(p, c.place(), AccessKind.USE, span);
            default -> {
            }
        }
    }

    private void operand(int p, Operand o, Span span) {
        switch (o) {
            case Operand.Copy c -> access(p, c.place(), AccessKind.USE, span);
            case Operand.Move m -> {
                if (isCopy.test(m.place())) {
                    access(p, m.place(), AccessKind.USE, span);
                    return;
                }
                MovePaths.Lookup l = access(p, m.place(), AccessKind.MOVE, span);
                // a move out of a reference (E0507) or an indexed element (E0508) is an error of
                // its own, not a move
                if (l.exact()) moved.get(p).add(new Move(l.path(), m.place(), span));
                else illegalMoves.get(p).add(new Move(l.path(), m.place(), span));
            }
            default -> {
            }
        }
    }

    private MovePaths.Lookup access(int p, Place place, AccessKind kind, Span span) {
        MovePaths.Lookup l = paths.lookup(place);
        accessed.get(p).add(new Access(l.path(), l.exact(), kind, place, span));
        // the index of `a[i]` is read too
        for (var e : place.projection()) {
            if (e instanceof dev.ferrite.mir.PlaceElem.Index ix) {
                Place idx = Place.of(ix.index());
                accessed.get(p).add(new Access(paths.lookup(idx).path(), true, AccessKind.USE, idx, span));
            }
        }
        return l;
    }

    private void write(int p, Place place, Span span) {
        MovePaths.Lookup l = paths.lookup(place);
        if (l.exact()) {
            assigned.get(p).add(l.path());
            if (paths.parent(l.path()) >= 0) partlyAssigned.get(p).add(new Access(l.path(), true, AccessKind.USE, place, span));
        } else {
            // through a reference (or an index): the prefix is used, not written
            accessed.get(p).add(new Access(l.path(), false, AccessKind.USE, place, span));
        }
        for (var e : place.projection()) {
            if (e instanceof dev.ferrite.mir.PlaceElem.Index ix) {
                Place idx = Place.of(ix.index());
                accessed.get(p).add(new Access(paths.lookup(idx).path(), true, AccessKind.USE, idx, span));
            }
        }
    }

    /** Every place a body mentions, except in the statements {@code skip} and in drops. */
    static void places(Body body, java.util.Set<Statement> skip, java.util.function.Consumer<Place> out) {
        for (BasicBlockData data : body.blocks()) {
            for (Statement s : data.statements()) {
                if (!skip.contains(s)) statementPlaces(s, out);
            }
            switch (data.terminator().kind()) {
                case TerminatorKind.SwitchInt s -> operandPlace(s.discr(), out);
                case TerminatorKind.Assert a -> operandPlace(a.cond(), out);
                case TerminatorKind.Call c -> {
                    operandPlace(c.func(), out);
                    for (Operand o : c.args()) operandPlace(o, out);
                    out.accept(c.destination());
                }
                default -> {
                }
            }
        }
    }

    private static void operandPlace(Operand o, java.util.function.Consumer<Place> out) {
        if (o instanceof Operand.Copy c) out.accept(c.place());
        else if (o instanceof Operand.Move m) out.accept(m.place());
    }

    /** Every place a statement mentions (its destination first). */
    static void statementPlaces(Statement s, java.util.function.Consumer<Place> out) {
        java.util.function.Consumer<Operand> op = o -> operandPlace(o, out);
        {
            {
                switch (s.kind()) {
                    case StatementKind.Assign a -> {
                        out.accept(a.place());
                        switch (a.rvalue()) {
                            case Rvalue.Use u -> op.accept(u.operand());
                            case Rvalue.Repeat r -> op.accept(r.operand());
                            case Rvalue.Ref r -> out.accept(r.place());
                            case Rvalue.RawPtr r -> out.accept(r.place());
                            case Rvalue.Len l -> out.accept(l.place());
                            case Rvalue.Cast c -> op.accept(c.operand());
                            case Rvalue.BinaryOp b -> {
                                op.accept(b.left());
                                op.accept(b.right());
                            }
                            case Rvalue.UnaryOp u -> op.accept(u.operand());
                            case Rvalue.Discriminant d -> out.accept(d.place());
                            case Rvalue.Aggregate ag -> ag.operands().forEach(op);
                            case Rvalue.ShallowInitBox b -> op.accept(b.operand());
                            case Rvalue.CopyForDeref c -> out.accept(c.place());
                            default -> {
                            }
                        }
                    }
                    case StatementKind.FakeRead f -> out.accept(f.place());
                    case StatementKind.SetDiscriminant d -> out.accept(d.place());
                    case StatementKind.Deinit d -> out.accept(d.place());
                    case StatementKind.PlaceMention m -> out.accept(m.place());
                    case StatementKind.CopyNonOverlapping c -> {
                        op.accept(c.src());
                        op.accept(c.dst());
                        op.accept(c.count());
                    }
                    case StatementKind.Assume a -> op.accept(a.cond());
                    default -> {
                    }
                }
            }
        }
    }

    /** The facts in Polonius's relation names, one per line (for {@code ferrite mir --borrowck-facts}). */
    String print() {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < points; p++) {
            for (int q : successors.get(p)) sb.append("cfg_edge(").append(point(p)).append(", ").append(point(q)).append(")\n");
        }
        for (int i = 0; i < paths.count(); i++) {
            if (paths.parent(i) >= 0) sb.append("child_path(mp").append(i).append(", mp").append(paths.parent(i)).append(")\n");
            else sb.append("path_is_var(mp").append(i).append(", ").append(paths.place(i)).append(")\n");
        }
        for (int p = 0; p < points; p++) {
            for (int a : assigned.get(p)) sb.append("path_assigned_at_base(mp").append(a).append(", ").append(point(p)).append(")\n");
            for (Move m : moved.get(p)) sb.append("path_moved_at_base(mp").append(m.path()).append(", ").append(point(p)).append(")\n");
            for (Access a : accessed.get(p)) {
                sb.append("path_accessed_at_base(mp").append(a.path()).append(", ").append(point(p)).append(")\n");
            }
            for (int l : storageLive.get(p)) sb.append("storage_live_at(mp").append(l).append(", ").append(point(p)).append(")\n");
        }
        return sb.toString();
    }

    /** A point as Polonius writes it: {@code Mid(bb3[1])}. */
    String point(int p) {
        int b = blockOf(p);
        return "Mid(bb" + b + "[" + (p - blockStart[b]) + "])";
    }

}
