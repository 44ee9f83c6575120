//@ rustc-identical
fn main() {
    let r = &String::from("x");
    let s = *r; //~ ERROR cannot move out of `*r` which is behind a shared reference
    println!("{}", s);
}
