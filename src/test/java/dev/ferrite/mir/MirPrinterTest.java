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

    /** rustc's -Zunpretty=mir for a small main (tests/c.rs in the commit message), rebuilt by hand. */
    @Test
    void printsScopesAggregatesAndSwitchLikeRustc() {
        DefId optionId = new DefId(10), pId = new DefId(11);
        dev.ferrite.types.Ty T = Ty.param(0, Symbol.intern("T"));
        dev.ferrite.types.AdtDef option = new dev.ferrite.types.AdtDef(optionId, Symbol.intern("Option"), dev.ferrite.types.AdtDef.Kind.ENUM,
                List.of(new dev.ferrite.types.AdtDef.VariantDef(new DefId(12), Symbol.intern("None"), dev.ferrite.types.AdtDef.CtorKind.UNIT, List.of(), java.math.BigInteger.ZERO),
                        new dev.ferrite.types.AdtDef.VariantDef(new DefId(13), Symbol.intern("Some"), dev.ferrite.types.AdtDef.CtorKind.TUPLE,
                                List.of(new dev.ferrite.types.AdtDef.FieldDef(new DefId(14), Symbol.intern("0"), T, true)), java.math.BigInteger.ONE)),
                null, false, false);
        dev.ferrite.types.AdtDef pDef = new dev.ferrite.types.AdtDef(pId, Symbol.intern("P"), dev.ferrite.types.AdtDef.Kind.STRUCT,
                List.of(new dev.ferrite.types.AdtDef.VariantDef(new DefId(15), Symbol.intern("P"), dev.ferrite.types.AdtDef.CtorKind.STRUCT,
                        List.of(new dev.ferrite.types.AdtDef.FieldDef(new DefId(16), Symbol.intern("x"), Ty.I32, true),
                                new dev.ferrite.types.AdtDef.FieldDef(new DefId(17), Symbol.intern("y"), Ty.U8, true)), java.math.BigInteger.ZERO)),
                null, false, false);
        MirNames names = new MirNames() {
            @Override
            public String defPath(DefId d) {
                return switch (d.index()) {
                    case 1 -> "main";
                    case 10 -> "std::option::Option";
                    case 11 -> "P";
                    default -> d.toString();
                };
            }

            @Override
            public String trimmedPath(DefId d) {
                return d.index() == 10 ? "Option" : defPath(d);
            }

            @Override
            public dev.ferrite.types.AdtDef adtDef(DefId d) {
                return d.equals(optionId) ? option : d.equals(pId) ? pDef : null;
            }
        };
        Ty optI32 = Ty.adt(optionId, dev.ferrite.types.GenericArgs.of(Ty.I32));
        Ty pTy = Ty.adt(pId, dev.ferrite.types.GenericArgs.EMPTY);
        Ty arr = Ty.array(Ty.U8, dev.ferrite.types.Const.usize(4));
        dev.ferrite.types.Region er = dev.ferrite.types.Region.ERASED;
        java.util.function.BiFunction<Ty, Integer, LocalDecl> user = (t, sc) -> new LocalDecl(Mutability.NOT, t, new SourceInfo(Span.DUMMY, sc), true);
        List<LocalDecl> locals = List.of(LocalDecl.temp(Ty.UNIT, Span.DUMMY), user.apply(optI32, 0), user.apply(Ty.I32, 1),
                LocalDecl.temp(Ty.ISIZE, Span.DUMMY), user.apply(Ty.I32, 1), user.apply(pTy, 2), LocalDecl.temp(Ty.I32, Span.DUMMY),
                user.apply(Ty.ref(er, Ty.I32, Mutability.NOT), 4), user.apply(arr, 5), user.apply(Ty.USIZE, 6),
                LocalDecl.temp(Ty.ref(er, Ty.slice(Ty.U8), Mutability.NOT), Span.DUMMY), LocalDecl.temp(Ty.ref(er, arr, Mutability.NOT), Span.DUMMY));
        List<SourceScopeData> scopes = List.of(SourceScopeData.OUTERMOST, new SourceScopeData(Span.DUMMY, 0), new SourceScopeData(Span.DUMMY, 1),
                new SourceScopeData(Span.DUMMY, 1), new SourceScopeData(Span.DUMMY, 2), new SourceScopeData(Span.DUMMY, 4),
                new SourceScopeData(Span.DUMMY, 5), new SourceScopeData(Span.DUMMY, 6));
        String[] dbg = {"o", "p", "x", "q", "r", "s", "t"};
        int[] dbgLocal = {1, 2, 4, 5, 7, 8, 9};
        List<VarDebugInfo> debug = new java.util.ArrayList<>();
        for (int i = 0; i < dbg.length; i++) debug.add(VarDebugInfo.of(Symbol.intern(dbg[i]), new SourceInfo(Span.DUMMY, i + 1), Place.of(dbgLocal[i])));
        Operand c0 = Operand.intConst(0, Ty.I32);
        List<BasicBlockData> blocks = List.of(
                new BasicBlockData(List.of(
                        assign(1, new Rvalue.Aggregate(new AggregateKind.Adt(optionId, 1, dev.ferrite.types.GenericArgs.of(Ty.I32)), List.of(Operand.intConst(3, Ty.I32)))),
                        assign(3, new Rvalue.Discriminant(Place.of(1)))),
                        new Terminator(SI, new TerminatorKind.SwitchInt(Operand.move(3), new SwitchTargets(
                                List.of(java.math.BigInteger.ZERO, java.math.BigInteger.ONE), List.of(BasicBlock.of(2), BasicBlock.of(3)), BasicBlock.of(1))))),
                new BasicBlockData(List.of(), new Terminator(SI, TerminatorKind.UNREACHABLE)),
                new BasicBlockData(List.of(assign(2, new Rvalue.Use(c0))), new Terminator(SI, new TerminatorKind.Goto(BasicBlock.of(4)))),
                new BasicBlockData(List.of(
                        assign(4, new Rvalue.Use(Operand.copy(Place.of(1).downcast(Symbol.intern("Some"), 1).field(0, Ty.I32)))),
                        assign(2, new Rvalue.Use(Operand.copy(4)))),
                        new Terminator(SI, new TerminatorKind.Goto(BasicBlock.of(4)))),
                new BasicBlockData(List.of(
                        assign(6, new Rvalue.Use(Operand.copy(2))),
                        assign(5, new Rvalue.Aggregate(new AggregateKind.Adt(pId, 0, dev.ferrite.types.GenericArgs.EMPTY), List.of(Operand.move(6), Operand.intConst(1, Ty.U8)))),
                        assign(7, new Rvalue.Ref(BorrowKind.SHARED, Place.of(5).field(0, Ty.I32))),
                        assign(8, new Rvalue.Repeat(Operand.intConst(0, Ty.U8), dev.ferrite.types.Const.usize(4))),
                        assign(11, new Rvalue.Ref(BorrowKind.SHARED, Place.of(8))),
                        assign(10, new Rvalue.Cast(CastKind.coercion(PointerCoercion.UNSIZE), Operand.move(11), Ty.ref(er, Ty.slice(Ty.U8), Mutability.NOT))),
                        assign(9, new Rvalue.UnaryOp(UnOp.PTR_METADATA, Operand.move(10)))),
                        new Terminator(SI, TerminatorKind.RETURN)));
        Body body = new Body(new DefId(1), BodyKind.FN, blocks, locals, 0, scopes, debug, Span.DUMMY, null, List.of());
        assertThat(new MirPrinter(names).print(body)).isEqualTo("""
                fn main() -> () {
                    let mut _0: ();
                    let _1: std::option::Option<i32>;
                    let mut _3: isize;
                    let mut _6: i32;
                    let mut _10: &[u8];
                    let mut _11: &[u8; 4];
                    scope 1 {
                        debug o => _1;
                        let _2: i32;
                        let _4: i32;
                        scope 2 {
                            debug p => _2;
                            let _5: P;
                            scope 4 {
                                debug q => _5;
                                let _7: &i32;
                                scope 5 {
                                    debug r => _7;
                                    let _8: [u8; 4];
                                    scope 6 {
                                        debug s => _8;
                                        let _9: usize;
                                        scope 7 {
                                            debug t => _9;
                                        }
                                    }
                                }
                            }
                        }
                        scope 3 {
                            debug x => _4;
                        }
                    }

                    bb0: {
                        _1 = Option::<i32>::Some(const 3_i32);
                        _3 = discriminant(_1);
                        switchInt(move _3) -> [0: bb2, 1: bb3, otherwise: bb1];
                    }

                    bb1: {
                        unreachable;
                    }

                    bb2: {
                        _2 = const 0_i32;
                        goto -> bb4;
                    }

                    bb3: {
                        _4 = copy ((_1 as Some).0: i32);
                        _2 = copy _4;
                        goto -> bb4;
                    }

                    bb4: {
                        _6 = copy _2;
                        _5 = P { x: move _6, y: const 1_u8 };
                        _7 = &(_5.0: i32);
                        _8 = [const 0_u8; 4];
                        _11 = &_8;
                        _10 = move _11 as &[u8] (PointerCoercion(Unsize, Implicit));
                        _9 = PtrMetadata(move _10);
                        return;
                    }
                }
                """);
    }

    @Test
    void printsConstantsCallsAndPlacesLikeRustc() {
        MirPrinter pr = new MirPrinter(NAMES);
        assertThat(pr.operand(Operand.intConst(-1, Ty.I32))).isEqualTo("const -1_i32");
        assertThat(pr.operand(Operand.intConst(Integer.MIN_VALUE, Ty.I32))).isEqualTo("const i32::MIN");
        assertThat(pr.operand(Operand.intConst(255, Ty.U8))).isEqualTo("const u8::MAX");
        assertThat(pr.operand(Operand.boolConst(true))).isEqualTo("const true");
        assertThat(pr.operand(Operand.unit())).isEqualTo("const ()");
        assertThat(pr.operand(new Operand.Constant(new ConstValue.Scalar(java.math.BigInteger.valueOf('x'), 4), Ty.CHAR))).isEqualTo("const 'x'");
        assertThat(pr.operand(new Operand.Constant(ConstValue.Scalar.of(Double.doubleToRawLongBits(2.0), 8), Ty.F64))).isEqualTo("const 2f64");
        assertThat(pr.operand(new Operand.Constant(ConstValue.Scalar.of(Double.doubleToRawLongBits(-0.0), 8), Ty.F64))).isEqualTo("const -0f64");
        assertThat(pr.operand(new Operand.Constant(ConstValue.Scalar.of(Double.doubleToRawLongBits(1e20), 8), Ty.F64))).isEqualTo("const 1.0E+20f64");
        assertThat(pr.operand(new Operand.Constant(ConstValue.Scalar.of(Float.floatToRawIntBits(2.5f), 4), Ty.F32))).isEqualTo("const 2.5f32");
        assertThat(pr.operand(new Operand.Constant(new ConstValue.Slice(Allocation.ofString("hi\n")),
                Ty.ref(dev.ferrite.types.Region.STATIC, Ty.STR, Mutability.NOT)))).isEqualTo("const \"hi\\n\"");
        assertThat(pr.operand(new Operand.Constant(new ConstValue.Slice(Allocation.ofString("ab")),
                Ty.ref(dev.ferrite.types.Region.STATIC, Ty.slice(Ty.U8), Mutability.NOT)))).isEqualTo("const b\"ab\"");
        Place p = Place.of(1).deref().field(0, Ty.ref(dev.ferrite.types.Region.ERASED, Ty.I32, Mutability.NOT)).deref();
        assertThat(pr.place(p)).isEqualTo("(*((*_1).0: &i32))");
        assertThat(pr.place(Place.of(2).project(new PlaceElem.ConstantIndex(1, 3, true)))).isEqualTo("_2[-1 of 3]");
        assertThat(pr.place(Place.of(2).project(new PlaceElem.Subslice(1, 0, true)))).isEqualTo("_2[1:]");
        Terminator call = new Terminator(SI, new TerminatorKind.Call(
                Operand.fnItem(Ty.fnDef(new DefId(1), dev.ferrite.types.GenericArgs.of(Ty.U64))), List.of(Operand.intConst(1, Ty.U64)),
                Place.of(3), BasicBlock.of(2), UnwindAction.CONTINUE));
        assertThat(pr.terminator(call)).isEqualTo("_3 = add::<u64>(const 1_u64) -> [return: bb2, unwind continue]");
        Terminator diverging = new Terminator(SI, new TerminatorKind.Call(Operand.copy(4), List.of(), Place.of(5), null, UnwindAction.UNREACHABLE));
        assertThat(pr.terminator(diverging)).isEqualTo("_5 = copy _4() -> unwind unreachable");
        Terminator drop = new Terminator(SI, new TerminatorKind.Drop(Place.of(6), BasicBlock.of(7), new UnwindAction.Cleanup(BasicBlock.of(9))));
        assertThat(pr.terminator(drop)).isEqualTo("drop(_6) -> [return: bb7, unwind: bb9]");
        assertThat(pr.rvalue(new Rvalue.RawPtr(Mutability.NOT, Place.of(1).deref()))).isEqualTo("&raw const (*_1)");
        assertThat(pr.rvalue(new Rvalue.Ref(BorrowKind.MUT, Place.of(1)))).isEqualTo("&mut _1");
        assertThat(pr.rvalue(new Rvalue.Cast(CastKind.INT_TO_INT, Operand.copy(1), Ty.U32))).isEqualTo("copy _1 as u32 (IntToInt)");
        assertThat(pr.statement(new Statement(SI, new StatementKind.StorageLive(Local.of(3))))).isEqualTo("StorageLive(_3)");
        assertThat(pr.statement(new Statement(SI, new StatementKind.SetDiscriminant(Place.of(3), 1)))).isEqualTo("discriminant(_3) = 1");
    }

    @Test
    void validatorReportsDanglingBlocksAndLocals() {
        Body bad = new Body(new DefId(1), List.of(new BasicBlockData(List.of(assign(7, new Rvalue.Use(Operand.copy(1)))),
                new Terminator(SI, new TerminatorKind.Goto(BasicBlock.of(3))))),
                List.of(LocalDecl.temp(Ty.UNIT, Span.DUMMY), LocalDecl.temp(Ty.I32, Span.DUMMY)), 0, List.of(), Span.DUMMY);
        assertThat(MirValidator.validate(bad)).containsExactly("bb0[0]: no local _7", "bb0: no block bb3");
    }

    @Test
    void dumpsAllocationsOfConstantsAfterTheBody() {
        Ty strRef = Ty.ref(dev.ferrite.types.Region.STATIC, Ty.STR, Mutability.NOT);
        Ty bytesRef = Ty.ref(dev.ferrite.types.Region.STATIC, Ty.slice(Ty.U8), Mutability.NOT);
        Body body = new Body(new DefId(2), List.of(new BasicBlockData(List.of(
                assign(1, new Rvalue.Use(new Operand.Constant(new ConstValue.Slice(Allocation.ofString("hello world, this is a longer string")), strRef))),
                assign(2, new Rvalue.Use(new Operand.Constant(new ConstValue.Slice(Allocation.ofBytes(new byte[]{0, 1, 'a', 'b'})), bytesRef)))),
                new Terminator(SI, TerminatorKind.RETURN))),
                List.of(LocalDecl.temp(Ty.UNIT, Span.DUMMY), LocalDecl.temp(strRef, Span.DUMMY), LocalDecl.temp(bytesRef, Span.DUMMY)),
                0, List.of(), Span.DUMMY);
        assertThat(new MirPrinter(NAMES).print(body)).isEqualTo("""
                fn main() -> () {
                    let mut _0: ();
                    let mut _1: &'static str;
                    let mut _2: &'static [u8];

                    bb0: {
                        _1 = const "hello world, this is a longer string";
                        _2 = const b"\\x00\\x01ab";
                        return;
                    }
                }

                alloc2 (size: 4, align: 1) {
                    00 01 61 62                                     │ ..ab
                }

                alloc1 (size: 36, align: 1) {
                    0x00 │ 68 65 6c 6c 6f 20 77 6f 72 6c 64 2c 20 74 68 69 │ hello world, thi
                    0x10 │ 73 20 69 73 20 61 20 6c 6f 6e 67 65 72 20 73 74 │ s is a longer st
                    0x20 │ 72 69 6e 67                                     │ ring
                }
                """);
    }
}
