package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.Ty;
import org.junit.jupiter.api.Test;

/** Trait objects (dyn Trait: Trait, supertraits, projection bounds, vtables) and where-clauses in scope. */
class ObjectAndEnvTest {
    private final TestProgram p = Prelude.program("""
            trait Display { fn fmt; }
            trait Named { fn name; fn id; }
            trait Shape: Display + Named { fn area; }
            trait Graph { type Node; fn nodes; }
            trait Convert<T> { fn convert; }
            trait Bytes: Iterator<Item = u8> {}
            struct Foo;
            impl Display for Foo {}
            #[name(blanket)] impl<T: Display> Convert<u8> for T {}
            """);

    @Test
    void dynImplementsItsTraitAndSupertraits() {
        var q = p.query();
        Solution s = q.solve("dyn Shape: Shape");
        assertThat(s.isUnique()).isTrue();
        var obj = (ImplSource.Object) ((Solution.Unique) s).source();
        // Layout: header 3, Display.fmt (3), Named.name/id (4, 5), Shape.area (6).
        assertThat(obj.vtableBase()).isEqualTo(6);
        var display = (ImplSource.Object) ((Solution.Unique) q.solve("dyn Shape: Display")).source();
        assertThat(display.vtableBase()).isEqualTo(3);
        var named = (ImplSource.Object) ((Solution.Unique) q.solve("dyn Shape: Named")).source();
        assertThat(named.vtableBase()).isEqualTo(4);
        assertThat(q.solve("dyn Display: Shape").isNoSolution()).isTrue();
        assertThat(q.solve("dyn Display + Send: Send").isUnique()).isTrue();
        assertThat(q.solve("dyn Display: Send").isNoSolution()).isTrue();
    }

    @Test
    void vtableLayout() {
        var tr = ((Goal.Implemented) p.query().goal("dyn Shape: Shape")).traitRef();
        var layout = Vtables.layout(p, tr);
        assertThat(layout).extracting(Vtables.Segment::base).containsExactly(3, 4, 6);
        assertThat(layout).extracting(Vtables.Segment::methods).containsExactly(1, 2, 1);
    }

    @Test
    void dynProjectionBound() {
        var q = p.query();
        assertThat(q.solve("<dyn Graph<Node = u32> as Graph>::Node == ?n").isUnique()).isTrue();
        assertThat(q.resolved("n")).isEqualTo(Ty.U32);
    }

    @Test
    void dynThroughBlanketImpl() {
        Solution s = p.query().solve("dyn Display: Convert<u8>");
        // The blanket impl requires T: Sized implicitly, which dyn Display is not.
        assertThat(s.isNoSolution()).isTrue();
        assertThat(p.query().solve("Foo: Convert<u8>").isUnique()).isTrue();
    }

    @Test
    void whereClausesShadowImpls() {
        var q = p.query().generics("T").where("T: Display");
        Solution s = q.solve("T: Convert<u8>");
        assertThat(((Solution.Unique) s).source()).isInstanceOf(ImplSource.Impl.class);
        var q2 = p.query().generics("T").where("T: Display", "T: Convert<u8>");
        Solution s2 = q2.solve("T: Convert<u8>");
        assertThat(((Solution.Unique) s2).source()).isInstanceOf(ImplSource.Param.class);
    }

    @Test
    void supertraitsAreElaborated() {
        var q = p.query().generics("T").where("T: Shape");
        assertThat(q.solve("T: Display").isUnique()).isTrue();
        assertThat(q.solve("T: Named").isUnique()).isTrue();
        assertThat(q.env().predicates()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void genericTraitArgumentsFromEnvironment() {
        var q = p.query().generics("T").where("T: Convert<u16>", "T: Convert<u32>");
        assertThat(q.solve("T: Convert<u16>").isUnique()).isTrue();
        // Two where-clauses could apply: the argument stays open.
        assertThat(q.solve("T: Convert<?x>").isAmbiguous()).isTrue();
        var q2 = p.query().generics("T").where("T: Convert<u16>");
        assertThat(q2.solve("T: Convert<?x>").isUnique()).isTrue();
        assertThat(q2.resolved("x")).isEqualTo(Ty.U16);
    }

    @Test
    void placeholdersInForAll() {
        var q = p.query();
        assertThat(q.solve("forall<T> { &T: Copy }").isUnique()).isTrue();
        assertThat(q.solve("forall<T> { Vec<T>: Clone }").isNoSolution()).isTrue();
        assertThat(q.solve("forall<T> { (T, T) == (T, T) }").isUnique()).isTrue();
        assertThat(q.solve("forall<T, U> { T == U }").isNoSolution()).isTrue();
        // Leak check: an outer variable cannot become the placeholder.
        assertThat(q.solve("forall<T> { ?x == T }").isNoSolution()).isTrue();
        assertThat(q.resolved("x")).isInstanceOf(Ty.Infer.class);
    }

    @Test
    void supertraitProjectionBoundsAreImplied() {
        var q = p.query().generics("T").where("T: Bytes");
        assertThat(q.solve("<T as Iterator>::Item == ?x").isUnique()).isTrue();
        assertThat(q.resolved("x")).isEqualTo(Ty.U8);
        var d = p.query();
        assertThat(d.solve("dyn Bytes: Iterator").isUnique()).isTrue();
        assertThat(d.solve("<dyn Bytes as Iterator>::Item == ?y").isUnique()).isTrue();
        assertThat(d.resolved("y")).isEqualTo(Ty.U8);
    }

    @Test
    void upcastingToASupertraitObject() {
        assertThat(p.query().solve("dyn Shape: Unsize<dyn Display>").isUnique()).isTrue();
        assertThat(p.query().solve("dyn Shape + Send: Unsize<dyn Named + Send>").isUnique()).isTrue();
        assertThat(p.query().solve("dyn Display: Unsize<dyn Shape>").isNoSolution()).isTrue();
        assertThat(p.query().solve("dyn Bytes: Unsize<dyn Iterator<Item = u8>>").isUnique()).isTrue();
        assertThat(p.query().solve("dyn Bytes: Unsize<dyn Iterator<Item = u16>>").isNoSolution()).isTrue();
    }
}
