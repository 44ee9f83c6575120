//@ rustc-identical
fn main() {
    let count = 0;
    count += 1; //~ ERROR cannot assign twice to immutable variable `count`
    println!("{}", count);
}
