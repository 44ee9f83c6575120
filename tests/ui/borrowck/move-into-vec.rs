//@ rustc-identical
fn main() {
    let s = String::from("x");
    let mut v = Vec::new();
    v.push(s);
    println!("{} {:?}", s, v); //~ ERROR borrow of moved value: `s`
}
