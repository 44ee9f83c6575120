package dev.ferrite.typeck;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.diagnostics.DiagnosticSink;
import dev.ferrite.hir.Body;
import dev.ferrite.hir.DefId;
import dev.ferrite.hir.Expr;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.hir.Lit;
import dev.ferrite.hir.Pat;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Exhaustiveness of {@code match} and irrefutability of {@code let} patterns (rustc's
 * {@code rustc_pattern_analysis}), by the usefulness algorithm: a value vector not matched by any
 * row of the pattern matrix is a witness that the match is not exhaustive. Constructors of a type
 * are its variants, {@code true}/{@code false}, disjoint integer ranges (split at the boundaries
 * the patterns use), slice lengths, or a single one (structs, tuples, references). Types with
 * infinitely many values (floats, strings) need a wildcard.
 */
final class Exhaustiveness {
    private final Tcx tcx;
    private final Body body;
    private final TypeckResults results;
    private final DiagnosticSink diag;

    Exhaustiveness(Tcx tcx, Body body, TypeckResults results, DiagnosticSink diag) {
        this.tcx = tcx;
        this.body = body;
        this.results = results;
        this.diag = diag;
    }

    // ---- deconstructed patterns ----

    sealed interface Ctor {
    }

    /** The only constructor of structs, tuples and references. */
    record Single() implements Ctor {
    }

    record Variant(int index) implements Ctor {
    }

    record BoolCtor(boolean value) implements Ctor {
    }

    /** An inclusive range of integer (or char) values. */
    record Range(BigInteger lo, BigInteger hi) implements Ctor {
        boolean covers(Range r) {
            return lo.compareTo(r.lo) <= 0 && r.hi.compareTo(hi) <= 0;
        }
    }

    /** An array or slice pattern of exactly {@code len} elements, or at least {@code len} with {@code varLen}. */
    record SliceCtor(int prefix, int suffix, boolean varLen) implements Ctor {
        int arity() {
            return prefix + suffix;
        }
    }

    /** A value of a type with too many values to enumerate (a string or float literal, a constant). */
    record Opaque(Object value) implements Ctor {
    }

    /** Matches anything. */
    record Wild() implements Ctor {
    }

    /** An or-pattern (its alternatives are the fields). */
    record Or() implements Ctor {
    }

    record DPat(Ctor ctor, List<DPat> fields, Ty ty) {
        static DPat wild(Ty ty) {
            return new DPat(new Wild(), List.of(), ty);
        }
    }

    private static final Ctor WILD = new Wild();

    /** Lowers a HIR pattern, with the implicit dereferences of match ergonomics made explicit. */
    DPat lower(PatId id) {
        Pat pat = body.pat(id);
        List<Ty> derefs = results.patAdjustments().getOrDefault(id, List.of());
        DPat inner = lowerInner(id, pat);
        for (int i = derefs.size() - 1; i >= 0; i--) inner = new DPat(new Single(), List.of(inner), derefs.get(i));
        return inner;
    }

    private Ty patTy(PatId id) {
        return results.patType(id);
    }

    private DPat lowerInner(PatId id, Pat pat) {
        Ty ty = patTy(id);
        return switch (pat) {
            case Pat.Wild w -> DPat.wild(ty);
            case Pat.Binding b -> {
                Ty valueTy = b.byRef() != null || bindsByRef(id) ? ((Ty.Ref) ty).pointee() : ty;
                yield b.sub() != null ? lower(b.sub()) : DPat.wild(valueTy);
            }
            case Pat.Struct s -> adtPat(id, ty, s.fields().stream().map(f -> new int[]{idx(f.pat()), f.pat().index()}).toList());
            case Pat.TupleStruct ts -> adtPat(id, ty, ts.elems().stream().map(p -> new int[]{idx(p), p.index()}).toList());
            case Pat.Path p -> adtPat(id, ty, List.of());
            case Pat.Tuple t -> {
                List<Ty> elems = ty instanceof Ty.Tuple tt ? tt.elems() : List.of();
                List<DPat> fields = new ArrayList<>();
                for (Ty e : elems) fields.add(DPat.wild(e));
                for (PatId p : t.elems()) {
                    int i = idx(p);
                    if (i >= 0 && i < fields.size()) fields.set(i, lower(p));
                }
                yield new DPat(new Single(), fields, ty);
            }
            case Pat.Or o -> new DPat(new Or(), o.alternatives().stream().map(this::lower).toList(), ty);
            case Pat.Ref r -> new DPat(new Single(), List.of(lower(r.inner())), ty);
            case Pat.Box b -> DPat.wild(ty);
            case Pat.Lit l -> literal(l.expr(), ty);
            case Pat.Range r -> {
                BigInteger lo = r.lo() == null ? minOf(ty) : value(r.lo());
                BigInteger hi = r.hi() == null ? maxOf(ty) : value(r.hi());
                if (lo == null || hi == null) yield new DPat(new Opaque(id), List.of(), ty);
                if (!r.inclusive() && r.hi() != null) hi = hi.subtract(BigInteger.ONE);
                yield new DPat(new Range(lo, hi), List.of(), ty);
            }
            case Pat.Slice s -> {
                Ty elem = ty instanceof Ty.Array a ? a.elem() : ty instanceof Ty.Slice sl ? sl.elem() : Ty.ERROR;
                List<DPat> fields = new ArrayList<>();
                for (PatId p : s.before()) fields.add(lower(p));
                for (PatId p : s.after()) fields.add(lower(p));
                boolean varLen = s.slice() != null;
                if (ty instanceof Ty.Array a && a.len() instanceof Const.Value v) {
                    // A fixed-length array: fill the `..` with wildcards so the arity is the length.
                    int len = v.bits().intValue();
                    List<DPat> all = new ArrayList<>();
                    for (PatId p : s.before()) all.add(lower(p));
                    for (int i = s.before().size() + s.after().size(); i < len; i++) all.add(DPat.wild(elem));
                    for (PatId p : s.after()) all.add(lower(p));
                    yield new DPat(new Single(), all, ty);
                }
                yield new DPat(new SliceCtor(s.before().size(), s.after().size(), varLen), fields, ty);
            }
            case Pat.Never n -> DPat.wild(ty);
            case Pat.Err e -> DPat.wild(ty);
        };
    }

    private boolean bindsByRef(PatId id) {
        TypeckResults.BindingMode m = results.bindingModes().get(id);
        return m != null && m.byRef() != null;
    }

    private int idx(PatId p) {
        Integer i = results.patFieldIndices().get(p);
        return i == null ? -1 : i;
    }

    private DPat adtPat(PatId id, Ty ty, List<int[]> fieldPats) {
        TypeckResults.Resolution res = results.patResolutions().get(id);
        if (!(ty instanceof Ty.Adt adt) || res == null) return new DPat(new Opaque(id), List.of(), ty);
        AdtDef def = tcx.adtDef(adt.def());
        int vi = 0;
        for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).def().equals(res.def())) vi = i;
        List<Ty> fieldTys = fieldTys(def, vi, adt);
        List<DPat> fields = new ArrayList<>();
        for (Ty t : fieldTys) fields.add(DPat.wild(t));
        for (int[] fp : fieldPats) {
            if (fp[0] >= 0 && fp[0] < fields.size()) fields.set(fp[0], lower(new PatId(fp[1])));
        }
        return new DPat(def.isEnum() ? new Variant(vi) : new Single(), fields, ty);
    }

    private List<Ty> fieldTys(AdtDef def, int variant, Ty.Adt adt) {
        List<Ty> out = new ArrayList<>();
        for (AdtDef.FieldDef f : def.variants().get(variant).fields()) out.add(TyFolder.subst(f.ty(), adt.args()));
        return out;
    }

    private DPat literal(ExprId e, Ty ty) {
        Expr ex = body.expr(e);
        if (ex instanceof Expr.Literal l) {
            switch (l.lit()) {
                case Lit.Bool b -> {
                    return new DPat(new BoolCtor(b.value()), List.of(), ty);
                }
                case Lit.Str s -> {
                    return new DPat(new Opaque(new String(s.bytes(), java.nio.charset.StandardCharsets.UTF_8)), List.of(), ty);
                }
                default -> {
                }
            }
        }
        BigInteger v = value(e);
        if (v != null && (ty instanceof Ty.Int || ty instanceof Ty.Char)) return new DPat(new Range(v, v), List.of(), ty);
        return new DPat(new Opaque(e), List.of(), ty);
    }

    private BigInteger value(ExprId e) {
        Expr ex = body.expr(e);
        return switch (ex) {
            case Expr.Literal l -> switch (l.lit()) {
                case Lit.Int i -> i.value();
                case Lit.Char c -> BigInteger.valueOf(c.codePoint());
                case Lit.Byte b -> BigInteger.valueOf(b.value());
                default -> null;
            };
            case Expr.Unary u when u.op() == Expr.UnOp.NEG -> {
                BigInteger v = value(u.operand());
                yield v == null ? null : v.negate();
            }
            default -> null;
        };
    }

    private static BigInteger minOf(Ty ty) {
        if (ty instanceof Ty.Int i) {
            return i.kind().signed() ? BigInteger.ONE.shiftLeft(i.kind().bits() - 1).negate() : BigInteger.ZERO;
        }
        if (ty instanceof Ty.Char) return BigInteger.ZERO;
        return null;
    }

    private static BigInteger maxOf(Ty ty) {
        if (ty instanceof Ty.Int i) {
            int bits = i.kind().signed() ? i.kind().bits() - 1 : i.kind().bits();
            return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        }
        if (ty instanceof Ty.Char) return BigInteger.valueOf(0x10FFFF);
        return null;
    }

    // ---- usefulness ----

    /** The constructors of a type, or null if it has too many to list (then only wildcards cover it). */
    private List<Ctor> allCtors(Ty ty, List<Ctor> heads) {
        return switch (ty) {
            case Ty.Bool b -> List.of(new BoolCtor(false), new BoolCtor(true));
            case Ty.Int i -> splitRanges(List.of(new Range(minOf(ty), maxOf(ty))), heads);
            case Ty.Char c -> splitRanges(List.of(new Range(BigInteger.ZERO, BigInteger.valueOf(0xD7FF)),
                    new Range(BigInteger.valueOf(0xE000), BigInteger.valueOf(0x10FFFF))), heads);
            case Ty.Adt a -> {
                AdtDef def = tcx.adtDef(a.def());
                if (!def.isEnum()) yield List.of(new Single());
                List<Ctor> out = new ArrayList<>();
                for (int i = 0; i < def.variants().size(); i++) out.add(new Variant(i));
                yield out;
            }
            case Ty.Tuple t -> List.of(new Single());
            case Ty.Ref r -> List.of(new Single());
            case Ty.Array a -> List.of(new Single());
            case Ty.Slice s -> sliceCtors(heads);
            case Ty.Never n -> List.of();
            default -> null;
        };
    }

    /** Splits the type's value ranges at every boundary the head ranges use, so each piece is covered wholly or not at all. */
    private static List<Ctor> splitRanges(List<Range> full, List<Ctor> heads) {
        TreeSet<BigInteger> cuts = new TreeSet<>();
        for (Ctor c : heads) {
            if (c instanceof Range r) {
                cuts.add(r.lo());
                cuts.add(r.hi().add(BigInteger.ONE));
            }
        }
        List<Ctor> out = new ArrayList<>();
        for (Range f : full) {
            BigInteger lo = f.lo();
            for (BigInteger cut : cuts) {
                if (cut.compareTo(lo) > 0 && cut.compareTo(f.hi()) <= 0) {
                    out.add(new Range(lo, cut.subtract(BigInteger.ONE)));
                    lo = cut;
                }
            }
            out.add(new Range(lo, f.hi()));
        }
        return out;
    }

    /** Slice lengths: each fixed length up to the longest pattern, then "at least that many". */
    private static List<Ctor> sliceCtors(List<Ctor> heads) {
        int max = 0;
        for (Ctor c : heads) if (c instanceof SliceCtor s) max = Math.max(max, s.arity() + (s.varLen() ? 0 : 1));
        List<Ctor> out = new ArrayList<>();
        for (int n = 0; n < max; n++) out.add(new SliceCtor(n, 0, false));
        out.add(new SliceCtor(max, 0, true));
        return out;
    }

    /** Whether pattern constructor {@code head} matches every value of the split constructor {@code c}. */
    private static boolean covers(Ctor head, Ctor c) {
        return switch (head) {
            case Wild w -> true;
            case Single s -> c instanceof Single;
            case Variant v -> c instanceof Variant cv && cv.index() == v.index();
            case BoolCtor b -> c instanceof BoolCtor cb && cb.value() == b.value();
            case Range r -> c instanceof Range cr && r.covers(cr);
            case SliceCtor s -> c instanceof SliceCtor cs && (s.varLen()
                    ? cs.arity() >= s.arity() : !cs.varLen() && cs.arity() == s.arity());
            case Opaque o -> false;
            case Or or -> false;
        };
    }

    private int arity(Ctor c, Ty ty) {
        return fieldTypes(c, ty).size();
    }

    private List<Ty> fieldTypes(Ctor c, Ty ty) {
        return switch (c) {
            case Single s -> switch (ty) {
                case Ty.Adt a -> fieldTys(tcx.adtDef(a.def()), 0, a);
                case Ty.Tuple t -> t.elems();
                case Ty.Ref r -> List.of(r.pointee());
                case Ty.Array a -> {
                    int n = a.len() instanceof Const.Value v ? v.bits().intValue() : 0;
                    List<Ty> l = new ArrayList<>();
                    for (int i = 0; i < n; i++) l.add(a.elem());
                    yield l;
                }
                default -> List.of();
            };
            case Variant v -> ty instanceof Ty.Adt a ? fieldTys(tcx.adtDef(a.def()), v.index(), a) : List.of();
            case SliceCtor s -> {
                Ty elem = ty instanceof Ty.Slice sl ? sl.elem() : Ty.ERROR;
                List<Ty> l = new ArrayList<>();
                for (int i = 0; i < s.arity(); i++) l.add(elem);
                yield l;
            }
            default -> List.of();
        };
    }

    /** The fields of row head {@code p} when specialised to constructor {@code c} (wildcards for a wildcard head). */
    private List<DPat> specialize(DPat p, Ctor c, Ty ty) {
        List<Ty> tys = fieldTypes(c, ty);
        if (p.ctor() instanceof Wild) return tys.stream().map(DPat::wild).toList();
        if (p.ctor() instanceof SliceCtor s && c instanceof SliceCtor cs) {
            // `[a, .., z]` against length n: prefix, wildcards, suffix.
            List<DPat> out = new ArrayList<>(p.fields().subList(0, s.prefix()));
            for (int i = s.arity(); i < cs.arity(); i++) out.add(DPat.wild(tys.isEmpty() ? Ty.ERROR : tys.getFirst()));
            out.addAll(p.fields().subList(s.prefix(), s.arity()));
            return out;
        }
        return p.fields();
    }

    /** Expands or-patterns at the head of each row into several rows. */
    private static List<List<DPat>> expandOr(List<List<DPat>> rows) {
        List<List<DPat>> out = new ArrayList<>();
        for (List<DPat> row : rows) expandRow(row, out);
        return out;
    }

    private static void expandRow(List<DPat> row, List<List<DPat>> out) {
        if (!row.isEmpty() && row.getFirst().ctor() instanceof Or) {
            for (DPat alt : row.getFirst().fields()) {
                List<DPat> r = new ArrayList<>(row);
                r.set(0, alt);
                expandRow(r, out);
            }
        } else {
            out.add(row);
        }
    }

    /** Value vectors of types {@code tys} matched by no row: each a list of patterns (witnesses). */
    private List<List<DPat>> witnesses(List<List<DPat>> matrix, List<Ty> tys, int budget) {
        if (tys.isEmpty()) return matrix.isEmpty() ? List.of(List.of()) : List.of();
        List<List<DPat>> rows = expandOr(matrix);
        Ty ty = tys.getFirst();
        List<Ty> rest = tys.subList(1, tys.size());
        List<Ctor> heads = new ArrayList<>();
        for (List<DPat> r : rows) if (!(r.getFirst().ctor() instanceof Wild)) heads.add(r.getFirst().ctor());
        List<Ctor> all = allCtors(ty, heads);
        List<List<DPat>> out = new ArrayList<>();
        if (all == null) {
            // Infinitely many values: only the wildcard rows can cover the missing ones.
            List<List<DPat>> def = new ArrayList<>();
            for (List<DPat> r : rows) if (r.getFirst().ctor() instanceof Wild) def.add(r.subList(1, r.size()));
            for (List<DPat> w : witnesses(def, rest, budget)) {
                List<DPat> full = new ArrayList<>();
                full.add(DPat.wild(ty));
                full.addAll(w);
                out.add(full);
            }
            return out;
        }
        boolean anyHead = !heads.isEmpty();
        for (Ctor c : all) {
            if (out.size() >= budget) break;
            boolean present = false;
            for (Ctor h : heads) if (covers(h, c)) present = true;
            if (!present && !anyHead) {
                // The column is all wildcards: one witness `_` stands for every constructor.
                List<List<DPat>> def = new ArrayList<>();
                for (List<DPat> r : rows) def.add(r.subList(1, r.size()));
                for (List<DPat> w : witnesses(def, rest, budget)) {
                    List<DPat> full = new ArrayList<>();
                    full.add(DPat.wild(ty));
                    full.addAll(w);
                    out.add(full);
                }
                return out;
            }
            List<List<DPat>> spec = new ArrayList<>();
            for (List<DPat> r : rows) {
                DPat head = r.getFirst();
                if (covers(head.ctor(), c)) {
                    List<DPat> nr = new ArrayList<>(specialize(head, c, ty));
                    nr.addAll(r.subList(1, r.size()));
                    spec.add(nr);
                }
            }
            List<Ty> subTys = new ArrayList<>(fieldTypes(c, ty));
            int n = subTys.size();
            subTys.addAll(rest);
            for (List<DPat> w : witnesses(spec, subTys, budget - out.size())) {
                List<DPat> full = new ArrayList<>();
                full.add(new DPat(c, w.subList(0, n), ty));
                full.addAll(w.subList(n, w.size()));
                out.add(full);
            }
        }
        return out;
    }

    // ---- checks ----

    /** Checks every match and let in the body. */
    void check() {
        for (Expr.Param p : body.params()) checkIrrefutable(p.pat(), "function argument", body.pat(p.pat()).span());
        new HirWalk(body, (e, parent) -> {
            switch (body.expr(e)) {
                case Expr.Match m -> checkMatch(m);
                case Expr.BlockExpr b -> checkLets(b.block());
                case Expr.Loop l -> checkLets(l.body());
                case Expr.Closure c -> {
                    for (Expr.Param p : c.params()) checkIrrefutable(p.pat(), "function argument", body.pat(p.pat()).span());
                }
                default -> {
                }
            }
        }, p -> {
        }).expr(body.value(), null);
    }

    private void checkLets(Expr.Block block) {
        for (Expr.Stmt s : block.stmts()) {
            if (s instanceof Expr.LetStmt l && l.els() == null) {
                checkIrrefutable(l.pat(), "local binding", body.pat(l.pat()).span());
            }
        }
    }

    private void checkMatch(Expr.Match m) {
        Ty scrut = results.exprType(m.scrutinee());
        if (scrut.hasError()) return;
        List<List<DPat>> rows = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) {
            if (arm.guard() != null) continue; // a guarded arm covers nothing for certain
            rows.add(List.of(lower(arm.pat())));
        }
        List<List<DPat>> ws = witnesses(rows, List.of(scrut), 4);
        if (ws.isEmpty()) return;
        List<String> shown = ws.stream().map(w -> show(w.getFirst())).distinct().toList();
        String list = joinWitnesses(shown);
        boolean plural = shown.size() > 1;
        diag.emit(Diagnostic.error("non-exhaustive patterns: " + list + " not covered").code("E0004")
                .primary(body.expr(m.scrutinee()).span(), (plural ? "patterns " : "pattern ") + list + " not covered")
                .note("the matched value is of type `" + tcx.show(scrut) + "`"));
    }

    /** Reports a refutable pattern where an irrefutable one is required (E0005), e.g. in `let`. */
    void checkIrrefutable(PatId pat, String origin, Span span) {
        // the matched value's type: before the references match ergonomics dereferences
        List<Ty> derefs = results.patAdjustments().getOrDefault(pat, List.of());
        Ty ty = derefs.isEmpty() ? patTy(pat) : derefs.getFirst();
        if (ty.hasError()) return;
        List<List<DPat>> ws = witnesses(List.of(List.of(lower(pat))), List.of(ty), 4);
        if (ws.isEmpty()) return;
        List<String> shown = ws.stream().map(w -> show(w.getFirst())).distinct().toList();
        String list = joinWitnesses(shown);
        diag.emit(Diagnostic.error("refutable pattern in " + origin).code("E0005")
                .primary(span, (shown.size() > 1 ? "patterns " : "pattern ") + list + " not covered")
                .note("the matched value is of type `" + tcx.show(ty) + "`"));
    }

    private static String joinWitnesses(List<String> ws) {
        List<String> q = ws.stream().map(w -> "`" + w + "`").toList();
        if (q.size() == 1) return q.getFirst();
        if (q.size() == 2) return q.get(0) + " and " + q.get(1);
        if (q.size() == 3) return q.get(0) + ", " + q.get(1) + " and " + q.get(2);
        return q.get(0) + ", " + q.get(1) + ", " + q.get(2) + " and " + (q.size() - 3) + " more";
    }

    /** A witness as rustc prints it: {@code None}, {@code Some(_)}, {@code (_, false)}, {@code i32::MIN..=-1_i32}. */
    String show(DPat p) {
        return switch (p.ctor()) {
            case Wild w -> "_";
            case BoolCtor b -> Boolean.toString(b.value());
            case Range r -> showRange(r, p.ty());
            case Single s -> switch (p.ty()) {
                case Ty.Ref r -> "&" + show(p.fields().getFirst());
                case Ty.Tuple t -> "(" + String.join(", ", p.fields().stream().map(this::show).toList())
                        + (p.fields().size() == 1 ? ",)" : ")");
                case Ty.Adt a -> showVariant(tcx.adtDef(a.def()), 0, p);
                case Ty.Array a -> "[" + String.join(", ", p.fields().stream().map(this::show).toList()) + "]";
                default -> "_";
            };
            case Variant v -> showVariant(tcx.adtDef(((Ty.Adt) p.ty()).def()), v.index(), p);
            case SliceCtor s -> {
                List<String> parts = new ArrayList<>(p.fields().stream().map(this::show).toList());
                if (s.varLen()) parts.add(s.prefix(), "..");
                yield "[" + String.join(", ", parts) + "]";
            }
            case Opaque o -> "_";
            case Or or -> "_";
        };
    }

    private String showVariant(AdtDef def, int vi, DPat p) {
        AdtDef.VariantDef v = def.variants().get(vi);
        String name = def.isEnum() ? variantPath(def, v) : v.name().text();
        return switch (v.ctor()) {
            case UNIT -> name;
            case TUPLE -> name + "(" + String.join(", ", p.fields().stream().map(this::show).toList()) + ")";
            case STRUCT -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < p.fields().size(); i++) {
                    String f = show(p.fields().get(i));
                    if (!f.equals("_")) parts.add(v.fields().get(i).name() + ": " + f);
                }
                parts.add("..");
                yield name + " { " + String.join(", ", parts) + " }";
            }
        };
    }

    /** Variants of prelude enums print bare (`None`, `Ok(_)`), others with their enum (`Color::Red`). */
    private String variantPath(AdtDef def, AdtDef.VariantDef v) {
        DefId optionLike = def.def();
        String lang = tcx.item(optionLike) instanceof dev.ferrite.hir.Item.Enum e ? e.attrs().lang() : null;
        if ("Option".equals(lang) || "Result".equals(lang)) return v.name().text();
        return def.name() + "::" + v.name();
    }

    private String showRange(Range r, Ty ty) {
        if (ty instanceof Ty.Char) {
            String lo = showChar(r.lo()), hi = showChar(r.hi());
            return r.lo().equals(r.hi()) ? lo : lo + "..=" + hi;
        }
        String lo = showInt(r.lo(), ty), hi = showInt(r.hi(), ty);
        return r.lo().equals(r.hi()) ? lo : lo + "..=" + hi;
    }

    private static String showInt(BigInteger v, Ty ty) {
        IntKind k = ((Ty.Int) ty).kind();
        if (v.equals(maxOf(ty))) return k.typeName() + "::MAX";
        if (k.signed() && v.equals(minOf(ty))) return k.typeName() + "::MIN";
        return v + "_" + k.typeName();
    }

    private static String showChar(BigInteger v) {
        int cp = v.intValue();
        if (cp < 0x20 || cp == 0x7F || cp > 0x7E && cp < 0xA0 || cp >= 0xD800) return "'\\u{" + Integer.toHexString(cp) + "}'";
        if (cp == '\'') return "'\\''";
        if (cp == '\\') return "'\\\\'";
        return "'" + new String(Character.toChars(cp)) + "'";
    }
}
