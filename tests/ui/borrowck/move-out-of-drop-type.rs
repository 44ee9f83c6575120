//@ rustc-identical
struct D { s: String }
impl Drop for D { fn drop(&mut self) {} }
fn main() {
    let d = D { s: String::new() };
    let s = d.s; //~ ERROR cannot move out of type `D`, which implements the `Drop` trait
    println!("{}", s);
}
