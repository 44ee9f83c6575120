package dev.ferrite.jvm;

import static dev.ferrite.interp.BodyBuilder.c;
import static dev.ferrite.interp.BodyBuilder.copy;
import static dev.ferrite.interp.BodyBuilder.fn;
import static dev.ferrite.interp.BodyBuilder.i32;
import static dev.ferrite.interp.BodyBuilder.move;
import static dev.ferrite.interp.BodyBuilder.p;
import static dev.ferrite.interp.BodyBuilder.use;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrite.hir.DefId;
import dev.ferrite.interp.BodyBuilder;
import dev.ferrite.interp.Instance;
import dev.ferrite.interp.TestAdts;
import dev.ferrite.interp.TestProgram;
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
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The code generator, one MIR construct at a time: bodies built by hand, compiled, called. */
class FnCompilerTest {
    final TestProgram prog = new TestProgram();
    final JvmEngine engine = new JvmEngine(prog, null);
    final long stack = Rt.newStack();

    /** {@code #[lang = "panic"] fn panic(msg: &'static str) -> ! { ferrite_begin_panic(7 as *mut u8) }} */
    FnCompilerTest() {
        DefId begin = prog.intrinsic("ferrite_begin_panic");
        DefId panic = prog.add("panic", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.NEVER, Ty.ref(Region.STATIC, Ty.STR, Mutability.NOT));
            int r = b.local(Ty.NEVER);
            b.term(0, new TerminatorKind.Call(fn(begin), List.of(c(7, Ty.USIZE)), p(r), null, UnwindAction.CONTINUE));
            return b.build();
        });
        prog.langItems.put("panic", panic);
    }

    @AfterEach
    void freeStack() {
        Rt.freeStack(stack);
    }

    MethodHandle compiled(DefId def) {
        return engine.handle(Instance.mono(def));
    }

    @Test
    void arithmeticWithOverflowChecksAndBranches() throws Throwable {
        // fn f(a: i32, b: i32) -> i32 { if a < b { a + b } else { a * b - 1 } }, with checked arithmetic
        Ty pair = Ty.tuple(List.of(Ty.I32, Ty.BOOL));
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I32, Ty.I32, Ty.I32);
            int lt = b.local(Ty.BOOL), t = b.local(pair), m = b.local(pair);
            b.assign(0, lt, new Rvalue.BinaryOp(BinOp.LT, copy(1), copy(2)))
                    .term(0, new TerminatorKind.SwitchInt(move(lt), SwitchTargets.ifThenElse(BasicBlock.of(1), BasicBlock.of(2))));
            b.assign(1, t, new Rvalue.BinaryOp(BinOp.ADD_WITH_OVERFLOW, copy(1), copy(2)))
                    .term(1, new TerminatorKind.Assert(copy(p(t).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.ADD, copy(1), copy(2)), BasicBlock.of(3), UnwindAction.CONTINUE));
            b.assign(3, 0, use(copy(p(t).field(0, Ty.I32)))).ret(3);
            b.assign(2, m, new Rvalue.BinaryOp(BinOp.MUL_WITH_OVERFLOW, copy(1), copy(2)))
                    .term(2, new TerminatorKind.Assert(copy(p(m).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.MUL, copy(1), copy(2)), BasicBlock.of(4), UnwindAction.CONTINUE));
            b.assign(4, 0, new Rvalue.BinaryOp(BinOp.SUB, copy(p(m).field(0, Ty.I32)), i32(1))).ret(4);
            return b.build();
        });
        MethodHandle h = compiled(f);
        assertThat((int) h.invokeExact(stack, 2, 5)).isEqualTo(7);
        assertThat((int) h.invokeExact(stack, 6, 5)).isEqualTo(29);
        assertThat((int) h.invokeExact(stack, -7, -8)).isEqualTo(55);
        assertThatThrownBy(() -> {
            int unused = (int) h.invokeExact(stack, 1 << 20, 1 << 12);
        }).isInstanceOf(Rt.RustPanic.class);
    }

    @Test
    void recursiveCallsLinkThroughInvokedynamic() throws Throwable {
        // fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } } (wrapping, no asserts)
        DefId[] self = new DefId[1];
        DefId fib = prog.add("fib", d -> {
            self[0] = d;
            BodyBuilder b = new BodyBuilder(d, Ty.U64, Ty.U64);
            int lt = b.local(Ty.BOOL), a = b.local(Ty.U64), x = b.local(Ty.U64), y = b.local(Ty.U64);
            b.assign(0, lt, new Rvalue.BinaryOp(BinOp.LT, copy(1), c(2, Ty.U64)))
                    .term(0, new TerminatorKind.SwitchInt(move(lt), SwitchTargets.ifThenElse(BasicBlock.of(1), BasicBlock.of(2))));
            b.assign(1, 0, use(copy(1))).ret(1);
            b.assign(2, a, new Rvalue.BinaryOp(BinOp.SUB, copy(1), c(1, Ty.U64)))
                    .term(2, new TerminatorKind.Call(fn(d), List.of(move(a)), p(x), BasicBlock.of(3), UnwindAction.CONTINUE));
            b.assign(3, a, new Rvalue.BinaryOp(BinOp.SUB, copy(1), c(2, Ty.U64)))
                    .term(3, new TerminatorKind.Call(fn(d), List.of(move(a)), p(y), BasicBlock.of(4), UnwindAction.CONTINUE));
            b.assign(4, 0, new Rvalue.BinaryOp(BinOp.ADD, move(x), move(y))).ret(4);
            return b.build();
        });
        assertThat((long) compiled(fib).invokeExact(stack, 20L)).isEqualTo(6765L);
    }

    @Test
    void smallIntegersWrapAndCompareInTheirOwnWidth() throws Throwable {
        // fn f(a: u8, b: i8) -> bool { (a + 200) as i8 < b.wrapping_neg() }
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.BOOL, Ty.U8, Ty.I8);
            int s = b.local(Ty.U8), t = b.local(Ty.I8), n = b.local(Ty.I8);
            b.assign(0, s, new Rvalue.BinaryOp(BinOp.ADD, copy(1), c(200, Ty.U8)))
                    .assign(0, t, new Rvalue.Cast(CastKind.INT_TO_INT, move(s), Ty.I8))
                    .assign(0, n, new Rvalue.UnaryOp(UnOp.NEG, copy(2)))
                    .assign(0, 0, new Rvalue.BinaryOp(BinOp.LT, move(t), move(n))).ret(0);
            return b.build();
        });
        MethodHandle h = compiled(f);
        // 100 + 200 = 44 (u8), as i8 44; -(-50) = 50: 44 < 50
        assertThat((boolean) (((int) h.invokeExact(stack, 100, -50)) == 1)).isTrue();
        // 60 + 200 = 4; -(-128) wraps to -128: 4 < -128 is false
        assertThat((int) h.invokeExact(stack, 60, -128)).isZero();
    }

    @Test
    void memoryLocalsBorrowedThroughReferences() throws Throwable {
        // fn f(x: i64) -> i64 { let mut s = (x, 3i32); let r = &mut s; (*r).0 += 1; g(&s.1) as i64 * s.0 }
        // fn g(p: &i32) -> i32 { *p * 2 }
        DefId g = prog.add("g", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I32, Ty.ref(Region.ERASED, Ty.I32, Mutability.NOT));
            b.assign(0, 0, new Rvalue.BinaryOp(BinOp.MUL, copy(p(1).deref()), i32(2))).ret(0);
            return b.build();
        });
        Ty st = Ty.tuple(List.of(Ty.I64, Ty.I32));
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I64, Ty.I64);
            int s = b.local(st), r = b.local(Ty.ref(Region.ERASED, st, Mutability.MUT));
            int q = b.local(Ty.ref(Region.ERASED, Ty.I32, Mutability.NOT)), gv = b.local(Ty.I32), w = b.local(Ty.I64);
            b.assign(0, s, new Rvalue.Aggregate(new AggregateKind.Tuple(), List.of(copy(1), i32(3))))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.MUT, p(s)))
                    .assign(0, p(r).deref().field(0, Ty.I64), new Rvalue.BinaryOp(BinOp.ADD,
                            copy(p(r).deref().field(0, Ty.I64)), c(1, Ty.I64)))
                    .assign(0, q, new Rvalue.Ref(BorrowKind.SHARED, p(s).field(1, Ty.I32)))
                    .term(0, new TerminatorKind.Call(fn(g), List.of(move(q)), p(gv), BasicBlock.of(1), UnwindAction.CONTINUE));
            b.assign(1, w, new Rvalue.Cast(CastKind.INT_TO_INT, move(gv), Ty.I64))
                    .assign(1, 0, new Rvalue.BinaryOp(BinOp.MUL, move(w), copy(p(s).field(0, Ty.I64)))).ret(1);
            return b.build();
        });
        assertThat((long) compiled(f).invokeExact(stack, 9L)).isEqualTo(60L);
    }

    @Test
    void aggregatesPassedAndReturnedInMemory() throws Throwable {
        // fn swap(p: (i32, i64)) -> (i64, i32) { (p.1, p.0) }; fn f() -> i64 { let r = swap((7, 40)); r.0 + r.1 as i64 }
        Ty in = Ty.tuple(List.of(Ty.I32, Ty.I64)), out = Ty.tuple(List.of(Ty.I64, Ty.I32));
        DefId swap = prog.add("swap", d -> {
            BodyBuilder b = new BodyBuilder(d, out, in);
            b.assign(0, 0, new Rvalue.Aggregate(new AggregateKind.Tuple(), List.of(copy(p(1).field(1, Ty.I64)),
                    copy(p(1).field(0, Ty.I32))))).ret(0);
            return b.build();
        });
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I64);
            int a = b.local(in), r = b.local(out), w = b.local(Ty.I64);
            b.assign(0, a, new Rvalue.Aggregate(new AggregateKind.Tuple(), List.of(i32(7), c(40, Ty.I64))))
                    .term(0, new TerminatorKind.Call(fn(swap), List.of(copy(a)), p(r), BasicBlock.of(1), UnwindAction.CONTINUE));
            b.assign(1, w, new Rvalue.Cast(CastKind.INT_TO_INT, copy(p(r).field(1, Ty.I32)), Ty.I64))
                    .assign(1, 0, new Rvalue.BinaryOp(BinOp.ADD, copy(p(r).field(0, Ty.I64)), move(w))).ret(1);
            return b.build();
        });
        assertThat((long) compiled(f).invokeExact(stack)).isEqualTo(47L);
    }

    @Test
    void enumsByTagAndByNiche() throws Throwable {
        // enum E { A(u8), B, C(i64) }: a direct tag; Option<&i32>-like niche: enum O { None, Some(&i32) }
        AdtDef e = prog.adts.enumDef("E", TestAdts.v("A", Ty.U8), TestAdts.v("B"), TestAdts.v("C", Ty.I64));
        Ty et = Ty.adt(e.def(), GenericArgs.EMPTY);
        DefId f = prog.add("f", d -> {
            // fn f(k: i64) -> i64 { let e = if k == 0 { B } else { C(k) }; match e { B => -1, C(x) => x, _ => 0 } }
            BodyBuilder b = new BodyBuilder(d, Ty.I64, Ty.I64);
            int v = b.local(et), dk = b.local(Ty.ISIZE), z = b.local(Ty.BOOL);
            b.assign(0, z, new Rvalue.BinaryOp(BinOp.EQ, copy(1), c(0, Ty.I64)))
                    .term(0, new TerminatorKind.SwitchInt(move(z), SwitchTargets.ifThenElse(BasicBlock.of(1), BasicBlock.of(2))));
            b.assign(1, v, new Rvalue.Aggregate(new AggregateKind.Adt(e.def(), 1, GenericArgs.EMPTY), List.of())).gotoBb(1, 3);
            b.assign(2, v, new Rvalue.Aggregate(new AggregateKind.Adt(e.def(), 2, GenericArgs.EMPTY), List.of(copy(1)))).gotoBb(2, 3);
            b.assign(3, dk, new Rvalue.Discriminant(p(v)))
                    .term(3, new TerminatorKind.SwitchInt(move(dk), new SwitchTargets(
                            List.of(BigInteger.ONE, BigInteger.TWO), List.of(BasicBlock.of(4), BasicBlock.of(5)), BasicBlock.of(6))));
            b.assign(4, 0, use(c(-1, Ty.I64))).ret(4);
            b.assign(5, 0, use(copy(p(v).downcast(dev.ferrite.span.Symbol.intern("C"), 2).field(0, Ty.I64)))).ret(5);
            b.assign(6, 0, use(c(0, Ty.I64))).ret(6);
            return b.build();
        });
        MethodHandle h = compiled(f);
        assertThat((long) h.invokeExact(stack, 0L)).isEqualTo(-1L);
        assertThat((long) h.invokeExact(stack, 41L)).isEqualTo(41L);
    }

    @Test
    void bodiesSplitIntoSeveralMethodsRunAsWhole() throws Throwable {
        // what a body too large for one method becomes: here every block a method of its own
        engine.splitEverything = true;
        engine.chunkStatements = 1;
        recursiveCallsLinkThroughInvokedynamic();
        arithmeticWithOverflowChecksAndBranches();
        panicsUnwindThroughCleanupBlocks();
        aggregatesPassedAndReturnedInMemory();
    }

    @Test
    void panicsUnwindThroughCleanupBlocks() throws Throwable {
        // fn f(flag: *mut i32, x: i32) -> i32 { x + 1 }, whose overflow's cleanup block writes 99 to *flag
        Ty pair = Ty.tuple(List.of(Ty.I32, Ty.BOOL));
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I32, Ty.ptr(Ty.I32, Mutability.MUT), Ty.I32);
            int t = b.local(pair);
            b.assign(0, t, new Rvalue.BinaryOp(BinOp.ADD_WITH_OVERFLOW, copy(2), i32(1)))
                    .term(0, new TerminatorKind.Assert(copy(p(t).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.ADD, copy(2), i32(1)), BasicBlock.of(1),
                            new UnwindAction.Cleanup(BasicBlock.of(2))));
            b.assign(1, 0, use(copy(p(t).field(0, Ty.I32)))).ret(1);
            b.assign(2, p(1).deref(), use(i32(99))).term(2, TerminatorKind.UNWIND_RESUME);
            return b.build();
        });
        MethodHandle h = compiled(f);
        long flag = Mem.allocZeroed(4, 4);
        assertThat((int) h.invokeExact(stack, flag, 41)).isEqualTo(42);
        assertThat(Mem.i32(flag)).isZero();
        assertThatThrownBy(() -> {
            int unused = (int) h.invokeExact(stack, flag, Integer.MAX_VALUE);
        }).isInstanceOfSatisfying(Rt.RustPanic.class, p -> assertThat(p.payload).isEqualTo(7));
        assertThat(Mem.i32(flag)).isEqualTo(99);
        Mem.free(flag);
    }

    @Test
    void pairsUsedFieldByFieldLiveInJvmLocals() throws Throwable {
        // fn f(a: u32, b: u32) -> u32 { let p = (a, b); let t = p.0 + p.1 (checked); t * p.1 } with p and the
        // checked result scalar-replaced
        Ty pair = Ty.tuple(List.of(Ty.U32, Ty.U32)), checked = Ty.tuple(List.of(Ty.U32, Ty.BOOL));
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.U32, Ty.U32, Ty.U32);
            int pl = b.local(pair), t = b.local(checked);
            b.assign(0, pl, new Rvalue.Aggregate(new AggregateKind.Tuple(), List.of(copy(1), copy(2))))
                    .assign(0, t, new Rvalue.BinaryOp(BinOp.ADD_WITH_OVERFLOW, copy(p(pl).field(0, Ty.U32)),
                            copy(p(pl).field(1, Ty.U32))))
                    .term(0, new TerminatorKind.Assert(copy(p(t).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.ADD, copy(1), copy(2)), BasicBlock.of(1), UnwindAction.CONTINUE));
            b.assign(1, 0, new Rvalue.BinaryOp(BinOp.MUL, copy(p(t).field(0, Ty.U32)), copy(p(pl).field(1, Ty.U32)))).ret(1);
            return b.build();
        });
        MethodHandle h = compiled(f);
        assertThat((int) h.invokeExact(stack, 3, 4)).isEqualTo(28);
        // u32 arithmetic: 0xFFFF_FFFF + 1 overflows
        assertThatThrownBy(() -> {
            int unused = (int) h.invokeExact(stack, -1, 1);
        }).isInstanceOf(Rt.RustPanic.class);
        // the locals live in JVM locals: the path that does not panic touches no shadow-stack memory
        assertThat((int) h.invokeExact(0L, 5, 6)).isEqualTo(66);
    }

    @Test
    void unsupportedConstructsAreReportedNotMiscompiled() {
        DefId write = prog.intrinsic("ferrite_frobnicate");
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int r = b.local(Ty.UNIT);
            b.term(0, new TerminatorKind.Call(fn(write), List.of(), p(r), BasicBlock.of(1), UnwindAction.CONTINUE)).ret(1);
            return b.build();
        });
        assertThatThrownBy(() -> compiled(f)).isInstanceOf(JvmEngine.Unsupported.class).hasMessageContaining("ferrite_frobnicate");
    }
}
