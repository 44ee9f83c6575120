package dev.ferrite.interp;

import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes {@link Layout}s of monomorphic types as rustc does on x86_64: fields of
 * {@code repr(Rust)} structs, tuples and closures sorted by decreasing alignment, {@code repr(C)}
 * in declaration order; enums tagged with the smallest integer that holds their discriminants
 * (widened to the alignment of the first field), or niche-filled when that is smaller
 * ({@code Option<&T>}, {@code Option<bool>}, {@code Option<char>}, ...). Memoised per type.
 */
public final class Layouts {
    public static final int PTR_SIZE = 8;

    private final LayoutCx cx;
    private final ConcurrentHashMap<Ty, Layout> cache = new ConcurrentHashMap<>();

    public Layouts(LayoutCx cx) {
        this.cx = cx;
    }

    public LayoutCx cx() {
        return cx;
    }

    /** The layout of a monomorphic type; throws {@link LayoutError} for generic or erroneous types. */
    public Layout of(Ty ty) {
        java.util.IdentityHashMap<Ty, Layout> fast = identityCache.get();
        Layout l = fast.get(ty);
        if (l != null) return l;
        l = cache.get(ty);
        if (l == null) {
            l = compute(ty);
            cache.putIfAbsent(ty, l);
        }
        fast.put(ty, l);
        return l;
    }

    /** Types are mostly interned, so an identity lookup (no deep hashing) usually answers; per thread. */
    private final ThreadLocal<java.util.IdentityHashMap<Ty, Layout>> identityCache =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    public static final class LayoutError extends RuntimeException {
        public LayoutError(String msg) {
            super(msg);
        }
    }

    private static Niche nonNullPtr() {
        return new Niche(0, PTR_SIZE, BigInteger.ONE, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    }

    private Layout compute(Ty ty) {
        return switch (ty) {
            case Ty.Bool b -> Layout.scalar(1, 1, new Niche(0, 1, BigInteger.ZERO, BigInteger.ONE));
            case Ty.Char c -> Layout.scalar(4, 4, new Niche(0, 4, BigInteger.ZERO, BigInteger.valueOf(0x10FFFF)));
            case Ty.Int i -> Layout.scalar(i.kind().bytes(), intAlign(i.kind().bytes()), null);
            case Ty.Float f -> Layout.scalar(f.kind().bits() / 8, f.kind().bits() / 8, null);
            case Ty.Ref r -> pointer(r.pointee(), nonNullPtr());
            case Ty.RawPtr p -> pointer(p.pointee(), null);
            case Ty.FnPtr f -> Layout.scalar(PTR_SIZE, PTR_SIZE, nonNullPtr());
            case Ty.FnDef f -> Layout.scalar(0, 1, null);
            case Ty.Never n -> new Layout(0, 1, true, List.of(), 0, 0, Layout.SINGLE, null, true);
            case Ty.Str s -> new Layout(0, 1, false, List.of(), 1, 0, Layout.SINGLE, null, false);
            case Ty.Slice s -> {
                Layout e = of(s.elem());
                yield new Layout(0, e.align(), false, List.of(), e.size(), 0, Layout.SINGLE, null, false);
            }
            case Ty.Dynamic d -> new Layout(0, 1, false, List.of(), 0, 0, Layout.SINGLE, null, false);
            case Ty.Foreign f -> new Layout(0, 1, false, List.of(), 0, 0, Layout.SINGLE, null, false);
            case Ty.Opaque o -> throw new LayoutError("layout of an unrevealed opaque type");
            case Ty.Array a -> {
                Layout e = of(a.elem());
                long n = arrayLen(a.len());
                Niche niche = n > 0 ? e.niche() : null;
                yield new Layout(e.size() * n, e.align(), true, List.of(), e.size(), n, Layout.SINGLE, niche,
                        n > 0 && e.uninhabited());
            }
            case Ty.Tuple t -> univariant(t.elems(), false, false, 0, 1, !t.elems().isEmpty());
            case Ty.Closure c -> univariant(closureUpvars(c), false, false, 0, 1);
            case Ty.Adt a -> adt(a);
            case Ty.Param p -> throw new LayoutError("layout of generic type parameter `" + p.name() + "`");
            case Ty.Alias a -> throw new LayoutError("layout of unnormalised projection");
            case Ty.Infer i -> throw new LayoutError("layout of inference variable");
            case Ty.Bound b -> throw new LayoutError("layout of bound type");
            case Ty.Placeholder p -> throw new LayoutError("layout of placeholder type");
            case Ty.Error e -> throw new LayoutError("layout of error type");
        };
    }

    /** The captured types of a closure (the last of its synthetic generic arguments, a tuple). */
    public static List<Ty> closureUpvars(Ty.Closure c) {
        Ty last = c.args().ty(c.args().size() - 1);
        return last instanceof Ty.Tuple t ? t.elems() : List.of();
    }

    public static long arrayLen(Const c) {
        // a usize beyond i64 (`[(); usize::MAX]`, only possible for zero-sized elements) as its bits
        if (c instanceof Const.Value v) return v.bits().bitLength() <= 64 ? v.bits().longValue() : v.bits().longValueExact();
        throw new LayoutError("array length is not a known constant: " + c);
    }

    static int intAlign(int bytes) {
        return Math.min(bytes, 16) == 0 ? 1 : bytes;
    }

    private Layout pointer(Ty pointee, Niche niche) {
        long size = isWide(pointee) ? 2L * PTR_SIZE : PTR_SIZE;
        return Layout.scalar(size, PTR_SIZE, niche);
    }

    /** True if pointers to {@code pointee} carry metadata (length or vtable). */
    public boolean isWide(Ty pointee) {
        return tail(pointee) != null;
    }

    /** Tails found, by type identity (the interpreter asks on each dereference); {@link Ty#UNIT} stands for none. */
    private final ThreadLocal<java.util.IdentityHashMap<Ty, Ty>> tails = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /** The unsized tail of a type ({@code str}, {@code [T]}, {@code dyn Trait}), or null if sized. */
    public Ty tail(Ty ty) {
        java.util.IdentityHashMap<Ty, Ty> known = tails.get();
        Ty t = known.get(ty);
        if (t == null) {
            t = computeTail(ty);
            known.put(ty, t == null ? Ty.UNIT : t);
            return t;
        }
        return t == Ty.UNIT ? null : t;
    }

    private Ty computeTail(Ty ty) {
        while (true) {
            switch (ty) {
                case Ty.Str s -> {
                    return ty;
                }
                case Ty.Slice s -> {
                    return ty;
                }
                case Ty.Dynamic d -> {
                    return ty;
                }
                case Ty.Adt a -> {
                    AdtDef def = cx.adtDef(a.def());
                    if (def == null || !def.isStruct() || def.nonEnumVariant().fields().isEmpty()) return null;
                    ty = substField(def.nonEnumVariant().fields().getLast().ty(), a);
                }
                case Ty.Tuple t -> {
                    if (t.elems().isEmpty()) return null;
                    ty = t.elems().getLast();
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** The field types of a variant of an ADT, substituted. */
    public List<Ty> fieldTys(Ty.Adt a, int variant) {
        AdtDef def = cx.adtDef(a.def());
        List<Ty> out = new ArrayList<>();
        for (AdtDef.FieldDef f : def.variants().get(variant).fields()) out.add(substField(f.ty(), a));
        return out;
    }

    /** A field's type in a monomorphic ADT; a field typed by a projection (`Cow`'s `<B as ToOwned>::Owned`) is normalised. */
    private Ty substField(Ty field, Ty.Adt a) {
        Ty t = TyFolder.subst(field, a.args());
        return dev.ferrite.types.TyVisitor.any(t, x -> x instanceof Ty.Alias) ? cx.normalize(t) : t;
    }

    private Layout adt(Ty.Adt a) {
        AdtDef def = cx.adtDef(a.def());
        if (def == null) throw new LayoutError("no ADT definition for " + a.def());
        switch (def.kind()) {
            case STRUCT -> {
                List<Ty> fields = fieldTys(a, 0);
                int packed = cx.reprPacked(a.def());
                Layout l = packed > 0 ? packedLayout(fields, packed)
                        : univariant(fields, def.reprC() || def.reprTransparent(), false, 0, 1, cx.maybeUnsizedTail(a.def()));
                int minAlign = cx.reprAlign(a.def());
                if (minAlign > l.align()) {
                    l = new Layout(alignTo(l.size(), minAlign), minAlign, l.sized(), l.offsets(), 0, 0, l.variants(), l.niche(),
                            l.uninhabited());
                }
                if (cx.isNonNull(a.def()) && l.size() > 0) {
                    int ns = (int) Math.min(l.size(), PTR_SIZE);
                    l = new Layout(l.size(), l.align(), l.sized(), l.offsets(), 0, 0, l.variants(),
                            new Niche(0, ns, BigInteger.ONE, BigInteger.ONE.shiftLeft(ns * 8).subtract(BigInteger.ONE)),
                            l.uninhabited());
                }
                return l;
            }
            case UNION -> {
                long size = 0;
                int align = 1;
                List<Long> offs = new ArrayList<>();
                for (Ty f : fieldTys(a, 0)) {
                    Layout fl = of(f);
                    size = Math.max(size, fl.size());
                    align = Math.max(align, fl.align());
                    offs.add(0L);
                }
                return new Layout(alignTo(size, align), align, true, offs, 0, 0, Layout.SINGLE, null, false);
            }
            default -> {
                return enumLayout(a, def);
            }
        }
    }

    static long alignTo(long n, int align) {
        return (n + align - 1) / align * align;
    }

    /**
     * A struct-like layout of {@code fields}. With {@code prefixSize > 0} (enum variants), the first
     * {@code prefixSize} bytes are taken by the tag and fields are sorted by increasing alignment.
     */
    private Layout univariant(List<Ty> fields, boolean inDeclarationOrder, boolean prefixed, long prefixSize,
                              int prefixAlign) {
        return univariant(fields, inDeclarationOrder, prefixed, prefixSize, prefixAlign, false);
    }

    /** The packing of a {@code #[repr(packed(n))]} struct (n), or 0. */
    int packedAlign(Ty.Adt a) {
        return cx.reprPacked(a.def());
    }

    /** {@code #[repr(packed(n))]}: fields in declaration order, each aligned to at most {@code n}. */
    private Layout packedLayout(List<Ty> fields, int n) {
        long off = 0;
        int align = 1;
        List<Long> offsets = new ArrayList<>();
        boolean sized = true, uninhabited = false;
        for (Ty f : fields) {
            Layout fl = of(f);
            int a = Math.min(fl.align(), n);
            off = alignTo(off, a);
            offsets.add(off);
            off += fl.size();
            align = Math.max(align, a);
            sized &= fl.sized();
            uninhabited |= fl.uninhabited();
        }
        return new Layout(alignTo(off, align), align, sized, offsets, 0, 0, Layout.SINGLE, null, uninhabited);
    }

    /** With {@code keepLast}, the last field stays last (a struct tail that may be unsized). */
    private Layout univariant(List<Ty> fields, boolean inDeclarationOrder, boolean prefixed, long prefixSize,
                              int prefixAlign, boolean keepLast) {
        Layout l = univariantBiased(fields, inDeclarationOrder, prefixed, prefixSize, prefixAlign, false, keepLast);
        if (!inDeclarationOrder && !prefixed && fields.size() > 1 && l.niche() != null) {
            // As rustc: if the niche is neither at the start nor at the end, try moving it to the end.
            long head = l.niche().offset();
            long tail = l.size() - head - l.niche().size();
            if (head != 0 && tail > 0) {
                Layout alt = univariantBiased(fields, false, false, prefixSize, prefixAlign, true, keepLast);
                if (alt.niche() != null && alt.niche().offset() > head && alt.niche().offset() > tail) return alt;
            }
        }
        return l;
    }

    private static int trailingZeros(long v) {
        return v == 0 ? 0 : Long.numberOfTrailingZeros(v);
    }

    /**
     * rustc's {@code univariant_biased}: fields sorted by alignment group (largest first; ascending
     * after an enum tag), then by niche size (large niches first, or last with {@code nicheAtEnd}).
     */
    private Layout univariantBiased(List<Ty> fields, boolean inDeclarationOrder, boolean prefixed, long prefixSize,
                                    int prefixAlign, boolean nicheAtEnd, boolean keepLast) {
        int n = fields.size();
        Layout[] fl = new Layout[n];
        for (int i = 0; i < n; i++) fl[i] = of(fields.get(i));
        boolean lastUnsized = n > 0 && !fl[n - 1].sized();
        boolean lastFixed = lastUnsized || keepLast && n > 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        if (!inDeclarationOrder && n > 1) {
            int sortable = lastFixed ? n - 1 : n;
            List<Integer> head = new ArrayList<>(order.subList(0, sortable));
            int maxFieldAlign = 1;
            BigInteger largestNiche = BigInteger.ZERO;
            for (int k : head) {
                Layout f = fl[k];
                maxFieldAlign = Math.max(maxFieldAlign, f.align());
                if (f.niche() != null) largestNiche = largestNiche.max(f.niche().available());
            }
            final int mfa = maxFieldAlign;
            final BigInteger ln = largestNiche;
            java.util.function.IntUnaryOperator group = i -> {
                Layout f = fl[i];
                int sizeAsAlign = trailingZeros(Math.max(f.align(), f.size()));
                if (ln.signum() > 0) {
                    BigInteger ns = f.niche() == null ? BigInteger.ZERO : f.niche().available();
                    if (!nicheAtEnd) return Math.min(trailingZeros(mfa), sizeAsAlign);
                    if (ns.equals(ln)) return trailingZeros(f.align());
                }
                return sizeAsAlign;
            };
            java.util.function.IntFunction<BigInteger> nicheSize = i -> fl[i].niche() == null ? BigInteger.ZERO : fl[i].niche().available();
            Comparator<Integer> cmp;
            if (prefixed) {
                cmp = Comparator.comparingInt((Integer i) -> group.applyAsInt(i)).thenComparing(i -> nicheSize.apply(i));
            } else if (!nicheAtEnd) {
                cmp = Comparator.comparingInt((Integer i) -> -group.applyAsInt(i))
                        .thenComparing((Integer i) -> nicheSize.apply(i), Comparator.reverseOrder())
                        .thenComparingLong(i -> fl[i].niche() == null ? 0 : fl[i].niche().offset());
            } else {
                cmp = Comparator.comparingInt((Integer i) -> -group.applyAsInt(i))
                        .thenComparing((Integer i) -> nicheSize.apply(i))
                        .thenComparingLong(i -> fl[i].niche() == null ? 0
                                : -(fl[i].size() - (fl[i].niche().offset() + fl[i].niche().size())) - 1);
            }
            head.sort(cmp);
            List<Integer> newOrder = new ArrayList<>(head);
            if (lastFixed) newOrder.add(n - 1);
            order = newOrder;
        }
        long[] offs = new long[n];
        long off = prefixSize;
        int align = prefixAlign;
        Niche best = null;
        boolean uninhabited = false;
        for (int idx : order) {
            Layout f = fl[idx];
            align = Math.max(align, f.align());
            off = alignTo(off, f.align());
            offs[idx] = off;
            if (f.niche() != null) {
                Niche shifted = f.niche().shifted(off);
                int c = best == null ? 1 : shifted.available().compareTo(best.available());
                if (c > 0 || nicheAtEnd && c == 0) best = shifted;
            }
            if (f.uninhabited()) uninhabited = true;
            off += f.size();
        }
        List<Long> offsets = new ArrayList<>();
        for (long o : offs) offsets.add(o);
        return new Layout(alignTo(off, align), align, !lastUnsized, offsets, 0, 0, Layout.SINGLE, best, uninhabited);
    }

    // ---------------------------------------------------------------- enums

    private Layout enumLayout(Ty.Adt a, AdtDef def) {
        List<AdtDef.VariantDef> vs = def.variants();
        if (vs.isEmpty()) return new Layout(0, 1, true, List.of(), 0, 0, Layout.SINGLE, null, true);
        boolean explicitRepr = def.reprInt() != null || def.reprC();
        if (vs.size() == 1 && !explicitRepr) {
            Layout l = univariant(fieldTys(a, 0), false, false, 0, 1);
            return new Layout(l.size(), l.align(), l.sized(), l.offsets(), 0, 0, new Layout.Single(0), l.niche(),
                    l.uninhabited());
        }
        Layout tagged = taggedLayout(a, def);
        Layout niche = explicitRepr ? null : nicheLayout(a, def);
        if (niche == null) return tagged;
        int cmpSize = Long.compare(tagged.size(), niche.size());
        BigInteger tn = tagged.niche() == null ? BigInteger.ZERO : tagged.niche().available();
        BigInteger nn = niche.niche() == null ? BigInteger.ZERO : niche.niche().available();
        if (cmpSize > 0 || (cmpSize == 0 && tn.compareTo(nn) < 0)) return niche;
        return tagged;
    }

    /** The integer kind holding all discriminants of an enum (rustc's {@code repr_discr}). */
    public static IntKind discrKind(AdtDef def) {
        if (def.reprInt() != null) return def.reprInt();
        BigInteger min = BigInteger.ZERO, max = BigInteger.ZERO;
        for (AdtDef.VariantDef v : def.variants()) {
            min = min.min(v.discr());
            max = max.max(v.discr());
        }
        boolean signed = min.signum() < 0;
        IntKind[] cands = signed
                ? new IntKind[]{IntKind.I8, IntKind.I16, IntKind.I32, IntKind.I64, IntKind.I128}
                : new IntKind[]{IntKind.U8, IntKind.U16, IntKind.U32, IntKind.U64, IntKind.U128};
        for (IntKind k : cands) {
            if (def.reprC() && k.bits() < 32) continue;
            if (fits(min, k) && fits(max, k)) return k;
        }
        return signed ? IntKind.I128 : IntKind.U128;
    }

    private static boolean fits(BigInteger v, IntKind k) {
        if (k.signed()) {
            return v.bitLength() < k.bits();
        }
        return v.signum() >= 0 && v.bitLength() <= k.bits();
    }

    private Layout taggedLayout(Ty.Adt a, AdtDef def) {
        IntKind tagKind = discrKind(def);
        int tagSize = tagKind.bytes();
        if (def.reprInt() == null && !def.reprC()) {
            // Widen the tag to the alignment of the first field of every variant.
            int startAlign = 256;
            for (int v = 0; v < def.variants().size(); v++) {
                for (Ty f : fieldTys(a, v)) {
                    Layout fl = of(f);
                    if (fl.isZst() && fl.align() == 1) continue;
                    startAlign = Math.min(startAlign, fl.align());
                    break;
                }
            }
            if (startAlign != 256 && startAlign > tagSize && startAlign <= 16) tagSize = startAlign;
        }
        int tagAlign = intAlign(tagSize);
        List<Layout> variants = new ArrayList<>();
        long size = tagSize;
        int align = tagAlign;
        boolean allUninhabited = true;
        for (int v = 0; v < def.variants().size(); v++) {
            Layout vl = univariant(fieldTys(a, v), def.reprC(), true, tagSize, tagAlign);
            vl = new Layout(vl.size(), vl.align(), vl.sized(), vl.offsets(), 0, 0, new Layout.Single(v), null,
                    vl.uninhabited());
            variants.add(vl);
            size = Math.max(size, vl.size());
            align = Math.max(align, vl.align());
            if (!vl.uninhabited()) allUninhabited = false;
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(tagSize * 8).subtract(BigInteger.ONE);
        BigInteger min = null, max = null;
        for (AdtDef.VariantDef v : def.variants()) {
            min = min == null ? v.discr() : min.min(v.discr());
            max = max == null ? v.discr() : max.max(v.discr());
        }
        Niche tagNiche = new Niche(0, tagSize, min.and(mask), max.and(mask));
        return new Layout(alignTo(size, align), align, true, List.of(0L), 0, 0,
                new Layout.Multiple(new Layout.Direct(), 0, tagSize, tagKind.signed(), variants), tagNiche,
                allUninhabited);
    }

    private Layout nicheLayout(Ty.Adt a, AdtDef def) {
        int nv = def.variants().size();
        List<Layout> variants = new ArrayList<>();
        for (int v = 0; v < nv; v++) {
            Layout vl = univariant(fieldTys(a, v), false, false, 0, 1);
            variants.add(new Layout(vl.size(), vl.align(), vl.sized(), vl.offsets(), 0, 0, new Layout.Single(v),
                    vl.niche(), vl.uninhabited()));
        }
        int largest = 0;
        for (int v = 0; v < nv; v++) {
            if (variants.get(v).size() >= variants.get(largest).size()) largest = v;
        }
        int first = -1, last = -1;
        for (int v = 0; v < nv; v++) {
            if (v == largest) continue;
            if (first < 0) first = v;
            last = v;
        }
        if (first < 0) return null;
        long count = last - first + 1;
        Niche niche = variants.get(largest).niche();
        if (niche == null) return null;
        Niche.Reserved res = niche.reserve(count);
        if (res == null) return null;
        int align = 1;
        for (Layout v : variants) align = Math.max(align, v.align());
        long size = alignTo(variants.get(largest).size(), align);
        for (int v = 0; v < nv; v++) {
            if (v == largest) continue;
            Layout vl = variants.get(v);
            if (vl.size() <= niche.offset()) {
                variants.set(v, withoutNiche(vl));
                continue;
            }
            long at = alignTo(niche.offset() + niche.size(), vl.align());
            if (at + vl.size() > size) return null;
            List<Long> shifted = new ArrayList<>();
            for (long o : vl.offsets()) shifted.add(o + at);
            variants.set(v, new Layout(vl.size(), vl.align(), vl.sized(), shifted, 0, 0, vl.variants(), null,
                    vl.uninhabited()));
        }
        variants.set(largest, withoutNiche(variants.get(largest)));
        boolean allUninhabited = variants.stream().allMatch(Layout::uninhabited);
        return new Layout(size, align, true, List.of(niche.offset()), 0, 0,
                new Layout.Multiple(new Layout.NicheEncoding(largest, first, last, res.start()), niche.offset(),
                        niche.size(), false, variants),
                res.niche(), allUninhabited);
    }

    private static Layout withoutNiche(Layout l) {
        return new Layout(l.size(), l.align(), l.sized(), l.offsets(), 0, 0, l.variants(), null, l.uninhabited());
    }
}
