package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Lit;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.ConstEval;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * Type checking of expressions (rustc's {@code check_expr}): each kind of expression gets its
 * type, with the expected type (when known) guiding literals, closures and coercions.
 */
final class ExprTypeck {
    private final FnCtxt fcx;
    private final Body body;

    ExprTypeck(FnCtxt fcx) {
        this.fcx = fcx;
        this.body = fcx.body;
    }

    private Expr expr(ExprId id) {
        return body.expr(id);
    }

    /** Checks an expression; {@code expected} (or null) is a hint, not a requirement. */
    Ty check(ExprId id, Ty expected) {
        boolean oldDiverges = fcx.diverges;
        fcx.diverges = false;
        Ty ty = checkKind(id, expr(id), expected);
        if (fcx.shallow(ty) instanceof Ty.Never) fcx.diverges = true;
        fcx.recordExprTy(id, ty);
        fcx.diverges |= oldDiverges;
        return ty;
    }

    /** Checks an expression and coerces it to {@code target}; reports a mismatch (E0308). */
    Ty checkCoercible(ExprId id, Ty target) {
        Ty ty = check(id, target);
        demandCoerce(id, ty, target);
        return target;
    }

    /** Checks an expression whose type must equal {@code target}. */
    Ty checkHasType(ExprId id, Ty target) {
        Ty ty = check(id, target);
        if (fcx.shallow(ty) instanceof Ty.Never) {
            fcx.addAdjustments(id, List.of(new Adjustment(new Adjustment.NeverToAny(), target)));
            return target;
        }
        demandEq(expr(id).span(), target, ty);
        return target;
    }

    void demandCoerce(ExprId id, Ty actual, Ty expected) {
        if (!fcx.coercion.coerce(id, actual, expected)) {
            mismatch(expr(id).span(), expected, actual);
        }
    }

    void demandEq(Span span, Ty expected, Ty actual) {
        if (!fcx.infcx.unify(expected, actual)) mismatch(span, expected, actual);
    }

    void mismatch(Span span, Ty expected, Ty actual) {
        Ty e = fcx.resolve(expected), a = fcx.resolve(actual);
        if (e.hasError() || a.hasError()) return;
        fcx.error(Diagnostic.error("mismatched types").code("E0308")
                .primary(span, "expected " + describe(e) + ", found " + describe(a)));
    }

    /** A type in "expected X, found Y": quoted, except rustc's words for unresolved literals. */
    private String describe(Ty t) {
        String s = fcx.tcx.show(t);
        return switch (s) {
            case "{integer}" -> "integer";
            case "{float}" -> "floating-point number";
            default -> "`" + s + "`";
        };
    }

    private Ty checkKind(ExprId id, Expr e, Ty expected) {
        return switch (e) {
            case Expr.Literal l -> literal(l.lit(), expected);
            case Expr.Path p -> path(id, p.path(), p.span());
            case Expr.Call c -> call(id, c, expected);
            case Expr.MethodCall m -> methodCall(id, m, expected);
            case Expr.Binary b -> binary(id, b, expected);
            case Expr.Unary u -> unary(id, u, expected);
            case Expr.Cast c -> cast(c);
            case Expr.AddrOf a -> addrOf(a, expected);
            case Expr.Field f -> field(id, f);
            case Expr.Index ix -> index(id, ix);
            case Expr.Assign a -> {
                Ty lhs = check(a.lhs(), null);
                checkCoercible(a.rhs(), lhs);
                yield Ty.UNIT;
            }
            case Expr.AssignOp a -> assignOp(id, a);
            case Expr.BlockExpr b -> blockExpr(id, b, expected);
            case Expr.If i -> ifExpr(i, expected);
            case Expr.Let l -> {
                Ty init = check(l.init(), null);
                if (l.ty() != null) demandEq(l.span(), fcx.lowering.lower(l.ty()), init);
                fcx.pats.check(l.pat(), init, true);
                yield Ty.BOOL;
            }
            case Expr.Loop l -> loop(id, l, expected);
            case Expr.Match m -> match(m, expected);
            case Expr.Closure c -> fcx.closuresTypeck().check(id, c, expected);
            case Expr.Break b -> breakExpr(b);
            case Expr.Continue c -> Ty.NEVER;
            case Expr.Return r -> {
                if (r.value() != null) {
                    checkCoercible(r.value(), fcx.retTy);
                } else if (!fcx.infcx.unify(fcx.retTy, Ty.UNIT)) {
                    mismatch(r.span(), fcx.retTy, Ty.UNIT);
                }
                yield Ty.NEVER;
            }
            case Expr.Struct s -> structExpr(id, s, expected);
            case Expr.Tuple t -> {
                List<Ty> hints = expected != null && fcx.shallow(expected) instanceof Ty.Tuple et
                        && et.elems().size() == t.elems().size() ? et.elems() : null;
                List<Ty> tys = new ArrayList<>();
                for (int i = 0; i < t.elems().size(); i++) {
                    Ty hint = hints == null ? null : hints.get(i);
                    tys.add(hint != null ? checkCoercible(t.elems().get(i), hint) : check(t.elems().get(i), null));
                }
                yield Ty.tuple(tys);
            }
            case Expr.Array a -> array(a, expected);
            case Expr.Repeat r -> {
                Ty hint = expected == null ? null : switch (fcx.shallow(expected)) {
                    case Ty.Array arr -> arr.elem();
                    case Ty.Slice s -> s.elem();
                    default -> null;
                };
                Ty elem = hint != null ? checkCoercible(r.elem(), hint) : check(r.elem(), null);
                // `[x; N]` with a const parameter `N` has length `N`, like the type `[T; N]`
                if (r.count() == null) {
                    yield Ty.array(elem, expected != null && fcx.shallow(expected) instanceof Ty.Array arr ? arr.len()
                            : fcx.infcx.newConstVar());
                }
                yield Ty.array(elem, ConstEval.evalConstArg(fcx.tcx, r.count(), fcx.owner));
            }
            case Expr.ConstBlock c -> check(c.block(), expected);
            case Expr.Err err -> {
                fcx.tainted = true;
                yield Ty.ERROR;
            }
        };
    }

    // ---- literals and paths ----

    private Ty literal(Lit lit, Ty expected) {
        Ty exp = expected == null ? null : fcx.shallow(expected);
        return switch (lit) {
            case Lit.Int i -> {
                if (i.suffix() != null) yield Ty.of(i.suffix());
                if (i.floatSuffix() != null) yield Ty.of(i.floatSuffix());
                if (exp instanceof Ty.Int || exp instanceof Ty.Infer inf && inf.kind() == Ty.InferKind.INT) yield exp;
                if (exp instanceof Ty.Char || exp instanceof Ty.RawPtr) yield fcx.infcx.newIntVar();
                yield fcx.infcx.newIntVar();
            }
            case Lit.Float f -> {
                if (f.suffix() != null) yield Ty.of(f.suffix());
                if (exp instanceof Ty.Float || exp instanceof Ty.Infer inf && inf.kind() == Ty.InferKind.FLOAT) yield exp;
                yield fcx.infcx.newFloatVar();
            }
            case Lit.Bool b -> Ty.BOOL;
            case Lit.Char c -> Ty.CHAR;
            case Lit.Byte b -> Ty.U8;
            case Lit.Str s -> Ty.ref(Region.STATIC, Ty.STR, Mutability.NOT);
            case Lit.ByteStr s -> Ty.ref(Region.STATIC, Ty.array(Ty.U8, Const.usize(s.bytes().length)), Mutability.NOT);
            case Lit.CStr s -> {
                fcx.error(Diagnostic.error("C string literals are not supported by Ferrite yet").primary(Span.DUMMY));
                yield Ty.ERROR;
            }
            case Lit.Err err -> Ty.ERROR;
        };
    }

    /** A path in value position: local, fn item, constructor, constant, static, associated item. */
    Ty path(ExprId id, HirPath.QPath qpath, Span span) {
        switch (qpath) {
            case HirPath.Resolved r when r.qself() == null -> {
                return resolvedValuePath(id, r.path(), span);
            }
            case HirPath.Resolved r -> {
                // <T as Trait>::item
                Ty self = fcx.lowering.lower(r.qself());
                HirPath.Path p = r.path();
                if (p.segments().size() >= 2 && p.segments().get(p.segments().size() - 2).res() instanceof Res.Def td
                        && td.kind() == DefKind.TRAIT) {
                    DefId item = fcx.tcx.assocItem(td.def(), p.last().name(), DefKind.Ns.VALUE);
                    if (item != null) {
                        GenericArgs traitArgs = GenericArgs.of(self).concat(
                                fcx.lowering.ownArgs(td.def(), p.segments().get(p.segments().size() - 2), true, 1, self));
                        return valueOfAssoc(id, item, traitArgs, p.last(), span);
                    }
                }
                return resolvedValuePath(id, p, span);
            }
            case HirPath.TypeRelative tr -> {
                Ty base = fcx.lowering.lowerPathBase(tr.base());
                // `Alias::Variant` / `Self::Variant`: an enum's variant through a type (a constructor)
                Ty baseR = fcx.structurallyResolve(base, span);
                if (baseR instanceof Ty.Adt adt && fcx.tcx.adtDef(adt.def()).isEnum()) {
                    for (var v : fcx.tcx.adtDef(adt.def()).variants()) {
                        if (v.name() != tr.segment().name()) continue;
                        DefId ctor = ctorOfVariant(v.def());
                        if (ctor == null) break; // a struct-like variant is not a value
                        fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.CTOR, ctor, adt.args()));
                        return TyFolder.subst(fcx.tcx.typeOf(ctor), adt.args());
                    }
                }
                MethodProbe.AssocPick pick = fcx.probe.resolveAssocValue(base, tr.segment(), span);
                if (pick == null) return Ty.ERROR;
                return valueOfAssoc(id, pick.item(), pick.parentArgs(), tr.segment(), span);
            }
        }
    }

    /** The value of an associated fn/const given its container's arguments. */
    private Ty valueOfAssoc(ExprId id, DefId item, GenericArgs parentArgs, HirPath.Segment seg, Span span) {
        GenericArgs args = fcx.lowering.argsFor(item, seg, parentArgs, true);
        return instantiateValue(id, item, args, span);
    }

    private Ty instantiateValue(ExprId id, DefId def, GenericArgs args, Span span) {
        DefKind kind = fcx.tcx.kind(def);
        fcx.resolutions.put(id, new TypeckResults.Resolution(kind, def, args));
        fcx.registerPredicates(def, args, span);
        Ty ty = TyFolder.subst(fcx.tcx.typeOf(def), args);
        return fcx.infcx.normalize(ty, span);
    }

    private Ty resolvedValuePath(ExprId id, HirPath.Path path, Span span) {
        return switch (path.res()) {
            case Res.Local l -> {
                Ty t = fcx.patTys[l.binding().index()];
                yield t == null ? Ty.ERROR : t;
            }
            case Res.Def d -> switch (d.kind()) {
                case FN, CONST, STATIC -> instantiateValue(id, d.def(),
                        fcx.lowering.argsFor(d.def(), path.last(), GenericArgs.EMPTY, true), span);
                case ASSOC_FN, ASSOC_CONST -> {
                    // `Trait::method` or a path straight to an impl item
                    DefId container = fcx.tcx.parent(d.def());
                    GenericArgs parentArgs = fcx.freshArgs(container);
                    if (fcx.tcx.kind(container) == DefKind.TRAIT && path.segments().size() >= 2) {
                        HirPath.Segment traitSeg = path.segments().get(path.segments().size() - 2);
                        if (traitSeg.args() != null) {
                            parentArgs = GenericArgs.of(parentArgs.get(0))
                                    .concat(fcx.lowering.ownArgs(container, traitSeg, true, 1, (Ty) parentArgs.get(0)));
                        }
                    }
                    yield valueOfAssoc(id, d.def(), parentArgs, path.last(), span);
                }
                case CTOR -> {
                    DefId adt = adtOfCtor(d.def());
                    GenericArgs adtArgs = ctorArgs(path, adt);
                    fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.CTOR, d.def(), adtArgs));
                    yield TyFolder.subst(fcx.tcx.typeOf(d.def()), adtArgs);
                }
                case CONST_PARAM -> {
                    fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.CONST_PARAM, d.def(), GenericArgs.EMPTY));
                    yield constParamTy(d.def());
                }
                default -> {
                    fcx.error(Diagnostic.error("expected value, found " + d.kind().descr() + " `" + fcx.tcx.name(d.def()) + "`")
                            .code("E0423").primary(span, "not a value"));
                    yield Ty.ERROR;
                }
            };
            case Res.SelfCtor s -> {
                Ty self = fcx.tcx.typeOf(s.impl());
                if (self instanceof Ty.Adt adt && fcx.tcx.adtDef(adt.def()).isStruct()) {
                    DefId ctor = ctorOfStruct(adt.def());
                    if (ctor == null) {
                        fcx.error(Diagnostic.error("the `Self` constructor can only be used with tuple or unit structs")
                                .primary(span));
                        yield Ty.ERROR;
                    }
                    fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.CTOR, ctor, adt.args()));
                    yield TyFolder.subst(fcx.tcx.typeOf(ctor), adt.args());
                }
                yield Ty.ERROR;
            }
            case Res.Err err -> {
                fcx.tainted = true;
                yield Ty.ERROR;
            }
            default -> {
                fcx.error(Diagnostic.error("expected value, found type").code("E0423").primary(span, "not a value"));
                yield Ty.ERROR;
            }
        };
    }

    private Ty constParamTy(DefId param) {
        return fcx.tcx.typeOf(param);
    }

    DefId adtOfCtor(DefId ctor) {
        DefId p = fcx.tcx.parent(ctor);
        return fcx.tcx.kind(p) == DefKind.VARIANT ? fcx.tcx.parent(p) : p;
    }

    /** The constructor DefId of a tuple or unit variant, or null. */
    DefId ctorOfVariant(DefId variant) {
        DefId enumDef = fcx.tcx.parent(variant);
        if (fcx.tcx.item(enumDef) instanceof dev.ferrite.hir.Item.Enum e) {
            for (var v : e.variants()) if (v.def().equals(variant)) return v.data().ctor();
        }
        return null;
    }

    /** The constructor DefId of a tuple or unit struct, or null. */
    DefId ctorOfStruct(DefId adt) {
        if (fcx.tcx.item(adt) instanceof dev.ferrite.hir.Item.Struct s) return s.data().ctor();
        return null;
    }

    /** ADT arguments for a constructor path: from `Enum::<T>::Variant`, `Variant::<T>`, `Struct::<T>`, else fresh. */
    GenericArgs ctorArgs(HirPath.Path path, DefId adt) {
        List<HirPath.Segment> segs = path.segments();
        HirPath.Segment last = segs.getLast();
        if (last.args() != null) return fcx.lowering.ownArgs(adt, last, true, 0);
        if (segs.size() >= 2) {
            HirPath.Segment prev = segs.get(segs.size() - 2);
            if (prev.args() != null && prev.res() instanceof Res.Def pd && pd.def().equals(adt)) {
                return fcx.lowering.ownArgs(adt, prev, true, 0);
            }
        }
        return fcx.freshArgs(adt);
    }

    // ---- calls ----

    private Ty call(ExprId id, Expr.Call c, Ty expected) {
        Ty calleeTy = check(c.callee(), null);
        Ty callee = fcx.structurallyResolve(calleeTy, expr(c.callee()).span());
        FnSig sig = switch (callee) {
            case Ty.FnDef fd -> fcx.instantiateSig(fd.def(), fd.args(), c.span());
            case Ty.FnPtr fp -> fp.sig();
            case Ty.Closure cl -> {
                FnCtxt.ClosureState st = fcx.closures.get(cl.def());
                yield st == null ? null : FnSig.of(st.inputs, st.output);
            }
            case Ty.Error err -> null;
            default -> calleeAutoderef(id, c, callee);
        };
        if (sig == null) {
            for (ExprId a : c.args()) check(a, null);
            return Ty.ERROR;
        }
        checkArgs(c.args(), sig, 0, c.span(), expr(c.callee()).span(), expectedInputs(sig, expected));
        return sig.output();
    }

    /**
     * The callee of {@code f(args)} is not a function: dereference it until a step is a fn pointer,
     * a closure or implements a Fn trait ({@code f: &dyn Fn(i32)}, {@code f: &Box<dyn Fn(i32)>}),
     * recording the dereferences on the callee (rustc's {@code try_overloaded_call_step}).
     */
    private FnSig calleeAutoderef(ExprId id, Expr.Call c, Ty callee) {
        Span span = expr(c.callee()).span();
        List<Ty> types = new ArrayList<>();
        List<List<Adjustment>> chain = Autoderef.chain(fcx, callee, span, types);
        for (int k = 0; k < types.size(); k++) {
            Ty t = types.get(k);
            boolean derefed = k > 0;
            boolean firstOfSeveral = k == 0 && types.size() > 1;
            FnSig sig = switch (t) {
                case Ty.FnPtr fp when derefed -> fp.sig();
                case Ty.Closure cl when derefed -> {
                    FnCtxt.ClosureState st = fcx.closures.get(cl.def());
                    yield st == null ? null : FnSig.of(st.inputs, st.output);
                }
                case Ty.Infer i -> null;
                // rustc's hack: a reference is dereferenced before its Fn impls are tried, so that
                // `f: &mut impl FnMut()` calls as `call_mut(&mut *f)` and `f` needs no `mut`
                case Ty.Ref r when firstOfSeveral -> null;
                default -> overloadedCall(id, c, t);
            };
            if (sig != null) {
                if (k > 0) fcx.addAdjustments(c.callee(), chain.get(k));
                return sig;
            }
        }
        fcx.error(Diagnostic.error("expected function, found `" + fcx.show(callee) + "`").code("E0618")
                .primary(span, "call expression requires function"));
        return null;
    }

    /** {@code f(args)} where f implements one of the Fn traits: resolves to Fn::call / FnMut::call_mut / FnOnce::call_once; null if none. */
    private FnSig overloadedCall(ExprId id, Expr.Call c, Ty callee) {
        String[][] traits = {{"fn", "call"}, {"fn_mut", "call_mut"}, {"fn_once", "call_once"}};
        List<Ty> argVars = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) argVars.add(fcx.infcx.newVar());
        Ty argsTuple = Ty.tuple(argVars);
        DefId fnOnce = fcx.tcx.langItem("fn_once");
        for (String[] t : traits) {
            DefId trait = fcx.tcx.langItem(t[0]);
            if (trait == null || fnOnce == null) continue;
            TraitRef tr = new TraitRef(trait, GenericArgs.of(callee, argsTuple));
            if (!fcx.infcx.mayHold(new Predicate.Trait(tr))) continue;
            fcx.infcx.register(new Predicate.Trait(tr), c.span());
            DefId method = fcx.tcx.assocItem(trait, Symbol.intern(t[1]), DefKind.Ns.VALUE);
            fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.ASSOC_FN, method, GenericArgs.of(callee, argsTuple)));
            DefId output = fcx.tcx.assocItem(fnOnce, Symbol.intern("Output"), DefKind.Ns.TYPE);
            Ty out = fcx.infcx.normalize(Ty.intern(new Ty.Alias(output, GenericArgs.of(callee, argsTuple))), c.span());
            return FnSig.of(argVars, out);
        }
        return null;
    }

    /** Checks call arguments against the signature's inputs from {@code skip} on (1 for method receivers). */
    /**
     * What the call's expected type says about its arguments (rustc's
     * {@code expected_inputs_for_expected_output}): the formal inputs after unifying the formal
     * output with the expected type, tried and undone. In {@code let v: Box<dyn Fn(i32) -> i32> =
     * Box::new(|x| x + 1)} the closure is checked expecting {@code dyn Fn(i32) -> i32}. Null if the
     * expected type teaches nothing.
     */
    private List<Ty> expectedInputs(FnSig sig, Ty expected) {
        if (expected == null) return null;
        Ty e = fcx.shallow(expected);
        if (e instanceof Ty.Infer || e.hasError()) return null;
        Ty formalOut = fcx.infcx.resolve(sig.output());
        if (!formalOut.hasInfer()) return null;
        Object snap = fcx.infcx.snapshot();
        try {
            if (!fcx.infcx.unify(formalOut, e)) return null;
            List<Ty> out = new ArrayList<>();
            for (Ty in : sig.inputs()) out.add(fcx.infcx.resolve(in));
            return out;
        } finally {
            fcx.infcx.rollback(snap);
        }
    }

    /** Whether a type is unsized by its shape: {@code dyn}, a slice, {@code str}, or a struct ending in one. */
    private boolean knownUnsized(Ty t) {
        for (int depth = 0; depth < 16; depth++) {
            switch (fcx.shallow(t)) {
                case Ty.Dynamic d -> {
                    return true;
                }
                case Ty.Slice s -> {
                    return true;
                }
                case Ty.Str s -> {
                    return true;
                }
                case Ty.Adt a when fcx.tcx.adtDef(a.def()).isStruct()
                        && !fcx.tcx.adtDef(a.def()).nonEnumVariant().fields().isEmpty() ->
                        t = dev.ferrite.types.TyFolder.subst(fcx.tcx.adtDef(a.def()).nonEnumVariant().fields().getLast().ty(), a.args());
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    void checkArgs(List<ExprId> args, FnSig sig, int skip, Span callSpan, Span calleeSpan) {
        checkArgs(args, sig, skip, callSpan, calleeSpan, null);
    }

    /**
     * Checks the arguments; with expected inputs (from the call's expected type) each argument is
     * coerced to its expected input, which then must equal the formal one (as rustc does).
     */
    void checkArgs(List<ExprId> args, FnSig sig, int skip, Span callSpan, Span calleeSpan, List<Ty> expectedInputs) {
        int expected = sig.inputs().size() - skip;
        if (args.size() != expected && !(sig.cVariadic() && args.size() > expected)) {
            String takes = expected + " argument" + (expected == 1 ? "" : "s");
            String given = args.size() + " argument" + (args.size() == 1 ? "" : "s") + (args.size() == 1 ? " was" : " were");
            fcx.error(Diagnostic.error("this function takes " + takes + " but " + given + " supplied").code("E0061")
                    .primary(calleeSpan, ""));
        }
        // Check closures last so that the other arguments can inform their signatures (rustc does the same).
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                boolean isClosure = expr(args.get(i)) instanceof Expr.Closure;
                if ((pass == 0) == isClosure) continue;
                if (i + skip < sig.inputs().size()) {
                    Ty formal = sig.inputs().get(i + skip);
                    Ty exp = expectedInputs == null ? null : expectedInputs.get(i + skip);
                    if (exp != null && !isClosure && knownUnsized(exp)) {
                        // rustc's `ExpectRvalueLikeUnsized`: an argument is never of an unsized type, so
                        // `Box::new(S { x: 1 })` expecting `Box<S<dyn Tr>>` checks `S { x: 1 }` freely
                        // (only a closure learns its signature from a `dyn Fn` hint)
                        exp = null;
                    }
                    if (exp != null && !(fcx.shallow(exp) instanceof Ty.Infer)) {
                        Ty t = check(args.get(i), exp);
                        Object snap = fcx.infcx.snapshot();
                        List<Adjustment> adj = fcx.coercion.tryCoerce(t, exp, expr(args.get(i)).span());
                        if (adj != null && fcx.infcx.unify(formal, exp)) {
                            fcx.infcx.commit(snap);
                            fcx.addAdjustments(args.get(i), adj);
                        } else {
                            fcx.infcx.rollback(snap);
                            demandCoerce(args.get(i), t, formal);
                        }
                    } else {
                        checkCoercible(args.get(i), formal);
                    }
                } else {
                    check(args.get(i), null);
                }
            }
            if (pass == 0) fcx.infcx.selectWherePossible();
        }
    }

    private Ty methodCall(ExprId id, Expr.MethodCall m, Ty expected) {
        Ty recvTy = check(m.receiver(), null);
        MethodProbe.MethodPick pick = fcx.probe.lookupMethod(id, m.receiver(), recvTy, m.segment(), m.span());
        if (pick == null) {
            for (ExprId a : m.args()) check(a, null);
            return Ty.ERROR;
        }
        checkArgs(m.args(), pick.sig(), 1, m.span(), m.segment().span(), expectedInputs(pick.sig(), expected));
        return pick.sig().output();
    }

    // ---- operators ----

    /** The lang item trait and method of a binary operator. */
    static String[] opTrait(Expr.BinOp op, boolean assign) {
        String[] r = switch (op) {
            case ADD -> new String[]{"add", "add"};
            case SUB -> new String[]{"sub", "sub"};
            case MUL -> new String[]{"mul", "mul"};
            case DIV -> new String[]{"div", "div"};
            case REM -> new String[]{"rem", "rem"};
            case BIT_AND -> new String[]{"bitand", "bitand"};
            case BIT_OR -> new String[]{"bitor", "bitor"};
            case BIT_XOR -> new String[]{"bitxor", "bitxor"};
            case SHL -> new String[]{"shl", "shl"};
            case SHR -> new String[]{"shr", "shr"};
            case EQ -> new String[]{"eq", "eq"};
            case NE -> new String[]{"eq", "ne"};
            case LT -> new String[]{"partial_ord", "lt"};
            case LE -> new String[]{"partial_ord", "le"};
            case GT -> new String[]{"partial_ord", "gt"};
            case GE -> new String[]{"partial_ord", "ge"};
            case AND, OR -> null;
        };
        if (r != null && assign) return new String[]{r[0] + "_assign", r[1] + "_assign"};
        return r;
    }

    private static boolean isNumeric(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Infer i && i.kind() != Ty.InferKind.TY;
    }

    private static boolean isIntegral(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Infer i && i.kind() == Ty.InferKind.INT;
    }

    /** Whether the compiler evaluates {@code lhs op rhs} itself (rustc's {@code is_builtin_binop}). */
    static boolean isBuiltinBinop(Ty lhs, Ty rhs, Expr.BinOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM -> isNumeric(lhs) && isNumeric(rhs)
                    && (isIntegral(lhs) == isIntegral(rhs) || lhs instanceof Ty.Infer || rhs instanceof Ty.Infer);
            case SHL, SHR -> isIntegral(lhs) && isIntegral(rhs);
            case BIT_AND, BIT_OR, BIT_XOR -> isIntegral(lhs) && isIntegral(rhs)
                    || lhs instanceof Ty.Bool && rhs instanceof Ty.Bool;
            case EQ, NE, LT, LE, GT, GE -> isScalarLike(lhs) && isScalarLike(rhs);
            case AND, OR -> true;
        };
    }

    private static boolean isScalarLike(Ty t) {
        return isNumeric(t) || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.RawPtr
                || t instanceof Ty.FnPtr;
    }

    private Ty binary(ExprId id, Expr.Binary b, Ty expected) {
        if (b.op().isLazy()) {
            checkCoercible(b.lhs(), Ty.BOOL);
            boolean d = fcx.diverges;
            checkCoercible(b.rhs(), Ty.BOOL);
            fcx.diverges = d; // the rhs may not run
            return Ty.BOOL;
        }
        Ty lhs = check(b.lhs(), null);
        Ty lhsR = fcx.structurallyResolve(lhs, expr(b.lhs()).span());
        Ty rhsVar = overloadedRhs(b.op(), false, lhsR, b.span());
        if (rhsVar != null) {
            // as rustc: the rhs is coerced to the operator trait's `Rhs` (`String + &String` derefs to `&str`)
            checkCoercible(b.rhs(), rhsVar);
            return overloadedBinop(id, b.op(), false, lhsR, fcx.resolve(rhsVar), b.span(), b.opSpan());
        }
        Ty rhsHint = isBuiltinLhs(lhsR) && !b.op().isShift() ? lhsR : null;
        Ty rhs = check(b.rhs(), rhsHint);
        Ty rhsR = fcx.structurallyResolve(rhs, expr(b.rhs()).span());
        if (lhsR instanceof Ty.Error || rhsR instanceof Ty.Error) return b.op().isComparison() ? Ty.BOOL : Ty.ERROR;
        if (isBuiltinBinop(lhsR, rhsR, b.op())) {
            if (b.op().isShift()) return lhsR;
            demandEq(expr(b.rhs()).span(), lhsR, rhsR);
            return b.op().isComparison() ? Ty.BOOL : lhsR;
        }
        return overloadedBinop(id, b.op(), false, lhsR, rhsR, b.span(), b.opSpan());
    }

    /**
     * For an operator on a left operand that is not a builtin scalar: a variable for the trait's
     * {@code Rhs} parameter, registered as {@code Lhs: Trait<?R>} and inferred from the impls where
     * only one can apply; null when the operator goes the builtin way or no impl can apply (then
     * the operand's own type decides and the error names it).
     */
    private Ty overloadedRhs(Expr.BinOp op, boolean assign, Ty lhsR, Span span) {
        if (isBuiltinLhs(lhsR) || lhsR instanceof Ty.Infer || lhsR instanceof Ty.Error) return null;
        // raw and fn pointers compare builtin, whatever impls of PartialEq/PartialOrd there are
        // (std's impls for them are written with the builtin comparison)
        if (op.isComparison() && (lhsR instanceof Ty.RawPtr || lhsR instanceof Ty.FnPtr)) return null;
        String[] names = opTrait(op, assign);
        DefId trait = names == null ? null : fcx.tcx.langItem(names[0]);
        if (trait == null) return null;
        Ty rhsVar = fcx.infcx.newVar();
        Predicate.Trait goal = new Predicate.Trait(new TraitRef(trait, GenericArgs.of(lhsR, rhsVar)));
        if (!fcx.infcx.mayHold(goal)) return null;
        fcx.infcx.register(goal, span);
        fcx.infcx.selectWherePossible();
        return rhsVar;
    }

    private static boolean isBuiltinLhs(Ty t) {
        return isNumeric(t) || t instanceof Ty.Bool || t instanceof Ty.Char;
    }

    private Ty overloadedBinop(ExprId id, Expr.BinOp op, boolean assign, Ty lhs, Ty rhs, Span span, Span opSpan) {
        String[] names = opTrait(op, assign);
        DefId trait = fcx.tcx.langItem(names[0]);
        if (trait == null) return Ty.ERROR;
        if (lhs instanceof Ty.Infer) {
            // pending obligations (`{integer}: Mul<&u32>`) may determine it
            fcx.infcx.selectWherePossible();
            lhs = fcx.resolve(lhs);
        }
        if (lhs instanceof Ty.Infer i && i.kind() == Ty.InferKind.TY) {
            // not known yet (`k % 4 == 0` with `k: &{integer}`): a trait call for now, as rustc checks it;
            // writeback makes it builtin again if both operands end up scalars
            fcx.deferredBinops.add(id);
        }
        TraitRef tr = new TraitRef(trait, GenericArgs.of(lhs, rhs));
        if (!fcx.infcx.mayHold(new Predicate.Trait(tr))) {
            String what = assign ? "binary assignment operation `" + op.symbol() + "=`" : "binary operation `" + op.symbol() + "`";
            fcx.error(Diagnostic.error(what + " cannot be applied to type `" + fcx.show(lhs) + "`")
                    .code(assign ? "E0368" : "E0369").primary(opSpan, "")
                    .secondary(span, ""));
            return op.isComparison() ? Ty.BOOL : Ty.ERROR;
        }
        fcx.infcx.register(new Predicate.Trait(tr), span);
        DefId method = fcx.tcx.assocItem(trait, Symbol.intern(names[1]), DefKind.Ns.VALUE);
        fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.ASSOC_FN, method, GenericArgs.of(lhs, rhs)));
        if (op.isComparison()) return Ty.BOOL;
        if (assign) return Ty.UNIT;
        DefId output = fcx.tcx.assocItem(trait, Symbol.intern("Output"), DefKind.Ns.TYPE);
        return fcx.infcx.normalize(Ty.intern(new Ty.Alias(output, GenericArgs.of(lhs, rhs))), span);
    }

    private Ty assignOp(ExprId id, Expr.AssignOp a) {
        Ty lhs = check(a.lhs(), null);
        Ty lhsR = fcx.structurallyResolve(lhs, expr(a.lhs()).span());
        Ty rhsVar = overloadedRhs(a.op(), true, lhsR, a.span());
        if (rhsVar != null) {
            checkCoercible(a.rhs(), rhsVar);
            overloadedBinop(id, a.op(), true, lhsR, fcx.resolve(rhsVar), a.span(), a.span());
            return Ty.UNIT;
        }
        Ty rhs = check(a.rhs(), isBuiltinLhs(lhsR) && !a.op().isShift() ? lhsR : null);
        Ty rhsR = fcx.structurallyResolve(rhs, expr(a.rhs()).span());
        if (lhsR instanceof Ty.Error || rhsR instanceof Ty.Error) return Ty.UNIT;
        if (isBuiltinBinop(lhsR, rhsR, a.op())) {
            if (!a.op().isShift()) demandEq(expr(a.rhs()).span(), lhsR, rhsR);
            return Ty.UNIT;
        }
        overloadedBinop(id, a.op(), true, lhsR, rhsR, a.span(), a.span());
        return Ty.UNIT;
    }

    private Ty unary(ExprId id, Expr.Unary u, Ty expected) {
        Ty hint = u.op() == Expr.UnOp.DEREF ? null : expected;
        Ty t = check(u.operand(), hint);
        Ty r = fcx.structurallyResolve(t, expr(u.operand()).span());
        if (r instanceof Ty.Error) return r;
        switch (u.op()) {
            case DEREF -> {
                if (r instanceof Ty.Ref ref) return ref.pointee();
                if (r instanceof Ty.RawPtr p) return p.pointee();
                Ty boxed = fcx.tcx.boxedTy(r);
                if (boxed != null) return boxed; // a built-in place projection, as rustc has it
                DefId deref = fcx.tcx.langItem("deref");
                if (deref != null && fcx.infcx.mayHold(new Predicate.Trait(new TraitRef(deref, GenericArgs.of(r))))) {
                    DefId method = fcx.tcx.assocItem(deref, Symbol.intern("deref"), DefKind.Ns.VALUE);
                    fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.ASSOC_FN, method, GenericArgs.of(r)));
                    DefId target = fcx.tcx.assocItem(deref, Symbol.intern("Target"), DefKind.Ns.TYPE);
                    return fcx.infcx.normalize(Ty.intern(new Ty.Alias(target, GenericArgs.of(r))), u.span());
                }
                fcx.error(Diagnostic.error("type `" + fcx.show(r) + "` cannot be dereferenced").code("E0614")
                        .primary(u.span(), "can't be dereferenced"));
                return Ty.ERROR;
            }
            case NOT -> {
                if (isIntegral(r) || r instanceof Ty.Bool) return r;
                return overloadedUnop(id, "not", "not", r, u.span(), "!");
            }
            case NEG -> {
                if (r instanceof Ty.Int ik && ik.kind().signed() || r instanceof Ty.Float
                        || r instanceof Ty.Infer inf && inf.kind() != Ty.InferKind.TY) {
                    return r;
                }
                return overloadedUnop(id, "neg", "neg", r, u.span(), "-");
            }
        }
        throw new IllegalStateException();
    }

    private Ty overloadedUnop(ExprId id, String lang, String methodName, Ty operand, Span span, String sym) {
        DefId trait = fcx.tcx.langItem(lang);
        if (trait == null || !fcx.infcx.mayHold(new Predicate.Trait(new TraitRef(trait, GenericArgs.of(operand))))) {
            fcx.error(Diagnostic.error("cannot apply unary operator `" + sym + "` to type `" + fcx.show(operand) + "`")
                    .code("E0600").primary(span, "cannot apply unary operator `" + sym + "`"));
            return Ty.ERROR;
        }
        fcx.infcx.register(new Predicate.Trait(new TraitRef(trait, GenericArgs.of(operand))), span);
        DefId method = fcx.tcx.assocItem(trait, Symbol.intern(methodName), DefKind.Ns.VALUE);
        fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.ASSOC_FN, method, GenericArgs.of(operand)));
        DefId output = fcx.tcx.assocItem(trait, Symbol.intern("Output"), DefKind.Ns.TYPE);
        return fcx.infcx.normalize(Ty.intern(new Ty.Alias(output, GenericArgs.of(operand))), span);
    }

    private Ty cast(Expr.Cast c) {
        Ty target = fcx.lowering.lower(c.ty());
        Ty hint = fcx.shallow(target);
        // rustc's ExpectCastableToType: only a literal takes the target as its type's hint
        // (`1 as u64`); a block, `if`, `match` or `x?` is checked on its own (`if c { a } else { b } as i64`)
        boolean literal = expr(c.expr()) instanceof Expr.Literal
                || expr(c.expr()) instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && expr(u.operand()) instanceof Expr.Literal;
        Ty exprTy = check(c.expr(), literal && isNumeric(hint) ? hint : null);
        fcx.casts().add(new CastCheck.Pending(c, exprTy, target));
        return target;
    }

    private Ty addrOf(Expr.AddrOf a, Ty expected) {
        Ty hint = null;
        if (expected != null) {
            Ty e = fcx.shallow(expected);
            if (e instanceof Ty.Ref r) hint = r.pointee();
            else if (e instanceof Ty.RawPtr p) hint = p.pointee();
            // `&expr` expected as `&[T]`/`&str`/`&dyn Tr`: the operand is sized and coerces after
            // borrowing (rustc's ExpectRvalueLikeUnsized), so the pointee is no expectation for it.
            hint = fcx.shallow(hint == null ? Ty.ERROR : hint);
            // ... except that an array literal's elements do coerce to the slice's element type:
            // `&[&a, &b]` expected as `&[&dyn Display]` (rustc: ExpectRvalueLikeUnsized into check_expr_array).
            boolean arrayIntoSlice = hint instanceof Ty.Slice
                    && (expr(a.expr()) instanceof Expr.Array || expr(a.expr()) instanceof Expr.Repeat);
            if (!arrayIntoSlice && (knownUnsized(hint) || hint instanceof Ty.Error)) {
                hint = null;
            }
        }
        Ty inner = check(a.expr(), hint);
        if (a.raw()) return Ty.ptr(inner, a.mutbl());
        return Ty.ref(Region.ERASED, inner, a.mutbl());
    }

    private Ty field(ExprId id, Expr.Field f) {
        Ty base = check(f.base(), null);
        List<Adjustment> adj = new ArrayList<>();
        Ty cur = fcx.structurallyResolve(base, expr(f.base()).span());
        Ty.Adt privateHit = null;
        for (int depth = 0; depth < 16; depth++) {
            cur = fcx.structurallyResolve(cur, f.span());
            switch (cur) {
                case Ty.Adt adt -> {
                    AdtDef def = fcx.tcx.adtDef(adt.def());
                    if (!def.isEnum()) {
                        List<AdtDef.FieldDef> fields = def.nonEnumVariant().fields();
                        for (int i = 0; i < fields.size(); i++) {
                            if (fields.get(i).name() != f.name()) continue;
                            if (!fields.get(i).isPublic() && !fcx.tcx.isPrivateVisibleFrom(fields.get(i).def(), fcx.owner)) {
                                // a private field is not there for this access: autoderef goes on (`b.0` of a Box)
                                if (privateHit == null) privateHit = adt;
                                break;
                            }
                            {
                                fcx.fieldIndices.put(id, i);
                                fcx.addAdjustments(f.base(), adj);
                                Ty ft = TyFolder.subst(fields.get(i).ty(), adt.args());
                                return fcx.infcx.normalize(ft, f.span());
                            }
                        }
                    }
                }
                case Ty.Tuple t -> {
                    int idx = tupleIndex(f.name());
                    if (idx >= 0 && idx < t.elems().size()) {
                        fcx.fieldIndices.put(id, idx);
                        fcx.addAdjustments(f.base(), adj);
                        return t.elems().get(idx);
                    }
                }
                case Ty.Infer i when i.kind() == Ty.InferKind.TY -> {
                    fcx.error(Diagnostic.error("type annotations needed").code("E0282").primary(f.span(), ""));
                    return Ty.ERROR;
                }
                case Ty.Error e -> {
                    return Ty.ERROR;
                }
                default -> {
                }
            }
            Autoderef.Step next = Autoderef.step(fcx, cur, f.span());
            if (next == null) break;
            adj.add(next.adjustment());
            cur = next.target();
        }
        Ty shown = fcx.resolve(base);
        if (privateHit != null) {
            fcx.error(Diagnostic.error("field `" + f.name() + "` of struct `" + fcx.tcx.name(privateHit.def())
                    + "` is private").code("E0616").primary(f.nameSpan(), "private field"));
            return Ty.ERROR;
        }
        if (fcx.probe.hasMethodNamed(shown, f.name())) {
            fcx.error(Diagnostic.error("attempted to take value of method `" + f.name() + "` on type `" + fcx.tcx.show(shown) + "`")
                    .code("E0615").primary(f.nameSpan(), "method, not a field")
                    .help("use parentheses to call the method: `()`"));
        } else {
            Diagnostic d = Diagnostic.error("no field `" + f.name() + "` on type `" + fcx.tcx.show(shown) + "`").code("E0609")
                    .primary(f.nameSpan(), "unknown field");
            if (peelRefs(shown) instanceof Ty.Adt adt && !fcx.tcx.adtDef(adt.def()).isEnum()) {
                List<String> names = fcx.tcx.adtDef(adt.def()).nonEnumVariant().fields().stream()
                        .map(fd -> "`" + fd.name() + "`").toList();
                if (!names.isEmpty()) d.note("available fields are: " + String.join(", ", names));
            }
            fcx.error(d);
        }
        return Ty.ERROR;
    }

    private static Ty peelRefs(Ty t) {
        while (t instanceof Ty.Ref r) t = r.pointee();
        return t;
    }

    static int tupleIndex(Symbol name) {
        String s = name.text();
        if (s.isEmpty() || s.length() > 9) return -1;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return -1;
        if (s.length() > 1 && s.charAt(0) == '0') return -1;
        return Integer.parseInt(s);
    }

    private Ty index(ExprId id, Expr.Index ix) {
        Ty base = check(ix.base(), null);
        Ty idx = check(ix.index(), null);
        Ty idxR = fcx.structurallyResolve(idx, expr(ix.index()).span());
        List<Adjustment> adj = new ArrayList<>();
        Ty cur = fcx.structurallyResolve(base, expr(ix.base()).span());
        DefId indexTrait = fcx.tcx.langItem("index");
        for (int depth = 0; depth < 16; depth++) {
            cur = fcx.structurallyResolve(cur, ix.span());
            boolean builtinIdx = isIntegral(idxR);
            if (builtinIdx && (cur instanceof Ty.Array || cur instanceof Ty.Slice)) {
                fcx.infcx.unify(idxR, Ty.USIZE);
                if (!(fcx.shallow(idxR) instanceof Ty.Int ik && ik.kind() == dev.ferrite.types.IntKind.USIZE)) {
                    fcx.error(Diagnostic.error("the type `" + fcx.show(cur) + "` cannot be indexed by `" + fcx.show(idxR) + "`")
                            .code("E0277").primary(expr(ix.index()).span(), "slice indices are of type `usize` or ranges of `usize`"));
                    return Ty.ERROR;
                }
                fcx.addAdjustments(ix.base(), adj);
                return cur instanceof Ty.Array a ? a.elem() : ((Ty.Slice) cur).elem();
            }
            if (indexTrait != null && !(cur instanceof Ty.Infer)) {
                TraitRef tr = new TraitRef(indexTrait, GenericArgs.of(cur, idxR));
                if (fcx.infcx.mayHold(new Predicate.Trait(tr))) {
                    fcx.infcx.register(new Predicate.Trait(tr), ix.span());
                    fcx.addAdjustments(ix.base(), adj);
                    DefId method = fcx.tcx.assocItem(indexTrait, Symbol.intern("index"), DefKind.Ns.VALUE);
                    fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.ASSOC_FN, method, GenericArgs.of(cur, idxR)));
                    DefId output = fcx.tcx.assocItem(indexTrait, Symbol.intern("Output"), DefKind.Ns.TYPE);
                    return fcx.infcx.normalize(Ty.intern(new Ty.Alias(output, GenericArgs.of(cur, idxR))), ix.span());
                }
            }
            Autoderef.Step next = Autoderef.step(fcx, cur, ix.span());
            if (next == null) break;
            adj.add(next.adjustment());
            cur = next.target();
        }
        if (!(fcx.resolve(base) instanceof Ty.Error)) {
            fcx.error(Diagnostic.error("cannot index into a value of type `" + fcx.show(base) + "`").code("E0608")
                    .primary(ix.span(), ""));
        }
        return Ty.ERROR;
    }

    // ---- blocks and control flow ----

    private Ty blockExpr(ExprId id, Expr.BlockExpr b, Ty expected) {
        if (b.label() == null) return checkBlock(b.block(), expected);
        FnCtxt.Breakable br = new FnCtxt.Breakable(id, false, expected != null ? expected : fcx.infcx.newVar());
        fcx.breakables.addLast(br);
        Ty t = checkBlock(b.block(), br.ty);
        fcx.breakables.removeLast();
        if (br.mayBreak) {
            // a `break` out of the block reaches its end even when its own statements diverge (rustc)
            fcx.diverges = false;
            return br.ty;
        }
        return t;
    }

    Ty checkBlock(Expr.Block block, Ty expected) {
        boolean anyDiverges = false;
        for (Expr.Stmt s : block.stmts()) {
            fcx.diverges = false;
            switch (s) {
                case Expr.LetStmt l -> checkLet(l);
                case Expr.ExprStmt es -> {
                    if (es.semi()) {
                        check(es.expr(), null);
                    } else {
                        Ty t = check(es.expr(), Ty.UNIT);
                        if (!(fcx.shallow(t) instanceof Ty.Never)) demandCoerce(es.expr(), t, Ty.UNIT);
                    }
                }
                case Expr.ItemStmt is -> {
                }
            }
            anyDiverges |= fcx.diverges;
        }
        fcx.diverges = anyDiverges;
        if (block.tail() != null) {
            Ty t = expected != null ? checkCoercible(block.tail(), expected) : check(block.tail(), null);
            fcx.diverges |= anyDiverges;
            return t;
        }
        if (anyDiverges) return Ty.NEVER;
        if (expected != null && !fcx.infcx.unify(expected, Ty.UNIT)) {
            Ty e = fcx.resolve(expected);
            if (!e.hasError()) {
                fcx.error(Diagnostic.error("mismatched types").code("E0308")
                        .primary(block.span(), "expected `" + fcx.tcx.show(e) + "`, found `()`"));
            }
            return expected;
        }
        return Ty.UNIT;
    }

    private void checkLet(Expr.LetStmt l) {
        Ty declared = l.ty() != null ? fcx.lowering.lower(l.ty()) : null;
        Ty localTy = declared != null ? declared : fcx.infcx.newVar();
        if (l.init() != null) {
            if (declared != null) {
                checkCoercible(l.init(), declared);
            } else {
                Ty t = check(l.init(), null);
                if (fcx.shallow(t) instanceof Ty.Never) {
                    fcx.addAdjustments(l.init(), List.of(new Adjustment(new Adjustment.NeverToAny(), localTy)));
                } else {
                    fcx.infcx.unify(localTy, t);
                }
            }
        }
        boolean d = fcx.diverges;
        fcx.pats.check(l.pat(), localTy, l.els() != null);
        if (l.els() != null) {
            fcx.diverges = false;
            Ty et = checkBlock(l.els(), null);
            if (!(fcx.shallow(et) instanceof Ty.Never) && !fcx.diverges) {
                fcx.error(Diagnostic.error("`else` clause of `let...else` does not diverge").code("E0308")
                        .primary(l.els().span(), "expected `!`, found `()`"));
            }
        }
        fcx.diverges = d;
    }

    private Ty ifExpr(Expr.If i, Ty expected) {
        checkHasType(i.cond(), Ty.BOOL);
        boolean condDiverges = fcx.diverges;
        fcx.diverges = false;
        if (i.els() == null) {
            Ty t = check(i.then(), Ty.UNIT);
            if (!(fcx.shallow(t) instanceof Ty.Never) && !fcx.infcx.unify(t, Ty.UNIT)) {
                fcx.error(Diagnostic.error("`if` may be missing an `else` clause").code("E0317")
                        .primary(expr(i.then()).span(), "expected `()`, found `" + fcx.show(t) + "`"));
            }
            fcx.diverges = condDiverges;
            return Ty.UNIT;
        }
        CoerceMany cm = new CoerceMany(fcx, expected, "`if` and `else` have incompatible types");
        Ty thenTy = check(i.then(), expected);
        boolean thenDiverges = fcx.diverges;
        cm.add(i.then(), thenTy);
        fcx.diverges = false;
        Ty elseTy = check(i.els(), expected);
        boolean elseDiverges = fcx.diverges;
        cm.add(i.els(), elseTy);
        fcx.diverges = condDiverges || (thenDiverges && elseDiverges);
        return cm.result();
    }

    private Ty loop(ExprId id, Expr.Loop l, Ty expected) {
        boolean isLoop = l.source() == Expr.LoopSource.LOOP;
        Ty ty = isLoop ? (expected != null ? expected : fcx.infcx.newVar()) : Ty.UNIT;
        FnCtxt.Breakable br = new FnCtxt.Breakable(id, true, ty);
        fcx.breakables.addLast(br);
        checkBlock(l.body(), Ty.UNIT);
        fcx.breakables.removeLast();
        if (!br.mayBreak) {
            fcx.diverges = true;
            if (isLoop) return Ty.NEVER;
        } else {
            fcx.diverges = false;
        }
        return br.ty;
    }

    private Ty match(Expr.Match m, Ty expected) {
        Ty scrut = check(m.scrutinee(), null);
        boolean scrutDiverges = fcx.diverges;
        if (m.arms().isEmpty()) {
            fcx.diverges = true;
            return Ty.NEVER;
        }
        CoerceMany cm = new CoerceMany(fcx, expected, "`match` arms have incompatible types");
        boolean allDiverge = true;
        for (Expr.Arm arm : m.arms()) {
            fcx.pats.check(arm.pat(), scrut, true);
        }
        for (Expr.Arm arm : m.arms()) {
            fcx.diverges = false;
            if (arm.guard() != null) checkHasType(arm.guard(), Ty.BOOL);
            fcx.diverges = false;
            Ty t = check(arm.body(), expected);
            allDiverge &= fcx.diverges;
            cm.add(arm.body(), t);
        }
        fcx.diverges = scrutDiverges || allDiverge;
        return cm.result();
    }

    private Ty breakExpr(Expr.Break b) {
        FnCtxt.Breakable target = null;
        for (FnCtxt.Breakable br : fcx.breakables) if (br.target.equals(b.target())) target = br;
        if (target == null) {
            if (b.value() != null) check(b.value(), null);
            return Ty.NEVER;
        }
        if (b.value() != null) {
            if (target.isLoop && body.expr(target.target) instanceof Expr.Loop lp && lp.source() != Expr.LoopSource.LOOP) {
                check(b.value(), null);
                fcx.error(Diagnostic.error("`break` with value from a `" + (lp.source() == Expr.LoopSource.WHILE ? "while" : "for")
                        + "` loop").code("E0571").primary(b.span(), "can only break with a value inside `loop` or breakable block"));
            } else {
                checkCoercible(b.value(), target.ty);
            }
        } else if (!fcx.infcx.unify(target.ty, Ty.UNIT)) {
            mismatch(b.span(), target.ty, Ty.UNIT);
        }
        target.mayBreak = true;
        return Ty.NEVER;
    }

    // ---- aggregates ----

    private Ty array(Expr.Array a, Ty expected) {
        Ty hint = expected == null ? null : switch (fcx.shallow(expected)) {
            case Ty.Array arr -> arr.elem();
            case Ty.Slice s -> s.elem();
            default -> null;
        };
        Ty elem = hint != null ? hint : fcx.infcx.newVar();
        CoerceMany cm = new CoerceMany(fcx, elem, "mismatched types");
        for (ExprId e : a.elems()) {
            // as rustc: each element is checked expecting the type merged so far (`[("a", x), (&s, &s)]`)
            Ty t = check(e, hint != null ? elem : cm.mergedOr(elem));
            cm.add(e, t);
        }
        Ty result = a.elems().isEmpty() ? elem : cm.result();
        return Ty.array(result, Const.usize(a.elems().size()));
    }

    private Ty structExpr(ExprId id, Expr.Struct s, Ty expected) {
        StructTarget t = resolveStructPath(s.path(), s.span());
        if (t == null) {
            for (Expr.FieldInit f : s.fields()) check(f.expr(), null);
            if (s.base() != null) check(s.base(), null);
            return Ty.ERROR;
        }
        Ty adtTy = Ty.adt(t.adt().def(), t.args());
        if (expected != null) fcx.infcx.unify(fcx.shallow(expected), adtTy);
        fcx.resolutions.put(id, new TypeckResults.Resolution(DefKind.VARIANT, t.variant().def(), t.args()));
        List<AdtDef.FieldDef> fields = t.variant().fields();
        boolean[] seen = new boolean[fields.size()];
        for (Expr.FieldInit f : s.fields()) {
            int idx = -1;
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name() == f.name()) idx = i;
            if (idx < 0) {
                check(f.expr(), null);
                String kind = t.adt().isEnum() ? "variant `" + fcx.tcx.name(t.adt().def()) + "::" + t.variant().name() + "`"
                        : "struct `" + t.variant().name() + "`";
                fcx.error(Diagnostic.error(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " has no field named `" + f.name() + "`")
                        .code("E0560").primary(f.nameSpan(), (t.adt().isEnum() ? "`" + fcx.tcx.name(t.adt().def()) + "::" + t.variant().name() : "`" + t.variant().name()) + "` does not have this field"));
                continue;
            }
            if (seen[idx]) {
                fcx.error(Diagnostic.error("field `" + f.name() + "` specified more than once").code("E0062")
                        .primary(f.nameSpan(), "used more than once"));
            }
            seen[idx] = true;
            fcx.initFieldIndices.put(f.expr(), idx);
            Ty ft = fcx.infcx.normalize(TyFolder.subst(fields.get(idx).ty(), t.args()), f.span());
            checkCoercible(f.expr(), ft);
        }
        if (s.base() != null) {
            checkCoercible(s.base(), adtTy);
        } else if (!t.adt().isUnion()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) if (!seen[i]) missing.add(fields.get(i).name().text());
            if (!missing.isEmpty()) {
                String list;
                if (missing.size() == 1) list = "field `" + missing.get(0) + "`";
                else if (missing.size() == 2) list = "fields `" + missing.get(0) + "` and `" + missing.get(1) + "`";
                else if (missing.size() == 3) list = "fields `" + missing.get(0) + "`, `" + missing.get(1) + "` and `" + missing.get(2) + "`";
                else list = "fields `" + missing.get(0) + "`, `" + missing.get(1) + "`, `" + missing.get(2) + "` and " + (missing.size() - 3) + " other field" + (missing.size() - 3 == 1 ? "" : "s");
                String name = t.adt().isEnum() ? fcx.tcx.name(t.adt().def()) + "::" + t.variant().name() : t.variant().name().text();
                fcx.error(Diagnostic.error("missing " + list + " in initializer of `" + name + "`").code("E0063")
                        .primary(s.path().span(), "missing " + list.replace("field ", "").replace("fields ", "")));
            }
        }
        return adtTy;
    }

    /** The ADT, variant and arguments a struct expression or pattern path names. */
    record StructTarget(AdtDef adt, AdtDef.VariantDef variant, GenericArgs args) {
    }

    StructTarget resolveStructPath(HirPath.QPath qpath, Span span) {
        Res res;
        HirPath.Path path = null;
        Ty selfTy = null;
        switch (qpath) {
            case HirPath.Resolved r -> {
                res = r.path().res();
                path = r.path();
            }
            case HirPath.TypeRelative tr -> {
                // `Self::Variant { .. }` or `Alias::Variant { .. }`
                selfTy = fcx.lowering.lower(tr.base());
                if (fcx.structurallyResolve(selfTy, span) instanceof Ty.Adt adt && fcx.tcx.adtDef(adt.def()).isEnum()) {
                    AdtDef def = fcx.tcx.adtDef(adt.def());
                    for (AdtDef.VariantDef v : def.variants()) {
                        if (v.name() == tr.segment().name()) return new StructTarget(def, v, adt.args());
                    }
                }
                fcx.error(Diagnostic.error("expected struct, variant or union type, found `" + fcx.show(selfTy) + "`")
                        .code("E0071").primary(span, ""));
                return null;
            }
        }
        switch (res) {
            case Res.Def d when d.kind() == DefKind.STRUCT || d.kind() == DefKind.UNION -> {
                AdtDef def = fcx.tcx.adtDef(d.def());
                return new StructTarget(def, def.nonEnumVariant(), ctorArgs(path, d.def()));
            }
            case Res.Def d when d.kind() == DefKind.VARIANT -> {
                DefId enumDef = fcx.tcx.parent(d.def());
                AdtDef def = fcx.tcx.adtDef(enumDef);
                for (AdtDef.VariantDef v : def.variants()) {
                    if (v.def().equals(d.def())) return new StructTarget(def, v, ctorArgs(path, enumDef));
                }
                return null;
            }
            case Res.Def d when d.kind() == DefKind.TY_ALIAS -> {
                Ty t = fcx.lowering.lowerQPath(qpath, span);
                if (t instanceof Ty.Adt adt && !fcx.tcx.adtDef(adt.def()).isEnum()) {
                    AdtDef def = fcx.tcx.adtDef(adt.def());
                    return new StructTarget(def, def.nonEnumVariant(), adt.args());
                }
            }
            case Res.SelfTyAlias s -> {
                Ty t = fcx.tcx.kind(s.implOrAdt()) == DefKind.IMPL ? fcx.tcx.typeOf(s.implOrAdt())
                        : Ty.adt(s.implOrAdt(), fcx.tcx.identityArgs(s.implOrAdt()));
                if (t instanceof Ty.Adt adt && !fcx.tcx.adtDef(adt.def()).isEnum()) {
                    AdtDef def = fcx.tcx.adtDef(adt.def());
                    return new StructTarget(def, def.nonEnumVariant(), adt.args());
                }
            }
            case Res.Err e -> {
                fcx.tainted = true;
                return null;
            }
            default -> {
            }
        }
        fcx.error(Diagnostic.error("expected struct, variant or union type, found " + describe(res))
                .code("E0574").primary(span, "not a struct, variant or union type"));
        return null;
    }

    private String describe(Res res) {
        return switch (res) {
            case Res.Def d -> d.kind().descr() + " `" + fcx.tcx.name(d.def()) + "`";
            case Res.Local l -> "local variable";
            default -> "`" + res + "`";
        };
    }
}
