//@ rustc-identical
fn main() {
    let _v = (1, 2 3); //~ ERROR expected one of
}
