//@ rustc-identical
struct P {
    x: String,
}

fn main() {
    let mut p = P { x: String::new() };
    let q = p;
    p.x = String::from("y"); //~ ERROR assign to part of moved value: `p`
    println!("{}", q.x);
}
