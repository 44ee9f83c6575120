//@ rustc-identical
struct S {
    a: String,
    b: String,
}

fn main() {
    let s = S { a: String::new(), b: String::new() };
    let a = s.a;
    let t = s; //~ ERROR use of partially moved value: `s`
    println!("{} {}", a, t.b);
}
