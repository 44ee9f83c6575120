//@ rustc-identical
struct P { name: String }
fn take(p: &P) -> String {
    p.name //~ ERROR cannot move out of `p.name` which is behind a shared reference
}
fn main() {
    let p = P { name: String::new() };
    println!("{}", take(&p));
}
