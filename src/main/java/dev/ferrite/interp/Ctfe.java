package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.MirSource;
import dev.ferrite.span.SourceMap;
import dev.ferrite.traits.Solver;
import dev.ferrite.types.Tcx;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Compile-time evaluation for the type system (rustc's {@code const_eval} query): a constant the
 * simple evaluator of {@link dev.ferrite.types.ConstEval} cannot fold, such as
 * {@code 16 * size_of::<u64>()}, is built to MIR and run by the interpreter. Installed into the
 * {@link Tcx} by the driver. Only constants without generic parameters are evaluated; the others,
 * and any whose evaluation fails, stay unevaluated.
 */
public final class Ctfe implements Function<DefId, BigInteger> {
    private final Tcx tcx;
    private final TcxProgram program;
    private final SourceMap sourceMap;
    private Interpreter interpreter;

    public Ctfe(Tcx tcx, MirSource mir, Solver solver, SourceMap sourceMap) {
        this.tcx = tcx;
        this.program = new TcxProgram(tcx, mir, solver);
        this.sourceMap = sourceMap;
    }

    @Override
    public synchronized BigInteger apply(DefId def) {
        if (!tcx.allParams(def).isEmpty()) return null;
        try {
            if (interpreter == null) interpreter = new Interpreter(program, sourceMap);
            return interpreter.evalConstInt(Instance.mono(def));
        } catch (RuntimeException e) {
            return null; // a cycle, or a body that does not type-check: the constant stays unevaluated
        }
    }
}
