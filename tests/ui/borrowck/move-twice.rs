//@ rustc-identical
fn main() {
    let s = String::from("x");
    let t = s;
    let u = s; //~ ERROR use of moved value: `s`
    println!("{} {}", t, u);
}
