//@ rustc-identical
fn main() {
    let mut v = vec![1];
    v.push(0);
    let r = &v;
    r.push(2); //~ ERROR cannot borrow `*r` as mutable, as it is behind a `&` reference
    println!("{:?}", v);
}
