package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type checker's view: obligations registered, selected as inference proceeds, reported at the end. */
class FulfillmentTest {
    private final TestProgram p = Prelude.program("""
            trait Display {}
            struct Foo;
            impl Display for Foo {}
            impl Display for i32 {}
            impl Display for u8 {}
            impl<T: Display> Display for Vec<T> {}
            impl<T> Iterator for Vec<T> { type Item = T; }
            """);

    @Test
    void obligationsWaitForInference() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("Vec<?x>: Display"), "span 1");
        fcx.register(q.env(), q.goal("?x: Sized"), "span 2");
        assertThat(fcx.selectWherePossible()).isEmpty();
        assertThat(fcx.pending()).hasSize(2);
        q.table.unify(q.var("x"), q.ty("Foo"));
        assertThat(fcx.selectWherePossible()).isEmpty();
        assertThat(fcx.pending()).isEmpty();
    }

    @Test
    void failingObligationIsReportedWithItsCause() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("Vec<String>: Display"), "the span");
        List<FulfillmentContext.Error> errors = fcx.selectWherePossible();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().kind()).isEqualTo(FulfillmentContext.Error.Kind.NO_SOLUTION);
        assertThat(errors.getFirst().obligation().cause()).isEqualTo("the span");
        assertThat(fcx.pending()).isEmpty();
    }

    @Test
    void ambiguousObligationsAreErrorsAtTheEnd() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("?x: Display"), "needs annotations");
        var errors = fcx.selectAllOrError();
        assertThat(errors).extracting(FulfillmentContext.Error::kind)
                .containsExactly(FulfillmentContext.Error.Kind.AMBIGUOUS);
    }

    @Test
    void integerFallbackThenSelection() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("?int1: Display"), "literal");
        assertThat(fcx.selectWherePossible()).isEmpty();
        assertThat(fcx.pending()).hasSize(1);
        q.table.applyFallback();
        assertThat(fcx.selectAllOrError()).isEmpty();
        assertThat(q.resolved("int1")).isEqualTo(Ty.I32);
    }

    @Test
    void guidanceFromOneObligationDecidesAnother() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        // Like `let v = vec![]; let x: u8 = v.into_iter().next()`: the projection fixes the element.
        fcx.register(q.env(), q.goal("?v: Display"), "a");
        fcx.register(q.env(), q.goal("?v == Vec<?e>"), "b");
        fcx.register(q.env(), q.goal("<?v as Iterator>::Item == u8"), "c");
        assertThat(fcx.selectAllOrError()).isEmpty();
        assertThat(q.resolved("v")).isEqualTo(q.ty("Vec<u8>"));
    }

    @Test
    void paramEnvWhereClausesAreUsed() {
        var q = p.query().generics("T").where("T: Display");
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("Vec<Vec<T>>: Display"), "x");
        fcx.register(q.env(), q.goal("Vec<T>: Sized"), "y");
        assertThat(fcx.selectAllOrError()).isEmpty();
    }

    @Test
    void pendingObligationsAboutAVariable() {
        var q = p.query();
        var fcx = new FulfillmentContext(p.solver(), q.table);
        fcx.register(q.env(), q.goal("?f: Fn<(u8,)>"), "closure bound");
        fcx.register(q.env(), q.goal("<?f as FnOnce<(u8,)>>::Output == bool"), "closure output");
        fcx.register(q.env(), q.goal("?g: Display"), "other");
        fcx.selectWherePossible();
        assertThat(fcx.pendingFor(q.var("f"))).extracting(FulfillmentContext.Obligation::cause)
                .containsExactly("closure bound", "closure output");
    }
}
