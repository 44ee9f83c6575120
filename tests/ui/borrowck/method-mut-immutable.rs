//@ rustc-identical
fn main() {
    let v = Vec::new();
    v.push(1); //~ ERROR cannot borrow `v` as mutable, as it is not declared as mutable
    println!("{:?}", v);
}
