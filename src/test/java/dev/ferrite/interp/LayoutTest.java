package dev.ferrite.interp;

import static dev.ferrite.interp.TestAdts.T;
import static dev.ferrite.interp.TestAdts.ty;
import static dev.ferrite.interp.TestAdts.v;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes and offsets as rustc reports them on x86_64 ({@code size_of}, {@code offset_of!}). */
class LayoutTest {
    final TestAdts adts = new TestAdts();
    final Layouts layouts = new Layouts(adts);
    final AdtDef option = adts.enumDef("Option", v("None"), v("Some", T));

    Ty opt(Ty t) {
        return ty(option, t);
    }

    long size(Ty t) {
        return layouts.of(t).size();
    }

    static Ty ref(Ty t) {
        return Ty.ref(Region.ERASED, t, Mutability.NOT);
    }

    static Ty tup(Ty... ts) {
        return Ty.tuple(List.of(ts));
    }

    @Test
    void primitives() {
        assertThat(size(Ty.BOOL)).isEqualTo(1);
        assertThat(size(Ty.CHAR)).isEqualTo(4);
        assertThat(size(Ty.U128)).isEqualTo(16);
        assertThat(layouts.of(Ty.U128).align()).isEqualTo(16);
        assertThat(size(Ty.UNIT)).isEqualTo(0);
        assertThat(size(ref(Ty.U8))).isEqualTo(8);
        assertThat(size(ref(Ty.STR))).isEqualTo(16);
        assertThat(size(Ty.ptr(Ty.slice(Ty.U32), Mutability.MUT))).isEqualTo(16);
        assertThat(size(Ty.array(Ty.U16, Const.usize(5)))).isEqualTo(10);
    }

    @Test
    void structsAndTuples() {
        assertThat(size(tup(Ty.U8, Ty.U32, Ty.U8))).isEqualTo(8);
        assertThat(layouts.of(tup(Ty.U8, Ty.U32, Ty.U8)).offsets()).containsExactly(4L, 0L, 5L);
        AdtDef s = adts.structDef("S", false, Ty.U8, Ty.U32, Ty.U8);
        assertThat(layouts.of(ty(s)).offsets()).containsExactly(4L, 0L, 5L);
        AdtDef c = adts.structDef("C", true, Ty.U8, Ty.U32, Ty.U8);
        assertThat(layouts.of(ty(c)).offsets()).containsExactly(0L, 4L, 8L);
        assertThat(size(ty(c))).isEqualTo(12);
        AdtDef u = adts.unionDef("U", Ty.U8, Ty.U64, tup(Ty.U32, Ty.U32, Ty.U32));
        assertThat(size(ty(u))).isEqualTo(16);
    }

    @Test
    void enums() {
        AdtDef e = adts.enumDef("E", v("A"), v("B", Ty.U32));
        assertThat(size(ty(e))).isEqualTo(8);
        assertThat(size(ty(adts.enumDef("Three", v("A"), v("B"), v("C"))))).isEqualTo(1);
        assertThat(size(ty(adts.enumDef("M", v("A", Ty.U8), v("B", Ty.U16))))).isEqualTo(4);
        AdtDef big = adts.enumDef("Big", v("A", Ty.U64, Ty.U8), v("B", Ty.BOOL), v("C"));
        assertThat(size(ty(big))).isEqualTo(16);
        assertThat(size(opt(ty(big)))).isEqualTo(16);
        assertThat(size(ty(adts.enumDef("W", v("A", Ty.U8, Ty.U32), v("B"))))).isEqualTo(8);
        AdtDef neg = adts.enumDef("Neg", TestAdts.vd("A", -5), TestAdts.vd("B", 200));
        assertThat(size(ty(neg))).isEqualTo(2);
        assertThat(Layouts.discrKind(neg)).isEqualTo(IntKind.I16);
    }

    @Test
    void nicheOptimisation() {
        assertThat(size(opt(ref(Ty.U8)))).isEqualTo(8);
        assertThat(size(opt(Ty.U32))).isEqualTo(8);
        assertThat(size(opt(Ty.U8))).isEqualTo(2);
        assertThat(size(opt(Ty.BOOL))).isEqualTo(1);
        assertThat(size(opt(Ty.CHAR))).isEqualTo(4);
        assertThat(size(opt(opt(Ty.BOOL)))).isEqualTo(1);
        assertThat(size(opt(tup(Ty.U8, Ty.BOOL)))).isEqualTo(2);
        assertThat(size(opt(ref(Ty.slice(Ty.U8))))).isEqualTo(16);
        assertThat(size(opt(opt(ref(Ty.U8))))).isEqualTo(16);
        Layout three = layouts.of(opt(ty(adts.enumDef("Three", v("A"), v("B"), v("C")))));
        assertThat(three.size()).isEqualTo(1);
        // None of Option<bool> is 2, of Option<&T> 0, of Option<Three> 3
        assertThat(((Layout.NicheEncoding) ((Layout.Multiple) layouts.of(opt(Ty.BOOL)).variants()).encoding()).nicheStart())
                .isEqualTo(BigInteger.TWO);
        assertThat(((Layout.NicheEncoding) ((Layout.Multiple) layouts.of(opt(ref(Ty.U8))).variants()).encoding()).nicheStart())
                .isEqualTo(BigInteger.ZERO);
        assertThat(((Layout.NicheEncoding) ((Layout.Multiple) three.variants()).encoding()).nicheStart())
                .isEqualTo(BigInteger.valueOf(3));
        AdtDef nonNull = adts.structDef("NonNull", false, Ty.ptr(T, Mutability.NOT));
        adts.nonNull.add(nonNull.def());
        AdtDef box = adts.structDef("Box", false, ty(nonNull, T));
        assertThat(size(opt(ty(box, Ty.I32)))).isEqualTo(8);
        assertThat(size(opt(ty(box, Ty.STR)))).isEqualTo(16);
    }

    @Test
    void closuresAndExplicitReprs() {
        // move || { let _ = (a: u8, rb: &i32, c: u16); }
        Ty closure = Ty.intern(new Ty.Closure(new dev.ferrite.hir.DefId(77), dev.ferrite.types.GenericArgs.of(Ty.I8,
                new Ty.FnPtr(dev.ferrite.types.FnSig.of(List.of(), Ty.UNIT)), tup(Ty.U8, ref(Ty.I32), Ty.U16))));
        assertThat(size(closure)).isEqualTo(16);
        assertThat(layouts.of(closure).offsets()).containsExactly(10L, 0L, 8L);
        AdtDef e = adts.enumDef("E", IntKind.U8, false, v("A", Ty.U32), v("B"));
        assertThat(size(ty(e))).isEqualTo(8);
        AdtDef f = adts.enumDef("F", null, true, v("A", Ty.U8), v("B", Ty.U64));
        assertThat(size(ty(f))).isEqualTo(16);
    }

    /** Field orders as rustc -Zprint-type-sizes reports them (niche fields first, or last within their group). */
    @Test
    void fieldOrderFollowsRustcsNichePlacement() {
        assertThat(layouts.of(ty(adts.structDef("S1", false, Ty.U8, Ty.BOOL))).offsets()).containsExactly(1L, 0L);
        assertThat(layouts.of(ty(adts.structDef("S2", false, Ty.U16, Ty.U8, Ty.BOOL, Ty.U8))).offsets()).containsExactly(0L, 2L, 4L, 3L);
        assertThat(layouts.of(ty(adts.structDef("S3", false, Ty.U64, Ty.CHAR, Ty.U8))).offsets()).containsExactly(0L, 8L, 12L);
        assertThat(layouts.of(ty(adts.structDef("S4", false, Ty.U8, Ty.U32, Ty.U16, Ty.U64))).offsets()).containsExactly(14L, 8L, 12L, 0L);
    }
}
