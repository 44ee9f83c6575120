//@ rustc-identical
fn main() {
    let v: Vec<i32>;
    v.len(); //~ ERROR used binding `v` isn't initialized
}
