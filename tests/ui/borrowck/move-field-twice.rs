//@ rustc-identical
struct P {
    name: String,
}

fn main() {
    let p = P { name: String::new() };
    let n = p.name;
    println!("{} {}", p.name, n); //~ ERROR borrow of moved value: `p.name`
}
