//@ rustc-identical
struct Point {
    x: i32,
}

fn reset(p: Point) -> Point {
    p.x = 0; //~ ERROR cannot assign to `p.x`, as `p` is not declared as mutable
    p
}

fn main() {
    println!("{}", reset(Point { x: 4 }).x);
}
