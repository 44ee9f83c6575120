//@ rustc-identical
fn main() {
    let v = vec![String::from("a")];
    let r = &v;
    let s = r[0]; //~ ERROR cannot move out of index of `Vec<String>`
    println!("{}", s);
}
