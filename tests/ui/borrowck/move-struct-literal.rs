//@ rustc-identical
struct Wrapper {
    inner: String,
}

fn main() {
    let s = String::from("x");
    let w = Wrapper { inner: s };
    println!("{} {}", w.inner, s); //~ ERROR borrow of moved value: `s`
}
