package dev.ferrite.interp;

import static dev.ferrite.interp.BodyBuilder.c;
import static dev.ferrite.interp.BodyBuilder.copy;
import static dev.ferrite.interp.BodyBuilder.fn;
import static dev.ferrite.interp.BodyBuilder.i32;
import static dev.ferrite.interp.BodyBuilder.move;
import static dev.ferrite.interp.BodyBuilder.p;
import static dev.ferrite.interp.BodyBuilder.str;
import static dev.ferrite.interp.BodyBuilder.use;
import static dev.ferrite.interp.BodyBuilder.usize;
import static dev.ferrite.interp.TestAdts.T;
import static dev.ferrite.interp.TestAdts.v;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.AggregateKind;
import dev.ferrite.mir.AssertMessage;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BinOp;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.CastKind;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.Place;
import dev.ferrite.mir.PlaceElem;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.StatementKind;
import dev.ferrite.mir.SwitchTargets;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnOp;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.span.SourceFile;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared setup of the interpreter tests: a source file for spans, a hand-built program, running it. */
abstract class InterpTestBase {
    static final String SRC = "fn main() {\n    let x = 1;\n    let y = x + 1;\n}\n";
    final SourceMap sourceMap = new SourceMap();
    final SourceFile file = sourceMap.add("t.rs", SRC);
    final TestProgram prog = new TestProgram();
    final DefId exit = prog.intrinsic("ferrite_exit");
    final DefId write = prog.intrinsic("ferrite_write");

    record Result(int code, String out, String err) {
    }

    /** A span of {@code text} on line {@code line} (1-based) of the test source. */
    Span span(int line, String text) {
        String[] lines = SRC.split("\n", -1);
        int off = 0;
        for (int i = 0; i < line - 1; i++) off += lines[i].length() + 1;
        int col = lines[line - 1].indexOf(text);
        return new Span(file.startPos() + off + col, file.startPos() + off + col + text.length());
    }

    Result run(DefId main) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Interpreter(prog, sourceMap).run(Instance.mono(main), new PrintStream(out, true),
                new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** bb: ferrite_exit(operand) */
    void exitWith(BodyBuilder b, int bb, Operand code) {
        int tmp = b.local(Ty.NEVER);
        b.term(bb, new TerminatorKind.Call(fn(exit), List.of(code), p(tmp), null, UnwindAction.CONTINUE));
    }

    static Ty ref(Ty t) {
        return Ty.ref(Region.ERASED, t, Mutability.NOT);
    }

    static Ty mutRef(Ty t) {
        return Ty.ref(Region.ERASED, t, Mutability.MUT);
    }

    static Ty tup(Ty... ts) {
        return Ty.tuple(List.of(ts));
    }

}
