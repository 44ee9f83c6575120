//@ rustc-identical
fn main() {
    let v = vec![1, 2];
    v[0] = 3; //~ ERROR cannot borrow `v` as mutable, as it is not declared as mutable
    println!("{:?}", v);
}
