//@ rustc-identical
macro_rules! my_macro {
    () => {};
}

fn main() {
    my_macroo!(); //~ ERROR cannot find macro `my_macroo` in this scope
}
