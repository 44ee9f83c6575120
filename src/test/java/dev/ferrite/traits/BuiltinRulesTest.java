package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.types.Ty;
import org.junit.jupiter.api.Test;

/** Built-in rules: Sized, Copy/Clone, Fn traits for fn items, fn pointers and closures, Tuple, Unsize, WF. */
class BuiltinRulesTest {
    private final TestProgram p = Prelude.program("""
            trait Display {}
            struct Foo;
            impl Display for Foo {}
            struct Point { x: i32, y: i32 }
            impl Clone for Point {}
            impl Copy for Point {}
            struct Tail { len: usize, data: [u8] }
            struct GenericTail<T: ?Sized> { len: usize, data: T }
            fn add(i32, i32) -> i32;
            fn id<T>(T) -> T;
            struct NeedsDisplay<T: Display> { t: T }
            struct Wrapper<K, T: ?Sized> { key: K, data: T }
            """);

    private boolean holds(String goal) {
        return p.query().solve(goal).isUnique();
    }

    private boolean fails(String goal) {
        return p.query().solve(goal).isNoSolution();
    }

    @Test
    void sized() {
        assertThat(holds("i32: Sized")).isTrue();
        assertThat(holds("(i32, &str): Sized")).isTrue();
        assertThat(holds("[u8; 4]: Sized")).isTrue();
        assertThat(holds("Vec<[u8]>: Sized")).isTrue(); // WF is a separate question
        assertThat(holds("Box<dyn Display>: Sized")).isTrue();
        assertThat(fails("str: Sized")).isTrue();
        assertThat(fails("[u8]: Sized")).isTrue();
        assertThat(fails("dyn Display: Sized")).isTrue();
        assertThat(fails("(i32, [u8]): Sized")).isTrue();
        assertThat(fails("Tail: Sized")).isTrue();
        assertThat(fails("GenericTail<str>: Sized")).isTrue();
        assertThat(holds("GenericTail<u8>: Sized")).isTrue();
        assertThat(holds("?int1: Sized")).isTrue();
    }

    @Test
    void sizedOfParametersComesFromTheEnvironment() {
        assertThat(p.query().generics("T").solve("T: Sized").isUnique()).isTrue();
        var q = p.query().generics("T").where("T: ?Sized");
        assertThat(q.solve("T: Sized").isNoSolution()).isTrue();
        assertThat(q.solve("&T: Sized").isUnique()).isTrue();
    }

    @Test
    void copyAndClone() {
        assertThat(holds("i32: Copy")).isTrue();
        assertThat(holds("(i32, bool, char): Copy")).isTrue();
        assertThat(holds("&String: Copy")).isTrue();
        assertThat(holds("*mut String: Copy")).isTrue();
        assertThat(holds("[Point; 3]: Copy")).isTrue();
        assertThat(holds("Option<Point>: Copy")).isTrue();
        assertThat(holds("fn(i32) -> i32: Copy")).isTrue();
        assertThat(holds("add: Copy")).isTrue();
        assertThat(holds("!: Clone")).isTrue();
        assertThat(fails("&mut i32: Copy")).isTrue();
        assertThat(fails("String: Copy")).isTrue();
        assertThat(fails("(i32, String): Copy")).isTrue();
        assertThat(holds("(i32, String): Clone")).isTrue();
        assertThat(holds("[String; 2]: Clone")).isTrue();
        assertThat(fails("str: Clone")).isTrue();
    }

    @Test
    void copyImpliesCloneForParameters() {
        var q = p.query().generics("T").where("T: Copy");
        Solution s = q.solve("T: Clone");
        assertThat(s.isUnique()).isTrue();
        assertThat(((Solution.Unique) s).source()).isInstanceOf(ImplSource.Param.class);
        assertThat(q.solve("(T, T): Copy").isUnique()).isTrue();
        assertThat(q.solve("Vec<T>: Clone").isUnique()).isTrue();
    }

    @Test
    void fnItemsAndPointers() {
        var q = p.query();
        assertThat(q.solve("add: Fn<(i32, i32)>").isUnique()).isTrue();
        assertThat(q.solve("add: FnOnce<?args>").isUnique()).isTrue();
        assertThat(q.resolved("args")).isEqualTo(q.ty("(i32, i32)"));
        assertThat(q.solve("<add as FnOnce<(i32, i32)>>::Output == ?out").isUnique()).isTrue();
        assertThat(q.resolved("out")).isEqualTo(Ty.I32);
        assertThat(q.solve("fn(bool) -> u8: FnMut<(bool,)>").isUnique()).isTrue();
        assertThat(q.solve("<fn(bool) -> u8 as FnOnce<(bool,)>>::Output == ?o2").isUnique()).isTrue();
        assertThat(q.resolved("o2")).isEqualTo(Ty.U8);
        assertThat(q.solve("id<String>: Fn<(String,)>").isUnique()).isTrue();
        assertThat(q.solve("add: Fn<(i32,)>").isNoSolution()).isTrue();
        assertThat(q.solve("i32: Fn<()>").isNoSolution()).isTrue();
        Solution s = q.solve("add: Fn<(i32, i32)>");
        assertThat(((Solution.Unique) s).source()).isInstanceOf(ImplSource.FnPointer.class);
    }

    @Test
    void closuresByKind() {
        p.define("FnC", p.closure("Fn", "fn(i32) -> bool", "&String"));
        p.define("MutC", p.closure("FnMut", "fn(i32) -> bool", "&mut String"));
        p.define("OnceC", p.closure("FnOnce", "fn() -> String", "String"));
        assertThat(holds("FnC: Fn<(i32,)>")).isTrue();
        assertThat(holds("FnC: FnMut<(i32,)>")).isTrue();
        assertThat(holds("FnC: FnOnce<(i32,)>")).isTrue();
        assertThat(fails("MutC: Fn<(i32,)>")).isTrue();
        assertThat(holds("MutC: FnMut<(i32,)>")).isTrue();
        assertThat(fails("OnceC: FnMut<()>")).isTrue();
        assertThat(holds("OnceC: FnOnce<()>")).isTrue();
        var q = p.query();
        assertThat(q.solve("<OnceC as FnOnce<()>>::Output == ?o").isUnique()).isTrue();
        assertThat(q.resolved("o")).isEqualTo(q.ty("String"));
        Solution s = p.query().solve("FnC: Fn<(i32,)>");
        assertThat(((Solution.Unique) s).source()).isInstanceOf(ImplSource.Closure.class);
    }

    @Test
    void closureWithUninferredKindIsAmbiguous() {
        var q = p.query();
        p.define("C", q.closure("?", "fn(i32) -> i32"));
        assertThat(q.solve("C: Fn<(i32,)>").isAmbiguous()).isTrue();
        assertThat(q.solve("C: FnMut<(i32,)>").isAmbiguous()).isTrue();
        assertThat(q.solve("C: FnOnce<(i32,)>").isUnique()).isTrue();
        assertThat(q.solve("C: Sized").isUnique()).isTrue();
        // The output is known from the signature, whatever the kind turns out to be.
        assertThat(q.solve("<C as FnOnce<(i32,)>>::Output == ?out").isUnique()).isTrue();
        assertThat(q.resolved("out")).isEqualTo(Ty.I32);
    }

    @Test
    void closureParameterTypesAreInferredFromFnBound() {
        var q = p.query();
        p.define("C", q.closure("Fn", "fn(?a) -> ?r"));
        assertThat(q.solve("C: Fn<(u8,)>").isUnique()).isTrue();
        assertThat(q.resolved("a")).isEqualTo(Ty.U8);
        assertThat(q.solve("<C as FnOnce<(u8,)>>::Output == bool").isUnique()).isTrue();
        assertThat(q.resolved("r")).isEqualTo(Ty.BOOL);
    }

    @Test
    void closuresAreCopyWhenTheirCapturesAre() {
        p.define("ByRef", p.closure("Fn", "fn() -> ()", "&String", "i32"));
        p.define("ByMove", p.closure("FnOnce", "fn() -> ()", "String"));
        assertThat(holds("ByRef: Copy")).isTrue();
        assertThat(fails("ByMove: Copy")).isTrue();
        assertThat(holds("ByMove: Clone")).isTrue();
        assertThat(holds("ByMove: Sized")).isTrue();
    }

    @Test
    void tupleTrait() {
        assertThat(holds("(): Tuple")).isTrue();
        assertThat(holds("(i32, String): Tuple")).isTrue();
        assertThat(fails("i32: Tuple")).isTrue();
        assertThat(p.query().solve("?t: Tuple").isAmbiguous()).isTrue();
    }

    @Test
    void unsize() {
        assertThat(holds("[i32; 3]: Unsize<[i32]>")).isTrue();
        assertThat(fails("[i32; 3]: Unsize<[u8]>")).isTrue();
        assertThat(holds("Foo: Unsize<dyn Display>")).isTrue();
        assertThat(fails("String: Unsize<dyn Display>")).isTrue();
        assertThat(holds("Foo: Unsize<dyn Display + Send>")).isTrue();
        assertThat(holds("Wrapper<u8, [i32; 3]>: Unsize<Wrapper<u8, [i32]>>")).isTrue();
        assertThat(holds("Wrapper<u8, Foo>: Unsize<Wrapper<u8, dyn Display>>")).isTrue();
        assertThat(fails("Wrapper<u8, [i32; 3]>: Unsize<Wrapper<u16, [i32]>>")).isTrue();
        assertThat(fails("Vec<[i32; 3]>: Unsize<Vec<[i32]>>")).isTrue();
        var q = p.query();
        assertThat(q.solve("[bool; 2]: Unsize<[?e]>").isUnique()).isTrue();
        assertThat(q.resolved("e")).isEqualTo(Ty.BOOL);
    }

    @Test
    void wellFormed() {
        assertThat(holds("WF(Vec<i32>)")).isTrue();
        assertThat(fails("WF(Vec<[u8]>)")).isTrue();
        assertThat(holds("WF(Box<[u8]>)")).isTrue();
        assertThat(holds("WF(NeedsDisplay<Foo>)")).isTrue();
        assertThat(fails("WF(NeedsDisplay<String>)")).isTrue();
        assertThat(fails("WF(&NeedsDisplay<String>)")).isTrue();
        assertThat(holds("WF(&[u8])")).isTrue();
        assertThat(fails("WF([str])")).isTrue();
        assertThat(fails("WF((str, u8))")).isTrue();
        assertThat(holds("WF(<Vec<u8> as Iterator>::Item)")).isFalse(); // no Iterator impl for Vec here
        assertThat(p.query().solve("WF(?x)").isAmbiguous()).isTrue();
    }

    @Test
    void errorTypeSatisfiesEverything() {
        var q = p.query();
        q.table.unify(q.var("e"), Ty.ERROR);
        assertThat(q.solve("?e: Display").isUnique()).isTrue();
    }

    @Test
    void unsizeToUnknownTargetIsAmbiguous() {
        assertThat(p.query().solve("[u8; 2]: Unsize<?t>").isAmbiguous()).isTrue();
    }

    @Test
    void unsizeBetweenTraitObjects() {
        assertThat(holds("dyn Display + Send: Unsize<dyn Display>")).isTrue();
        assertThat(fails("dyn Display: Unsize<dyn Display + Send>")).isTrue();
        assertThat(fails("dyn Display: Unsize<dyn Iterator>")).isTrue();
    }

    @Test
    void discriminantKindAndPointee() {
        var q = p.query();
        assertThat(q.solve("<Option<u8> as DiscriminantKind>::Discriminant == ?d").isUnique()).isTrue();
        assertThat(q.resolved("d")).isEqualTo(Ty.ISIZE);
        assertThat(q.solve("<Point as DiscriminantKind>::Discriminant == ?e").isUnique()).isTrue();
        assertThat(q.resolved("e")).isEqualTo(Ty.U8);
        assertThat(q.solve("<Point as Pointee>::Metadata == ?m1").isUnique()).isTrue();
        assertThat(q.resolved("m1")).isEqualTo(Ty.UNIT);
        assertThat(q.solve("<Tail as Pointee>::Metadata == ?m2").isUnique()).isTrue();
        assertThat(q.resolved("m2")).isEqualTo(Ty.USIZE);
        assertThat(q.solve("<str as Pointee>::Metadata == ?m3").isUnique()).isTrue();
        assertThat(q.resolved("m3")).isEqualTo(Ty.USIZE);
        var g = p.query().generics("T").where("T: ?Sized");
        assertThat(g.solve("<T as Pointee>::Metadata == ?m").isUnique()).isTrue();
        assertThat(g.resolved("m")).isEqualTo(g.ty("<T as Pointee>::Metadata"));
        var h = p.query().generics("T");
        assertThat(h.solve("<T as Pointee>::Metadata == ?m").isUnique()).isTrue();
        assertThat(h.resolved("m")).isEqualTo(Ty.UNIT);
    }

    @Test
    void closureWithUnknownSignatureIsAmbiguous() {
        var q = p.query();
        var c = (Ty.Closure) q.closure("Fn", "fn() -> ()");
        var args = new java.util.ArrayList<>(c.args().list());
        args.set(1, q.var("sig"));
        p.define("C", Ty.intern(new Ty.Closure(c.def(), new dev.ferrite.types.GenericArgs(args))));
        assertThat(q.solve("C: Fn<(u8,)>").isAmbiguous()).isTrue();
    }

    @Test
    void closureWithUnknownCapturesIsAmbiguousForCopyAndSend() {
        var q = p.query();
        var c = (Ty.Closure) q.closure("Fn", "fn() -> ()");
        var args = new java.util.ArrayList<>(c.args().list());
        args.set(2, q.var("captures"));
        p.define("C", Ty.intern(new Ty.Closure(c.def(), new dev.ferrite.types.GenericArgs(args))));
        assertThat(q.solve("C: Copy").isAmbiguous()).isTrue();
        assertThat(q.solve("C: Send").isAmbiguous()).isTrue();
        assertThat(q.solve("C: Sized").isUnique()).isTrue();
        q.table.unify(q.var("captures"), q.ty("(&String,)"));
        assertThat(q.solve("C: Copy").isUnique()).isTrue();
        assertThat(q.solve("C: Send").isUnique()).isTrue();
    }

    @Test
    void builtinRuleThatBindsNothingBeatsPerTypeLibraryImpls() {
        var lib = Prelude.program("""
                impl Clone for i32 {}
                impl Copy for i32 {}
                impl Clone for u8 {}
                impl Copy for u8 {}
                """);
        var q = lib.query();
        assertThat(q.solve("?int1: Copy").isUnique()).isTrue();
        assertThat(q.resolved("int1")).isInstanceOf(Ty.Infer.class);
        Solution s = lib.query().solve("u8: Clone");
        assertThat(s.isUnique()).isTrue();
    }

    @Test
    void coerceUnsizedThroughLibraryImpls() {
        var lib = Prelude.program("""
                trait Display {}
                struct Foo;
                impl Display for Foo {}
                #[lang(coerce_unsized)] trait CoerceUnsized<T: ?Sized> {}
                impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<&U> for &T {}
                impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}
                """);
        assertThat(lib.query().solve("&[i32; 3]: CoerceUnsized<&[i32]>").isUnique()).isTrue();
        assertThat(lib.query().solve("Box<Foo>: CoerceUnsized<Box<dyn Display>>").isUnique()).isTrue();
        assertThat(lib.query().solve("Box<i32>: CoerceUnsized<Box<dyn Display>>").isNoSolution()).isTrue();
        assertThat(lib.query().solve("&i32: CoerceUnsized<&u8>").isNoSolution()).isTrue();
        // Coercion asks before it knows the target's element type.
        var q = lib.query();
        assertThat(q.solve("&[u8; 2]: CoerceUnsized<&[?e]>").isUnique()).isTrue();
        assertThat(q.resolved("e")).isEqualTo(Ty.U8);
        assertThat(lib.query().solve("&[u8; 2]: CoerceUnsized<?t>").isAmbiguous()).isTrue();
    }
}
