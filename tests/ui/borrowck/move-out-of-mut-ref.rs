//@ rustc-identical
fn main() {
    let mut s = String::from("x");
    let m = &mut s;
    let t = *m; //~ ERROR cannot move out of `*m` which is behind a mutable reference
    println!("{}", t);
}
