package dev.ferrite.mir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Structural checks of a body (a small part of rustc's MIR validator), for the MIR builder's
 * tests and debugging: blocks and locals referred to exist, every block has a terminator, switch
 * values are distinct, unwind edges lead to cleanup blocks and normal edges do not.
 */
public final class MirValidator {
    private final Body body;
    private final List<String> problems = new ArrayList<>();

    private MirValidator(Body body) {
        this.body = body;
    }

    /** The problems found, empty if the body is well-formed. */
    public static List<String> validate(Body body) {
        MirValidator v = new MirValidator(body);
        v.run();
        return v.problems;
    }

    private void run() {
        for (int i = 0; i < body.blocks().size(); i++) {
            BasicBlockData bb = body.blocks().get(i);
            String where = "bb" + i;
            for (int s = 0; s < bb.statements().size(); s++) statement(where + "[" + s + "]", bb.statements().get(s));
            if (bb.terminator() == null) {
                problems.add(where + ": no terminator");
                continue;
            }
            terminator(where, bb, bb.terminator());
        }
        for (VarDebugInfo v : body.varDebugInfo()) {
            if (v.value() instanceof VarDebugInfo.PlaceContents p) place("debug " + v.name().text(), p.place());
            if (v.sourceInfo().scope() >= body.sourceScopes().size()) problems.add("debug " + v.name().text() + ": no scope " + v.sourceInfo().scope());
        }
        for (int i = 0; i < body.locals().size(); i++) {
            int sc = body.locals().get(i).sourceInfo().scope();
            if (sc >= body.sourceScopes().size()) problems.add("_" + i + ": no scope " + sc);
        }
    }

    private void local(String where, Local l) {
        if (l.index() >= body.locals().size()) problems.add(where + ": no local " + l);
    }

    private void place(String where, Place p) {
        local(where, p.local());
        for (PlaceElem e : p.projection()) if (e instanceof PlaceElem.Index ix) local(where, ix.index());
    }

    private void operand(String where, Operand o) {
        if (o.place() != null) place(where, o.place());
    }

    private void statement(String where, Statement s) {
        switch (s.kind()) {
            case StatementKind.Assign a -> {
                place(where, a.place());
                rvalue(where, a.rvalue());
            }
            case StatementKind.StorageLive l -> local(where, l.local());
            case StatementKind.StorageDead l -> local(where, l.local());
            case StatementKind.SetDiscriminant d -> place(where, d.place());
            case StatementKind.Deinit d -> place(where, d.place());
            case StatementKind.FakeRead f -> place(where, f.place());
            case StatementKind.PlaceMention p -> place(where, p.place());
            case StatementKind.CopyNonOverlapping c -> {
                operand(where, c.src());
                operand(where, c.dst());
                operand(where, c.count());
            }
            case StatementKind.Assume a -> operand(where, a.cond());
            case StatementKind.Nop n -> {
            }
        }
    }

    private void rvalue(String where, Rvalue rv) {
        switch (rv) {
            case Rvalue.Use u -> operand(where, u.operand());
            case Rvalue.Repeat r -> operand(where, r.operand());
            case Rvalue.Ref r -> place(where, r.place());
            case Rvalue.ThreadLocalRef t -> {
            }
            case Rvalue.RawPtr r -> place(where, r.place());
            case Rvalue.Len l -> place(where, l.place());
            case Rvalue.Cast c -> operand(where, c.operand());
            case Rvalue.BinaryOp b -> {
                operand(where, b.left());
                operand(where, b.right());
            }
            case Rvalue.NullaryOp n -> {
            }
            case Rvalue.UnaryOp u -> operand(where, u.operand());
            case Rvalue.Discriminant d -> place(where, d.place());
            case Rvalue.Aggregate a -> a.operands().forEach(o -> operand(where, o));
            case Rvalue.ShallowInitBox s -> operand(where, s.operand());
            case Rvalue.CopyForDeref c -> place(where, c.place());
        }
    }

    private void target(String where, BasicBlockData from, BasicBlock bb, boolean unwindEdge) {
        if (bb.index() >= body.blocks().size()) {
            problems.add(where + ": no block " + bb);
            return;
        }
        boolean cleanup = body.blocks().get(bb.index()).isCleanup();
        if (unwindEdge && !cleanup) problems.add(where + ": unwind edge to non-cleanup block " + bb);
        if (!unwindEdge && cleanup && !from.isCleanup()) problems.add(where + ": normal edge into cleanup block " + bb);
    }

    private void unwind(String where, BasicBlockData from, UnwindAction a) {
        if (a instanceof UnwindAction.Cleanup c) {
            if (from.isCleanup()) problems.add(where + ": cleanup block with an unwind edge");
            target(where, from, c.block(), true);
        }
    }

    private void terminator(String where, BasicBlockData bb, Terminator t) {
        switch (t.kind()) {
            case TerminatorKind.Goto g -> target(where, bb, g.target(), false);
            case TerminatorKind.SwitchInt s -> {
                operand(where, s.discr());
                Set<BigInteger> seen = new HashSet<>();
                for (BigInteger v : s.targets().values()) if (!seen.add(v)) problems.add(where + ": duplicate switch value " + v);
                for (BasicBlock b : s.targets().targets()) target(where, bb, b, false);
                target(where, bb, s.targets().otherwise(), false);
            }
            case TerminatorKind.Drop d -> {
                place(where, d.place());
                target(where, bb, d.target(), false);
                unwind(where, bb, d.unwind());
            }
            case TerminatorKind.Call c -> {
                operand(where, c.func());
                c.args().forEach(o -> operand(where, o));
                place(where, c.destination());
                if (c.target() != null) target(where, bb, c.target(), false);
                unwind(where, bb, c.unwind());
            }
            case TerminatorKind.Assert a -> {
                operand(where, a.cond());
                target(where, bb, a.target(), false);
                unwind(where, bb, a.unwind());
            }
            case TerminatorKind.FalseEdge f -> {
                target(where, bb, f.realTarget(), false);
                target(where, bb, f.imaginaryTarget(), false);
            }
            case TerminatorKind.FalseUnwind f -> {
                target(where, bb, f.realTarget(), false);
                unwind(where, bb, f.unwind());
            }
            case TerminatorKind.UnwindResume u -> {
                if (!bb.isCleanup()) problems.add(where + ": resume outside a cleanup block");
            }
            default -> {
            }
        }
    }
}
