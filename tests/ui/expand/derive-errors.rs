//@ rustc-identical
#[derive(Default)] //~ ERROR `#[derive(Default)]` on enum with no `#[default]`
enum Empty {}

#[derive(Default)] //~ ERROR `#[derive(Default)]` on enum with no `#[default]`
enum D {
    A,
    B(u8),
}

#[derive(Clone)] //~ ERROR `derive` may only be applied to `struct`s, `enum`s and `union`s
fn f() {}

fn main() {
    f();
}
