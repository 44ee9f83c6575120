//@ rustc-identical
fn main() {
    let s = String::new();
    let r = &mut s; //~ ERROR cannot borrow `s` as mutable, as it is not declared as mutable
    r.push('a');
}
