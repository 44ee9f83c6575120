//@ rustc-identical
fn main() {
    let x = 5;
    let y = &mut x; //~ ERROR cannot borrow `x` as mutable, as it is not declared as mutable
    *y += 1;
}
