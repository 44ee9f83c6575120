package dev.ferrite.mir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirPrinterTest {
    private static final SourceInfo SI = SourceInfo.DUMMY;
    private static final MirNames NAMES = d -> switch (d.index()) {
        case 1 -> "add";
        case 2 -> "main";
        default -> "f" + d.index();
    };

    static Statement assign(int local, Rvalue rv) {
        return Statement.assign(SI, Place.of(local), rv);
    }

    @Test
    void printsAddLikeRustc() {
        Ty pair = Ty.tuple(List.of(Ty.I32, Ty.BOOL));
        Body body = new Body(new DefId(1), List.of(
                new BasicBlockData(List.of(
                        assign(3, new Rvalue.BinaryOp(BinOp.ADD_WITH_OVERFLOW, Operand.copy(1), Operand.copy(2)))),
                        new Terminator(SI, new TerminatorKind.Assert(
                                Operand.move(Place.of(3).field(1, Ty.BOOL)), false,
                                new AssertMessage.Overflow(BinOp.ADD, Operand.copy(1), Operand.copy(2)),
                                BasicBlock.of(1), UnwindAction.CONTINUE))),
                new BasicBlockData(List.of(
                        assign(0, new Rvalue.Use(Operand.move(Place.of(3).field(0, Ty.I32))))),
                        new Terminator(SI, TerminatorKind.RETURN))),
                List.of(LocalDecl.temp(Ty.I32, Span.DUMMY),
                        new LocalDecl(Mutability.NOT, Ty.I32, SI, true),
                        new LocalDecl(Mutability.NOT, Ty.I32, SI, true),
                        LocalDecl.temp(pair, Span.DUMMY)),
                2,
                List.of(VarDebugInfo.of(Symbol.intern("a"), SI, Place.of(1)),
                        VarDebugInfo.of(Symbol.intern("b"), SI, Place.of(2))),
                Span.DUMMY);
        assertThat(new MirPrinter(NAMES).print(body)).isEqualTo("""
                fn add(_1: i32, _2: i32) -> i32 {
                    debug a => _1;
                    debug b => _2;
                    let mut _0: i32;
                    let mut _3: (i32, bool);

                    bb0: {
                        _3 = AddWithOverflow(copy _1, copy _2);
                        assert(!move (_3.1: bool), "attempt to compute `{} + {}`, which would overflow", copy _1, copy _2) -> [success: bb1, unwind continue];
                    }

                    bb1: {
                        _0 = move (_3.0: i32);
                        return;
                    }
                }
                """);
    }
}
