//@ rustc-identical
fn main() {
    let b = Box::new(5);
    *b = 6; //~ ERROR cannot assign to `*b`, as `b` is not declared as mutable
    println!("{}", b);
}
