package dev.ferrite.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class TyTest {
    private static final Ty T = Ty.param(0, Symbol.intern("T"));
    private static final Ty U = Ty.param(1, Symbol.intern("U"));

    @Test
    void factoriesInternSoEqualTypesAreIdentical() {
        Ty a = Ty.ref(Region.ERASED, Ty.slice(Ty.U8), Mutability.NOT);
        Ty b = Ty.ref(Region.ERASED, Ty.slice(Ty.U8), Mutability.NOT);
        assertThat(a).isSameAs(b);
        assertThat(Ty.tuple(List.of())).isSameAs(Ty.UNIT);
    }

    @Test
    void substReplacesParametersByIndex() {
        DefId vec = new DefId(7);
        Ty generic = Ty.ref(Region.ERASED, Ty.adt(vec, GenericArgs.of(T)), Mutability.MUT);
        Ty inst = TyFolder.subst(generic, GenericArgs.of(Ty.I32, Ty.BOOL));
        assertThat(inst).isEqualTo(Ty.ref(Region.ERASED, Ty.adt(vec, GenericArgs.of(Ty.I32)), Mutability.MUT));
        // parameters beyond the given arguments stay (they belong to an outer scope)
        assertThat(TyFolder.subst(Ty.tuple(List.of(T, U)), GenericArgs.of(Ty.CHAR))).isEqualTo(Ty.tuple(List.of(Ty.CHAR, U)));
    }

    @Test
    void substLeavesUnchangedTypesIdentical() {
        Ty t = Ty.tuple(List.of(Ty.I32, Ty.slice(Ty.BOOL)));
        assertThat(TyFolder.subst(t, GenericArgs.of(Ty.U8))).isSameAs(t);
    }

    @Test
    void visitorsFindInferenceVariablesAndParams() {
        Ty withVar = Ty.array(new Ty.Infer(Ty.InferKind.TY, 3), Const.usize(4));
        assertThat(withVar.hasInfer()).isTrue();
        assertThat(withVar.hasParams()).isFalse();
        assertThat(Ty.ptr(T, Mutability.NOT).hasParams()).isTrue();
    }

    @Test
    void eraseRegionsErasesEveryLifetime() {
        Ty t = Ty.ref(Region.STATIC, Ty.ref(new Region.EarlyParam(0, Symbol.intern("'a")), Ty.STR, Mutability.NOT), Mutability.NOT);
        assertThat(TyFolder.eraseRegions(t)).isEqualTo(Ty.ref(Region.ERASED, Ty.ref(Region.ERASED, Ty.STR, Mutability.NOT), Mutability.NOT));
    }

    @Test
    void printsPrimitiveShapesLikeRustc() {
        TyPrinter p = new TyPrinter(null);
        assertThat(p.print(Ty.ref(Region.ERASED, Ty.STR, Mutability.NOT))).isEqualTo("&str");
        assertThat(p.print(Ty.ref(Region.STATIC, Ty.STR, Mutability.NOT))).isEqualTo("&'static str");
        assertThat(p.print(Ty.ptr(Ty.U8, Mutability.MUT))).isEqualTo("*mut u8");
        assertThat(p.print(Ty.array(Ty.I32, Const.usize(3)))).isEqualTo("[i32; 3]");
        assertThat(p.print(Ty.tuple(List.of(Ty.I32)))).isEqualTo("(i32,)");
        assertThat(p.print(Ty.intern(new Ty.FnPtr(FnSig.of(List.of(Ty.I32), Ty.BOOL))))).isEqualTo("fn(i32) -> bool");
        assertThat(p.print(new Ty.Infer(Ty.InferKind.INT, 0))).isEqualTo("{integer}");
    }
}
