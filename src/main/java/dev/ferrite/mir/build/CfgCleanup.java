package dev.ferrite.mir.build;

import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.SwitchTargets;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnwindAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drops the blocks that cannot be reached from {@code bb0} (left behind by code after
 * {@code return}, {@code break} and the like) and numbers the rest in order of first reach, as
 * rustc's {@code SimplifyCfg} leaves MIR.
 */
final class CfgCleanup {
    private CfgCleanup() {
    }

    static List<BasicBlockData> reachable(List<BasicBlockData> blocks) {
        int[] newIndex = new int[blocks.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<Integer> order = new ArrayList<>();
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        // depth-first preorder, successors in order, like a reverse-postorder-ish numbering
        while (!work.isEmpty()) {
            int b = work.pop();
            if (newIndex[b] >= 0) continue;
            newIndex[b] = order.size();
            order.add(b);
            List<BasicBlock> succ = blocks.get(b).terminator().successors();
            for (int i = succ.size() - 1; i >= 0; i--) {
                if (newIndex[succ.get(i).index()] < 0) work.push(succ.get(i).index());
            }
        }
        List<BasicBlockData> out = new ArrayList<>();
        for (int b : order) {
            BasicBlockData d = blocks.get(b);
            out.add(new BasicBlockData(d.statements(), renumber(d.terminator(), newIndex), d.isCleanup()));
        }
        return out;
    }

    private static BasicBlock bb(BasicBlock b, int[] map) {
        return b == null ? null : BasicBlock.of(map[b.index()]);
    }

    private static UnwindAction unwind(UnwindAction a, int[] map) {
        return a instanceof UnwindAction.Cleanup c ? new UnwindAction.Cleanup(bb(c.block(), map)) : a;
    }

    private static Terminator renumber(Terminator t, int[] m) {
        TerminatorKind k = switch (t.kind()) {
            case TerminatorKind.Goto g -> new TerminatorKind.Goto(bb(g.target(), m));
            case TerminatorKind.SwitchInt s -> new TerminatorKind.SwitchInt(s.discr(), new SwitchTargets(s.targets().values(),
                    s.targets().targets().stream().map(b -> bb(b, m)).toList(), bb(s.targets().otherwise(), m)));
            case TerminatorKind.Drop d -> new TerminatorKind.Drop(d.place(), bb(d.target(), m), unwind(d.unwind(), m), d.replace());
            case TerminatorKind.Call c -> new TerminatorKind.Call(c.func(), c.args(), c.destination(), bb(c.target(), m),
                    unwind(c.unwind(), m), c.fromHirCall(), c.fnSpan(), c.argSpans());
            case TerminatorKind.Assert a -> new TerminatorKind.Assert(a.cond(), a.expected(), a.msg(), bb(a.target(), m),
                    unwind(a.unwind(), m));
            case TerminatorKind.FalseEdge f -> new TerminatorKind.FalseEdge(bb(f.realTarget(), m), bb(f.imaginaryTarget(), m));
            case TerminatorKind.FalseUnwind f -> new TerminatorKind.FalseUnwind(bb(f.realTarget(), m), unwind(f.unwind(), m));
            default -> t.kind();
        };
        return new Terminator(t.sourceInfo(), k);
    }
}
