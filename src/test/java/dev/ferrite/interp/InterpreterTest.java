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
import org.junit.jupiter.api.Test;

class InterpreterTest extends InterpTestBase {
    @Test
    void returnsExitCode() {
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            exitWith(b, 0, i32(42));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(42);
    }

    @Test
    void mainReturningNormallyExitsZero() {
        DefId main = prog.add("main", d -> new BodyBuilder(d, Ty.UNIT).ret(0).build());
        assertThat(run(main)).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void checkedAdditionAndCall() {
        DefId add = prog.add("add", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I32, Ty.I32, Ty.I32);
            int t = b.local(tup(Ty.I32, Ty.BOOL));
            b.assign(0, t, new Rvalue.BinaryOp(BinOp.ADD_WITH_OVERFLOW, copy(1), copy(2)))
                    .at(span(3, "x + 1"))
                    .term(0, new TerminatorKind.Assert(copy(p(t).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.ADD, copy(1), copy(2)), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, 0, use(copy(p(t).field(0, Ty.I32)))).ret(1);
            return b.build();
        });
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int r = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(add), List.of(i32(40), i32(2)), p(r), BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(r));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(42);

        DefId overflow = prog.add("main2", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int r = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(add), List.of(i32(Integer.MAX_VALUE), i32(1)), p(r), BasicBlock.of(1),
                    UnwindAction.CONTINUE));
            exitWith(b, 1, copy(r));
            return b.build();
        });
        Result res = run(overflow);
        assertThat(res.code()).isEqualTo(101);
        assertThat(res.err()).isEqualTo("\nthread 'main' (1) panicked at t.rs:3:13:\nattempt to add with overflow\n"
                + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    }

    @Test
    void loopSumsWithSwitchInt() {
        // i = 1; s = 0; loop { if i > 10 break; s += i; i += 1 } exit(s)
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int i = b.local(Ty.I32), s = b.local(Ty.I32), c = b.local(Ty.BOOL);
            b.assign(0, i, use(i32(1))).assign(0, s, use(i32(0))).gotoBb(0, 1)
                    .assign(1, c, new Rvalue.BinaryOp(BinOp.GT, copy(i), i32(10)))
                    .term(1, new TerminatorKind.SwitchInt(move(c), SwitchTargets.ifThenElse(BasicBlock.of(3), BasicBlock.of(2))))
                    .assign(2, s, new Rvalue.BinaryOp(BinOp.ADD, copy(s), copy(i)))
                    .assign(2, i, new Rvalue.BinaryOp(BinOp.ADD, copy(i), i32(1)))
                    .gotoBb(2, 1);
            exitWith(b, 3, copy(s));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(55);
    }

    @Test
    void writesToStdoutThroughIntrinsic() {
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int s = b.local(ref(Ty.STR));
            int ptr = b.local(Ty.ptr(Ty.U8, Mutability.NOT));
            int len = b.local(Ty.USIZE);
            int res = b.local(Ty.ISIZE);
            b.assign(0, s, use(str("hello, wörld\n")))
                    .assign(0, ptr, new Rvalue.Cast(CastKind.PTR_TO_PTR,
                            Operand.copy(p(s)), Ty.ptr(Ty.U8, Mutability.NOT)))
                    .assign(0, len, new Rvalue.UnaryOp(UnOp.PTR_METADATA, copy(s)))
                    .term(0, new TerminatorKind.Call(fn(write), List.of(i32(1), copy(ptr), copy(len)), p(res), BasicBlock.of(1),
                            UnwindAction.CONTINUE))
                    .ret(1);
            return b.build();
        });
        assertThat(run(main)).isEqualTo(new Result(0, "hello, wörld\n", ""));
    }

    @Test
    void structAndEnumAggregatesWithProjections() {
        AdtDef option = prog.adts.enumDef("Option", v("None"), v("Some", T));
        AdtDef point = prog.adts.structDef("Point", false, Ty.U8, Ty.I32);
        Ty optI32 = TestAdts.ty(option, Ty.I32);
        Ty pointTy = TestAdts.ty(point);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int pt = b.local(pointTy), o = b.local(optI32), disc = b.local(Ty.ISIZE), x = b.local(Ty.I32), r = b.local(Ty.I32);
            b.assign(0, pt, new Rvalue.Aggregate(new AggregateKind.Adt(point.def(), 0, GenericArgs.EMPTY), List.of(c(3, Ty.U8), i32(30))))
                    .assign(0, o, new Rvalue.Aggregate(new AggregateKind.Adt(option.def(), 1, GenericArgs.of(Ty.I32)),
                            List.of(copy(p(pt).field(1, Ty.I32)))))
                    .assign(0, disc, new Rvalue.Discriminant(p(o)))
                    .term(0, new TerminatorKind.SwitchInt(copy(disc), SwitchTargets.of(1, BasicBlock.of(1), BasicBlock.of(2))))
                    .assign(1, x, use(copy(p(o).downcast(Symbol.intern("Some"), 1).field(0, Ty.I32))))
                    .assign(1, r, new Rvalue.Cast(CastKind.INT_TO_INT, copy(p(pt).field(0, Ty.U8)), Ty.I32))
                    .assign(1, r, new Rvalue.BinaryOp(BinOp.ADD, copy(r), copy(x)));
            exitWith(b, 1, copy(r));
            exitWith(b, 2, i32(99));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(33);
    }

    @Test
    void nicheEncodedOptionOfReference() {
        AdtDef option = prog.adts.enumDef("Option", v("None"), v("Some", T));
        Ty optRef = TestAdts.ty(option, ref(Ty.I32));
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), rx = b.local(ref(Ty.I32)), o = b.local(optRef), none = b.local(optRef);
            int d1 = b.local(Ty.ISIZE), d2 = b.local(Ty.ISIZE), sum = b.local(Ty.ISIZE), y = b.local(Ty.I32);
            b.assign(0, x, use(i32(7)))
                    .assign(0, rx, new Rvalue.Ref(BorrowKind.SHARED, p(x)))
                    .assign(0, o, new Rvalue.Aggregate(new AggregateKind.Adt(option.def(), 1, GenericArgs.of(ref(Ty.I32))), List.of(copy(rx))))
                    .assign(0, none, new Rvalue.Aggregate(new AggregateKind.Adt(option.def(), 0, GenericArgs.of(ref(Ty.I32))), List.of()))
                    .assign(0, d1, new Rvalue.Discriminant(p(o)))
                    .assign(0, d2, new Rvalue.Discriminant(p(none)))
                    .assign(0, sum, new Rvalue.BinaryOp(BinOp.MUL, copy(d1), c(10, Ty.ISIZE)))
                    .assign(0, sum, new Rvalue.BinaryOp(BinOp.ADD, copy(sum), copy(d2)))
                    .assign(0, y, use(copy(p(o).downcast(Symbol.intern("Some"), 1).field(0, ref(Ty.I32)).deref())));
            int big = b.local(Ty.I32);
            b.assign(0, big, new Rvalue.Cast(CastKind.INT_TO_INT, copy(sum), Ty.I32))
                    .assign(0, big, new Rvalue.BinaryOp(BinOp.MUL, copy(big), i32(10)))
                    .assign(0, big, new Rvalue.BinaryOp(BinOp.ADD, copy(big), copy(y)));
            exitWith(b, 0, copy(big));
            return b.build();
        });
        // discriminants 1 and 0, payload 7: (1*10+0)*10+7
        assertThat(run(main).code()).isEqualTo(107);
    }

    @Test
    void mutableReferencesAndRawPointerArithmetic() {
        Ty arr = Ty.array(Ty.I32, Const.usize(3));
        Ty ptrI32 = Ty.ptr(Ty.I32, Mutability.NOT);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int a = b.local(arr), r = b.local(mutRef(Ty.I32)), pa = b.local(Ty.ptr(arr, Mutability.NOT));
            int p0 = b.local(ptrI32), p2 = b.local(ptrI32), v = b.local(Ty.I32), i = b.local(Ty.USIZE);
            b.assign(0, a, new Rvalue.Aggregate(new AggregateKind.Array(Ty.I32), List.of(i32(1), i32(2), i32(3))))
                    .assign(0, i, use(usize(1)))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.MUT, p(a).index(dev.ferrite.mir.Local.of(i))))
                    .assign(0, p(r).deref(), use(i32(20)))
                    .assign(0, pa, new Rvalue.RawPtr(Mutability.NOT, p(a)))
                    .assign(0, p0, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(pa), ptrI32))
                    .assign(0, p2, new Rvalue.BinaryOp(BinOp.OFFSET, copy(p0), usize(2)))
                    .assign(0, v, use(copy(p(p2).deref())))
                    .assign(0, v, new Rvalue.BinaryOp(BinOp.ADD, copy(v), copy(p(a).index(dev.ferrite.mir.Local.of(i)))));
            exitWith(b, 0, copy(v));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(23);
    }

    @Test
    void outOfBoundsReadIsUndefinedBehaviour() {
        Ty arr = Ty.array(Ty.I32, Const.usize(3));
        Ty ptrI32 = Ty.ptr(Ty.I32, Mutability.NOT);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int a = b.local(arr), pa = b.local(Ty.ptr(arr, Mutability.NOT)), p0 = b.local(ptrI32), p3 = b.local(ptrI32);
            int v = b.local(Ty.I32);
            b.assign(0, a, new Rvalue.Aggregate(new AggregateKind.Array(Ty.I32), List.of(i32(1), i32(2), i32(3))))
                    .assign(0, pa, new Rvalue.RawPtr(Mutability.NOT, p(a)))
                    .assign(0, p0, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(pa), ptrI32))
                    .assign(0, p3, new Rvalue.BinaryOp(BinOp.OFFSET, copy(p0), usize(3)))
                    .at(span(2, "let x = 1"))
                    .assign(0, v, use(copy(p(p3).deref())));
            exitWith(b, 0, copy(v));
            return b.build();
        });
        Result r = run(main);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().replaceAll("alloc\\d+", "allocN")).isEqualTo("""
                error: Undefined Behavior: memory access failed: attempting to access 4 bytes, but got allocN+0xc which is at or beyond the end of the allocation of size 12 bytes
                 --> t.rs:2:5
                  |
                2 |     let x = 1;
                  |     ^^^^^^^^^ Undefined Behavior occurred here
                  |
                  = help: this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior
                  = help: see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html for further information
                  = note: BACKTRACE:
                  = note: inside `main` at t.rs:2:5

                error: aborting due to 1 previous error

                """);
    }

    @Test
    void useAfterStorageDeadAndUninitialisedReadsAreUndefinedBehaviour() {
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), r = b.local(ref(Ty.I32)), v = b.local(Ty.I32);
            b.assign(0, x, use(i32(5)))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.SHARED, p(x)))
                    .stmt(0, new StatementKind.StorageDead(dev.ferrite.mir.Local.of(x)))
                    .assign(0, v, use(copy(p(r).deref())));
            exitWith(b, 0, copy(v));
            return b.build();
        });
        Result r = run(main);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).matches("(?s)error: Undefined Behavior: memory access failed: alloc\\d+ has been freed, so this pointer is dangling\n.*");

        DefId main2 = prog.add("main2", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32);
            exitWith(b, 0, copy(x));
            return b.build();
        });
        assertThat(run(main2).err()).startsWith("error: Undefined Behavior: using uninitialized data, but this operation requires initialized memory");
    }

    @Test
    void invalidBoolIsUndefinedBehaviour() {
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.BOOL);
            b.assign(0, x, new Rvalue.Cast(CastKind.TRANSMUTE, c(3, Ty.U8), Ty.BOOL)).ret(0);
            return b.build();
        });
        assertThat(run(main).err()).startsWith("error: Undefined Behavior: constructing invalid value: encountered 0x03, but expected a boolean");
    }

    @Test
    void panicMessagesOfAssertions() {
        DefId div = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int z = b.local(Ty.BOOL);
            b.assign(0, z, new Rvalue.BinaryOp(BinOp.EQ, i32(0), i32(0)))
                    .term(0, new TerminatorKind.Assert(copy(z), false, new AssertMessage.DivisionByZero(i32(1)), BasicBlock.of(1),
                            UnwindAction.CONTINUE)).ret(1);
            return b.build();
        });
        assertThat(run(div).err()).contains("\nattempt to divide by zero\n");
        DefId bounds = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int ok = b.local(Ty.BOOL);
            b.assign(0, ok, new Rvalue.BinaryOp(BinOp.LT, usize(5), usize(3)))
                    .term(0, new TerminatorKind.Assert(copy(ok), true, new AssertMessage.BoundsCheck(usize(3), usize(5)),
                            BasicBlock.of(1), UnwindAction.CONTINUE)).ret(1);
            return b.build();
        });
        Result r = run(bounds);
        assertThat(r.code()).isEqualTo(101);
        assertThat(r.err()).contains("\nindex out of bounds: the len is 3 but the index is 5\n");
    }

    @Test
    void wideIntegersAndFloatCasts() {
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int m = b.local(Ty.U128), w = b.local(tup(Ty.U128, Ty.BOOL)), lo = b.local(Ty.U8), s = b.local(Ty.U8);
            int neg = b.local(Ty.U8), nan = b.local(Ty.U8), total = b.local(Ty.I32), i = b.local(Ty.I128), sh = b.local(Ty.I128);
            BigInteger max = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
            b.assign(0, m, use(c(max, Ty.U128)))
                    .assign(0, w, new Rvalue.BinaryOp(BinOp.MUL_WITH_OVERFLOW, copy(m), c(3, Ty.U128)))
                    // u128::MAX * 3 wraps to u128::MAX - 2, whose low byte is 0xfd
                    .assign(0, lo, new Rvalue.Cast(CastKind.INT_TO_INT, copy(p(w).field(0, Ty.U128)), Ty.U8))
                    .assign(0, s, new Rvalue.Cast(CastKind.FLOAT_TO_INT, BodyBuilder.f64(300.7), Ty.U8))
                    .assign(0, neg, new Rvalue.Cast(CastKind.FLOAT_TO_INT, BodyBuilder.f64(-5.0), Ty.U8))
                    .assign(0, nan, new Rvalue.Cast(CastKind.FLOAT_TO_INT, BodyBuilder.f64(Double.NaN), Ty.U8))
                    .assign(0, i, use(c(-1, Ty.I128)))
                    .assign(0, sh, new Rvalue.BinaryOp(BinOp.SHR, copy(i), i32(100)))
                    .assign(0, total, new Rvalue.Cast(CastKind.INT_TO_INT, copy(lo), Ty.I32));
            int tmp = b.local(Ty.I32);
            b.assign(0, tmp, new Rvalue.Cast(CastKind.INT_TO_INT, copy(s), Ty.I32))
                    .assign(0, total, new Rvalue.BinaryOp(BinOp.SUB, copy(total), copy(tmp)))
                    .assign(0, tmp, new Rvalue.Cast(CastKind.INT_TO_INT, copy(neg), Ty.I32))
                    .assign(0, total, new Rvalue.BinaryOp(BinOp.ADD, copy(total), copy(tmp)))
                    .assign(0, tmp, new Rvalue.Cast(CastKind.INT_TO_INT, copy(nan), Ty.I32))
                    .assign(0, total, new Rvalue.BinaryOp(BinOp.ADD, copy(total), copy(tmp)))
                    .assign(0, tmp, new Rvalue.Cast(CastKind.INT_TO_INT, copy(sh), Ty.I32))
                    .assign(0, total, new Rvalue.BinaryOp(BinOp.ADD, copy(total), copy(tmp)));
            exitWith(b, 0, copy(total));
            return b.build();
        });
        // 0xfd - 255 + 0 + 0 + (-1) = -3 -> exit code as i32
        assertThat(run(main).code()).isEqualTo(-3);
    }

    @Test
    void misalignedReadIsUndefinedBehaviour() {
        Ty arr = Ty.array(Ty.U32, Const.usize(2));
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int a = b.local(arr), pa = b.local(Ty.ptr(arr, Mutability.NOT)), p8 = b.local(Ty.ptr(Ty.U8, Mutability.NOT));
            int p32 = b.local(Ty.ptr(Ty.U32, Mutability.NOT)), v = b.local(Ty.U32);
            b.assign(0, a, new Rvalue.Repeat(c(7, Ty.U32), Const.usize(2)))
                    .assign(0, pa, new Rvalue.RawPtr(Mutability.NOT, p(a)))
                    .assign(0, p8, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(pa), Ty.ptr(Ty.U8, Mutability.NOT)))
                    .assign(0, p8, new Rvalue.BinaryOp(BinOp.OFFSET, copy(p8), usize(1)))
                    .assign(0, p32, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(p8), Ty.ptr(Ty.U32, Mutability.NOT)))
                    .assign(0, v, use(copy(p(p32).deref()))).ret(0);
            return b.build();
        });
        assertThat(run(main).err()).startsWith("error: Undefined Behavior: accessing memory based on pointer with alignment 1, but alignment 4 is required");
    }

    @Test
    void pointerToIntegerRoundTripKeepsExposedProvenance() {
        Ty ptrTy = Ty.ptr(Ty.I32, Mutability.NOT);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), px = b.local(ptrTy), addr = b.local(Ty.USIZE), back = b.local(ptrTy), v = b.local(Ty.I32);
            b.assign(0, x, use(i32(77)))
                    .assign(0, px, new Rvalue.RawPtr(Mutability.NOT, p(x)))
                    .assign(0, addr, new Rvalue.Cast(CastKind.EXPOSE_PROVENANCE, copy(px), Ty.USIZE))
                    .assign(0, addr, new Rvalue.BinaryOp(BinOp.ADD, copy(addr), usize(0)))
                    .assign(0, back, new Rvalue.Cast(CastKind.WITH_EXPOSED_PROVENANCE, copy(addr), ptrTy))
                    .assign(0, v, use(copy(p(back).deref())));
            exitWith(b, 0, copy(v));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(77);
        DefId forged = prog.add("main2", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int back = b.local(ptrTy), v = b.local(Ty.I32);
            b.assign(0, back, new Rvalue.Cast(CastKind.WITH_EXPOSED_PROVENANCE, usize(0x1234), ptrTy))
                    .assign(0, v, use(copy(p(back).deref()))).ret(0);
            return b.build();
        });
        assertThat(run(forged).err()).startsWith("error: Undefined Behavior: memory access failed: 0x1234[wildcard] is a dangling pointer (it has no provenance)");
    }

    @Test
    void deepRecursionOverflowsTheStackLikeANativeProgram() {
        DefId[] self = new DefId[1];
        self[0] = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT, Ty.U64);
            int big = b.local(Ty.array(Ty.U8, Const.usize(1000)));
            b.term(0, new TerminatorKind.Call(fn(d), List.of(copy(1)), p(0), BasicBlock.of(1), UnwindAction.CONTINUE)).ret(1);
            return b.build();
        });
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            return b.term(0, new TerminatorKind.Call(fn(self[0]), List.of(c(1, Ty.U64)), p(0), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .ret(1).build();
        });
        assertThat(run(main)).isEqualTo(new Result(134, "",
                "\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"));
    }

    @Test
    void danglingReferenceToDeadLocalIsUndefinedBehaviour() {
        DefId f = prog.add("f", d -> {
            BodyBuilder b = new BodyBuilder(d, ref(Ty.I32));
            int x = b.local(Ty.I32);
            return b.assign(0, x, use(i32(5))).assign(0, 0, new Rvalue.Ref(BorrowKind.SHARED, p(x))).ret(0).build();
        });
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int r = b.local(ref(Ty.I32)), r2 = b.local(ref(Ty.I32));
            b.term(0, new TerminatorKind.Call(fn(f), List.of(), p(r), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, r2, use(copy(r))).ret(1);
            return b.build();
        });
        assertThat(run(main).err()).startsWith("error: Undefined Behavior: constructing invalid value: encountered a dangling reference (use-after-free)");
    }
}
