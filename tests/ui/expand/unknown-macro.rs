//@ rustc-identical
fn early() {
    later!(); //~ ERROR cannot find macro `later` in this scope
}

macro_rules! later {
    () => {};
}

mod inner {}

fn main() {
    early();
    undefined_anywhere!(1, 2); //~ ERROR cannot find macro `undefined_anywhere` in this scope
    inner::m!(); //~ ERROR cannot find `m` in `inner`
}
