package dev.ferrite.interp;

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
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.CastKind;
import dev.ferrite.mir.ConstValue;
import dev.ferrite.mir.GlobalAlloc;
import dev.ferrite.mir.Operand;
import dev.ferrite.mir.PointerCoercion;
import dev.ferrite.mir.Rvalue;
import dev.ferrite.mir.TerminatorKind;
import dev.ferrite.mir.UnOp;
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls through closures, vtables and fn pointers; drops; heap; statics, consts and promoteds; panics through lang items. */
class InterpreterCallsTest extends InterpTestBase {
    static final InstanceResolver.Resolved.Kind ITEM = InstanceResolver.Resolved.Kind.ITEM;

    /** ferrite_write(1, s) for a &str local */
    void print(BodyBuilder b, int bb, String s, int next) {
        int sl = b.local(ref(Ty.STR)), ptr = b.local(Ty.ptr(Ty.U8, Mutability.NOT)), len = b.local(Ty.USIZE), r = b.local(Ty.ISIZE);
        b.assign(bb, sl, use(str(s)))
                .assign(bb, ptr, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(sl), Ty.ptr(Ty.U8, Mutability.NOT)))
                .assign(bb, len, new Rvalue.UnaryOp(UnOp.PTR_METADATA, copy(sl)))
                .term(bb, new TerminatorKind.Call(fn(write), List.of(i32(1), copy(ptr), copy(len)), p(r), BasicBlock.of(next),
                        UnwindAction.CONTINUE));
    }

    @Test
    void closureCalledThroughFnTrait() {
        DefId closure = prog.fresh("main::{closure#0}");
        Ty closureTy = Ty.intern(new Ty.Closure(closure, GenericArgs.of(Ty.I8,
                new Ty.FnPtr(FnSig.of(List.of(Ty.I32), Ty.I32)), tup(ref(Ty.I32)))));
        prog.bodies.put(closure, closureBody(closure, closureTy));
        DefId call = prog.fresh("call");
        prog.resolver = (f, args) -> f.equals(call)
                ? new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.CLOSURE, closure, ((Ty.Closure) args.ty(0)).args(), -1)
                : null;
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), r = b.local(ref(Ty.I32)), c = b.local(closureTy), rc = b.local(ref(closureTy));
            int t = b.local(tup(Ty.I32)), res = b.local(Ty.I32);
            b.assign(0, x, use(i32(10)))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.SHARED, p(x)))
                    .assign(0, c, new Rvalue.Aggregate(new AggregateKind.Closure(closure, ((Ty.Closure) closureTy).args()), List.of(copy(r))))
                    .assign(0, rc, new Rvalue.Ref(BorrowKind.SHARED, p(c)))
                    .assign(0, t, new Rvalue.Aggregate(AggregateKind.TUPLE, List.of(i32(5))))
                    .term(0, new TerminatorKind.Call(fn(call, closureTy, tup(Ty.I32)), List.of(move(rc), move(t)), p(res),
                            BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(res));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(15);
    }

    private Body closureBody(DefId closure, Ty closureTy) {
        BodyBuilder b = new BodyBuilder(closure, Ty.I32, ref(closureTy), Ty.I32);
        b.assign(0, 0, new Rvalue.BinaryOp(BinOp.ADD, copy(2), copy(p(1).deref().field(0, ref(Ty.I32)).deref()))).ret(0);
        return b.build();
    }

    @Test
    void dynCallThroughVtable() {
        DefId trait = prog.fresh("Double");
        DefId method = prog.fresh("double");
        Ty dyn = Ty.intern(new Ty.Dynamic(List.of(new ExistentialPredicate.Trait(trait, GenericArgs.EMPTY)), Region.ERASED));
        DefId impl = prog.add("<i32 as Double>::double", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.I32, ref(Ty.I32));
            return b.assign(0, 0, new Rvalue.BinaryOp(BinOp.MUL, copy(p(1).deref()), i32(2))).ret(0).build();
        });
        prog.vtables.put(Ty.I32, List.of(new InstanceResolver.Resolved(ITEM, impl, GenericArgs.EMPTY, -1)));
        prog.resolver = (f, args) -> f.equals(method) && args.ty(0) instanceof Ty.Dynamic
                ? new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.VIRTUAL, method, args, 3) : null;
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), r = b.local(ref(Ty.I32)), dr = b.local(ref(dyn)), res = b.local(Ty.I32);
            b.assign(0, x, use(i32(21)))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.SHARED, p(x)))
                    .assign(0, dr, new Rvalue.Cast(CastKind.coercion(PointerCoercion.UNSIZE), copy(r), ref(dyn)))
                    .term(0, new TerminatorKind.Call(fn(method, dyn), List.of(copy(dr)), p(res), BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(res));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(42);
    }

    @Test
    void fnPointerCall() {
        DefId twice = prog.add("twice", d -> new BodyBuilder(d, Ty.I32, Ty.I32)
                .assign(0, 0, new Rvalue.BinaryOp(BinOp.MUL, copy(1), i32(2))).ret(0).build());
        Ty fnPtr = new Ty.FnPtr(FnSig.of(List.of(Ty.I32), Ty.I32));
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int f = b.local(fnPtr), res = b.local(Ty.I32);
            b.assign(0, f, new Rvalue.Cast(CastKind.coercion(PointerCoercion.REIFY_FN_POINTER), fn(twice), fnPtr))
                    .term(0, new TerminatorKind.Call(copy(f), List.of(i32(8)), p(res), BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(res));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(16);
    }

    @Test
    void dropGlueRunsDropImplsAndDropsFields() {
        AdtDef noisy = prog.adts.structDef("Noisy", false, Ty.U8);
        AdtDef option = prog.adts.enumDef("Option", v("None"), v("Some", T));
        Ty noisyTy = TestAdts.ty(noisy);
        DefId drop = prog.add("<Noisy as Drop>::drop", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT, mutRef(noisyTy));
            print(b, 0, "drop\n", 1);
            return b.ret(1).build();
        });
        prog.dropImpls.put(noisyTy, Instance.mono(drop));
        Ty pair = tup(noisyTy, Ty.U8, noisyTy);
        Ty opt = TestAdts.ty(option, noisyTy);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int n = b.local(noisyTy), t = b.local(pair), some = b.local(opt), none = b.local(opt);
            AggregateKind mk = new AggregateKind.Adt(noisy.def(), 0, GenericArgs.EMPTY);
            b.assign(0, n, new Rvalue.Aggregate(mk, List.of(BodyBuilder.c(1, Ty.U8))))
                    .assign(0, t, new Rvalue.Aggregate(AggregateKind.TUPLE, List.of(copy(n), BodyBuilder.c(0, Ty.U8), copy(n))))
                    .assign(0, some, new Rvalue.Aggregate(new AggregateKind.Adt(option.def(), 1, GenericArgs.of(noisyTy)), List.of(copy(n))))
                    .assign(0, none, new Rvalue.Aggregate(new AggregateKind.Adt(option.def(), 0, GenericArgs.of(noisyTy)), List.of()))
                    .term(0, new TerminatorKind.Drop(p(t), BasicBlock.of(1), UnwindAction.CONTINUE));
            print(b, 1, "--\n", 2);
            b.term(2, new TerminatorKind.Drop(p(none), BasicBlock.of(3), UnwindAction.CONTINUE))
                    .term(3, new TerminatorKind.Drop(p(some), BasicBlock.of(4), UnwindAction.CONTINUE))
                    .ret(4);
            return b.build();
        });
        assertThat(run(main)).isEqualTo(new Result(0, "drop\ndrop\n--\ndrop\n", ""));
    }

    @Test
    void heapAllocationUseAfterFreeAndDoubleFree() {
        DefId alloc = prog.intrinsic("ferrite_alloc");
        DefId dealloc = prog.intrinsic("ferrite_dealloc");
        Ty bytePtr = Ty.ptr(Ty.U8, Mutability.MUT);
        Ty intPtr = Ty.ptr(Ty.I32, Mutability.MUT);
        java.util.function.BiFunction<DefId, Boolean, Body> make = (d, doubleFree) -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int raw = b.local(bytePtr), ip = b.local(intPtr), v = b.local(Ty.I32), u = b.local(Ty.UNIT);
            b.term(0, new TerminatorKind.Call(fn(alloc), List.of(usize(4), usize(4)), p(raw), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, ip, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(raw), intPtr))
                    .assign(1, p(ip).deref(), use(i32(9)))
                    .assign(1, v, use(copy(p(ip).deref())))
                    .term(1, new TerminatorKind.Call(fn(dealloc), List.of(copy(raw), usize(4), usize(4)), p(u), BasicBlock.of(2),
                            UnwindAction.CONTINUE));
            if (doubleFree) {
                b.term(2, new TerminatorKind.Call(fn(dealloc), List.of(copy(raw), usize(4), usize(4)), p(u), BasicBlock.of(3),
                        UnwindAction.CONTINUE));
                exitWith(b, 3, copy(v));
            } else {
                b.assign(2, v, use(copy(p(ip).deref())));
                exitWith(b, 2, copy(v));
            }
            return b.build();
        };
        DefId uaf = prog.add("main", d -> make.apply(d, false));
        assertThat(run(uaf).err()).matches("(?s)error: Undefined Behavior: memory access failed: alloc\\d+ has been freed, so this pointer is dangling\n.*");
        DefId df = prog.add("main", d -> make.apply(d, true));
        assertThat(run(df).err()).startsWith("error: Undefined Behavior: memory access failed: alloc");
    }

    @Test
    void staticsConstsAndPromoteds() {
        DefId s = prog.add("S", d -> new BodyBuilder(d, Ty.I32).assign(0, 0, use(i32(5))).ret(0).build(BodyKind.STATIC));
        DefId k = prog.add("K", d -> new BodyBuilder(d, Ty.I32).assign(0, 0, use(i32(30))).ret(0).build(BodyKind.CONST));
        DefId main = prog.add("main", d -> {
            // a promoted body computes the value; the constant is a 'static reference to it
            BodyBuilder pb = new BodyBuilder(d, Ty.I32);
            pb.assign(0, 0, use(i32(100))).ret(0);
            Body promoted = pb.build(BodyKind.PROMOTED);
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int rs = b.local(ref(Ty.I32)), kv = b.local(Ty.I32), rp = b.local(ref(Ty.I32)), sum = b.local(Ty.I32);
            b.assign(0, rs, use(new Operand.Constant(new ConstValue.Pointer(new GlobalAlloc.Static(s), 0), ref(Ty.I32))))
                    .assign(0, kv, use(new Operand.Constant(new ConstValue.Unevaluated(k, GenericArgs.EMPTY), Ty.I32)))
                    .assign(0, rp, use(new Operand.Constant(new ConstValue.Promoted(0), ref(Ty.I32))))
                    .assign(0, sum, new Rvalue.BinaryOp(BinOp.ADD, copy(p(rs).deref()), copy(kv)))
                    .assign(0, sum, new Rvalue.BinaryOp(BinOp.ADD, copy(sum), copy(p(rp).deref())));
            exitWith(b, 0, copy(sum));
            Body body = b.build();
            return new Body(body.owner(), body.kind(), body.blocks(), body.locals(), body.argCount(), body.sourceScopes(),
                    body.varDebugInfo(), body.span(), null, List.of(promoted));
        });
        assertThat(run(main).code()).isEqualTo(135);

        DefId write = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int rs = b.local(Ty.ptr(Ty.I32, Mutability.MUT));
            b.assign(0, rs, use(new Operand.Constant(new ConstValue.Pointer(new GlobalAlloc.Static(s), 0),
                            Ty.ptr(Ty.I32, Mutability.MUT))))
                    .assign(0, p(rs).deref(), use(i32(1))).ret(0);
            return b.build();
        });
        assertThat(run(write).err()).matches("(?s)error: Undefined Behavior: writing to alloc\\d+ which is read-only\n.*");
    }

    @Test
    void failedAssertCallsPanicLangItemWithCallerLocation() {
        AdtDef location = prog.adts.structDef("Location", false, ref(Ty.STR), Ty.U32, Ty.U32);
        // rename fields to file/line/col
        AdtDef.VariantDef v0 = location.nonEnumVariant();
        AdtDef loc = new AdtDef(location.def(), location.name(), location.kind(), List.of(new AdtDef.VariantDef(v0.def(), v0.name(), v0.ctor(),
                List.of(new AdtDef.FieldDef(v0.fields().get(0).def(), dev.ferrite.span.Symbol.intern("file"), ref(Ty.STR), true),
                        new AdtDef.FieldDef(v0.fields().get(1).def(), dev.ferrite.span.Symbol.intern("line"), Ty.U32, true),
                        new AdtDef.FieldDef(v0.fields().get(2).def(), dev.ferrite.span.Symbol.intern("col"), Ty.U32, true)),
                v0.discr())), null, false, false);
        prog.adts.adts.put(loc.def(), loc);
        Ty locTy = TestAdts.ty(loc);
        DefId callerLocation = prog.intrinsic("caller_location");
        DefId panic = prog.add("panic", d -> {
            // fn panic(msg: &str) -> ! { let l = caller_location(); write(2, msg); exit(l.line * 100 + l.col) }
            BodyBuilder b = new BodyBuilder(d, Ty.NEVER, ref(Ty.STR));
            int l = b.local(ref(locTy)), ptr = b.local(Ty.ptr(Ty.U8, Mutability.NOT)), len = b.local(Ty.USIZE), r = b.local(Ty.ISIZE);
            int code = b.local(Ty.U32), codeI = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(callerLocation), List.of(), p(l), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, ptr, new Rvalue.Cast(CastKind.PTR_TO_PTR, copy(1), Ty.ptr(Ty.U8, Mutability.NOT)))
                    .assign(1, len, new Rvalue.UnaryOp(UnOp.PTR_METADATA, copy(1)))
                    .term(1, new TerminatorKind.Call(fn(write), List.of(i32(2), copy(ptr), copy(len)), p(r), BasicBlock.of(2),
                            UnwindAction.CONTINUE))
                    .assign(2, code, new Rvalue.BinaryOp(BinOp.MUL, copy(p(l).deref().field(1, Ty.U32)), BodyBuilder.c(100, Ty.U32)))
                    .assign(2, code, new Rvalue.BinaryOp(BinOp.ADD, copy(code), copy(p(l).deref().field(2, Ty.U32))))
                    .assign(2, codeI, new Rvalue.Cast(CastKind.INT_TO_INT, copy(code), Ty.I32));
            exitWith(b, 2, copy(codeI));
            return b.build();
        });
        prog.langItems.put("panic", panic);
        prog.langItems.put("panic_location", loc.def());
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int t = b.local(tup(Ty.U8, Ty.BOOL));
            b.assign(0, t, new Rvalue.BinaryOp(BinOp.SUB_WITH_OVERFLOW, BodyBuilder.c(0, Ty.U8), BodyBuilder.c(1, Ty.U8)))
                    .at(span(3, "x + 1"))
                    .term(0, new TerminatorKind.Assert(copy(p(t).field(1, Ty.BOOL)), false,
                            new AssertMessage.Overflow(BinOp.SUB, BodyBuilder.c(0, Ty.U8), BodyBuilder.c(1, Ty.U8)), BasicBlock.of(1),
                            UnwindAction.CONTINUE))
                    .ret(1);
            return b.build();
        });
        Result r = runTracking(main, panic);
        assertThat(r.err()).isEqualTo("attempt to subtract with overflow");
        assertThat(r.code()).isEqualTo(313);
    }

    private Result runTracking(DefId main, DefId trackCaller) {
        Program tracking = new Program() {
            @Override public Body mirOf(DefId def) { return prog.mirOf(def); }
            @Override public AdtDef adtDef(DefId def) { return prog.adtDef(def); }
            @Override public boolean isIntrinsic(DefId def) { return prog.isIntrinsic(def); }
            @Override public String name(DefId def) { return prog.name(def); }
            @Override public DefId langItem(String name) { return prog.langItem(name); }
            @Override public boolean isTrackCaller(DefId def) { return def.equals(trackCaller); }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int code = new Interpreter(tracking, sourceMap).run(Instance.mono(main), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void sizeOfAndTransmuteIntrinsics() {
        DefId sizeOf = prog.intrinsic("size_of");
        DefId transmute = prog.intrinsic("transmute");
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int sz = b.local(Ty.USIZE), bits = b.local(Ty.U32), total = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(sizeOf, tup(Ty.U8, Ty.U32, Ty.U8)), List.of(), p(sz), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .term(1, new TerminatorKind.Call(fn(transmute, Ty.F32, Ty.U32),
                            List.of(new Operand.Constant(ConstValue.Scalar.of(Float.floatToIntBits(1.0f), 4), Ty.F32)), p(bits),
                            BasicBlock.of(2), UnwindAction.CONTINUE))
                    .assign(2, bits, new Rvalue.BinaryOp(BinOp.SHR, copy(bits), i32(23)))
                    .assign(2, total, new Rvalue.Cast(CastKind.INT_TO_INT, copy(sz), Ty.I32));
            int tmp = b.local(Ty.I32);
            b.assign(2, tmp, new Rvalue.Cast(CastKind.INT_TO_INT, copy(bits), Ty.I32))
                    .assign(2, total, new Rvalue.BinaryOp(BinOp.ADD, copy(total), copy(tmp)));
            exitWith(b, 2, copy(total));
            return b.build();
        });
        // 8 + 127 (biased exponent of 1.0)
        assertThat(run(main).code()).isEqualTo(135);
    }

    @Test
    void panicUnwindsThroughCleanupBlocksRunningDrops() {
        AdtDef noisy = prog.adts.structDef("Noisy", false, Ty.U8);
        Ty noisyTy = TestAdts.ty(noisy);
        DefId drop = prog.add("<Noisy as Drop>::drop", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT, mutRef(noisyTy));
            print(b, 0, "drop\n", 1);
            return b.ret(1).build();
        });
        prog.dropImpls.put(noisyTy, Instance.mono(drop));
        DefId beginPanic = prog.intrinsic("ferrite_begin_panic");
        DefId fails = prog.add("fails", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int n = b.local(Ty.NEVER);
            // the payload pointer (null: nothing catches this panic)
            return b.term(0, new TerminatorKind.Call(fn(beginPanic), List.of(BodyBuilder.c(0, Ty.USIZE)), p(n), null,
                    UnwindAction.CONTINUE)).build();
        });
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int n = b.local(noisyTy), u = b.local(Ty.UNIT);
            b.assign(0, n, new Rvalue.Aggregate(new AggregateKind.Adt(noisy.def(), 0, GenericArgs.EMPTY), List.of(BodyBuilder.c(1, Ty.U8))))
                    .term(0, new TerminatorKind.Call(fn(fails), List.of(), p(u), BasicBlock.of(1),
                            new UnwindAction.Cleanup(BasicBlock.of(2))));
            print(b, 1, "not reached\n", 3);
            b.ret(3)
                    .term(2, new TerminatorKind.Drop(p(n), BasicBlock.of(4), UnwindAction.TERMINATE))
                    .term(4, TerminatorKind.UNWIND_RESUME);
            return b.build();
        });
        assertThat(run(main)).isEqualTo(new Result(101, "drop\n", ""));
    }

    @Test
    void catchUnwindStopsAPanicAndHandsOverItsPayload() {
        DefId beginPanic = prog.intrinsic("ferrite_begin_panic");
        DefId catchUnwind = prog.intrinsic("catch_unwind");
        Ty slotPtr = Ty.ptr(Ty.USIZE, Mutability.MUT);
        // try_fn(data): panics with the payload 7 (drops on its way would run as usual)
        DefId tryFn = prog.add("try_fn", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT, slotPtr);
            int n = b.local(Ty.NEVER);
            return b.term(0, new TerminatorKind.Call(fn(beginPanic), List.of(usize(7)), p(n), null, UnwindAction.CONTINUE))
                    .build();
        });
        // catch_fn(data, payload): *data = payload
        DefId catchFn = prog.add("catch_fn", d -> new BodyBuilder(d, Ty.UNIT, slotPtr, Ty.USIZE)
                .assign(0, p(1).deref(), use(copy(2))).ret(0).build());
        Ty tryTy = new Ty.FnPtr(FnSig.of(List.of(slotPtr), Ty.UNIT));
        Ty catchTy = new Ty.FnPtr(FnSig.of(List.of(slotPtr, Ty.USIZE), Ty.UNIT));
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int slot = b.local(Ty.USIZE), ptr = b.local(slotPtr), t = b.local(tryTy), c = b.local(catchTy);
            int caught = b.local(Ty.I32), code = b.local(Ty.I32);
            b.assign(0, slot, use(usize(0)))
                    .assign(0, ptr, new Rvalue.RawPtr(Mutability.MUT, p(slot)))
                    .assign(0, t, new Rvalue.Cast(CastKind.coercion(PointerCoercion.REIFY_FN_POINTER), fn(tryFn), tryTy))
                    .assign(0, c, new Rvalue.Cast(CastKind.coercion(PointerCoercion.REIFY_FN_POINTER), fn(catchFn), catchTy))
                    .term(0, new TerminatorKind.Call(fn(catchUnwind), List.of(copy(t), copy(ptr), copy(c)), p(caught),
                            BasicBlock.of(1), UnwindAction.CONTINUE))
                    // exit code: caught * 10 + payload
                    .assign(1, code, new Rvalue.BinaryOp(BinOp.MUL, copy(caught), i32(10)));
            int payload = b.local(Ty.I32);
            b.assign(1, payload, new Rvalue.Cast(CastKind.INT_TO_INT, copy(slot), Ty.I32))
                    .assign(1, code, new Rvalue.BinaryOp(BinOp.ADD, copy(code), copy(payload)));
            exitWith(b, 1, copy(code));
            return b.build();
        });
        assertThat(run(main)).isEqualTo(new Result(17, "", ""));
    }

    @Test
    void constructorFunctionsBuildVariants() {
        AdtDef option = prog.adts.enumDef("Option", v("None"), v("Some", T));
        DefId some = prog.fresh("Some");
        prog.ctors.put(some, new Program.Ctor(option.def(), 1));
        Ty opt = TestAdts.ty(option, Ty.I32);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int o = b.local(opt), disc = b.local(Ty.ISIZE), x = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(some, Ty.I32), List.of(i32(5)), p(o), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, disc, new Rvalue.Discriminant(p(o)))
                    .assign(1, x, use(copy(p(o).downcast(dev.ferrite.span.Symbol.intern("Some"), 1).field(0, Ty.I32))))
                    .assign(1, x, new Rvalue.BinaryOp(BinOp.ADD, copy(x), i32(10)));
            exitWith(b, 1, copy(x));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(15);
    }

    @Test
    void floatIntrinsicsAndSaturatingCasts() {
        DefId sqrt = prog.intrinsic("sqrtf64");
        DefId round = prog.intrinsic("roundf64");
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int s = b.local(Ty.F64), r = b.local(Ty.F64), t = b.local(Ty.F64), code = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(sqrt), List.of(BodyBuilder.f64(144.0)), p(s), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .term(1, new TerminatorKind.Call(fn(round), List.of(BodyBuilder.f64(-2.5)), p(r), BasicBlock.of(2), UnwindAction.CONTINUE))
                    .assign(2, t, new Rvalue.BinaryOp(BinOp.MUL, copy(s), copy(r)))
                    .assign(2, code, new Rvalue.Cast(CastKind.FLOAT_TO_INT, copy(t), Ty.I32));
            exitWith(b, 2, copy(code));
            return b.build();
        });
        // 12 * -3 (round half away from zero)
        assertThat(run(main).code()).isEqualTo(-36);
    }

    @Test
    void genericFunctionsAreInstantiated() {
        DefId sizeOf = prog.intrinsic("size_of");
        // fn size_plus<T>(x: T) -> usize { size_of::<T>() + size_of::<[T; 2]>() }, called with (u8, u32, u8)
        DefId generic = prog.add("size_plus", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.USIZE, T);
            int a = b.local(Ty.USIZE), c = b.local(Ty.USIZE), arr = b.local(Ty.array(T, dev.ferrite.types.Const.usize(2)));
            b.term(0, new TerminatorKind.Call(fn(sizeOf, T), List.of(), p(a), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, arr, new Rvalue.Aggregate(new AggregateKind.Array(T), List.of(copy(1), copy(1))))
                    .assign(1, c, new Rvalue.NullaryOp(dev.ferrite.mir.NullOp.SIZE_OF, Ty.array(T, dev.ferrite.types.Const.usize(2))))
                    .assign(1, 0, new Rvalue.BinaryOp(BinOp.ADD, copy(a), copy(c))).ret(1);
            return b.build();
        });
        Ty triple = tup(Ty.U8, Ty.U32, Ty.U8);
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int t = b.local(triple), r = b.local(Ty.USIZE), code = b.local(Ty.I32);
            b.assign(0, t, new Rvalue.Aggregate(AggregateKind.TUPLE, List.of(BodyBuilder.c(1, Ty.U8), BodyBuilder.c(2, Ty.U32), BodyBuilder.c(3, Ty.U8))))
                    .term(0, new TerminatorKind.Call(fn(generic, triple), List.of(move(t)), p(r), BasicBlock.of(1), UnwindAction.CONTINUE))
                    .assign(1, code, new Rvalue.Cast(CastKind.INT_TO_INT, copy(r), Ty.I32));
            exitWith(b, 1, copy(code));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(24);
    }

    @Test
    void unknownIntrinsicRunsItsFallbackBody() {
        DefId intr = prog.intrinsic("three_plus");
        prog.bodies.put(intr, new BodyBuilder(intr, Ty.I32, Ty.I32)
                .assign(0, 0, new Rvalue.BinaryOp(BinOp.ADD, copy(1), i32(3))).ret(0).build());
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int r = b.local(Ty.I32);
            b.term(0, new TerminatorKind.Call(fn(intr), List.of(i32(6)), p(r), BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(r));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(9);
    }

    @Test
    void fnClosureCalledThroughCallOnceByValue() {
        DefId closure = prog.fresh("main::{closure#0}");
        Ty closureTy = Ty.intern(new Ty.Closure(closure, GenericArgs.of(Ty.I8,
                new Ty.FnPtr(FnSig.of(List.of(Ty.I32), Ty.I32)), tup(ref(Ty.I32)))));
        prog.bodies.put(closure, closureBody(closure, closureTy));
        DefId callOnce = prog.fresh("call_once");
        prog.resolver = (f, args) -> f.equals(callOnce)
                ? new InstanceResolver.Resolved(InstanceResolver.Resolved.Kind.CLOSURE, closure, ((Ty.Closure) args.ty(0)).args(), -1)
                : null;
        DefId main = prog.add("main", d -> {
            BodyBuilder b = new BodyBuilder(d, Ty.UNIT);
            int x = b.local(Ty.I32), r = b.local(ref(Ty.I32)), c = b.local(closureTy), t = b.local(tup(Ty.I32)), res = b.local(Ty.I32);
            b.assign(0, x, use(i32(1)))
                    .assign(0, r, new Rvalue.Ref(BorrowKind.SHARED, p(x)))
                    .assign(0, c, new Rvalue.Aggregate(new AggregateKind.Closure(closure, ((Ty.Closure) closureTy).args()), List.of(copy(r))))
                    .assign(0, t, new Rvalue.Aggregate(AggregateKind.TUPLE, List.of(i32(2))))
                    .term(0, new TerminatorKind.Call(fn(callOnce, closureTy, tup(Ty.I32)), List.of(move(c), move(t)), p(res),
                            BasicBlock.of(1), UnwindAction.CONTINUE));
            exitWith(b, 1, copy(res));
            return b.build();
        });
        assertThat(run(main).code()).isEqualTo(3);
    }
}
