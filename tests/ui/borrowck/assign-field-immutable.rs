//@ rustc-identical
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    p.x = 2; //~ ERROR cannot assign to `p.x`, as `p` is not declared as mutable
    println!("{}", p.x);
}
