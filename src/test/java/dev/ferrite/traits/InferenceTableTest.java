package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.Const;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceTableTest {
    private final InferenceTable t = new InferenceTable();

    @Test
    void unifyBindsAndResolvesDeeply() {
        Ty a = t.newTyVar();
        Ty b = t.newTyVar();
        assertThat(t.unify(a, Ty.tuple(List.of(b, Ty.BOOL)))).isTrue();
        assertThat(t.unify(b, Ty.I32)).isTrue();
        assertThat(t.resolve(a)).isEqualTo(Ty.tuple(List.of(Ty.I32, Ty.BOOL)));
        assertThat(t.shallowResolve(a)).isInstanceOf(Ty.Tuple.class);
    }

    @Test
    void intAndFloatVariablesOnlyTakeTheirTypes() {
        Ty i = t.newIntVar();
        Ty f = t.newFloatVar();
        assertThat(t.unify(i, Ty.F64)).isFalse();
        assertThat(t.unify(i, f)).isFalse();
        assertThat(t.unify(f, Ty.F32)).isTrue();
        Ty g = t.newTyVar();
        assertThat(t.unify(g, i)).isTrue();
        assertThat(t.kindOf((Ty.Infer) t.shallowResolve(g))).isEqualTo(Ty.InferKind.INT);
        assertThat(t.unify(g, Ty.BOOL)).isFalse();
        assertThat(t.unify(g, Ty.U8)).isTrue();
        assertThat(t.resolve(i)).isEqualTo(Ty.U8);
    }

    @Test
    void occursCheck() {
        Ty a = t.newTyVar();
        assertThat(t.unify(a, Ty.slice(a))).isFalse();
        assertThat(t.shallowResolve(a)).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void failedUnificationLeavesNoTrace() {
        Ty a = t.newTyVar();
        Ty b = t.newTyVar();
        assertThat(t.unify(Ty.tuple(List.of(a, Ty.BOOL)), Ty.tuple(List.of(Ty.I32, b)))).isTrue();
        Ty c = t.newTyVar();
        Ty d = t.newTyVar();
        assertThat(t.unify(Ty.tuple(List.of(c, Ty.BOOL)), Ty.tuple(List.of(Ty.I32, Ty.CHAR)))).isFalse();
        assertThat(t.shallowResolve(c)).isInstanceOf(Ty.Infer.class);
        assertThat(d).isNotNull();
    }

    @Test
    void regionsAreIgnored() {
        Ty a = Ty.ref(Region.STATIC, Ty.I32, Mutability.NOT);
        Ty b = Ty.ref(Region.ERASED, Ty.I32, Mutability.NOT);
        assertThat(t.unify(a, b)).isTrue();
        assertThat(t.unify(a, Ty.ref(Region.ERASED, Ty.I32, Mutability.MUT))).isFalse();
    }

    @Test
    void snapshotsRollBackBindingsAndVariables() {
        Ty a = t.newTyVar();
        var s = t.snapshot();
        Ty b = t.newTyVar();
        t.unify(a, b);
        t.unify(b, Ty.CHAR);
        assertThat(t.resolve(a)).isEqualTo(Ty.CHAR);
        t.rollbackTo(s);
        assertThat(t.shallowResolve(a)).isInstanceOf(Ty.Infer.class);
        assertThat(t.numVars()).isEqualTo(1);
        assertThat(t.probe(() -> t.unify(a, Ty.BOOL))).isTrue();
        assertThat(t.shallowResolve(a)).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void fallback() {
        Ty i = t.newIntVar();
        Ty f = t.newFloatVar();
        Ty g = t.newTyVar();
        assertThat(t.applyFallback()).isTrue();
        assertThat(t.resolve(i)).isEqualTo(Ty.I32);
        assertThat(t.resolve(f)).isEqualTo(Ty.F64);
        assertThat(t.unresolvedVars()).containsExactly((Ty.Infer) g);
        assertThat(t.applyFallback()).isFalse();
    }

    @Test
    void constVariables() {
        Const n = t.newConstVar();
        Ty a = Ty.array(Ty.U8, n);
        assertThat(t.unify(a, Ty.array(Ty.U8, Const.usize(4)))).isTrue();
        assertThat(t.resolve(a)).isEqualTo(Ty.array(Ty.U8, Const.usize(4)));
        assertThat(t.unify(a, Ty.array(Ty.U8, Const.usize(5)))).isFalse();
    }
}
