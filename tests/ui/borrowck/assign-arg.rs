//@ rustc-identical
fn bump(n: i32) {
    n += 1; //~ ERROR cannot assign to immutable argument `n`
    println!("{}", n);
}

fn main() {
    bump(1);
}
