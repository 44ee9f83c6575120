package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.HirPath;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Pat;
import dev.ferrite.hir.Res;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * Type checking of patterns against the type of the value they match (rustc's {@code pat.rs}),
 * with match ergonomics: a non-reference pattern matched against a reference dereferences it
 * implicitly and makes bindings inside bind by reference.
 */
final class PatTypeck {
    private final FnCtxt fcx;
    /** The constant each path pattern names, once resolved (empty: the path is not a constant). */
    private final java.util.Map<PatId, java.util.Optional<ConstPat>> constPats = new java.util.HashMap<>();

    /** A constant used as a pattern, with its (impl's) arguments and type. */
    private record ConstPat(DefKind kind, DefId def, GenericArgs args, Ty ty) {
    }

    PatTypeck(FnCtxt fcx) {
        this.fcx = fcx;
    }

    /** The default binding mode (rustc's {@code ByRef}): by value, or by shared/mutable reference. */
    private record Mode(Mutability byRef) {
        static final Mode MOVE = new Mode(null);
    }

    void check(PatId id, Ty expected, boolean refutable) {
        check(id, expected, Mode.MOVE);
    }

    private void check(PatId id, Ty expected, Mode mode) {
        Pat pat = fcx.body.pat(id);
        // Match ergonomics: peel references off the expected type for non-reference patterns.
        if (peelsRefs(id, pat)) {
            List<Ty> peeled = new ArrayList<>();
            Ty t = fcx.structurallyResolve(expected, pat.span());
            while (t instanceof Ty.Ref r) {
                peeled.add(t);
                mode = new Mode(mode.byRef() == Mutability.NOT || r.mutbl() == Mutability.NOT ? Mutability.NOT : Mutability.MUT);
                t = fcx.structurallyResolve(r.pointee(), pat.span());
            }
            if (!peeled.isEmpty()) {
                fcx.patAdjustments.put(id, peeled);
                expected = t;
            }
        }
        Ty ty = switch (pat) {
            case Pat.Wild w -> expected;
            case Pat.Binding b -> binding(id, b, expected, mode);
            case Pat.Struct s -> struct(id, s, expected, mode);
            case Pat.TupleStruct ts -> tupleStruct(id, ts, expected, mode);
            case Pat.Path p -> pathPat(id, p, expected);
            case Pat.Tuple t -> tuple(t, expected, mode);
            case Pat.Or o -> {
                for (PatId alt : o.alternatives()) check(alt, expected, mode);
                yield expected;
            }
            case Pat.Ref r -> {
                Ty e = fcx.structurallyResolve(expected, r.span());
                Ty inner;
                if (e instanceof Ty.Ref er && (er.mutbl() == r.mutbl() || r.mutbl() == Mutability.NOT)) {
                    inner = er.pointee();
                } else {
                    inner = fcx.infcx.newVar();
                    Ty want = Ty.ref(Region.ERASED, inner, r.mutbl());
                    if (!fcx.infcx.unify(want, e)) mismatch(r.span(), e, want);
                }
                check(r.inner(), inner, Mode.MOVE);
                yield expected;
            }
            case Pat.Box b -> {
                fcx.error(Diagnostic.error("box patterns are experimental").code("E0658").primary(b.span()));
                yield expected;
            }
            case Pat.Lit l -> {
                Ty lt = fcx.exprs.check(l.expr(), expected);
                Ty e = fcx.shallow(expected);
                // A string literal pattern matches `&str`; byte strings match arrays and slices.
                if (!fcx.infcx.unify(e, lt)) {
                    Ty lr = fcx.resolve(lt);
                    boolean byteStrToSlice = lr instanceof Ty.Ref rr && rr.pointee() instanceof Ty.Array arr
                            && e instanceof Ty.Ref er && er.pointee() instanceof Ty.Slice sl
                            && fcx.infcx.unify(arr.elem(), sl.elem());
                    if (!byteStrToSlice) mismatch(l.span(), e, lt);
                }
                yield expected;
            }
            case Pat.Range r -> {
                if (r.lo() != null) fcx.exprs.checkHasType(r.lo(), expected);
                if (r.hi() != null) fcx.exprs.checkHasType(r.hi(), expected);
                yield expected;
            }
            case Pat.Slice s -> slice(s, expected, mode);
            case Pat.Never n -> expected;
            case Pat.Err e -> {
                fcx.tainted = true;
                yield Ty.ERROR;
            }
        };
        if (!(pat instanceof Pat.Binding)) fcx.recordPatTy(id, ty);
    }

    /**
     * rustc's {@code calc_adjust_mode}: patterns that match a value (not a reference) see through
     * references; a string or byte-string literal, or a constant of reference type, is itself a
     * reference, so it does not.
     */
    private boolean peelsRefs(PatId id, Pat pat) {
        if (pat instanceof Pat.Lit l && fcx.body.expr(l.expr()) instanceof dev.ferrite.hir.Expr.Literal lit
                && (lit.lit() instanceof dev.ferrite.hir.Lit.Str || lit.lit() instanceof dev.ferrite.hir.Lit.ByteStr
                || lit.lit() instanceof dev.ferrite.hir.Lit.CStr)) {
            return false;
        }
        // a constant of reference type (`const X: &str`, `i32::NAME`) is matched as the reference it is
        if (pat instanceof Pat.Path p && constPat(id, p) instanceof ConstPat c && fcx.shallow(c.ty()) instanceof Ty.Ref) {
            return false;
        }
        return peelsRefsByKind(pat);
    }

    /** The constant a path pattern names: a const item, or an associated constant (`i32::MAX`, `<T as Tr>::C`). */
    private ConstPat constPat(PatId id, Pat.Path p) {
        return constPats.computeIfAbsent(id, k -> java.util.Optional.ofNullable(resolveConstPat(p))).orElse(null);
    }

    private ConstPat resolveConstPat(Pat.Path p) {
        if (p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d
                && (d.kind() == DefKind.CONST || d.kind() == DefKind.ASSOC_CONST)) {
            if (d.kind() == DefKind.ASSOC_CONST) {
                // `Trait::C` (Self inferred from the scrutinee) or a path to an impl's constant
                GenericArgs args = fcx.lowering.argsFor(d.def(), r.path().last(), fcx.freshArgs(fcx.tcx.parent(d.def())), true);
                fcx.registerPredicates(d.def(), args, p.span());
                Ty ty = fcx.infcx.normalize(TyFolder.subst(fcx.tcx.typeOf(d.def()), args), p.span());
                return new ConstPat(d.kind(), d.def(), args, ty);
            }
            return new ConstPat(d.kind(), d.def(), GenericArgs.EMPTY, fcx.tcx.typeOf(d.def()));
        }
        if (p.path() instanceof HirPath.TypeRelative tr) {
            Ty base = fcx.structurallyResolve(fcx.lowering.lower(tr.base()), p.span());
            if (base instanceof Ty.Adt adt) {
                for (AdtDef.VariantDef v : fcx.tcx.adtDef(adt.def()).variants()) {
                    if (v.name() == tr.segment().name()) return null; // `Enum::Variant`
                }
            }
            MethodProbe.AssocPick pick = fcx.probe.resolveAssocValue(base, tr.segment(), p.span());
            if (pick == null || fcx.tcx.kind(pick.item()) != DefKind.ASSOC_CONST) return null;
            GenericArgs args = fcx.lowering.argsFor(pick.item(), tr.segment(), pick.parentArgs(), true);
            Ty ty = fcx.infcx.normalize(TyFolder.subst(fcx.tcx.typeOf(pick.item()), args), p.span());
            return new ConstPat(DefKind.ASSOC_CONST, pick.item(), args, ty);
        }
        return null;
    }

    private static boolean peelsRefsByKind(Pat pat) {
        return switch (pat) {
            case Pat.Struct s -> true;
            case Pat.TupleStruct t -> true;
            case Pat.Tuple t -> true;
            case Pat.Slice s -> true;
            case Pat.Range r -> true;
            case Pat.Path p -> true;
            case Pat.Lit l -> true;
            default -> false;
        };
    }

    private void mismatch(Span span, Ty expected, Ty found) {
        fcx.exprs.mismatch(span, expected, found);
    }

    private Ty binding(PatId id, Pat.Binding b, Ty expected, Mode mode) {
        Mutability byRef = b.byRef();
        if (byRef == null && !b.mutable()) byRef = mode.byRef();
        fcx.bindingModes.put(id, new TypeckResults.BindingMode(byRef, b.mutable()));
        Ty local = byRef == null ? expected : Ty.ref(Region.ERASED, expected, byRef);
        fcx.recordPatTy(id, local);
        if (b.sub() != null) check(b.sub(), expected, mode);
        return local;
    }

    private Ty struct(PatId id, Pat.Struct s, Ty expected, Mode mode) {
        ExprTypeck.StructTarget t = fcx.exprs.resolveStructPath(s.path(), s.span());
        if (t == null) {
            for (Pat.FieldPat f : s.fields()) check(f.pat(), Ty.ERROR, mode);
            return Ty.ERROR;
        }
        Ty adtTy = Ty.adt(t.adt().def(), t.args());
        if (!fcx.infcx.unify(expected, adtTy)) mismatch(s.span(), expected, adtTy);
        fcx.patResolutions.put(id, new TypeckResults.Resolution(DefKind.VARIANT, t.variant().def(), t.args()));
        List<AdtDef.FieldDef> fields = t.variant().fields();
        boolean[] seen = new boolean[fields.size()];
        for (Pat.FieldPat f : s.fields()) {
            int idx = -1;
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name() == f.name()) idx = i;
            if (idx < 0) {
                fcx.error(Diagnostic.error((t.adt().isEnum() ? "variant `" + fcx.tcx.name(t.adt().def()) + "::" : "struct `")
                        + t.variant().name() + "` does not have a field named `" + f.name() + "`").code("E0026")
                        .primary(f.nameSpan(), (t.adt().isEnum() ? "variant" : "struct") + " `"
                                + (t.adt().isEnum() ? fcx.tcx.name(t.adt().def()) + "::" : "") + t.variant().name()
                                + "` does not have this field"));
                check(f.pat(), Ty.ERROR, mode);
                continue;
            }
            seen[idx] = true;
            fcx.patFieldIndices.put(f.pat(), idx);
            Ty ft = fcx.infcx.normalize(TyFolder.subst(fields.get(idx).ty(), t.args()), f.span());
            check(f.pat(), ft, mode);
        }
        if (!s.rest() && !t.adt().isUnion()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) if (!seen[i]) missing.add("`" + fields.get(i).name() + "`");
            if (!missing.isEmpty()) {
                fcx.error(Diagnostic.error("pattern does not mention field" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing)).code("E0027").primary(s.span(), "missing field"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)));
            }
        }
        return adtTy;
    }

    /** The variant and ADT args a tuple-struct or unit pattern path names. */
    private record CtorTarget(AdtDef adt, AdtDef.VariantDef variant, GenericArgs args, DefId ctor) {
    }

    private CtorTarget resolveCtor(HirPath.QPath qpath, Span span) {
        Res res = null;
        HirPath.Path path = null;
        if (qpath instanceof HirPath.Resolved r) {
            res = r.path().res();
            path = r.path();
        } else if (qpath instanceof HirPath.TypeRelative tr) {
            Ty base = fcx.structurallyResolve(fcx.lowering.lower(tr.base()), span);
            if (base instanceof Ty.Adt adt) {
                AdtDef def = fcx.tcx.adtDef(adt.def());
                for (AdtDef.VariantDef v : def.variants()) {
                    if (v.name() == tr.segment().name()) return new CtorTarget(def, v, adt.args(), null);
                }
            }
            return null;
        }
        if (res instanceof Res.Def d && d.kind() == DefKind.CTOR) {
            DefId adt = fcx.exprs.adtOfCtor(d.def());
            AdtDef def = fcx.tcx.adtDef(adt);
            DefId owner = fcx.tcx.parent(d.def());
            for (AdtDef.VariantDef v : def.variants()) {
                if (v.def().equals(owner)) return new CtorTarget(def, v, fcx.exprs.ctorArgs(path, adt), d.def());
            }
        }
        if (res instanceof Res.SelfCtor sc && fcx.tcx.typeOf(sc.impl()) instanceof Ty.Adt adt) {
            AdtDef def = fcx.tcx.adtDef(adt.def());
            if (!def.isEnum()) return new CtorTarget(def, def.nonEnumVariant(), adt.args(), null);
        }
        return null;
    }

    private Ty tupleStruct(PatId id, Pat.TupleStruct ts, Ty expected, Mode mode) {
        CtorTarget t = resolveCtor(ts.path(), ts.span());
        if (t == null) {
            if (!(ts.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Err)) {
                fcx.error(Diagnostic.error("expected tuple struct or tuple variant, found " + describe(ts.path()))
                        .code("E0164").primary(ts.span(), "not a tuple struct or tuple variant"));
            }
            for (PatId p : ts.elems()) check(p, Ty.ERROR, mode);
            return Ty.ERROR;
        }
        Ty adtTy = Ty.adt(t.adt().def(), t.args());
        if (!fcx.infcx.unify(expected, adtTy)) mismatch(ts.span(), expected, adtTy);
        fcx.patResolutions.put(id, new TypeckResults.Resolution(DefKind.VARIANT, t.variant().def(), t.args()));
        List<AdtDef.FieldDef> fields = t.variant().fields();
        int n = ts.elems().size();
        if (ts.restIndex() < 0 ? n != fields.size() : n > fields.size()) {
            fcx.error(Diagnostic.error("this pattern has " + n + " field" + (n == 1 ? "" : "s") + ", but the corresponding tuple "
                    + (t.adt().isEnum() ? "variant" : "struct") + " has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s"))
                    .code("E0023").primary(ts.span(), "expected " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                            + ", found " + n));
        }
        for (int i = 0; i < n; i++) {
            int fieldIdx = ts.restIndex() >= 0 && i >= ts.restIndex() ? fields.size() - (n - i) : i;
            Ty ft = fieldIdx >= 0 && fieldIdx < fields.size()
                    ? fcx.infcx.normalize(TyFolder.subst(fields.get(fieldIdx).ty(), t.args()), ts.span()) : Ty.ERROR;
            fcx.patFieldIndices.put(ts.elems().get(i), fieldIdx);
            check(ts.elems().get(i), ft, mode);
        }
        return adtTy;
    }

    private String describe(HirPath.QPath q) {
        if (q instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d) {
            return d.kind().descr() + " `" + fcx.tcx.name(d.def()) + "`";
        }
        return "path";
    }

    private Ty pathPat(PatId id, Pat.Path p, Ty expected) {
        ConstPat c = constPat(id, p);
        if (c != null) {
            fcx.patResolutions.put(id, new TypeckResults.Resolution(c.kind(), c.def(), c.args()));
            if (!fcx.infcx.unify(expected, c.ty())) mismatch(p.span(), expected, c.ty());
            return expected;
        }
        CtorTarget t = resolveCtor(p.path(), p.span());
        if (t == null && p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Def d
                && (d.kind() == DefKind.STRUCT) && fcx.tcx.adtDef(d.def()).nonEnumVariant().ctor() == AdtDef.CtorKind.UNIT) {
            AdtDef def = fcx.tcx.adtDef(d.def());
            t = new CtorTarget(def, def.nonEnumVariant(), fcx.freshArgs(d.def()), null);
        }
        if (t == null) {
            if (!(p.path() instanceof HirPath.Resolved r && r.path().res() instanceof Res.Err)) {
                fcx.error(Diagnostic.error("expected unit struct, unit variant or constant, found " + describe(p.path()))
                        .code("E0533").primary(p.span(), "not a unit struct, unit variant or constant"));
            }
            return Ty.ERROR;
        }
        if (t.variant().ctor() == AdtDef.CtorKind.TUPLE) {
            String name = (t.adt().isEnum() ? fcx.tcx.name(t.adt().def()) + "::" : "") + t.variant().name();
            fcx.error(Diagnostic.error("expected unit struct, unit variant or constant, found tuple variant `" + name + "`")
                    .code("E0532").primary(p.span(), "not a unit struct, unit variant or constant"));
        }
        Ty adtTy = Ty.adt(t.adt().def(), t.args());
        if (!fcx.infcx.unify(expected, adtTy)) mismatch(p.span(), expected, adtTy);
        fcx.patResolutions.put(id, new TypeckResults.Resolution(DefKind.VARIANT, t.variant().def(), t.args()));
        return adtTy;
    }

    private Ty tuple(Pat.Tuple t, Ty expected, Mode mode) {
        Ty e = fcx.structurallyResolve(expected, t.span());
        int n = t.elems().size();
        List<Ty> elems;
        if (e instanceof Ty.Tuple et && (t.restIndex() >= 0 ? et.elems().size() >= n : et.elems().size() == n)) {
            elems = et.elems();
        } else {
            if (t.restIndex() >= 0 && !(e instanceof Ty.Tuple)) {
                elems = new ArrayList<>();
                for (int i = 0; i < n; i++) elems.add(fcx.infcx.newVar());
            } else {
                elems = new ArrayList<>();
                for (int i = 0; i < n; i++) elems.add(fcx.infcx.newVar());
            }
            Ty want = Ty.tuple(elems);
            if (!fcx.infcx.unify(e, want)) {
                mismatch(t.span(), e, want);
                for (PatId p : t.elems()) check(p, Ty.ERROR, mode);
                return Ty.ERROR;
            }
        }
        for (int i = 0; i < n; i++) {
            int idx = t.restIndex() >= 0 && i >= t.restIndex() ? elems.size() - (n - i) : i;
            fcx.patFieldIndices.put(t.elems().get(i), idx);
            check(t.elems().get(i), elems.get(idx), mode);
        }
        return e;
    }

    private Ty slice(Pat.Slice s, Ty expected, Mode mode) {
        Ty e = fcx.structurallyResolve(expected, s.span());
        Ty elem;
        Ty rest;
        int fixed = s.before().size() + s.after().size();
        if (e instanceof Ty.Array arr) {
            elem = arr.elem();
            long len = arr.len() instanceof Const.Value v ? v.bits().longValue() : -1;
            rest = Ty.array(elem, Const.usize(Math.max(0, len - fixed)));
            if (len >= 0 && (s.slice() == null ? len != fixed : len < fixed)) {
                fcx.error(Diagnostic.error("pattern requires " + fixed + " element" + (fixed == 1 ? "" : "s")
                        + " but array has " + len).code("E0527").primary(s.span(), "expected " + len + " element" + (len == 1 ? "" : "s")));
            }
        } else if (e instanceof Ty.Slice sl) {
            elem = sl.elem();
            rest = e;
        } else {
            if (!(e instanceof Ty.Error)) {
                fcx.error(Diagnostic.error("expected an array or slice, found `" + fcx.show(e) + "`").code("E0529")
                        .primary(s.span(), "pattern cannot match with input type `" + fcx.show(e) + "`"));
            }
            elem = Ty.ERROR;
            rest = Ty.ERROR;
        }
        for (PatId p : s.before()) check(p, elem, mode);
        if (s.slice() != null) check(s.slice(), rest, mode);
        for (PatId p : s.after()) check(p, elem, mode);
        return e;
    }
}
