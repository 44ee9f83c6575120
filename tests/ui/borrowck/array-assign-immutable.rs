//@ rustc-identical
fn main() {
    let a = [1, 2];
    a[0] = 3; //~ ERROR cannot assign to `a[_]`, as `a` is not declared as mutable
    println!("{:?}", a);
}
