package dev.ferrite.mir;

import java.util.ArrayList;
import java.util.List;

/** The terminator of a basic block, with its source. */
public record Terminator(SourceInfo sourceInfo, TerminatorKind kind) {
    /** The blocks control can go to next (normal and unwind edges). */
    public List<BasicBlock> successors() {
        List<BasicBlock> out = new ArrayList<>();
        switch (kind) {
            case TerminatorKind.Goto g -> out.add(g.target());
            case TerminatorKind.SwitchInt s -> {
                out.addAll(s.targets().targets());
                out.add(s.targets().otherwise());
            }
            case TerminatorKind.Drop d -> {
                out.add(d.target());
                unwind(d.unwind(), out);
            }
            case TerminatorKind.Call c -> {
                if (c.target() != null) out.add(c.target());
                unwind(c.unwind(), out);
            }
            case TerminatorKind.Assert a -> {
                out.add(a.target());
                unwind(a.unwind(), out);
            }
            case TerminatorKind.FalseEdge f -> {
                out.add(f.realTarget());
                out.add(f.imaginaryTarget());
            }
            case TerminatorKind.FalseUnwind f -> {
                out.add(f.realTarget());
                unwind(f.unwind(), out);
            }
            case TerminatorKind.Return r -> {
            }
            case TerminatorKind.Unreachable u -> {
            }
            case TerminatorKind.UnwindResume u -> {
            }
            case TerminatorKind.UnwindTerminate u -> {
            }
        }
        return out;
    }

    private static void unwind(UnwindAction a, List<BasicBlock> out) {
        if (a instanceof UnwindAction.Cleanup c) out.add(c.block());
    }

    @Override
    public String toString() {
        return MirPrinter.terminatorToString(this);
    }
}
