package dev.ferrite.borrowck;

import dev.ferrite.diagnostics.Applicability;
import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.Local;
import dev.ferrite.mir.LocalDecl;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.VarDebugInfo;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.typeck.InferCtxt;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyPrinter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The borrow checker of one body (rustc's {@code mir_borrowck}), on the MIR the backends run.
 * So far it checks moves and initialisation (E0382, E0381), assignments to immutable variables
 * (E0384) and mutability of what is borrowed mutably or assigned (E0596, E0594). Errors are
 * reported on user variables only: the compiler's own temporaries are its business.
 */
public final class Borrowck {
    private final Tcx tcx;
    private final Function<DefId, InferCtxt> inferCtxts;
    private final SourceMap sourceMap;
    private final java.util.function.Function<DefId, Body> mir;
    private final boolean disjointCaptures;
    private final Map<List<Object>, List<PlaceElem>> capturedFieldsMemo = new HashMap<>();

    /**
     * {@code inferCtxts} gives an inference context in the where-clauses of a body's owner (for
     * {@code Copy} and {@code Clone}); the source map gives the text that suggestions edit.
     */
    public Borrowck(Tcx tcx, Function<DefId, InferCtxt> inferCtxts, SourceMap sourceMap, Function<DefId, Body> mir,
                    boolean disjointCaptures) {
        this.tcx = tcx;
        this.inferCtxts = inferCtxts;
        this.sourceMap = sourceMap;
        this.mir = mir;
        this.disjointCaptures = disjointCaptures;
    }

    /**
     * The fields of captured variable {@code i} that the closure uses, if it uses nothing of the
     * variable but fields (edition 2021's disjoint captures); else null. The closure's MIR reaches
     * the variable as field {@code i} of its environment {@code _1} (or of {@code *_1}).
     */
    private List<PlaceElem> capturedFields(DefId closure, int i) {
        if (!disjointCaptures) return null;
        return capturedFieldsMemo.computeIfAbsent(List.of(closure, i), k -> {
            Body b = mir.apply(closure);
            if (b == null) return null;
            // a closure that owns its captures moves each out of its environment into a local
            // of its own first (`_4 = move (_1.0: Queue)`): that local stands for the variable
            Set<Local> aliases = new HashSet<>();
            Set<Statement> unpacking = new HashSet<>();
            for (var data : b.blocks()) {
                for (Statement st : data.statements()) {
                    if (st.kind() instanceof StatementKind.Assign a && a.place().isLocal()
                            && a.rvalue() instanceof Rvalue.Use u && u.operand() instanceof dev.ferrite.mir.Operand.Move m
                            && envField(m.place(), i) == m.place().projection().size()) {
                        aliases.add(a.place().local());
                        unpacking.add(st);
                    }
                }
            }
            java.util.LinkedHashSet<PlaceElem> fields = new java.util.LinkedHashSet<>();
            boolean[] whole = {false};
            Facts.places(b, unpacking, pl -> {
                List<PlaceElem> proj = pl.projection();
                int at = aliases.contains(pl.local()) ? 0 : envField(pl, i);
                if (at < 0) return;
                if (proj.size() > at && proj.get(at) instanceof PlaceElem.Field next) fields.add(next);
                else whole[0] = true;
            });
            return whole[0] || fields.isEmpty() ? null : List.copyOf(fields);
        });
    }

    /** The facts of a body as Polonius would read them. */
    public String facts(Body body) {
        MovePaths paths = new MovePaths(body, tcx);
        return new Facts(body, paths, copyTest(body), this::isDropElaboration, this::capturedFields,
                pl -> placeTy(body, pl) instanceof Ty.Ref).print();
    }

    /** Checks one body, reporting its errors. */
    public void check(Body body) {
        new BodyCheck(body).run();
    }

    /** How many projections reach captured variable {@code i} in a closure's place ({@code _1.i} or {@code (*_1).i}), or -1. */
    private static int envField(Place pl, int i) {
        if (pl.local().index() != 1) return -1;
        List<PlaceElem> proj = pl.projection();
        int at = !proj.isEmpty() && proj.getFirst() instanceof PlaceElem.Deref ? 1 : 0;
        if (proj.size() <= at || !(proj.get(at) instanceof PlaceElem.Field f) || f.index() != i) return -1;
        return at + 1;
    }

    private boolean isDropElaboration(dev.ferrite.mir.TerminatorKind.Call c) {
        return c.func() instanceof dev.ferrite.mir.Operand.Constant k && k.ty() instanceof Ty.FnDef fd
                && fd.def().equals(tcx.langItem("box_free"));
    }

    /** Whether {@code ty} implements the lang-item trait {@code trait} in the where-clauses of the body's owner. */
    private boolean implementsTrait(Body body, String trait, Ty ty) {
        DefId t = tcx.langItem(trait);
        if (t == null || ty == null) return false;
        try {
            return inferCtxts.apply(body.owner()).holds(new TraitRef(t, GenericArgs.of(TyFolder.eraseRegions(ty))));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private java.util.function.Predicate<Place> copyTest(Body body) {
        DefId copy = tcx.langItem("copy");
        Map<Ty, Boolean> memo = new HashMap<>();
        InferCtxt[] infcx = new InferCtxt[1];
        return place -> {
            Ty t = placeTy(body, place);
            if (t == null || copy == null) return false;
            return memo.computeIfAbsent(t, ty -> {
                if (ty instanceof Ty.Ref r) return r.mutbl() == Mutability.NOT;
                if (infcx[0] == null) infcx[0] = inferCtxts.apply(body.owner());
                try {
                    return infcx[0].holds(new TraitRef(copy, GenericArgs.of(TyFolder.eraseRegions(ty))));
                } catch (RuntimeException e) {
                    return false;
                }
            });
        };
    }

    Ty placeTy(Body body, Place p) {
        return p.ty(body.local(p.local()).ty(), tcx::boxedTy);
    }

    private final class BodyCheck {
        final Body body;
        final MovePaths paths;
        final Facts facts;
        final int n;
        /** Per point, the state on entry: maybe-uninitialised paths, then maybe-initialised, then ever-initialised. */
        final BitSet[] in;
        final BitSet[] subtrees;
        final Map<Local, VarDebugInfo> names = new HashMap<>();
        final Set<Object> reported = new HashSet<>();
        /** rustc buffers a body's borrowck errors and reports them in the order of their spans. */
        final List<Diagnostic> buffered = new ArrayList<>();

        BodyCheck(Body body) {
            this.body = body;
            paths = new MovePaths(body, tcx);
            facts = new Facts(body, paths, copyTest(body), Borrowck.this::isDropElaboration,
                    Borrowck.this::capturedFields, pl -> placeTy(body, pl) instanceof Ty.Ref);
            n = paths.count();
            subtrees = new BitSet[n];
            for (int i = 0; i < n; i++) subtrees[i] = paths.subtree(i);
            in = new BitSet[facts.points];
            for (VarDebugInfo v : body.varDebugInfo()) {
                if (v.value() instanceof VarDebugInfo.PlaceContents pc && pc.place().isLocal()) names.putIfAbsent(pc.place().local(), v);
            }
        }

        void run() {
            if (facts.points == 0) return;
            solve();
            for (int p = 0; p < facts.points; p++) {
                if (in[p] == null || facts.cleanup[p]) continue;
                checkPoint(p);
            }
            checkMutability();
            buffered.sort(java.util.Comparator.comparingInt(d -> d.primarySpan() == null ? 0 : d.primarySpan().lo()));
            for (Diagnostic d : buffered) tcx.diag.emit(d);
        }

        void emit(Diagnostic d) {
            buffered.add(d);
        }

        // ---- the dataflow: Polonius's path_maybe_(un)initialized_on_exit, and ever-initialised ----

        void solve() {
            BitSet entry = new BitSet(3 * n);
            for (int i = 0; i < n; i++) entry.set(i);
            for (Local a : body.args()) {
                BitSet sub = subtrees[paths.root(a)];
                for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
                    entry.clear(i);
                    entry.set(n + i);
                    entry.set(2 * n + i);
                }
            }
            in[0] = entry;
            ArrayDeque<Integer> work = new ArrayDeque<>();
            boolean[] queued = new boolean[facts.points];
            work.add(0);
            queued[0] = true;
            while (!work.isEmpty()) {
                int p = work.poll();
                queued[p] = false;
                BitSet out = transfer(p, in[p]);
                for (int q : facts.successors.get(p)) {
                    if (in[q] == null) {
                        in[q] = (BitSet) out.clone();
                    } else {
                        BitSet before = (BitSet) in[q].clone();
                        in[q].or(out);
                        if (before.equals(in[q])) continue;
                    }
                    if (!queued[q]) {
                        queued[q] = true;
                        work.add(q);
                    }
                }
            }
        }

        BitSet transfer(int p, BitSet state) {
            BitSet out = (BitSet) state.clone();
            for (Facts.Move m : facts.moved.get(p)) uninit(out, subtrees[m.path()]);
            for (int a : facts.assigned.get(p)) {
                BitSet sub = subtrees[a];
                for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
                    out.clear(i);
                    out.set(n + i);
                    out.set(2 * n + i);
                }
            }
            for (int l : facts.storageLive.get(p)) {
                BitSet sub = subtrees[l];
                uninit(out, sub);
                for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) out.clear(2 * n + i);
            }
            return out;
        }

        void uninit(BitSet out, BitSet sub) {
            for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
                out.set(i);
                out.clear(n + i);
            }
        }

        boolean maybeInit(BitSet s, int path) {
            return s.get(n + path);
        }

        boolean everInit(BitSet s, int path) {
            return s.get(2 * n + path);
        }

        // ---- errors ----

        boolean userVariable(Local l) {
            LocalDecl d = body.local(l);
            return d.userVariable() && names.containsKey(l);
        }

        void checkPoint(int p) {
            BitSet state = in[p];
            // a use needs the path, the paths above and below it; a write to a part, those above
            checkInitialised(p, state, facts.accessed.get(p), false);
            checkInitialised(p, state, facts.partlyAssigned.get(p), true);
            for (Facts.Move m : facts.illegalMoves.get(p)) illegalMove(m);
            for (Facts.Move m : facts.moved.get(p)) moveOutOfDrop(m);
            for (int a : facts.assigned.get(p)) {
                Place pl = paths.place(a);
                if (!pl.isLocal() || !userVariable(pl.local()) || body.local(pl.local()).mutability() == Mutability.MUT) continue;
                if (everInit(state, a)) assignTwice(p, pl.local());
            }
        }

        void checkInitialised(int p, BitSet state, List<Facts.Access> accesses, boolean partialAssign) {
            for (Facts.Access a : accesses) {
                if (!userVariable(a.place().local())) continue;
                BitSet need = partialAssign ? paths.ancestors(a.path()) : paths.related(a.path());
                BitSet bad = (BitSet) need.clone();
                bad.and(state.get(0, n));
                if (!bad.isEmpty()) useOfUninit(p, a, need, bad, partialAssign);
            }
        }

        /** E0507 (out of a reference, a pointer or an overloaded index) and E0508 (out of an array or slice by index). */
        void illegalMove(Facts.Move m) {
            Place place = m.place();
            List<PlaceElem> proj = place.projection();
            boolean closure = tcx.kind(body.owner()) == DefKind.CLOSURE;
            if (closure && place.local().index() == 1) return; // captured variables: rustc's own wording, not yet
            if (!reported.add(List.of("illegal", m.span()))) return;
            Ty ty = placeTy(body, place);
            String tyName = ty == null ? "?" : new TyPrinter(tcx).print(TyFolder.eraseRegions(ty));
            // the innermost projection that takes the place out of its move path decides the error
            for (int i = proj.size() - 1; i >= 0; i--) {
                PlaceElem e = proj.get(i);
                Place base = new Place(place.local(), proj.subList(0, i));
                Ty bt = placeTy(body, base);
                if (e instanceof PlaceElem.Deref && bt instanceof Ty.Adt a && tcx.boxedTy(a) != null) continue;
                if (e instanceof PlaceElem.Deref) {
                    Ty indexed = indexedBy(base.local());
                    Diagnostic d;
                    Span mention = m.into() != null && names.containsKey(m.into()) ? mentionOf(place, i + 1) : null;
                    if (mention != null) {
                        // a binding of a pattern moves out of the matched place: rustc points at
                        // the scrutinee and says where the data went
                        String behind = bt instanceof Ty.Ref r && r.mutbl() == Mutability.MUT ? "a mutable reference" : "a shared reference";
                        String what = i + 1 < proj.size() && proj.get(i + 1) instanceof PlaceElem.Downcast dc
                                ? "`" + describe(base) + "` as enum variant `" + dc.name().text() + "`" : "`" + describe(place) + "`";
                        d = Diagnostic.error("cannot move out of " + what + " which is behind " + behind).code("E0507")
                                .primary(mention, "")
                                .secondary(m.span(), "data moved here")
                                .secondary(m.span(), "move occurs because `" + describe(Place.of(m.into())) + "` has type `" + tyName
                                        + "`, which does not implement the `Copy` trait");
                        String text = sourceMap.snippet(mention);
                        if (text != null && text.startsWith("*")) {
                            d.suggest("consider removing the dereference here", new Span(mention.lo(), mention.lo() + 1, mention.ctxt()),
                                    "", Applicability.MACHINE_APPLICABLE);
                        }
                        emit(d);
                        return;
                    }
                    if (indexed != null && base.isLocal()) {
                        d = Diagnostic.error("cannot move out of index of `" + new TyPrinter(tcx).print(TyFolder.eraseRegions(indexed)) + "`")
                                .code("E0507").primary(m.span(), "move occurs because value has type `" + tyName
                                        + "`, which does not implement the `Copy` trait");
                    } else {
                        String behind = bt instanceof Ty.Ref r ? (r.mutbl() == Mutability.MUT ? "a mutable reference" : "a shared reference")
                                : "a raw pointer";
                        if (!userVariable(place.local())) return;
                        d = Diagnostic.error("cannot move out of `" + describe(place) + "` which is behind " + behind).code("E0507")
                                .primary(m.span(), "move occurs because `" + describe(place) + "` has type `" + tyName
                                        + "`, which does not implement the `Copy` trait");
                    }
                    suggestBorrowOrClone(d, m, ty);
                    emit(d);
                    return;
                }
                if (e instanceof PlaceElem.Index || e instanceof PlaceElem.ConstantIndex && bt instanceof Ty.Slice) {
                    String kind = bt instanceof Ty.Slice ? "a non-copy slice" : "a non-copy array";
                    String btName = bt == null ? "?" : new TyPrinter(tcx).print(TyFolder.eraseRegions(bt));
                    cannotMoveOutOf("cannot move out of type `" + btName + "`, " + kind, "E0508", m, ty);
                    return;
                }
            }
        }

        /** E0508 and E0509: "cannot move out of here", and why the value would move. */
        void cannotMoveOutOf(String title, String code, Facts.Move m, Ty ty) {
            String tyName = ty == null ? "?" : new TyPrinter(tcx).print(TyFolder.eraseRegions(ty));
            Diagnostic d = Diagnostic.error(title).code(code)
                    .primary(m.span(), "cannot move out of here")
                    .primary(m.span(), "move occurs because `" + describe(m.place()) + "` has type `" + tyName
                            + "`, which does not implement the `Copy` trait");
            suggestBorrowOrClone(d, m, ty);
            emit(d);
        }

        /** E0509: a move out of a field of a value whose type implements `Drop`. */
        void moveOutOfDrop(Facts.Move m) {
            Place place = m.place();
            List<PlaceElem> proj = place.projection();
            for (int i = 0; i < proj.size(); i++) {
                if (!(proj.get(i) instanceof PlaceElem.Field)) continue;
                Ty bt = placeTy(body, new Place(place.local(), proj.subList(0, i)));
                if (!(bt instanceof Ty.Adt a) || tcx.boxedTy(a) != null || !implementsTrait(body, "drop", bt)) continue;
                if (!userVariable(place.local()) || !reported.add(List.of("illegal", m.span()))) return;
                cannotMoveOutOf("cannot move out of type `" + new TyPrinter(tcx).print(TyFolder.eraseRegions(bt))
                        + "`, which implements the `Drop` trait", "E0509", m, placeTy(body, place));
                return;
            }
        }

        /** The span of a `PlaceMention` (a match's scrutinee) of a prefix of {@code place} at least {@code len} long. */
        Span mentionOf(Place place, int len) {
            for (var data : body.blocks()) {
                for (Statement st : data.statements()) {
                    if (st.kind() instanceof StatementKind.PlaceMention pm && pm.place().projection().size() >= len
                            && isPrefixOrSelfPlace(pm.place(), place)) {
                        return st.sourceInfo().span();
                    }
                }
            }
            return null;
        }

        /** The type a local holds a reference into when it was written by an overloaded index call, else null. */
        Ty indexedBy(Local l) {
            for (var data : body.blocks()) {
                if (data.terminator().kind() instanceof dev.ferrite.mir.TerminatorKind.Call c && c.destination().equals(Place.of(l))
                        && c.func() instanceof dev.ferrite.mir.Operand.Constant k && k.ty() instanceof Ty.FnDef fd
                        && (fd.def().equals(tcx.assocItem(tcx.langItem("index"), dev.ferrite.span.Symbol.intern("index"), DefKind.Ns.VALUE))
                        || fd.def().equals(tcx.assocItem(tcx.langItem("index_mut"), dev.ferrite.span.Symbol.intern("index_mut"), DefKind.Ns.VALUE)))
                        && !fd.args().list().isEmpty() && fd.args().list().getFirst() instanceof Ty t) {
                    return t;
                }
            }
            return null;
        }

        /** rustc's "consider borrowing here" (for a `let` initialiser) and "consider cloning". */
        void suggestBorrowOrClone(Diagnostic d, Facts.Move m, Ty ty) {
            String text = sourceMap.snippet(m.span());
            if (text == null) return;
            boolean letInit = m.into() != null && names.containsKey(m.into());
            if (text.startsWith("*")) {
                if (!letInit) return;
                d.suggest("consider removing the dereference here", new Span(m.span().lo(), m.span().lo() + 1, m.span().ctxt()), "",
                        Applicability.MACHINE_APPLICABLE);
                if (implementsTrait(body, "clone", ty)) {
                    d.suggest("consider cloning the value if the performance cost is acceptable", m.span(),
                            text.substring(1) + ".clone()", Applicability.MACHINE_APPLICABLE);
                }
                return;
            }
            if (letInit) {
                d.suggest("consider borrowing here", m.span().shrinkToLo(), "&", Applicability.MACHINE_APPLICABLE);
            }
            if (implementsTrait(body, "clone", ty)) {
                d.suggest("consider cloning the value if the performance cost is acceptable", m.span().shrinkToHi(), ".clone()",
                        Applicability.MACHINE_APPLICABLE);
            }
        }

        /** E0382 when a move reaches the use, else E0381. */
        void useOfUninit(int p, Facts.Access a, BitSet related, BitSet bad, boolean partialAssign) {
            List<Found> moves = movesReaching(p, related);
            Local local = a.place().local();
            reported.add(List.of("init", a.span()));
            if (moves.isEmpty()) {
                if (!reported.add(List.of("E0381", local))) return;
                reportUninit(p, a, partialAssign, bad);
                return;
            }
            Set<Integer> key = new HashSet<>();
            for (Found f : moves) key.add(f.point);
            if (!reported.add(List.of("E0382", local, key))) return;
            reportMoved(p, a, moves, partialAssign);
        }

        record Found(int point, Facts.Move move, boolean loop) {
        }

        /** The moves of a related path that reach point {@code p}, walking back until an assignment. */
        List<Found> movesReaching(int p, BitSet related) {
            List<Found> out = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            ArrayDeque<long[]> work = new ArrayDeque<>();
            // the state is (point, crossed a back edge); start with p's predecessors
            for (int q : facts.predecessors.get(p)) work.add(new long[]{q, q >= p ? 1 : 0});
            Set<Integer> found = new LinkedHashSet<>();
            while (!work.isEmpty()) {
                long[] w = work.poll();
                int q = (int) w[0];
                if (in[q] == null || facts.cleanup[q]) continue;
                if (!seen.add(w[0] * 2 + w[1])) continue;
                boolean hit = false;
                for (Facts.Move m : facts.moved.get(q)) {
                    if (related.get(m.path()) && found.add(q)) {
                        out.add(new Found(q, m, w[1] != 0));
                        hit = true;
                    } else if (related.get(m.path())) {
                        hit = true;
                    }
                }
                if (hit) continue;
                boolean killed = false;
                for (int asg : facts.assigned.get(q)) {
                    if (related.get(asg) && isPrefixOrSelf(asg, related)) killed = true;
                }
                if (killed) continue;
                for (int r : facts.predecessors.get(q)) work.add(new long[]{r, (w[1] != 0 || r >= q) ? 1 : 0});
            }
            out.sort(java.util.Comparator.comparingInt(f -> f.move.span().lo()));
            return out;
        }

        /** Whether assigning {@code path} re-initialises all of what {@code related} needs (it is at or above the used path). */
        boolean isPrefixOrSelf(int path, BitSet related) {
            // related = the used path, its ancestors and its descendants; an assignment of the used
            // path or an ancestor covers it, an assignment of a descendant only part of it
            for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
                if (!subtrees[path].get(i) && !paths.ancestors(path).get(i)) return false;
            }
            return true;
        }

        void reportMoved(int p, Facts.Access a, List<Found> moves, boolean partialAssign) {
            Place used = a.exact() ? a.place() : paths.place(a.path());
            Facts.Move first = moves.getFirst().move();
            boolean partial = moves.stream().anyMatch(f -> partlyBelow(f.move().place(), used));
            boolean borrow = a.kind() == Facts.AccessKind.BORROW || a.kind() == Facts.AccessKind.MUT_BORROW;
            String what = partial ? "partially moved value" : "moved value";
            String verb = partialAssign ? "assign to part of " : borrow ? "borrow of " : "use of ";
            Place shown = partialAssign ? first.place() : used;
            Diagnostic d = Diagnostic.error(verb + what + ": `" + describe(shown) + "`").code("E0382");
            boolean sameSpot = moves.size() == 1 && moves.getFirst().point() == p && first.span().equals(a.span());
            if (sameSpot) {
                d.primary(a.span(), "value moved here, in previous iteration of loop");
            } else {
                String after = partial ? "partial move" : "move";
                d.primary(a.span(), partialAssign ? "value partially assigned here after " + after
                        : (borrow ? "value borrowed here after " : "value used here after ") + after);
                for (Found f : moves) {
                    String moved = partial ? "value partially moved here" : "value moved here";
                    Facts.Move fm = f.move();
                    if (isLocalReceiverMove(fm)) {
                        d.secondary(fm.call().fnSpan(), "`" + describe(fm.place()) + "` moved due to this method call"
                                + (f.loop() ? ", in previous iteration of loop" : ""));
                        continue;
                    }
                    d.secondary(fm.span(), f.loop() ? moved + ", in previous iteration of loop" : moved);
                }
            }
            Place moved = first.place();
            Ty ty = placeTy(body, moved);
            String tyName = ty == null ? "?" : new TyPrinter(tcx).print(TyFolder.eraseRegions(ty));
            // a place inside an enum variant is just "value" to rustc
            boolean throughVariant = moved.projection().stream().anyMatch(e -> e instanceof PlaceElem.Downcast);
            String because = (partial ? "partial move" : "move") + " occurs because "
                    + (throughVariant ? "value" : "`" + describe(moved) + "`") + " has type `"
                    + tyName + "`, which does not implement the `Copy` trait";
            if (moved.isLocal() && names.containsKey(moved.local())) {
                d.secondary(body.local(moved.local()).sourceInfo().span(), because);
            } else {
                d.note(because);
            }
            for (Found f : moves) loopLabel(d, f, a.span());
            if (moved.isLocal()) suggestForMove(d, first, ty);
            if (throughVariant && first.into() != null && names.containsKey(first.into())) {
                Span binding = body.local(first.into()).sourceInfo().span();
                d.suggest("borrow this binding in the pattern to avoid moving the value", binding.shrinkToLo(), "ref ",
                        Applicability.MACHINE_APPLICABLE);
            }
            emit(d);
        }

        /**
         * rustc's "inside of this loop" on the header of the innermost loop around a move that
         * reaches the use through a later iteration. A loop's back edge (a `goto` to an earlier
         * block) carries the loop's span; its header is the text before the body's `{`.
         */
        void loopLabel(Diagnostic d, Found f, Span use) {
            if (!f.loop()) return;
            Span best = null;
            for (int b = 0; b < body.blocks().size(); b++) {
                var t = body.blocks().get(b).terminator();
                if (!(t.kind() instanceof dev.ferrite.mir.TerminatorKind.Goto g) || g.target().index() > b) continue;
                Span loop = t.sourceInfo().span();
                if (loop.isDummy() || !loop.contains(f.move().span()) || !loop.contains(use)) continue;
                if (best == null || best.contains(loop)) best = loop;
            }
            if (best == null || !reported.add(List.of("loop", best, d))) return;
            String text = sourceMap.snippet(best);
            if (text == null) return;
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[') depth++;
                else if (c == ')' || c == ']') depth--;
                else if (c == '{' && depth == 0) {
                    String head = text.substring(0, i).stripTrailing();
                    d.secondary(new Span(best.lo(), best.lo() + byteOffset(text, head.length()), best.ctxt()), "inside of this loop");
                    return;
                }
            }
        }

        /** A move of a method's `self` receiver, the method being this crate's. */
        boolean isLocalReceiverMove(Facts.Move m) {
            return m.arg() == 0 && m.call() != null && m.call().func() instanceof dev.ferrite.mir.Operand.Constant k
                    && k.ty() instanceof Ty.FnDef fd && tcx.item(fd.def()) instanceof dev.ferrite.hir.Item.Fn f
                    && f.decl().hasSelf() && tcx.defs.get(fd.def()).krate().equals(tcx.defs.get(body.owner()).krate())
                    && m.call().fnSpan() != null && !m.call().fnSpan().isDummy();
        }

        /** Whether {@code moved} lies below {@code used} through a field, variant or element (not just a box). */
        boolean partlyBelow(Place moved, Place used) {
            if (!isPrefixOrSelfPlace(used, moved)) return false;
            for (PlaceElem e : moved.projection().subList(used.projection().size(), moved.projection().size())) {
                if (!(e instanceof PlaceElem.Deref)) return true;
            }
            return false;
        }

        /**
         * rustc's suggestions after a move of a whole variable: the parameter of a function of this
         * crate that took it by value, and cloning (or, for a type of this crate that is not
         * {@code Clone}, implementing {@code Clone}).
         */
        void suggestForMove(Diagnostic d, Facts.Move m, Ty ty) {
            if (m.call() != null && m.call().func() instanceof dev.ferrite.mir.Operand.Constant k && k.ty() instanceof Ty.FnDef fd
                    && tcx.item(fd.def()) instanceof dev.ferrite.hir.Item.Fn f && tcx.defs.span(fd.def()) != null) {
                boolean local = tcx.defs.get(fd.def()).krate().equals(tcx.defs.get(body.owner()).krate());
                boolean method = tcx.kind(fd.def()) == DefKind.ASSOC_FN;
                int param = m.arg();
                if (m.arg() == 0 && f.decl().hasSelf()) {
                    // a method taking `self`: rustc points at the call and at the method's `self`
                    if (!local || f.decl().params().isEmpty()) return;
                    var receiverNote = new dev.ferrite.diagnostics.SubDiagnostic(dev.ferrite.diagnostics.Level.NOTE,
                            "`" + ownerPath(fd.def()) + "` takes ownership of the receiver `self`, which moves `"
                                    + describe(m.place()) + "`",
                            List.of(new dev.ferrite.diagnostics.Label(f.decl().params().getFirst().span(), "", true)));
                    d.child(receiverNote);
                    return;
                }
                if (local && param < f.decl().params().size() && f.decl().params().get(param).ty() != null) {
                    Span tySpan = f.decl().params().get(param).ty().span();
                    Span name = nameSpan(f);
                    String kind = method ? "method" : "function";
                    List<dev.ferrite.diagnostics.Label> labels = new ArrayList<>();
                    labels.add(new dev.ferrite.diagnostics.Label(tySpan, "this parameter takes ownership of the value", true));
                    if (name != null) labels.add(new dev.ferrite.diagnostics.Label(name, "in this " + kind, false));
                    d.child(new dev.ferrite.diagnostics.SubDiagnostic(dev.ferrite.diagnostics.Level.NOTE,
                            "consider changing this parameter type in " + kind + " `" + f.name().text()
                                    + "` to borrow instead if owning the value isn't necessary", labels));
                }
            }
            if (implementsTrait(body, "clone", ty)) {
                d.suggest("consider cloning the value if the performance cost is acceptable", m.span().shrinkToHi(), ".clone()",
                        Applicability.MACHINE_APPLICABLE);
            } else if (ty instanceof Ty.Adt adt && !tcx.defs.get(adt.def()).krate().equals(tcx.defs.get(body.owner()).krate())) {
                return;
            } else if (ty instanceof Ty.Adt adt && tcx.item(adt.def()) != null) {
                Span head = itemHead(adt.def());
                if (head == null) return;
                d.child(new dev.ferrite.diagnostics.SubDiagnostic(dev.ferrite.diagnostics.Level.NOTE,
                        "if `" + new TyPrinter(tcx).print(TyFolder.eraseRegions(ty)) + "` implemented `Clone`, you could clone the value",
                        List.of(new dev.ferrite.diagnostics.Label(head, "consider implementing `Clone` for this type", true),
                                new dev.ferrite.diagnostics.Label(m.span(), "you could clone this value", false))));
            }
        }

        /** `Type::method` for a method of an impl, `function` for a free function. */
        String ownerPath(DefId fn) {
            DefId parent = tcx.parent(fn);
            if (parent != null && tcx.kind(parent) == DefKind.IMPL) {
                Ty self = tcx.typeOf(parent);
                String shown = self instanceof Ty.Adt a ? tcx.name(a.def()).text() : new TyPrinter(tcx).print(self);
                return shown + "::" + tcx.name(fn).text();
            }
            return tcx.name(fn).text();
        }

        /** The span of a function's name, found in its text after `fn`. */
        Span nameSpan(dev.ferrite.hir.Item.Fn f) {
            String text = sourceMap.snippet(f.span());
            if (text == null) return null;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bfn\\s+(" + java.util.regex.Pattern.quote(f.name().text()) + ")\\b")
                    .matcher(text);
            if (!m.find()) return null;
            return new Span(f.span().lo() + byteOffset(text, m.start(1)), f.span().lo() + byteOffset(text, m.end(1)), f.span().ctxt());
        }

        /** `struct P` / `enum E` / `union U`: the head of an ADT's item, as rustc underlines it. */
        Span itemHead(DefId adt) {
            Span item = tcx.defs.span(adt);
            String text = item == null ? null : sourceMap.snippet(item);
            if (text == null) return null;
            String name = tcx.name(adt).text();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(struct|enum|union)\\s+" + java.util.regex.Pattern.quote(name) + "\\b")
                    .matcher(text);
            if (!m.find()) return null;
            return new Span(item.lo() + byteOffset(text, m.start()), item.lo() + byteOffset(text, m.end()), item.ctxt());
        }

        int byteOffset(String text, int charIndex) {
            return text.substring(0, charIndex).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }

        boolean isPrefixOrSelfPlace(Place prefix, Place p) {
            if (!prefix.local().equals(p.local()) || prefix.projection().size() > p.projection().size()) return false;
            return p.projection().subList(0, prefix.projection().size()).equals(prefix.projection());
        }

        void reportUninit(int p, Facts.Access a, boolean partialAssign, BitSet bad) {
            Local l = a.place().local();
            String name = describe(Place.of(l));
            boolean possibly = false;
            for (int i = bad.nextSetBit(0); i >= 0; i = bad.nextSetBit(i + 1)) possibly |= maybeInit(in[p], i);
            Span decl = body.local(l).sourceInfo().span();
            Diagnostic d;
            if (partialAssign) {
                d = Diagnostic.error("partially assigned binding `" + name + "` isn't fully initialized").code("E0381")
                        .primary(a.span(), "`" + name + "` partially assigned here but it isn't fully initialized");
                d.secondary(decl, "binding declared here but left uninitialized");
                d.help("partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use `std::mem::MaybeUninit`");
            } else {
                String state = possibly ? "is possibly-uninitialized" : "isn't initialized";
                d = Diagnostic.error("used binding `" + name + "` " + state).code("E0381")
                        .secondary(decl, "binding declared here but left uninitialized")
                        .primary(a.span(), "`" + describe(a.exact() ? a.place() : paths.place(a.path())) + "` used here but it " + state);
                if (!possibly) suggestValue(d, decl, body.local(l).ty());
            }
            emit(d);
        }

        /** rustc's "consider assigning a value": ` = 42` at the end of `let x: i32;`. */
        void suggestValue(Diagnostic d, Span decl, Ty ty) {
            String value = defaultValue(ty);
            if (value == null) value = "/* value */";
            var file = sourceMap.fileAt(decl.lo());
            if (file == null) return;
            byte[] src = file.bytes();
            int i = decl.hi() - file.startPos();
            int depth = 0;
            for (; i < src.length; i++) {
                byte c = src[i];
                if (c == '(' || c == '[' || c == '<' || c == '{') depth++;
                else if (c == ')' || c == ']' || c == '>' || c == '}') depth--;
                else if (c == ';' && depth == 0) break;
                else if (c == '=' && depth == 0) return; // not a `let` without initialiser
                if (depth < 0) return;
            }
            if (i >= src.length) return;
            int end = i;
            while (end > 0 && (src[end - 1] == ' ' || src[end - 1] == '\t')) end--;
            int pos = file.startPos() + end;
            d.suggest("consider assigning a value", new Span(pos, pos, decl.ctxt()), " = " + value, Applicability.MAYBE_INCORRECT);
        }

        /** rustc's {@code ty_kind_suggestion}: a value of the type to write in a suggestion, or null. */
        String defaultValue(Ty ty) {
            return switch (ty) {
                case Ty.Bool b -> "false";
                case Ty.Int i -> "42";
                case Ty.Float f -> "3.14";
                case Ty.Char c -> "'x'";
                case Ty.Ref r when r.pointee() instanceof Ty.Str -> "\"\"";
                case Ty.Tuple t when t.elems().isEmpty() -> "()";
                case Ty.Tuple t -> {
                    List<String> parts = new ArrayList<>();
                    for (Ty e : t.elems()) {
                        String v = defaultValue(e);
                        if (v == null) yield null;
                        parts.add(v);
                    }
                    yield "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
                }
                case Ty.Adt a -> {
                    String path = tcx.defPath(a.def());
                    if (path.endsWith("vec::Vec")) yield "vec![]";
                    if (path.endsWith("option::Option")) yield "None";
                    if (tcx.boxedTy(a) != null) {
                        String inner = defaultValue(tcx.boxedTy(a));
                        yield inner == null ? null : "Box::new(" + inner + ")";
                    }
                    yield implementsTrait(body, "default_trait", a) ? "Default::default()" : null;
                }

                default -> null;
            };
        }

        void assignTwice(int p, Local l) {
            if (!reported.add(List.of("E0384", l, p))) return;
            Span at = spanOf(p);
            String name = describe(Place.of(l));
            Span decl = body.local(l).sourceInfo().span();
            boolean param = l.index() <= body.argCount();
            Diagnostic d = Diagnostic.error(param ? "cannot assign to immutable argument `" + name + "`"
                    : "cannot assign twice to immutable variable `" + name + "`").code("E0384");
            if (!param) {
                Span first = firstAssignment(p, l);
                if (first != null && !first.equals(at)) d.secondary(first, "first assignment to `" + name + "`");
            }
            d.primary(at, param ? "cannot assign to immutable argument" : "cannot assign twice to immutable variable");
            d.suggest("consider making this binding mutable", new Span(decl.lo(), decl.lo(), decl.ctxt()), "mut ",
                    Applicability.MACHINE_APPLICABLE);
            emit(d);
        }

        /** The binding's span if it was initialised where it was declared, else the earlier assignment. */
        Span firstAssignment(int p, Local l) {
            Span decl = body.local(l).sourceInfo().span();
            int root = paths.root(l);
            Set<Integer> seen = new HashSet<>();
            ArrayDeque<Integer> work = new ArrayDeque<>(facts.predecessors.get(p));
            Span best = null;
            while (!work.isEmpty()) {
                int q = work.poll();
                if (!seen.add(q) || in[q] == null) continue;
                if (facts.assigned.get(q).contains(root)) {
                    Span s = spanOf(q);
                    if (initialisedInLet(decl, s)) return decl;
                    if (best == null || s.lo() < best.lo()) best = s;
                    continue;
                }
                if (facts.storageLive.get(q).contains(root)) continue;
                work.addAll(facts.predecessors.get(q));
            }
            return best == null ? decl : best;
        }

        /** Whether an assignment at {@code s} is the initialiser of the `let` that declares the binding at {@code decl}. */
        boolean initialisedInLet(Span decl, Span s) {
            if (s.contains(decl) || decl.contains(s) || s.lo() < decl.hi()) return true;
            String between = sourceMap.snippet(new Span(decl.hi(), s.lo(), decl.ctxt()));
            return between != null && between.matches("(?s)\\s*(:[^;=]*)?=\\s*");
        }

        Span spanOf(int p) {
            int b = facts.blockOf(p);
            var data = body.blocks().get(b);
            int i = p - facts.blockStart[b];
            return i < data.statements().size() ? data.statements().get(i).sourceInfo().span() : data.terminator().sourceInfo().span();
        }

        // ---- mutability ----

        void checkMutability() {
            boolean closure = tcx.kind(body.owner()) == DefKind.CLOSURE;
            for (int b = 0; b < body.blocks().size(); b++) {
                var data = body.blocks().get(b);
                if (data.isCleanup()) continue;
                for (Statement s : data.statements()) {
                    if (!(s.kind() instanceof StatementKind.Assign a)) continue;
                    if (a.rvalue() instanceof Rvalue.Ref r && r.kind().isMut() && r.kind() != BorrowKind.MUT_CLOSURE_CAPTURE) {
                        notMutable(r.place(), s.sourceInfo().span(), true, closure);
                    }
                    if (!a.place().isLocal()) notMutable(a.place(), s.sourceInfo().span(), false, closure);
                }
            }
        }

        void notMutable(Place place, Span span, boolean borrow, boolean closure) {
            List<PlaceElem> proj = place.projection();
            for (int i = proj.size() - 1; i >= 0; i--) {
                if (!(proj.get(i) instanceof PlaceElem.Deref)) continue;
                Place base = new Place(place.local(), proj.subList(0, i));
                Ty bt = placeTy(body, base);
                if (bt instanceof Ty.Ref r) {
                    if (r.mutbl() == Mutability.MUT) return;
                    if (closure && base.local().index() == 1) return;
                    if (!userVariable(base.local())) return;
                    behindSharedRef(place, base, span, borrow);
                    return;
                }
                if (bt instanceof Ty.RawPtr) return; // `*const` writes are rejected by type checking's unsafety rules
            }
            Local l = place.local();
            if (body.local(l).mutability() == Mutability.MUT || !userVariable(l)) return;
            if (!borrow && place.isLocal()) return; // E0384's business
            if (!reported.add(List.of("mut", l, span)) || reported.contains(List.of("init", span))) return;
            String desc = describe(place);
            String name = describe(Place.of(l));
            Diagnostic d;
            if (borrow) {
                d = Diagnostic.error("cannot borrow `" + desc + "` as mutable, as " + (place.isLocal() ? "it" : "`" + name + "`")
                        + " is not declared as mutable").code("E0596").primary(span, "cannot borrow as mutable");
            } else {
                d = Diagnostic.error("cannot assign to `" + desc + "`, as `" + name + "` is not declared as mutable").code("E0594")
                        .primary(span, "cannot assign");
            }
            Span decl = body.local(l).sourceInfo().span();
            d.suggest("consider changing this to be mutable", new Span(decl.lo(), decl.lo(), decl.ctxt()), "mut ",
                    Applicability.MACHINE_APPLICABLE);
            emit(d);
        }

        void behindSharedRef(Place place, Place refPlace, Span span, boolean borrow) {
            if (!reported.add(List.of("ref", place, span))) return;
            String desc = describe(place);
            String refName = describe(refPlace);
            Diagnostic d = borrow
                    ? Diagnostic.error("cannot borrow `" + desc + "` as mutable, as it is behind a `&` reference").code("E0596")
                    .primary(span, "`" + refName + "` is a `&` reference, so it cannot be borrowed as mutable")
                    : Diagnostic.error("cannot assign to `" + desc + "`, which is behind a `&` reference").code("E0594")
                    .primary(span, "`" + refName + "` is a `&` reference, so it cannot be written to");
            if (refPlace.isLocal()) {
                Span amp = sharedRefSource(refPlace.local());
                if (amp != null) {
                    d.suggest("consider changing this to be a mutable reference", new Span(amp.lo() + 1, amp.lo() + 1, amp.ctxt()),
                            "mut ", Applicability.MACHINE_APPLICABLE);
                }
            }
            emit(d);
        }

        /**
         * Where a `&` reference held by a variable was written: its parameter's type, or the `&v`
         * it was initialised with (the span starts at the `&`); null if neither.
         */
        Span sharedRefSource(Local l) {
            if (l.index() >= 1 && l.index() <= body.argCount() && tcx.item(body.owner()) instanceof dev.ferrite.hir.Item.Fn f
                    && l.index() - 1 < f.decl().params().size() && f.decl().params().get(l.index() - 1).ty() != null) {
                Span t = f.decl().params().get(l.index() - 1).ty().span();
                String text = sourceMap.snippet(t);
                return text != null && text.startsWith("&") && !text.startsWith("&mut") ? t : null;
            }
            Span found = null;
            for (var data : body.blocks()) {
                for (Statement s : data.statements()) {
                    if (s.kind() instanceof StatementKind.Assign a && a.place().equals(Place.of(l))) {
                        if (found != null) return null;
                        found = s.sourceInfo().span();
                    }
                }
            }
            String text = found == null ? null : sourceMap.snippet(found);
            return text != null && text.startsWith("&") && !text.startsWith("&mut") ? found : null;
        }

        // ---- describing places as rustc does: `x`, `x.f`, `*r`, `r.f`, `x[_]` ----

        String describe(Place p) {
            StringBuilder sb = new StringBuilder();
            VarDebugInfo v = names.get(p.local());
            sb.append(v != null ? v.name().text() : "_" + p.local().index());
            Ty t = body.local(p.local()).ty();
            List<PlaceElem> proj = p.projection();
            int variant = 0;
            for (int i = 0; i < proj.size(); i++) {
                PlaceElem e = proj.get(i);
                switch (e) {
                    case PlaceElem.Deref d -> {
                        boolean last = i == proj.size() - 1 || !(proj.get(i + 1) instanceof PlaceElem.Field
                                || proj.get(i + 1) instanceof PlaceElem.Downcast || proj.get(i + 1) instanceof PlaceElem.Index
                                || proj.get(i + 1) instanceof PlaceElem.ConstantIndex);
                        if (last) sb.insert(0, "*");
                    }
                    case PlaceElem.Field f -> sb.append('.').append(fieldName(t, variant, f.index()));
                    case PlaceElem.Index ix -> sb.append("[_]");
                    case PlaceElem.ConstantIndex ci -> sb.append("[").append(ci.fromEnd() ? "-" : "").append(ci.offset()).append("]");
                    case PlaceElem.Subslice s -> sb.append("[").append(s.from()).append("..").append(s.fromEnd() ? "-" : "").append(s.to()).append("]");
                    case PlaceElem.Downcast d -> variant = d.variant();
                    case PlaceElem.OpaqueCast oc -> {
                    }
                }
                if (!(e instanceof PlaceElem.Downcast)) variant = 0;
                if (e instanceof PlaceElem.Downcast) continue;
                t = placeTy(body, new Place(p.local(), proj.subList(0, i + 1)));
                if (t == null) break;
            }
            return sb.toString();
        }

        String fieldName(Ty t, int variant, int index) {
            if (t instanceof Ty.Adt a) {
                AdtDef def = tcx.adtDef(a.def());
                if (def != null && variant < def.variants().size()) {
                    var fields = def.variants().get(variant).fields();
                    if (index < fields.size()) return fields.get(index).name().text();
                }
            }
            return Integer.toString(index);
        }
    }
}
