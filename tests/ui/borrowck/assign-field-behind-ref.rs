//@ rustc-identical
struct P {
    x: i32,
}

fn main() {
    let mut p = P { x: 1 };
    p.x += 1;
    let r = &p;
    r.x = 3; //~ ERROR cannot assign to `r.x`, which is behind a `&` reference
    println!("{}", p.x);
}
