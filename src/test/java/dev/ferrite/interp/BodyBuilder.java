package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.ConstValue;
import dev.ferrite.mir.LocalDecl;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.SourceInfo;
import dev.ferrite.mir.SourceScopeData;
import dev.ferrite.mir.Statement;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.Terminator;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.span.Span;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds small MIR bodies by hand for tests. Statements get the span set by {@link #at}. */
public final class BodyBuilder {
    public final DefId def;
    public final List<LocalDecl> locals = new ArrayList<>();
    public final int argCount;
    private final Map<Integer, List<Statement>> stmts = new TreeMap<>();
    private final Map<Integer, Terminator> terms = new TreeMap<>();
    private Span span = Span.DUMMY;

    public BodyBuilder(DefId def, Ty ret, Ty... args) {
        this.def = def;
        locals.add(LocalDecl.temp(ret, Span.DUMMY));
        for (Ty a : args) locals.add(LocalDecl.temp(a, Span.DUMMY));
        this.argCount = args.length;
    }

    public int local(Ty ty) {
        locals.add(LocalDecl.temp(ty, Span.DUMMY));
        return locals.size() - 1;
    }

    public BodyBuilder at(Span s) {
        span = s;
        return this;
    }

    private SourceInfo si() {
        return SourceInfo.outermost(span);
    }

    public BodyBuilder stmt(int bb, StatementKind k) {
        stmts.computeIfAbsent(bb, x -> new ArrayList<>()).add(new Statement(si(), k));
        return this;
    }

    public BodyBuilder assign(int bb, Place p, Rvalue rv) {
        return stmt(bb, new StatementKind.Assign(p, rv));
    }

    public BodyBuilder assign(int bb, int local, Rvalue rv) {
        return assign(bb, Place.of(local), rv);
    }

    public BodyBuilder term(int bb, TerminatorKind k) {
        terms.put(bb, new Terminator(si(), k));
        return this;
    }

    public BodyBuilder ret(int bb) {
        return term(bb, TerminatorKind.RETURN);
    }

    public BodyBuilder gotoBb(int bb, int target) {
        return term(bb, new TerminatorKind.Goto(BasicBlock.of(target)));
    }

    public Body build() {
        return build(BodyKind.FN);
    }

    public Body build(BodyKind kind) {
        int n = Math.max(stmts.isEmpty() ? 0 : ((TreeMap<Integer, ?>) stmts).lastKey(), ((TreeMap<Integer, ?>) terms).lastKey()) + 1;
        List<BasicBlockData> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Terminator t = terms.get(i);
            if (t == null) throw new IllegalStateException("bb" + i + " has no terminator");
            blocks.add(new BasicBlockData(stmts.getOrDefault(i, List.of()), t));
        }
        return new Body(def, kind, blocks, locals, argCount, List.of(SourceScopeData.OUTERMOST), List.of(), Span.DUMMY, null,
                List.of());
    }

    // ---------------------------------------------------------------- shorthands

    public static Operand i32(long v) {
        return Operand.intConst(v, Ty.I32);
    }

    public static Operand usize(long v) {
        return Operand.intConst(v, Ty.USIZE);
    }

    public static Operand c(long v, Ty ty) {
        return Operand.intConst(v, ty);
    }

    public static Operand c(BigInteger v, Ty ty) {
        return Operand.intConst(v, ty);
    }

    public static Operand f64(double d) {
        return new Operand.Constant(ConstValue.Scalar.of(Double.doubleToRawLongBits(d), 8), Ty.F64);
    }

    public static Operand copy(int l) {
        return Operand.copy(l);
    }

    public static Operand copy(Place p) {
        return Operand.copy(p);
    }

    public static Operand move(int l) {
        return Operand.move(l);
    }

    public static Rvalue use(Operand o) {
        return new Rvalue.Use(o);
    }

    public static Place p(int l) {
        return Place.of(l);
    }

    public static Operand fn(DefId def, Ty... args) {
        return Operand.fnItem(Ty.fnDef(def, GenericArgs.of(args)));
    }

    public static Operand str(String s) {
        return new Operand.Constant(new ConstValue.Slice(dev.ferrite.mir.Allocation.ofString(s)),
                Ty.ref(dev.ferrite.types.Region.STATIC, Ty.STR, dev.ferrite.types.Mutability.NOT));
    }
}
