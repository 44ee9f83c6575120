reuse to_reuse::foo;
reuse Trait::{foo, bar} { self.0 }
reuse <F as Trait>::C;
reuse Trait::* { &self.inner }
reuse m::f as g;
impl Trait for S {
    reuse to_reuse::foo { self }
}
fn bounds<T: !Copy, A: Foo<N = 3, K = { 1 + 1 }, M = -1>, I: for<'a> Lend<Item<'a>=&'a u8>>() {
    auto trait Local {}
}
