//@ rustc-identical
fn main() {
    let x: i32;
    let r = &x; //~ ERROR used binding `x` isn't initialized
    println!("{}", r);
}
