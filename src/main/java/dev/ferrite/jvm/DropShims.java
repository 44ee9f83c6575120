package dev.ferrite.jvm;

import dev.ferrite.hir.DefId;
import dev.ferrite.interp.Instance;
import dev.ferrite.interp.Layouts;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.BinOp;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.Local;
import dev.ferrite.mir.LocalDecl;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.SourceInfo;
import dev.ferrite.mir.SourceScopeData;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.SwitchTargets;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code drop_in_place::<T>} (rustc's drop shim) as MIR: {@code Drop::drop} of the
 * value, then a {@code Drop} of each field that needs one; for a box, its contents first; for an
 * enum, the fields of the variant it holds; for arrays and slices, a loop over the elements. The
 * code generator compiles it as any body; the {@code Drop} terminators in it call the shims of
 * the field types in turn.
 */
final class DropShims {
    private final JvmEngine e;
    private final List<LocalDecl> locals = new ArrayList<>();
    private final List<List<Statement>> stmts = new ArrayList<>();
    private final List<Terminator> terms = new ArrayList<>();
    private static final SourceInfo SI = SourceInfo.outermost(Span.DUMMY);

    private DropShims(JvmEngine e) {
        this.e = e;
    }

    static Body build(JvmEngine e, DefId dropInPlace, Ty t) {
        DropShims s = new DropShims(e);
        s.local(Ty.UNIT);
        s.local(Ty.ptr(t, Mutability.MUT));
        int start = s.block();
        int end = s.block();
        s.terms.set(end, new Terminator(SI, TerminatorKind.RETURN));
        s.glue(start, Place.of(1).deref(), t, end);
        List<BasicBlockData> blocks = new ArrayList<>();
        for (int i = 0; i < s.terms.size(); i++) blocks.add(new BasicBlockData(s.stmts.get(i), s.terms.get(i), false));
        return new Body(dropInPlace, BodyKind.SHIM, blocks, s.locals, 1, List.of(SourceScopeData.OUTERMOST), List.of(),
                Span.DUMMY, null, List.of());
    }

    private int local(Ty t) {
        locals.add(LocalDecl.temp(t, Span.DUMMY));
        return locals.size() - 1;
    }

    private int block() {
        stmts.add(new ArrayList<>());
        terms.add(null);
        return terms.size() - 1;
    }

    private void assign(int b, Place p, Rvalue rv) {
        stmts.get(b).add(new Statement(SI, new StatementKind.Assign(p, rv)));
    }

    private void term(int b, TerminatorKind k) {
        terms.set(b, new Terminator(SI, k));
    }

    /** Code in block {@code b} that drops the value at {@code place} and continues in {@code next}. */
    private void glue(int b, Place place, Ty t, int next) {
        if (!e.needsDrop(t)) {
            term(b, new TerminatorKind.Goto(BasicBlock.of(next)));
            return;
        }
        switch (t) {
            case Ty.Adt a -> adt(b, place, a, next);
            case Ty.Tuple tu -> fields(b, place, tu.elems(), next);
            case Ty.Closure c -> fields(b, place, Layouts.closureUpvars(c), next);
            case Ty.Array a -> elements(b, place, a.elem(), Operand.intConst(Layouts.arrayLen(a.len()), Ty.USIZE), next);
            case Ty.Slice s -> {
                int len = local(Ty.USIZE);
                assign(b, Place.of(len), new Rvalue.Len(place));
                elements(b, place, s.elem(), new Operand.Copy(Place.of(len)), next);
            }
            default -> term(b, new TerminatorKind.Drop(place, BasicBlock.of(next), UnwindAction.CONTINUE));
        }
    }

    private void adt(int b, Place place, Ty.Adt a, int next) {
        DefId box = e.program.langItem("owned_box");
        int cur = b;
        if (box != null && box.equals(a.def())) {
            // a box drops its contents first; its Drop impl then frees the memory
            int after = block();
            Ty contents = a.args().ty(0);
            term(cur, new TerminatorKind.Drop(place.deref(), BasicBlock.of(after), UnwindAction.CONTINUE));
            if (!e.needsDrop(contents)) term(cur, new TerminatorKind.Goto(BasicBlock.of(after)));
            cur = after;
        }
        Instance dm = e.program.dropMethod(a);
        if (dm != null) {
            int r = local(Ty.ref(Region.ERASED, a, Mutability.MUT));
            int unit = local(Ty.UNIT);
            assign(cur, Place.of(r), new Rvalue.Ref(BorrowKind.MUT, place));
            int after = block();
            term(cur, new TerminatorKind.Call(Operand.fnItem(Ty.fnDef(dm.def(), dm.args())),
                    List.of(new Operand.Move(Place.of(r))), Place.of(unit), BasicBlock.of(after), UnwindAction.CONTINUE));
            cur = after;
        }
        AdtDef def = e.program.adtDef(a.def());
        if (def.isUnion()) {
            term(cur, new TerminatorKind.Goto(BasicBlock.of(next)));
            return;
        }
        if (!def.isEnum()) {
            fields(cur, place, e.layouts.fieldTys(a, 0), next);
            return;
        }
        int discr = local(Ty.of(Layouts.discrKind(def)));
        assign(cur, Place.of(discr), new Rvalue.Discriminant(place));
        List<BigInteger> values = new ArrayList<>();
        List<BasicBlock> targets = new ArrayList<>();
        for (int v = 0; v < def.variants().size(); v++) {
            List<Ty> fts = e.layouts.fieldTys(a, v);
            if (fts.stream().noneMatch(e::needsDrop)) continue;
            int vb = block();
            values.add(def.variants().get(v).discr());
            targets.add(BasicBlock.of(vb));
            fields(vb, place.downcast(def.variants().get(v).name(), v), fts, next);
        }
        term(cur, new TerminatorKind.SwitchInt(new Operand.Move(Place.of(discr)),
                new SwitchTargets(values, targets, BasicBlock.of(next))));
    }

    private void fields(int b, Place place, List<Ty> fts, int next) {
        int cur = b;
        for (int i = 0; i < fts.size(); i++) {
            if (!e.needsDrop(fts.get(i))) continue;
            int after = block();
            glue(cur, place.field(i, fts.get(i)), fts.get(i), after);
            cur = after;
        }
        term(cur, new TerminatorKind.Goto(BasicBlock.of(next)));
    }

    /** {@code let mut i = 0; while i < len { drop(place[i]); i += 1 }} */
    private void elements(int b, Place place, Ty elem, Operand len, int next) {
        int i = local(Ty.USIZE), cond = local(Ty.BOOL);
        assign(b, Place.of(i), new Rvalue.Use(Operand.intConst(0, Ty.USIZE)));
        int head = block(), bodyB = block(), step = block();
        term(b, new TerminatorKind.Goto(BasicBlock.of(head)));
        assign(head, Place.of(cond), new Rvalue.BinaryOp(BinOp.LT, new Operand.Copy(Place.of(i)), len));
        term(head, new TerminatorKind.SwitchInt(new Operand.Move(Place.of(cond)),
                SwitchTargets.ifThenElse(BasicBlock.of(bodyB), BasicBlock.of(next))));
        glue(bodyB, place.index(Local.of(i)), elem, step);
        assign(step, Place.of(i), new Rvalue.BinaryOp(BinOp.ADD, new Operand.Copy(Place.of(i)), Operand.intConst(1, Ty.USIZE)));
        term(step, new TerminatorKind.Goto(BasicBlock.of(head)));
    }
}
