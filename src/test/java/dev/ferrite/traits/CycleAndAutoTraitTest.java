package dev.ferrite.traits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Auto traits (structural, coinductive) and inductive cycles (fixpoint). */
class CycleAndAutoTraitTest {
    private final TestProgram p = Prelude.program("""
            struct List { value: i32, next: Option<Box<List>> }
            struct RawList { value: *const u8, next: Option<Box<RawList>> }
            enum Tree<T> { Leaf(T), Node(Vec<Tree<T>>) }
            struct Even { odd: Option<Box<Odd>> }
            struct Odd { even: Option<Box<Even>>, s: String }
            struct Token;
            impl !Send for Token {}
            struct HasToken { t: Token }
            struct Cell<T> { v: T }
            impl<T: ?Sized> !Sync for Cell<T> {}

            trait Loop {}
            impl<T: Loop> Loop for T {}

            trait Foo {}
            impl<T: Foo> Foo for T {}
            impl Foo for i32 {}

            trait Deep {}
            impl<T: Deep> Deep for Vec<T> {}
            impl Deep for u8 {}

            trait Grow {}
            impl<T> Grow for T where Vec<T>: Grow {}
            trait SelfRef { type Out; }
            impl<T> SelfRef for T { type Out = <T as SelfRef>::Out; }

            trait A {}
            trait B {}
            impl<T: B> A for T {}
            impl<T: A> B for T {}
            impl A for bool {}
            """);

    private Solution solve(String g) {
        return p.query().solve(g);
    }

    @Test
    void primitivesAndStructuralTypesAreSendAndSync() {
        assertThat(solve("(i32, &str, [u8; 3]): Send").isUnique()).isTrue();
        assertThat(solve("Vec<String>: Send").isUnique()).isTrue();
        assertThat(solve("&String: Sync").isUnique()).isTrue();
    }

    @Test
    void recursiveStructIsSendThroughCoinductiveCycle() {
        Solution s = solve("List: Send");
        assertThat(s.isUnique()).isTrue();
        assertThat(p.solver().stats().cycles).isGreaterThan(0);
        assertThat(solve("List: Sync").isUnique()).isTrue();
        assertThat(solve("Tree<u8>: Send").isUnique()).isTrue();
        assertThat(solve("Even: Send").isUnique()).isTrue();
    }

    @Test
    void negativeImplsStopAutoTraits() {
        assertThat(solve("*const u8: Send").isNoSolution()).isTrue();
        assertThat(solve("RawList: Send").isNoSolution()).isTrue();
        assertThat(solve("Vec<*const u8>: Send").isNoSolution()).isTrue();
        assertThat(solve("Box<*mut u8>: Send").isNoSolution()).isTrue();
        assertThat(solve("HasToken: Send").isNoSolution()).isTrue();
        assertThat(solve("Cell<i32>: Sync").isNoSolution()).isTrue();
        assertThat(solve("Cell<i32>: Send").isUnique()).isTrue();
    }

    @Test
    void autoTraitOfParameterNeedsWhereClause() {
        assertThat(p.query().generics("T").solve("Vec<T>: Send").isNoSolution()).isTrue();
        assertThat(p.query().generics("T").where("T: Send").solve("Vec<T>: Send").isUnique()).isTrue();
    }

    @Test
    void autoTraitOfDynComesFromItsBounds() {
        var q = p.query();
        assertThat(q.solve("Box<dyn Iterator + Send>: Send").isUnique()).isTrue();
        assertThat(q.solve("Box<dyn Iterator>: Send").isNoSolution()).isTrue();
    }

    @Test
    void inductiveCycleAloneHasNoSolution() {
        assertThat(solve("i32: Loop").isNoSolution()).isTrue();
        assertThat(solve("Vec<u8>: Loop").isNoSolution()).isTrue();
    }

    @Test
    void inductiveCycleWithAnotherWayOut() {
        Solution s = solve("i32: Foo");
        assertThat(s.isUnique()).isTrue();
        assertThat(((Solution.Unique) s).source()).isInstanceOf(ImplSource.Impl.class);
        assertThat(solve("u8: Foo").isNoSolution()).isTrue();
    }

    @Test
    void mutuallyRecursiveImplsReachAFixpoint() {
        assertThat(solve("bool: A").isUnique()).isTrue();
        assertThat(solve("bool: B").isUnique()).isTrue();
        assertThat(solve("u8: A").isNoSolution()).isTrue();
        assertThat(solve("u8: B").isNoSolution()).isTrue();
    }

    @Test
    void recursionThroughNestedTypes() {
        assertThat(solve("Vec<Vec<Vec<u8>>>: Deep").isUnique()).isTrue();
        assertThat(solve("Vec<Vec<i8>>: Deep").isNoSolution()).isTrue();
    }

    @Test
    void answersAreCachedAcrossQueries() {
        Solver solver = p.solver();
        solve("Vec<Vec<Vec<u8>>>: Deep");
        int hits = solver.stats().cacheHits;
        int solved = solver.stats().solved;
        solve("Vec<Vec<Vec<u8>>>: Deep");
        assertThat(solver.stats().cacheHits).isEqualTo(hits + 1);
        assertThat(solver.stats().solved).isEqualTo(solved);
        // Variables are canonicalised: goals differing only in variable names share an entry.
        var q1 = p.query();
        q1.solve("?a: Deep");
        int size = solver.cacheSize();
        var q2 = p.query();
        q2.var("z1");
        q2.solve("?z2: Deep");
        assertThat(solver.cacheSize()).isEqualTo(size);
        // The inner goal Vec<u8>: Deep was cached while solving the outer one.
        int before = solver.stats().solved;
        solve("Vec<Vec<u8>>: Deep");
        assertThat(solver.stats().solved).isEqualTo(before);
    }

    @Test
    void everGrowingGoalsOverflowIntoAmbiguity() {
        Solution s = solve("i32: Grow");
        assertThat(s.isAmbiguous()).isTrue();
        assertThat(p.solver().stats().overflows).isGreaterThan(0);
    }

    @Test
    void selfReferentialProjectionDoesNotLoop() {
        var q = p.query();
        Solution s = q.solve("<u8 as SelfRef>::Out == ?x");
        assertThat(s.isNoSolution()).isFalse();
    }

    @Test
    void oneSolverServesSeveralThreads() throws Exception {
        String[] goals = {"List: Send", "RawList: Send", "bool: A", "u8: B", "Vec<Vec<u8>>: Deep", "i32: Foo"};
        boolean[] expected = {true, false, true, false, true, true};
        p.solver(); // created before the threads start
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < goals.length; i++) {
                    int k = i;
                    futures.add(pool.submit(() -> p.query().solve(goals[k]).isUnique() == expected[k]));
                }
            }
            for (var f : futures) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stackOverflowOnASmallStackIsAnOverflowNotACrash() throws Exception {
        Solution[] result = new Solution[1];
        Thread small = new Thread(null, () -> result[0] = p.query().solve("(bool, u8): Grow"), "small", 128 * 1024);
        small.start();
        small.join();
        assertThat(result[0]).isInstanceOf(Solution.Ambiguous.class);
        // The solver is still usable afterwards, on this thread and on others.
        assertThat(solve("Vec<Vec<u8>>: Deep").isUnique()).isTrue();
    }
}
