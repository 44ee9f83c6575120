package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.Ty;
import org.junit.jupiter.api.Test;

/** Projections: from impls, defaults, the environment, rigid projections, nested projections. */
class NormalizeTest {
    private final TestProgram p = Prelude.program("""
            trait Display {}
            struct Foo;
            impl Display for Foo {}
            impl<T> Iterator for Vec<T> { type Item = T; }
            trait IntoIterator { type Item; type IntoIter: Iterator; }
            impl<I: Iterator> IntoIterator for I { type Item = <I as Iterator>::Item; type IntoIter = I; }
            trait WithDefault { type Out = u64; }
            impl WithDefault for Foo {}
            impl WithDefault for bool { type Out = char; }
            trait Holder { type Held: Display; }
            trait Family { type Member<T>; }
            struct VecFamily;
            struct OptionFamily;
            impl Family for VecFamily { type Member<T> = Vec<T>; }
            impl Family for OptionFamily { type Member<U> = Option<<Vec<U> as Iterator>::Item>; }
            """);

    @Test
    void projectionFromImpl() {
        var q = p.query();
        assertThat(q.solve("<Vec<i32> as Iterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(Ty.I32);
    }

    @Test
    void projectionThroughBlanketImplAndNestedProjection() {
        var q = p.query();
        assertThat(q.solve("<Vec<Vec<u8>> as IntoIterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(q.ty("Vec<u8>"));
        var q2 = p.query();
        assertThat(q2.solve("<<Vec<Vec<u8>> as Iterator>::Item as Iterator>::Item == ?y").isUnique()).isTrue();
        assertThat(q2.resolved("y")).isEqualTo(Ty.U8);
    }

    @Test
    void defaultValueOfAssociatedType() {
        var q = p.query();
        assertThat(q.solve("<Foo as WithDefault>::Out == ?x, <bool as WithDefault>::Out == ?y").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(Ty.U64);
        assertThat(q.resolved("y")).isEqualTo(Ty.CHAR);
    }

    @Test
    void wrongValueIsNoSolution() {
        assertThat(p.query().solve("<Vec<i32> as Iterator>::Item == u8").isNoSolution()).isTrue();
        assertThat(p.query().solve("<i32 as Iterator>::Item == ?x").isNoSolution()).isTrue();
    }

    @Test
    void projectionOfUnknownSelfTypeIsAmbiguous() {
        var q = p.query();
        assertThat(q.solve("<?s as Iterator>::Item == ?x").isAmbiguous()).isTrue();
        q.table.unify(q.var("s"), q.ty("Vec<bool>"));
        assertThat(q.solve("<?s as Iterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(Ty.BOOL);
    }

    @Test
    void projectionOfParameterIsRigid() {
        var q = p.query().generics("T").where("T: Iterator");
        assertThat(q.solve("<T as Iterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(q.ty("<T as Iterator>::Item"));
    }

    @Test
    void projectionOfParameterWithoutBoundIsNoSolution() {
        var q = p.query().generics("T");
        assertThat(q.solve("<T as Iterator>::Item == ?x").isNoSolution()).isTrue();
    }

    @Test
    void projectionBoundInEnvironment() {
        var q = p.query().generics("T").where("T: Iterator<Item = u32>");
        assertThat(q.solve("<T as Iterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(Ty.U32);
        // ... and through the blanket impl, which uses T's where-clause.
        var q2 = p.query().generics("T").where("T: Iterator<Item = u32>");
        assertThat(q2.solve("<T as IntoIterator>::Item == ?y").isUnique()).isTrue();
        assertThat(q2.resolved("y")).isEqualTo(Ty.U32);
    }

    @Test
    void associatedTypeBoundsAreImpliedByTheEnvironment() {
        var q = p.query().generics("T").where("T: Holder");
        assertThat(q.solve("<T as Holder>::Held: Display").isUnique()).isTrue();
        assertThat(q.solve("<T as Holder>::Held: Sized").isUnique()).isTrue();
        assertThat(q.solve("<T as Holder>::Held: Clone").isNoSolution()).isTrue();
    }

    @Test
    void traitGoalsNormaliseTheirArguments() {
        assertThat(p.query().solve("<Vec<Foo> as Iterator>::Item: Display").isUnique()).isTrue();
        assertThat(p.query().solve("<Vec<i32> as Iterator>::Item: Display").isNoSolution()).isTrue();
    }

    @Test
    void equateNormalisesBothSides() {
        assertThat(p.query().solve("Vec<<Vec<u8> as Iterator>::Item> == Vec<u8>").isUnique()).isTrue();
    }

    @Test
    void deepNormalizeOfMonomorphicType() {
        var q = p.query();
        assertThat(q.normalize("(<Vec<u8> as Iterator>::Item, Option<<Vec<bool> as IntoIterator>::IntoIter>)"))
                .isEqualTo(q.ty("(u8, Option<Vec<bool>>)"));
        var g = p.query().generics("T").where("T: Iterator");
        assertThat(g.normalize("Vec<<T as Iterator>::Item>")).isEqualTo(g.ty("Vec<<T as Iterator>::Item>"));
    }

    @Test
    void fulfillmentNormalizeRegistersPendingObligation() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        Ty t = fcx.normalize(q.env(), q.ty("Vec<<?s as Iterator>::Item>"), "span");
        assertThat(t).isInstanceOf(Ty.Adt.class);
        assertThat(fcx.pending()).hasSize(1);
        q.table.unify(q.var("s"), q.ty("Vec<char>"));
        assertThat(fcx.selectWherePossible()).isEmpty();
        assertThat(fcx.pending()).isEmpty();
        assertThat(q.table.resolve(t)).isEqualTo(q.ty("Vec<char>"));
    }

    @Test
    void environmentIsNormalisedWithItself() {
        // String has no Display impl here: only the where-clause can prove it.
        var q = p.query().generics("T").where("T: Iterator<Item = String>", "<T as Iterator>::Item: Display");
        assertThat(q.solve("<T as Iterator>::Item: Display").isNoSolution()).isTrue(); // goals are normalised, the raw env is not
        ParamEnv env = p.solver().normalizeEnv(q.env());
        assertThat(env.predicates()).contains(new dev.ferrite.types.Predicate.Trait(
                ((Goal.Implemented) q.goal("String: Display")).traitRef()));
        assertThat(p.solver().solve(env, q.goal("<T as Iterator>::Item: Display"), q.table).isUnique()).isTrue();
    }

    @Test
    void genericAssociatedTypes() {
        var q = p.query();
        assertThat(q.solve("<VecFamily as Family>::Member<u8> == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(q.ty("Vec<u8>"));
        assertThat(q.solve("<OptionFamily as Family>::Member<bool> == ?y").isUnique()).isTrue();
        assertThat(q.resolved("y")).isEqualTo(q.ty("Option<bool>"));
        var g = p.query().generics("F").where("F: Family");
        assertThat(g.solve("<F as Family>::Member<u8> == ?z").isUnique()).isTrue();
        assertThat(g.resolved("z")).isEqualTo(g.ty("<F as Family>::Member<u8>"));
    }
}
