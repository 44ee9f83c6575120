package dev.ferrite.traits;

/** A minimal core for solver tests (rust-analyzer's minicore idea): lang traits and a few types. */
final class Prelude {
    private Prelude() {
    }

    static final String CORE = """
            #[lang(sized)] trait Sized {}
            #[lang(clone)] trait Clone { fn clone; }
            #[lang(copy)] trait Copy: Clone {}
            #[lang(fn_once)] trait FnOnce<Args> { type Output; fn call_once; }
            #[lang(fn_mut)] trait FnMut<Args>: FnOnce<Args> { fn call_mut; }
            #[lang(fn)] trait Fn<Args>: FnMut<Args> { fn call; }
            #[lang(tuple)] trait Tuple {}
            #[lang(unsize)] trait Unsize<T: ?Sized> {}
            #[lang(discriminant_kind)] trait DiscriminantKind { type Discriminant; }
            #[lang(pointee)] trait Pointee { type Metadata; }
            #[lang(send)] auto trait Send {}
            #[lang(sync)] auto trait Sync {}
            impl<T: ?Sized> !Send for *const T {}
            impl<T: ?Sized> !Send for *mut T {}
            impl<T: ?Sized> !Sync for *const T {}
            impl<T: ?Sized> !Sync for *mut T {}
            struct Box<T: ?Sized> { ptr: *const T }
            impl<T: ?Sized + Send> Send for Box<T> {}
            impl<T: ?Sized + Sync> Sync for Box<T> {}
            enum Option<T> { Some(T), None }
            impl<T: Clone> Clone for Option<T> {}
            impl<T: Copy> Copy for Option<T> {}
            struct Vec<T> { ptr: *const T, len: usize }
            impl<T: Send> Send for Vec<T> {}
            impl<T: Sync> Sync for Vec<T> {}
            impl<T: Clone> Clone for Vec<T> {}
            struct String { v: Vec<u8> }
            impl Clone for String {}
            trait Iterator { type Item; fn next; }
            """;

    static TestProgram program(String more) {
        return TestProgram.parse(CORE + more);
    }
}
