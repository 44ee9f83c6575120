//@ rustc-identical
fn main() {
    let x;
    for i in 0..3 {
        x = i; //~ ERROR cannot assign twice to immutable variable `x`
        println!("{}", x);
    }
}
