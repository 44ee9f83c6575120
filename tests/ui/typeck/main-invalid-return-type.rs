//@ rustc-identical
fn main() -> i32 { //~ ERROR `main` has invalid return type `i32`
    0
}
