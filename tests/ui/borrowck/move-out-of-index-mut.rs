//@ rustc-identical
fn main() {
    let mut v = vec![String::from("a")];
    let m = &mut v;
    let s = m[0]; //~ ERROR cannot move out of index of `Vec<String>`
    println!("{}", s);
}
