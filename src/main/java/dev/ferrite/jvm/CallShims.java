package dev.ferrite.jvm;

import dev.ferrite.interp.Instance;
import dev.ferrite.mir.BasicBlock;
import dev.ferrite.mir.BasicBlockData;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.BodyKind;
import dev.ferrite.mir.BorrowKind;
import dev.ferrite.mir.CastKind;
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
import dev.ferrite.mir.UnwindAction;
import dev.ferrite.span.Span;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * Shims as MIR (rustc's {@code InstanceKind} shims): bodies the engine builds for calls that have
 * no MIR of their own. A closure called through the {@code Fn} traits gets its arguments out of
 * the tuple they come in; an fn item or pointer called through them likewise; a method in a
 * vtable takes its receiver as a data pointer.
 */
final class CallShims {
    private CallShims() {
    }

    enum Kind { CLOSURE, FN_PTR, VIRTUAL_METHOD, CLOSURE_AS_FN, CLONE, REIFY, TRACKED_REIFY }

    /**
     * A shim: how {@code resolved} is called. For CLOSURE and FN_PTR, {@code selfTy} and
     * {@code argTys} are the call site's argument types ({@code self}, then the tuple) and
     * {@code retTy} its result type; for VIRTUAL_METHOD, {@code selfTy} is the concrete type.
     */
    record Key(Kind kind, InstanceResolver.Resolved resolved, Ty selfTy, List<Ty> argTys, Ty retTy) {
        Instance owner() {
            return new Instance(resolved.def(), TyFolder.eraseRegions(resolved.args()));
        }
    }

    private static final SourceInfo SI = SourceInfo.outermost(Span.DUMMY);

    static Body build(JvmEngine e, Key k) {
        return switch (k.kind()) {
            case CLOSURE -> closure(e, k);
            case FN_PTR -> fnPtr(e, k);
            case VIRTUAL_METHOD -> virtualMethod(e, k);
            case CLOSURE_AS_FN -> closureAsFn(e, k);
            case CLONE -> cloneShim(e, k);
            case REIFY -> reify(e, k);
            case TRACKED_REIFY -> trackedReify(e, k);
        };
    }

    /** Locals {@code _0: ret, _1.. : params}, then the ones {@code extra} adds; one call block, one return block. */
    private static final class Builder {
        final List<LocalDecl> locals = new ArrayList<>();
        final List<Statement> stmts = new ArrayList<>();
        final int argCount;

        Builder(Ty ret, List<Ty> params) {
            locals.add(LocalDecl.temp(ret, Span.DUMMY));
            for (Ty p : params) locals.add(LocalDecl.temp(p, Span.DUMMY));
            argCount = params.size();
        }

        /** The parameters, moved: {@code move _1, ..., move _n}. */
        List<Operand> params() {
            List<Operand> ops = new ArrayList<>();
            for (int i = 1; i <= argCount; i++) ops.add(new Operand.Move(Place.of(i)));
            return ops;
        }

        int local(Ty t) {
            locals.add(LocalDecl.temp(t, Span.DUMMY));
            return locals.size() - 1;
        }

        void assign(Place p, Rvalue rv) {
            stmts.add(new Statement(SI, new StatementKind.Assign(p, rv)));
        }

        /** The statements so far, then return. */
        Body returning(Instance owner) {
            return new Body(owner.def(), BodyKind.SHIM, List.of(new BasicBlockData(stmts, new Terminator(SI, TerminatorKind.RETURN), false)),
                    locals, argCount, List.of(SourceScopeData.OUTERMOST), List.of(), Span.DUMMY, null, List.of());
        }

        /** {@code _0 = func(args)}, then the drops, then return; if the call panics, the drops run before unwinding on. */
        Body call(Instance owner, Operand func, List<Operand> args, List<Place> dropAfter) {
            return call(owner, func, args, dropAfter, SI);
        }

        /** The same, the call made from {@code at} (the location a {@code #[track_caller]} callee gets). */
        Body call(Instance owner, Operand func, List<Operand> args, List<Place> dropAfter, SourceInfo at) {
            List<BasicBlockData> blocks = new ArrayList<>();
            int next = 1;
            // blocks: 0 the call, 1..k the drops, k+1 return, k+2.. the cleanup drops, then resume
            int k = dropAfter.size();
            UnwindAction unwind = k == 0 ? UnwindAction.CONTINUE : new UnwindAction.Cleanup(BasicBlock.of(k + 2));
            blocks.add(new BasicBlockData(stmts, new Terminator(at, new TerminatorKind.Call(func, args, Place.of(0),
                    BasicBlock.of(next), unwind)), false));
            for (Place p : dropAfter) {
                next++;
                blocks.add(new BasicBlockData(List.of(), new Terminator(SI, new TerminatorKind.Drop(p, BasicBlock.of(next),
                        UnwindAction.CONTINUE)), false));
            }
            blocks.add(new BasicBlockData(List.of(), new Terminator(SI, TerminatorKind.RETURN), false));
            for (int i = 0; i < k; i++) {
                blocks.add(new BasicBlockData(List.of(), new Terminator(SI, new TerminatorKind.Drop(dropAfter.get(i),
                        BasicBlock.of(k + 3 + i), UnwindAction.TERMINATE)), true));
            }
            if (k > 0) blocks.add(new BasicBlockData(List.of(), new Terminator(SI, TerminatorKind.UNWIND_RESUME), true));
            return new Body(owner.def(), BodyKind.SHIM, blocks, locals, argCount, List.of(SourceScopeData.OUTERMOST), List.of(),
                    Span.DUMMY, null, List.of());
        }
    }

    /** The operands {@code _2.0, _2.1, ...} of the argument tuple in local 2. */
    private static List<Operand> untupled(Ty tuple) {
        List<Operand> out = new ArrayList<>();
        if (tuple instanceof Ty.Tuple t) {
            for (int i = 0; i < t.elems().size(); i++) out.add(new Operand.Move(Place.of(2).field(i, t.elems().get(i))));
        }
        return out;
    }

    /** {@code Fn::call(self, (a, b))} of a closure: its body with its environment as it wants it, then {@code a, b}. */
    private static Body closure(JvmEngine e, Key k) {
        Instance closure = k.owner();
        Body body = e.program.mirOf(closure.def());
        Ty envTy = e.substTy(closure, body.locals().get(1).ty());
        Ty tuple = k.argTys().isEmpty() ? Ty.UNIT : k.argTys().getFirst();
        Builder b = new Builder(k.retTy(), List.of(k.selfTy(), tuple));
        List<Operand> args = new ArrayList<>();
        List<Place> drops = new ArrayList<>();
        if (envTy instanceof Ty.Ref r && !(k.selfTy() instanceof Ty.Ref)) {
            // call_once of an Fn/FnMut closure: the body borrows the environment, which is dropped after
            int env = b.local(envTy);
            b.assign(Place.of(env), new Rvalue.Ref(r.mutbl() == Mutability.MUT ? BorrowKind.MUT : BorrowKind.SHARED, Place.of(1)));
            args.add(new Operand.Move(Place.of(env)));
            if (e.needsDrop(k.selfTy())) drops.add(Place.of(1));
        } else if (!(envTy instanceof Ty.Ref) && k.selfTy() instanceof Ty.Ref) {
            args.add(new Operand.Copy(Place.of(1).deref()));
        } else {
            args.add(new Operand.Move(Place.of(1)));
        }
        args.addAll(untupled(tuple));
        Operand func = Operand.fnItem(Ty.fnDef(closure.def(), closure.args()));
        return b.call(closure, func, args, drops);
    }

    /**
     * The built-in {@code Clone::clone(&self)} of a tuple, array or closure: each element cloned
     * through its own {@code Clone} (rustc's clone shim), into {@code _0}; of anything else
     * (primitives, references, pointers), a copy.
     */
    private static Body cloneShim(JvmEngine e, Key k) {
        Ty t = TyFolder.eraseRegions(k.resolved().args().ty(0));
        Ty ref = k.selfTy();
        dev.ferrite.hir.DefId cloneFn = k.resolved().def();
        List<Ty> parts = switch (t) {
            case Ty.Tuple tu -> tu.elems();
            case Ty.Closure c -> dev.ferrite.interp.Layouts.closureUpvars(c);
            case Ty.Array a -> java.util.Collections.nCopies((int) dev.ferrite.interp.Layouts.arrayLen(a.len()), a.elem());
            default -> null;
        };
        List<LocalDecl> locals = new ArrayList<>();
        locals.add(LocalDecl.temp(t, Span.DUMMY));
        locals.add(LocalDecl.temp(ref, Span.DUMMY));
        List<BasicBlockData> blocks = new ArrayList<>();
        if (parts == null) {
            List<Statement> st = List.of(new Statement(SI, new StatementKind.Assign(Place.of(0),
                    new Rvalue.Use(new Operand.Copy(Place.of(1).deref())))));
            blocks.add(new BasicBlockData(st, new Terminator(SI, TerminatorKind.RETURN), false));
        } else {
            List<Operand> elems = new ArrayList<>();
            List<Integer> clones = new ArrayList<>();
            int n = parts.size();
            for (int i = 0; i < n; i++) {
                Ty et = parts.get(i);
                Place src = t instanceof Ty.Array
                        ? Place.of(1).deref().project(new dev.ferrite.mir.PlaceElem.ConstantIndex(i, parts.size(), false)) : Place.of(1).deref().field(i, et);
                int r = locals.size();
                locals.add(LocalDecl.temp(Ty.ref(dev.ferrite.types.Region.ERASED, et, Mutability.NOT), Span.DUMMY));
                int v = locals.size();
                locals.add(LocalDecl.temp(et, Span.DUMMY));
                List<Statement> st = List.of(new Statement(SI, new StatementKind.Assign(Place.of(r),
                        new Rvalue.Ref(BorrowKind.SHARED, src))));
                Operand f = Operand.fnItem(Ty.fnDef(cloneFn, dev.ferrite.types.GenericArgs.of(et)));
                // a panicking clone drops the clones made before it: cleanup block D(i - 1) below
                UnwindAction unwind = i == 0 ? UnwindAction.CONTINUE : new UnwindAction.Cleanup(BasicBlock.of(n + 2 + i - 1));
                blocks.add(new BasicBlockData(st, new Terminator(SI, new TerminatorKind.Call(f, List.of(new Operand.Move(Place.of(r))),
                        Place.of(v), BasicBlock.of(blocks.size() + 1), unwind)), false));
                elems.add(new Operand.Move(Place.of(v)));
                clones.add(v);
            }
            dev.ferrite.mir.AggregateKind kind = switch (t) {
                case Ty.Array a -> new dev.ferrite.mir.AggregateKind.Array(a.elem());
                case Ty.Closure c -> new dev.ferrite.mir.AggregateKind.Closure(c.def(), c.args());
                default -> new dev.ferrite.mir.AggregateKind.Tuple();
            };
            List<Statement> st = List.of(new Statement(SI, new StatementKind.Assign(Place.of(0), new Rvalue.Aggregate(kind, elems))));
            blocks.add(new BasicBlockData(st, new Terminator(SI, TerminatorKind.RETURN), false));
            // block n + 1 resumes unwinding; D(j) = n + 2 + j drops clone j, then goes to D(j - 1)
            blocks.add(new BasicBlockData(List.of(), new Terminator(SI, TerminatorKind.UNWIND_RESUME), true));
            for (int j = 0; j + 1 < n; j++) {
                blocks.add(new BasicBlockData(List.of(), new Terminator(SI, new TerminatorKind.Drop(Place.of(clones.get(j)),
                        BasicBlock.of(j == 0 ? n + 1 : n + 2 + j - 1), UnwindAction.TERMINATE, false)), true));
            }
        }
        return new Body(k.resolved().def(), BodyKind.SHIM, blocks, locals, 1, List.of(SourceScopeData.OUTERMOST), List.of(),
                Span.DUMMY, null, List.of());
    }

    /**
     * A closure that captures nothing, coerced to a function pointer: its body called with a
     * made-up environment (it has no fields to read). {@code argTys} are the pointer's parameters.
     */
    private static Body closureAsFn(JvmEngine e, Key k) {
        Instance closure = k.owner();
        Body body = e.program.mirOf(closure.def());
        Ty envTy = e.substTy(closure, body.locals().get(1).ty());
        Builder b = new Builder(k.retTy(), k.argTys());
        List<Operand> args = new ArrayList<>();
        args.add(envTy instanceof Ty.Ref
                ? new Operand.Constant(dev.ferrite.mir.ConstValue.Scalar.of(16, 8), envTy)
                : new Operand.Constant(dev.ferrite.mir.ConstValue.ZST, envTy));
        args.addAll(b.params());
        return b.call(closure, Operand.fnItem(Ty.fnDef(closure.def(), closure.args())), args, List.of());
    }

    /** {@code Some} or {@code Wrapper} called as a function (through a fn pointer): {@code _0 = Variant(_1, ..., _n)}. */
    static Body constructor(JvmEngine e, Instance inst, dev.ferrite.interp.Program.Ctor ctor) {
        int variant = e.program.adtDef(ctor.adt()).isEnum() ? ctor.variant() : 0;
        Ty.Adt adt = new Ty.Adt(ctor.adt(), inst.args());
        List<Ty> fields = e.layouts.fieldTys(adt, variant);
        Builder b = new Builder(adt, fields);
        List<Operand> ops = b.params();
        b.assign(Place.of(0), new Rvalue.Aggregate(new dev.ferrite.mir.AggregateKind.Adt(ctor.adt(), variant, inst.args(), -1), ops));
        return b.returning(inst);
    }

    /**
     * An fn item that is not one function of its own (a trait method called on a {@code dyn}, say
     * {@code <dyn Trait as Trait>::foo}) as a function pointer: a body that calls the item with its
     * arguments. {@code k.selfTy()} is the item, {@code argTys}/{@code retTy} the pointer's signature.
     */
    private static Body reify(JvmEngine e, Key k) {
        Ty.FnDef fd = (Ty.FnDef) k.selfTy();
        Builder b = new Builder(k.retTy(), k.argTys());
        List<Operand> args = b.params();
        return b.call(new Instance(fd.def(), fd.args()), Operand.fnItem(fd), args, List.of());
    }

    /**
     * A {@code #[track_caller]} function as a function pointer (rustc's ReifyShim): a call of it
     * from its own definition, which is the location it reports (a pointer's callers pass none).
     * {@code argTys} and {@code retTy} are its monomorphic signature.
     */
    private static Body trackedReify(JvmEngine e, Key k) {
        Instance callee = k.owner();
        Builder b = new Builder(k.retTy(), k.argTys());
        List<Operand> args = b.params();
        Span def = e.bodyOf(callee).span();
        return b.call(callee, Operand.fnItem(Ty.fnDef(callee.def(), callee.args())), args, List.of(),
                SourceInfo.outermost(def == null ? Span.DUMMY : dev.ferrite.interp.DefSpans.withoutAttributes(e.sourceMap, def)));
    }

    /** {@code Fn::call(f, (a, b))} of an fn item or pointer: {@code f(a, b)}. */
    private static Body fnPtr(JvmEngine e, Key k) {
        Ty fnTy = TyFolder.eraseRegions(k.resolved().args().ty(0));
        Ty tuple = k.argTys().isEmpty() ? Ty.UNIT : k.argTys().getFirst();
        Builder b = new Builder(k.retTy(), List.of(k.selfTy(), tuple));
        Place self = k.selfTy() instanceof Ty.Ref ? Place.of(1).deref() : Place.of(1);
        Operand func = fnTy instanceof Ty.FnDef ? Operand.fnItem(fnTy) : new Operand.Copy(self);
        return b.call(k.owner(), func, untupled(tuple), List.of());
    }

    /**
     * {@code Fn::call(&self, args)} of a closure in the vtable of a {@code dyn Fn(..)}: the data
     * pointer is the closure (or a reference to it), {@code k.argTys()} holds the argument tuple's type.
     */
    private static Body virtualClosure(JvmEngine e, Key k, Body body) {
        Instance closure = k.owner();
        Ty envTy = e.substTy(closure, body.locals().get(1).ty());
        Ty tuple = k.argTys().isEmpty() ? Ty.UNIT : k.argTys().getFirst();
        Ty ret = e.substTy(closure, body.locals().get(0).ty());
        Builder b = new Builder(ret, List.of(Ty.ptr(k.selfTy(), Mutability.MUT), tuple));
        List<Operand> args = new ArrayList<>();
        if (envTy instanceof Ty.Ref || envTy instanceof Ty.RawPtr) {
            int s = b.local(envTy);
            b.assign(Place.of(s), new Rvalue.Cast(CastKind.PTR_TO_PTR, new Operand.Copy(Place.of(1)), envTy));
            args.add(new Operand.Move(Place.of(s)));
        } else {
            args.add(new Operand.Move(Place.of(1).deref()));
        }
        args.addAll(untupled(tuple));
        return b.call(closure, Operand.fnItem(Ty.fnDef(closure.def(), closure.args())), args, List.of());
    }

    /**
     * {@code Fn::call(&self, args)} of a fn pointer or fn item in the vtable of a {@code dyn Fn(..)}:
     * the data pointer points at the fn pointer (a fn item has no data), {@code k.argTys()} holds
     * the argument tuple's type.
     */
    private static Body virtualFnPtr(JvmEngine e, Key k) {
        Ty fnTy = TyFolder.eraseRegions(k.selfTy());
        Ty tuple = k.argTys().isEmpty() ? Ty.UNIT : k.argTys().getFirst();
        Ty ret = switch (fnTy) {
            case Ty.FnPtr p -> TyFolder.eraseRegions(p.sig().output());
            case Ty.FnDef d -> {
                Instance callee = new Instance(d.def(), TyFolder.eraseRegions(d.args()));
                yield e.substTy(callee, e.bodyOf(callee).locals().get(0).ty());
            }
            default -> throw new JvmEngine.Unsupported("a vtable's call of " + fnTy);
        };
        Builder b = new Builder(ret, List.of(Ty.ptr(k.selfTy(), Mutability.MUT), tuple));
        Operand func = fnTy instanceof Ty.FnDef ? Operand.fnItem(fnTy) : new Operand.Copy(Place.of(1).deref());
        return b.call(k.owner(), func, untupled(tuple), List.of());
    }

    /**
     * A method in a vtable, called with the receiver's data pointer: {@code method(self, args)}
     * where {@code self} is made from the pointer as the method takes it ({@code &Self},
     * {@code &mut Self} or {@code Self}).
     */
    private static Body virtualMethod(JvmEngine e, Key k) {
        InstanceResolver.Resolved r = k.resolved();
        Instance method = k.owner();
        Body body = e.program.mirOf(method.def());
        if (r.kind() == InstanceResolver.Resolved.Kind.CLOSURE) return virtualClosure(e, k, body);
        if (r.kind() == InstanceResolver.Resolved.Kind.FN_PTR_SHIM) return virtualFnPtr(e, k);
        if (r.kind() != InstanceResolver.Resolved.Kind.ITEM || body == null) {
            throw new JvmEngine.Unsupported("a vtable method resolved as " + r.kind());
        }
        Ty selfParam = e.substTy(method, body.locals().get(1).ty());
        List<Ty> params = new ArrayList<>();
        Ty dataPtr = Ty.ptr(k.selfTy(), Mutability.MUT);
        params.add(dataPtr);
        for (int i = 2; i <= body.argCount(); i++) params.add(e.substTy(method, body.locals().get(i).ty()));
        Builder b = new Builder(e.substTy(method, body.locals().get(0).ty()), params);
        List<Operand> args = new ArrayList<>();
        if (selfParam instanceof Ty.Ref || selfParam instanceof Ty.RawPtr) {
            int s = b.local(selfParam);
            b.assign(Place.of(s), new Rvalue.Cast(CastKind.PTR_TO_PTR, new Operand.Copy(Place.of(1)), selfParam));
            args.add(new Operand.Move(Place.of(s)));
        } else if (selfParam.equals(k.selfTy())) {
            args.add(new Operand.Move(Place.of(1).deref()));
        } else if (selfParam instanceof Ty.Adt && e.layouts.of(selfParam).size() == 8) {
            // self: Box<Self>, Rc<Self>, Pin<&mut Self>: a pointer-sized wrapper of the data pointer (rustc
            // dispatches such receivers by passing the wide pointer's data half as the thin one)
            int s = b.local(selfParam);
            b.assign(Place.of(s), new Rvalue.Cast(CastKind.TRANSMUTE, new Operand.Copy(Place.of(1)), selfParam));
            args.add(new Operand.Move(Place.of(s)));
        } else {
            throw new JvmEngine.Unsupported("a vtable method taking self as " + selfParam);
        }
        for (int i = 2; i <= body.argCount(); i++) args.add(new Operand.Move(Place.of(i)));
        return b.call(method, Operand.fnItem(Ty.fnDef(method.def(), method.args())), args, List.of());
    }
}
