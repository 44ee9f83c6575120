package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Ty;
import org.junit.jupiter.api.Test;

/** Selecting impls: generics, where-clauses, ambiguity with inference variables. */
class ImplSelectionTest {
    private final TestProgram p = Prelude.program("""
            trait Display {}
            trait Debug {}
            struct Foo;
            struct Bar;
            impl Display for Foo {}
            impl Debug for Foo {}
            impl Debug for Bar {}
            #[name(vec_display)] impl<T: Display> Display for Vec<T> {}
            trait Foo2 {}
            impl Foo2 for i32 {}
            impl Foo2 for u8 {}
            trait OnlyI32 {}
            #[name(only_i32)] impl OnlyI32 for i32 {}
            trait Fill {}
            #[name(array_fill)] impl<T: Display, const N: usize> Fill for [T; N] {}
            trait Pair<U> {}
            impl Pair<u8> for Foo {}
            impl Pair<u16> for Foo {}
            impl Pair<bool> for Bar {}
            """);

    @Test
    void implWithWhereClause() {
        Solution s = p.query().solve("Vec<Foo>: Display");
        assertThat(s).isInstanceOf(Solution.Unique.class);
        assertThat(((Solution.Unique) s).source()).isEqualTo(
                new ImplSource.Impl(p.impl("vec_display"), GenericArgs.of(p.query().ty("Foo"))));
        assertThat(p.query().solve("Vec<Vec<Foo>>: Display").isUnique()).isTrue();
    }

    @Test
    void failingWhereClauseIsNoSolution() {
        assertThat(p.query().solve("Vec<Bar>: Display").isNoSolution()).isTrue();
        assertThat(p.query().solve("Bar: Display").isNoSolution()).isTrue();
    }

    @Test
    void unknownSelfTypeIsAmbiguous() {
        var q = p.query();
        assertThat(q.solve("?x: Display").isAmbiguous()).isTrue();
        assertThat(q.resolved("x")).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void singleImplGivesGuidanceEvenWhenNestedGoalIsAmbiguous() {
        var q = p.query();
        Solution s = q.solve("Vec<?x>: Display");
        assertThat(s.isAmbiguous()).isTrue();
        assertThat(((Solution.Ambiguous) s).source()).isInstanceOf(ImplSource.Impl.class);
        q.table.unify(q.var("x"), q.ty("Foo"));
        assertThat(q.solve("Vec<?x>: Display").isUnique()).isTrue();
    }

    @Test
    void traitArgumentInferredFromTheOnlyImpl() {
        var q = p.query();
        assertThat(q.solve("Bar: Pair<?u>").isUnique()).isTrue();
        assertThat(q.resolved("u")).isEqualTo(Ty.BOOL);
        var q2 = p.query();
        assertThat(q2.solve("Foo: Pair<?u>").isAmbiguous()).isTrue();
        assertThat(q2.resolved("u")).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void integerVariableWithSeveralIntegerImplsIsAmbiguous() {
        var q = p.query();
        assertThat(q.solve("?int1: Foo2").isAmbiguous()).isTrue();
        // After fallback the variable is i32, which has an impl.
        assertThat(q.table.applyFallback()).isTrue();
        assertThat(q.solve("?int1: Foo2").isUnique()).isTrue();
        assertThat(q.resolved("int1")).isEqualTo(Ty.I32);
    }

    @Test
    void integerVariableWithOneIntegerImplIsInferred() {
        var q = p.query();
        Solution s = q.solve("?int1: OnlyI32");
        assertThat(s.isUnique()).isTrue();
        assertThat(q.resolved("int1")).isEqualTo(Ty.I32);
    }

    @Test
    void floatVariableDoesNotMatchIntegerImpls() {
        assertThat(p.query().solve("?float1: Foo2").isNoSolution()).isTrue();
    }

    @Test
    void conjunctionRetriesAmbiguousGoalsAfterProgress() {
        var q = p.query();
        // The second goal fixes ?x, which decides the first.
        assertThat(q.solve("?x: Display, ?x == Foo").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(q.ty("Foo"));
    }

    @Test
    void noSolutionLeavesTheTableUnchanged() {
        var q = p.query();
        assertThat(q.solve("?x == Foo, Bar: Display").isNoSolution()).isTrue();
        assertThat(q.resolved("x")).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void evaluateDoesNotBind() {
        var q = p.query();
        assertThat(q.evaluate("?int1: OnlyI32").isUnique()).isTrue();
        assertThat(q.resolved("int1")).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void selectImplForMonomorphicTraitRef() {
        var q = p.query();
        var tr = ((Goal.Implemented) q.goal("Vec<Vec<Foo>>: Display")).traitRef();
        var src = p.solver().selectImpl(ParamEnv.EMPTY, tr);
        assertThat(src).contains(new ImplSource.Impl(p.impl("vec_display"), GenericArgs.of(q.ty("Vec<Foo>"))));
        var bad = ((Goal.Implemented) q.goal("Vec<Bar>: Display")).traitRef();
        assertThat(p.solver().selectImpl(ParamEnv.EMPTY, bad)).isEmpty();
    }

    @Test
    void explainFailureFollowsTheOnlyApplicableImpl() {
        var q = p.query();
        var chain = p.solver().explainFailure(q.env(), q.goal("Vec<Vec<Bar>>: Display"), q.table);
        assertThat(chain).containsExactly(q.goal("Vec<Vec<Bar>>: Display"), q.goal("Vec<Bar>: Display"),
                q.goal("Bar: Display"));
        var chain2 = p.solver().explainFailure(q.env(), q.goal("Foo: Display, Vec<Bar>: Display"), q.table);
        assertThat(chain2.getLast()).isEqualTo(q.goal("Bar: Display"));
    }

    @Test
    void constGenericImpl() {
        var q = p.query();
        Solution s = q.solve("[Foo; 3]: Fill");
        assertThat(s.isUnique()).isTrue();
        var src = (ImplSource.Impl) ((Solution.Unique) s).source();
        assertThat(src.implArgs().get(1)).isEqualTo(dev.ferrite.types.Const.usize(3));
        assertThat(q.solve("[Bar; 3]: Fill").isNoSolution()).isTrue();
        var g = p.query().generics("T").where("T: Display");
        assertThat(g.solve("[T; 0]: Fill").isUnique()).isTrue();
    }

    @Test
    void overlappingImpls() {
        var lib = Prelude.program("""
                trait Display {}
                trait Show {}
                struct Foo;
                struct Bar;
                impl Display for Foo {}
                #[name(blanket)] impl<T: Display> Show for T {}
                #[name(foo)] impl Show for Foo {}
                #[name(bar)] impl Show for Bar {}
                #[name(vec_u8)] impl Show for Vec<u8> {}
                #[name(vec_t)] impl<T: Clone> Show for Vec<T> {}
                """);
        var pairs = lib.solver().overlappingImpls(lib.trait("Show"));
        // Foo: Display, so the blanket impl overlaps `impl Show for Foo`; Bar is not Display;
        // Vec<u8> matches Vec<T> with u8: Clone (built in); blanket vs Vec<T> needs Vec<_>: Display: no.
        assertThat(pairs).containsExactlyInAnyOrder(
                java.util.List.of(lib.impl("blanket"), lib.impl("foo")),
                java.util.List.of(lib.impl("vec_u8"), lib.impl("vec_t")));
    }
}
